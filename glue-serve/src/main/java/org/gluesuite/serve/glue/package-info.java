/**
 * The Glue Data Catalog operations of {@code glue-suite serve} (databases, tables and their versions, partitions and
 * their batches, connections, tags), answered from the workspace's embedded catalog.
 */
package org.gluesuite.serve.glue;

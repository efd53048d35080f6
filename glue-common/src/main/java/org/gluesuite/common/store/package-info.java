/** Formats of the state files glue-suite keeps between runs (bookmarks, run records). */
package org.gluesuite.common.store;

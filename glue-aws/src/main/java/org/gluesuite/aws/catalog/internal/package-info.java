/** Not API: conversions between the suite's catalog shapes and SDK v2's, error translation, batch splitting. */
package org.gluesuite.aws.catalog.internal;

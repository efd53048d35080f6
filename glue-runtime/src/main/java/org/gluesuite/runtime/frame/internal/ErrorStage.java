package org.gluesuite.runtime.frame.internal;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.runtime.frame.TransformOptions;

/** The error records one step added, counted once when the step ran. Lives on the driver only. */
public record ErrorStage(String transformation, TransformOptions options, Dataset<Row> records, long count) {
}

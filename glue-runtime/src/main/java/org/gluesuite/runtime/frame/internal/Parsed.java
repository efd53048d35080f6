package org.gluesuite.runtime.frame.internal;

import java.io.Serializable;
import java.util.Map;
import org.apache.spark.sql.Row;

/** One outcome of reading or transforming a record: a record tree, or an error record (never both). */
public record Parsed(Map<String, Object> record, Row error) implements Serializable {
  public static Parsed record(Map<String, Object> record) {
    return new Parsed(record, null);
  }

  public static Parsed error(Row error) {
    return new Parsed(null, error);
  }

  public boolean isError() {
    return error != null;
  }
}

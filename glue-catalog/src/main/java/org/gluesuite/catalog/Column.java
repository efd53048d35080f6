package org.gluesuite.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import org.gluesuite.common.json.PascalCaseJson;

/** A column of a table or a partition key, as Glue's {@code Column} shape: a name, a Hive type string and a comment. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@PascalCaseJson
public record Column(
    String name,
    String type,
    String comment) {

  public Column {
    Objects.requireNonNull(name, "Column.Name");
    Objects.requireNonNull(type, "Column.Type");
  }

  public static Column of(String name, String type) {
    return new Column(name, type, null);
  }
}

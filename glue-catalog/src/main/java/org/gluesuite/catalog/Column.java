package org.gluesuite.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** A column of a table or a partition key, as Glue's {@code Column} shape: a name, a Hive type string and a comment. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Column(
    @JsonProperty("Name") String name,
    @JsonProperty("Type") String type,
    @JsonProperty("Comment") String comment) {

  public Column {
    Objects.requireNonNull(name, "Column.Name");
    Objects.requireNonNull(type, "Column.Type");
  }

  public static Column of(String name, String type) {
    return new Column(name, type, null);
  }
}

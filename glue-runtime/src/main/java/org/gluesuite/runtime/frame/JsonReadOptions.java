package org.gluesuite.runtime.frame;

/**
 * Glue's JSON format options.
 *
 * @param jsonPath where records are in each document, e.g. {@code $.records[*]} or {@code $[*]}; null or
 *     {@code $} for "the document is the record"
 * @param multiLine a document may span lines (each file holds one or more documents); otherwise each line is one
 *     document. In multiLine mode a top-level array without jsonPath yields its elements as records.
 */
public record JsonReadOptions(String jsonPath, boolean multiLine) implements java.io.Serializable {
  public static final JsonReadOptions DEFAULT = new JsonReadOptions(null, false);

  public JsonReadOptions withJsonPath(String path) {
    return new JsonReadOptions(path, multiLine);
  }

  public JsonReadOptions withMultiLine(boolean value) {
    return new JsonReadOptions(jsonPath, value);
  }
}

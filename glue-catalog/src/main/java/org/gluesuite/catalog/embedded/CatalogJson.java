package org.gluesuite.catalog.embedded;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.gluesuite.catalog.CatalogErrors;

/**
 * The JSON form the store keeps: Glue's own shapes ({@code Table}, {@code Partition}...), with instants as
 * epoch seconds, as Glue's JSON API writes them.
 */
final class CatalogJson {

  // Unknown fields are ignored so that an optional field added by a later version of the same schema does
  // not stop older readers; a change that older readers must not ignore bumps the schema version.
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private CatalogJson() {
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  static <T> T read(String json, Class<T> type, String what) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw CatalogErrors.unreadableEntry(what, e);
    }
  }
}

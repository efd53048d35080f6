package org.gluesuite.runtime.frame.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** Writes a record tree as compact JSON; used for the {@code record} column of error records. */
public final class RecordJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private RecordJson() {
  }

  public static String write(Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator gen = FACTORY.createGenerator(out)) {
      writeValue(gen, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeValue(JsonGenerator gen, Object value) throws IOException {
    if (value == null) {
      gen.writeNull();
    } else if (value instanceof Map<?, ?> m) {
      writeObject(gen, m);
    } else if (value instanceof MapValue mv) {
      writeObject(gen, mv.entries());
    } else if (value instanceof List<?> list) {
      gen.writeStartArray();
      for (Object item : list) {
        writeValue(gen, item);
      }
      gen.writeEndArray();
    } else if (value instanceof Boolean b) {
      gen.writeBoolean(b);
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte) {
      gen.writeNumber(((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      gen.writeNumber(((Number) value).doubleValue());
    } else if (value instanceof BigDecimal bd) {
      gen.writeNumber(bd);
    } else if (value instanceof byte[] bytes) {
      gen.writeString(Base64.getEncoder().encodeToString(bytes));
    } else {
      gen.writeString(value.toString());
    }
  }

  private static void writeObject(JsonGenerator gen, Map<?, ?> m) throws IOException {
    gen.writeStartObject();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      gen.writeFieldName(String.valueOf(e.getKey()));
      writeValue(gen, e.getValue());
    }
    gen.writeEndObject();
  }
}

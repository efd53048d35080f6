package org.gluesuite.runtime.frame.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON value at the parser's current token as a record tree: objects become ordered maps, arrays
 * lists, whole numbers Integer when they fit in 32 bits and Long when they do not (Glue's JSON reader gives
 * {@code int} and {@code long}, so a field with both is {@code choice{int,long}}), beyond 64 bits and other
 * numbers Double. Leaves the parser on the value's last token.
 */
final class JsonValues {
  private JsonValues() {
  }

  static Object read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        Map<String, Object> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          out.put(name, read(p));
        }
        return out;
      }
      case START_ARRAY: {
        List<Object> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          out.add(read(p));
        }
        return out;
      }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return switch (p.getNumberType()) {
          case INT -> p.getIntValue();
          case LONG -> p.getLongValue();
          default -> p.getDoubleValue();
        };
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new IOException("Unexpected token " + t);
    }
  }
}

package org.gluesuite.runtime.frame.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Parses one JSON text into a record-tree value; used by {@code unbox}. */
public final class JsonText {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonText() {
  }

  /**
   * @throws IOException with the parser's message when the text is not exactly one JSON value
   */
  public static Object parse(String text) throws IOException {
    try (JsonParser p = FACTORY.createParser(text)) {
      if (p.nextToken() == null) {
        throw new IOException("The text is empty, not a JSON value");
      }
      Object value = JsonValues.read(p);
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        throw new IOException("Unexpected content after the JSON value at column "
            + p.currentTokenLocation().getColumnNr());
      }
      return value;
    }
  }
}

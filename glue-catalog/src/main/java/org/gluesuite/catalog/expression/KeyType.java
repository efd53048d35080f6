package org.gluesuite.catalog.expression;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.PrimitiveType;

/**
 * How values of a partition key compare, by the key's catalog type: the types Glue's expressions support (string,
 * date, timestamp, the integers and decimal). Partition values are strings in the catalog; each is read as its
 * key's type before comparing, so {@code hour > 9} is numeric for an {@code int} key and textual for a string key.
 */
enum KeyType {
  STRING, INTEGER, DECIMAL, DATE, TIMESTAMP;

  private static final DateTimeFormatter TIMESTAMP_FORMAT = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .appendLiteral(' ')
      .append(DateTimeFormatter.ISO_LOCAL_TIME)
      .toFormatter();

  /** The comparison of {@code type}, or null when Glue's expressions do not support it. */
  static KeyType of(GlueType type) {
    if (type instanceof GlueType.CharType || type instanceof GlueType.VarcharType || type == PrimitiveType.STRING) {
      return STRING;
    }
    if (type instanceof GlueType.DecimalType) {
      return DECIMAL;
    }
    if (type instanceof PrimitiveType primitive) {
      return switch (primitive) {
        case TINYINT, SMALLINT, INT, BIGINT -> INTEGER;
        case DATE -> DATE;
        case TIMESTAMP -> TIMESTAMP;
        default -> null;
      };
    }
    return null;
  }

  /** {@code text} as a value of this type, or null when it is not one. */
  Comparable<?> read(String text) {
    String trimmed = text.trim();
    try {
      return switch (this) {
        case STRING -> text;
        case INTEGER -> Long.valueOf(trimmed);
        case DECIMAL -> new BigDecimal(trimmed);
        case DATE -> LocalDate.parse(trimmed);
        case TIMESTAMP -> trimmed.indexOf('T') > 0 ? LocalDateTime.parse(trimmed)
            : trimmed.length() == 10 ? LocalDate.parse(trimmed).atStartOfDay()
            : LocalDateTime.parse(trimmed, TIMESTAMP_FORMAT);
      };
    } catch (NumberFormatException | DateTimeParseException e) {
      return null;
    }
  }

  /** The type with its article, for messages: "an integer". */
  String described() {
    return switch (this) {
      case STRING -> "a string";
      case INTEGER -> "an integer";
      case DECIMAL -> "a decimal";
      case DATE -> "a date";
      case TIMESTAMP -> "a timestamp";
    };
  }

  /** What a literal of this type looks like, for messages. */
  String example() {
    return switch (this) {
      case STRING -> "'2024'";
      case INTEGER -> "42";
      case DECIMAL -> "12.50";
      case DATE -> "'2024-01-31'";
      case TIMESTAMP -> "'2024-01-31 13:45:00'";
    };
  }

}

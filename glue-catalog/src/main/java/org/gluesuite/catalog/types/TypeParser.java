package org.gluesuite.catalog.types;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gluesuite.catalog.CatalogErrors;
import org.gluesuite.catalog.types.GlueType.ArrayType;
import org.gluesuite.catalog.types.GlueType.CharType;
import org.gluesuite.catalog.types.GlueType.DecimalType;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.catalog.types.GlueType.MapType;
import org.gluesuite.catalog.types.GlueType.StructType;
import org.gluesuite.catalog.types.GlueType.VarcharType;

/**
 * Reads type strings. {@link #catalogType} takes the Hive grammar the Data Catalog stores and Athena's DDL accepts:
 * {@code boolean, tinyint, smallint, int} (or {@code integer}), {@code bigint, float, double, decimal(p,s)}
 * ({@code decimal} is {@code decimal(10,0)}, {@code decimal(p)} is {@code decimal(p,0)}), {@code string, char(n),
 * varchar(n), date, timestamp, binary, array<T>, map<K,V>} (K primitive) and {@code struct<name:T,...>}. Keywords
 * are case-insensitive and spaces between tokens are ignored; a struct field name that holds {@code <>,:} is
 * written in back-quotes. {@link #frameType} also takes the DynamicFrame names Glue's transforms use ({@code long,
 * short, byte, null}). A type that does not parse fails with {@link InvalidTypeException}, naming the character.
 */
public final class TypeParser {
  private static final String GRAMMAR = "Write a Hive type as the Data Catalog stores it: boolean, tinyint, smallint,"
      + " int, bigint, float, double, decimal(p,s) (1 <= p <= 38, 0 <= s <= p), string, char(n), varchar(n), date,"
      + " timestamp, binary, array<T>, map<K,V> (K a primitive type) or struct<name:T,...>.";
  private static final Map<String, PrimitiveType> PRIMITIVES = primitives();
  private static final Map<String, PrimitiveType> FRAME_NAMES = Map.of("long", PrimitiveType.BIGINT,
      "short", PrimitiveType.SMALLINT, "byte", PrimitiveType.TINYINT, "null", PrimitiveType.NULL);
  private static final Map<String, String> HINTS = Map.of("long", "bigint", "short", "smallint", "byte", "tinyint",
      "real", "float", "bool", "boolean", "text", "string", "datetime", "timestamp", "number", "double or decimal(p,s)");
  private static final String SEPARATORS = "<>,:`";

  private final String text;
  private final String where;
  private final boolean frameNames;
  private int i;

  private TypeParser(String text, String where, boolean frameNames) {
    this.text = text;
    this.where = where;
    this.frameNames = frameNames;
  }

  /** A catalog type; {@code where} names the column for the error message, e.g. "column 'price' of table s.o". */
  public static GlueType catalogType(String type, String where) {
    return parse(type, where, false);
  }

  public static GlueType catalogType(String type) {
    return catalogType(type, null);
  }

  /** A type as Glue's transforms take it ({@code cast:long}, applyMapping's target types): also long, short, byte. */
  public static GlueType frameType(String type, String where) {
    return parse(type, where, true);
  }

  private static GlueType parse(String type, String where, boolean frameNames) {
    if (type == null) {
      throw CatalogErrors.invalidType(where, "", 1, "the type is missing", GRAMMAR);
    }
    TypeParser parser = new TypeParser(type, where, frameNames);
    GlueType parsed = parser.type();
    parser.skipSpaces();
    if (parser.i < type.length()) {
      throw parser.error(parser.i, "unexpected '" + type.substring(parser.i) + "' after the type");
    }
    return parsed;
  }

  /** Whether {@code name} reads back as a plain (unquoted) struct field name. */
  static boolean isPlainName(String name) {
    if (name.isEmpty() || !name.strip().equals(name)) {
      return false;
    }
    for (int k = 0; k < name.length(); k++) {
      if (SEPARATORS.indexOf(name.charAt(k)) >= 0) {
        return false;
      }
    }
    return true;
  }

  private GlueType type() {
    skipSpaces();
    int start = i;
    String word = word().toLowerCase(Locale.ROOT);
    switch (word) {
      case "array": {
        expect('<');
        GlueType element = type();
        expect('>');
        return new ArrayType(element);
      }
      case "map": {
        expect('<');
        skipSpaces();
        int keyStart = i;
        GlueType key = type();
        if (!isPrimitive(key)) {
          throw error(keyStart, "a map key must be a primitive type, not " + key.catalogString());
        }
        expect(',');
        GlueType value = type();
        expect('>');
        return new MapType(key, value);
      }
      case "struct":
        return struct();
      case "decimal":
        return decimal(start);
      case "char":
        return new CharType(length(start, "char", CharType.MAX_LENGTH));
      case "varchar":
        return new VarcharType(length(start, "varchar", VarcharType.MAX_LENGTH));
      default:
        return primitive(start, word);
    }
  }

  private GlueType primitive(int start, String word) {
    PrimitiveType primitive = PRIMITIVES.get(word);
    if (primitive == null && frameNames) {
      primitive = FRAME_NAMES.get(word);
    }
    if (primitive != null) {
      return primitive;
    }
    if (word.isEmpty()) {
      throw error(start, i < text.length() ? "expected a type name, found '" + text.charAt(i) + "'"
          : "expected a type name");
    }
    String hint = HINTS.get(word);
    throw error(start, "unknown type name '" + word + "'" + (hint == null ? "" : " (did you mean " + hint + "?)"));
  }

  private StructType struct() {
    expect('<');
    List<Field> fields = new ArrayList<>();
    Set<String> names = new HashSet<>();
    do {
      skipSpaces();
      int nameStart = i;
      String name = fieldName();
      if (!names.add(name.toLowerCase(Locale.ROOT))) {
        throw error(nameStart, "field '" + name + "' appears twice (names are compared ignoring case)");
      }
      expect(':');
      fields.add(new Field(name, type()));
    } while (accept(','));
    expect('>');
    return new StructType(fields);
  }

  private String fieldName() {
    int start = i;
    if (accept('`')) {
      StringBuilder name = new StringBuilder();
      while (true) {
        if (i >= text.length()) {
          throw error(start, "the back-quoted field name is not closed");
        }
        char c = text.charAt(i++);
        if (c == '`') {
          if (i < text.length() && text.charAt(i) == '`') {
            i++;
          } else {
            break;
          }
        }
        name.append(c);
      }
      if (name.isEmpty()) {
        throw error(start, "expected a field name");
      }
      return name.toString();
    }
    while (i < text.length() && SEPARATORS.indexOf(text.charAt(i)) < 0) {
      i++;
    }
    String name = text.substring(start, i).strip();
    if (name.isEmpty()) {
      throw error(start, "expected a field name (struct<name:type,...>)");
    }
    return name;
  }

  private DecimalType decimal(int start) {
    int precision = 10;
    int scale = 0;
    if (accept('(')) {
      precision = number();
      if (accept(',')) {
        scale = number();
      }
      expect(')');
    }
    if (precision < 1 || precision > DecimalType.MAX_PRECISION || scale > precision) {
      throw error(start, "decimal(" + precision + "," + scale + ") is out of range: 1 <= precision <= 38 and"
          + " 0 <= scale <= precision");
    }
    return new DecimalType(precision, scale);
  }

  private int length(int start, String name, int max) {
    skipSpaces();
    if (i >= text.length() || text.charAt(i) != '(') {
      throw error(i, name + " needs a length, e.g. " + name + "(10)");
    }
    expect('(');
    int length = number();
    expect(')');
    if (length < 1 || length > max) {
      throw error(start, name + "(" + length + ") is out of range: the length is 1 to " + max);
    }
    return length;
  }

  private int number() {
    skipSpaces();
    int start = i;
    while (i < text.length() && Character.isDigit(text.charAt(i))) {
      i++;
    }
    if (start == i) {
      throw error(start, "expected a number");
    }
    try {
      return Integer.parseInt(text.substring(start, i));
    } catch (NumberFormatException e) {
      throw error(start, "the number " + text.substring(start, i) + " is too large");
    }
  }

  private static boolean isPrimitive(GlueType type) {
    return type instanceof PrimitiveType || type instanceof DecimalType || type instanceof CharType
        || type instanceof VarcharType;
  }

  private String word() {
    int start = i;
    while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
      i++;
    }
    return text.substring(start, i);
  }

  private void skipSpaces() {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
  }

  private void expect(char c) {
    skipSpaces();
    if (i >= text.length()) {
      throw error(i, "expected '" + c + "' but the type ends");
    }
    if (text.charAt(i) != c) {
      throw error(i, "expected '" + c + "', found '" + text.charAt(i) + "'");
    }
    i++;
  }

  private boolean accept(char c) {
    skipSpaces();
    if (i < text.length() && text.charAt(i) == c) {
      i++;
      return true;
    }
    return false;
  }

  private InvalidTypeException error(int index, String reason) {
    return CatalogErrors.invalidType(where, text, index + 1, reason, GRAMMAR);
  }

  private static Map<String, PrimitiveType> primitives() {
    Map<String, PrimitiveType> names = new java.util.HashMap<>();
    for (PrimitiveType p : PrimitiveType.values()) {
      if (p != PrimitiveType.NULL) {
        names.put(p.catalogName(), p);
      }
    }
    names.put("integer", PrimitiveType.INT);
    return Map.copyOf(names);
  }
}

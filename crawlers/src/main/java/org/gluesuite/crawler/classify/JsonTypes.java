package org.gluesuite.crawler.classify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.catalog.types.PrimitiveType;
import org.gluesuite.catalog.types.TypeMerger;

/** The type of a JSON value: objects are structs (keys lower-cased, as the catalog stores names), arrays merge their elements. */
final class JsonTypes {
  private JsonTypes() {
  }

  static GlueType of(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return PrimitiveType.NULL;
    }
    if (node.isObject()) {
      List<Field> fields = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        fields = TypeMerger.CATALOG.mergeFields(fields, List.of(new Field(e.getKey().toLowerCase(Locale.ROOT), of(e.getValue()))));
      }
      return new GlueType.StructType(fields);
    }
    if (node.isArray()) {
      GlueType element = PrimitiveType.NULL;
      for (JsonNode child : node) {
        element = TypeMerger.CATALOG.merge(element, of(child));
      }
      return new GlueType.ArrayType(element);
    }
    if (node.isBoolean()) {
      return PrimitiveType.BOOLEAN;
    }
    if (node.isIntegralNumber()) {
      // As Glue's JSON classifier: {"A": 1} is A:int; a value beyond 32 bits makes the column bigint (merge).
      return node.canConvertToInt() ? PrimitiveType.INT : node.canConvertToLong() ? PrimitiveType.BIGINT
          : PrimitiveType.DOUBLE;
    }
    if (node.isNumber()) {
      return PrimitiveType.DOUBLE;
    }
    return PrimitiveType.STRING;
  }

  /** The columns of records: the merged struct's fields; a non-object record becomes one column named after its kind. */
  static List<Field> columns(GlueType merged) {
    if (merged instanceof GlueType.StructType struct) {
      return struct.fields();
    }
    String name = merged instanceof GlueType.ArrayType ? "array" : "value";
    return List.of(new Field(name, merged));
  }
}

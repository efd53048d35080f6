package org.gluesuite.crawler.classify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gluesuite.crawler.schema.DataType;
import org.gluesuite.crawler.schema.Field;
import org.gluesuite.crawler.schema.TypeMerger;

/** The type of a JSON value: objects are structs (keys lower-cased, as the catalog stores names), arrays merge their elements. */
final class JsonTypes {
  private JsonTypes() {
  }

  static DataType of(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return DataType.NULL;
    }
    if (node.isObject()) {
      List<Field> fields = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        fields = TypeMerger.mergeFields(fields, List.of(new Field(e.getKey().toLowerCase(Locale.ROOT), of(e.getValue()))));
      }
      return new DataType.Struct(fields);
    }
    if (node.isArray()) {
      DataType element = DataType.NULL;
      for (JsonNode child : node) {
        element = TypeMerger.merge(element, of(child));
      }
      return new DataType.Array(element);
    }
    if (node.isBoolean()) {
      return DataType.BOOLEAN;
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? DataType.BIGINT : DataType.DOUBLE;
    }
    if (node.isNumber()) {
      return DataType.DOUBLE;
    }
    return DataType.STRING;
  }

  /** The columns of records: the merged struct's fields; a non-object record becomes one column named after its kind. */
  static List<Field> columns(DataType merged) {
    if (merged instanceof DataType.Struct struct) {
      return struct.fields();
    }
    String name = merged instanceof DataType.Array ? "array" : "value";
    return List.of(new Field(name, merged));
  }
}

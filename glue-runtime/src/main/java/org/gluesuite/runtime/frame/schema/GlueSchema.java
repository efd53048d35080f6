package org.gluesuite.runtime.frame.schema;

import java.util.List;
import org.gluesuite.runtime.frame.schema.GlueType.ArrayType;
import org.gluesuite.runtime.frame.schema.GlueType.ChoiceType;
import org.gluesuite.runtime.frame.schema.GlueType.Field;
import org.gluesuite.runtime.frame.schema.GlueType.MapType;
import org.gluesuite.runtime.frame.schema.GlueType.StructType;

/** Renders a frame's logical schema as a tree, the way Glue's {@code printSchema()} does. */
public final class GlueSchema {
  private GlueSchema() {
  }

  /**
   * A tree such as:
   * <pre>
   * root
   * |-- id: long
   * |-- price: choice{long,string}
   * |-- address: struct
   * |    |-- city: string
   * </pre>
   */
  public static String treeString(StructType schema) {
    StringBuilder out = new StringBuilder("root\n");
    appendFields(out, schema.fields(), "");
    return out.toString();
  }

  private static void appendFields(StringBuilder out, List<Field> fields, String indent) {
    for (Field f : fields) {
      appendType(out, f.name(), f.type(), indent);
    }
  }

  private static void appendType(StringBuilder out, String name, GlueType type, String indent) {
    out.append(indent).append("|-- ").append(name).append(": ");
    if (type instanceof StructType s) {
      out.append("struct\n");
      appendFields(out, s.fields(), indent + "|    ");
    } else if (type instanceof ArrayType a && needsTree(a.elementType())) {
      out.append("array\n");
      appendType(out, "element", a.elementType(), indent + "|    ");
    } else if (type instanceof MapType m && needsTree(m.valueType())) {
      out.append("map\n");
      appendType(out, "value", m.valueType(), indent + "|    ");
    } else {
      out.append(type.simpleString()).append('\n');
    }
  }

  private static boolean needsTree(GlueType t) {
    return t instanceof StructType || t instanceof ArrayType || (t instanceof ChoiceType c
        && c.alternatives().stream().anyMatch(GlueSchema::needsTree)) || t instanceof MapType;
  }
}

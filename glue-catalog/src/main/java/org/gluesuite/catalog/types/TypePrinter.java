package org.gluesuite.catalog.types;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gluesuite.catalog.types.GlueType.ArrayType;
import org.gluesuite.catalog.types.GlueType.CharType;
import org.gluesuite.catalog.types.GlueType.ChoiceType;
import org.gluesuite.catalog.types.GlueType.DecimalType;
import org.gluesuite.catalog.types.GlueType.EngineType;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.catalog.types.GlueType.MapType;
import org.gluesuite.catalog.types.GlueType.StructType;
import org.gluesuite.catalog.types.GlueType.VarcharType;

/**
 * Renders types: the catalog's canonical Hive form (lower case, no spaces), the DynamicFrame form Glue prints,
 * and the tree {@code printSchema()} shows. {@link TypeParser} reads back what {@link #catalogString} writes.
 */
public final class TypePrinter {
  private TypePrinter() {
  }

  /**
   * The canonical catalog form: {@code bigint}, {@code decimal(10,2)}, {@code array<struct<a:int,b:string>>}.
   * A struct field name that the grammar could not read back plainly is written in back-quotes.
   *
   * @throws IllegalArgumentException for {@code null} and choice types, which the catalog has no form for
   *     (settle them first: {@link TypeMerger#nullsAsString}, resolveChoice)
   */
  public static String catalogString(GlueType type) {
    if (type instanceof PrimitiveType p) {
      if (p == PrimitiveType.NULL) {
        throw new IllegalArgumentException("The null type has no catalog form: a column never seen with a value"
            + " is a string column (TypeMerger.nullsAsString).");
      }
      return p.catalogName();
    }
    if (type instanceof ChoiceType c) {
      throw new IllegalArgumentException("The choice type " + simpleString(c) + " has no catalog form: resolve it"
          + " to one type first (resolveChoice).");
    }
    if (type instanceof StructType s) {
      return s.fields().stream().map(f -> fieldName(f.name()) + ":" + catalogString(f.type()))
          .collect(Collectors.joining(",", "struct<", ">"));
    }
    return render(type, TypePrinter::catalogString);
  }

  /** The DynamicFrame form: {@code long}, {@code choice{long,string}}, {@code struct{a:long}}, {@code array<int>}. */
  public static String simpleString(GlueType type) {
    if (type instanceof PrimitiveType p) {
      return p.frameName();
    }
    if (type instanceof ChoiceType c) {
      return c.alternatives().stream().map(TypePrinter::simpleString).collect(Collectors.joining(",", "choice{", "}"));
    }
    if (type instanceof StructType s) {
      return s.fields().stream().map(f -> f.name() + ":" + simpleString(f.type()))
          .collect(Collectors.joining(",", "struct{", "}"));
    }
    return render(type, TypePrinter::simpleString);
  }

  /** The forms both renderings share; {@code inner} renders nested types. */
  private static String render(GlueType type, Function<GlueType, String> inner) {
    if (type instanceof DecimalType d) {
      return "decimal(" + d.precision() + "," + d.scale() + ")";
    }
    if (type instanceof CharType c) {
      return "char(" + c.length() + ")";
    }
    if (type instanceof VarcharType v) {
      return "varchar(" + v.length() + ")";
    }
    if (type instanceof ArrayType a) {
      return "array<" + inner.apply(a.elementType()) + ">";
    }
    if (type instanceof MapType m) {
      return "map<" + inner.apply(m.keyType()) + "," + inner.apply(m.valueType()) + ">";
    }
    return ((EngineType) type).name();
  }

  /**
   * The tree Glue's {@code printSchema()} prints:
   * <pre>
   * root
   * |-- id: long
   * |-- price: choice
   * |    |-- long
   * |    |-- string
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
    appendBody(out, type, indent);
  }

  /** The type's word and, for nested types, its children one level deeper. */
  private static void appendBody(StringBuilder out, GlueType type, String indent) {
    String nested = indent + "|    ";
    if (type instanceof StructType s) {
      out.append("struct\n");
      appendFields(out, s.fields(), nested);
    } else if (type instanceof ArrayType a && needsTree(a.elementType())) {
      out.append("array\n");
      appendType(out, "element", a.elementType(), nested);
    } else if (type instanceof MapType m && needsTree(m.valueType())) {
      out.append("map\n");
      appendType(out, "value", m.valueType(), nested);
    } else if (type instanceof ChoiceType c) {
      // As Glue prints it: one line per alternative, nested alternatives with their own children.
      out.append("choice\n");
      for (GlueType alternative : c.alternatives()) {
        out.append(nested).append("|-- ");
        appendBody(out, alternative, nested);
      }
    } else {
      out.append(simpleString(type)).append('\n');
    }
  }

  private static boolean needsTree(GlueType t) {
    return t instanceof StructType || t instanceof ArrayType || t instanceof MapType || t instanceof ChoiceType;
  }

  /** A struct field name as the grammar reads it: plain when it can be, else back-quoted. */
  static String fieldName(String name) {
    return TypeParser.isPlainName(name) ? name : "`" + name.replace("`", "``") + "`";
  }
}

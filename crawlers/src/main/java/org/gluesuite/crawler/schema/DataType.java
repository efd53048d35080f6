package org.gluesuite.crawler.schema;

import java.util.List;
import java.util.stream.Collectors;

/** An inferred column type, printed as the Hive type string Glue writes ({@code bigint}, {@code struct<a:string>}). */
public sealed interface DataType {
  DataType NULL = new Primitive("null");
  DataType BOOLEAN = new Primitive("boolean");
  DataType INT = new Primitive("int");
  DataType BIGINT = new Primitive("bigint");
  DataType FLOAT = new Primitive("float");
  DataType DOUBLE = new Primitive("double");
  DataType DATE = new Primitive("date");
  DataType TIMESTAMP = new Primitive("timestamp");
  DataType STRING = new Primitive("string");
  DataType BINARY = new Primitive("binary");

  /** The Hive type string; a type never seen with a value ({@code null}) prints as {@code string}. */
  String hive();

  /** A primitive, by its Hive name (also {@code decimal(p,s)}, {@code smallint}, …). */
  record Primitive(String name) implements DataType {
    @Override
    public String hive() {
      return "null".equals(name) ? "string" : name;
    }
  }

  record Struct(List<Field> fields) implements DataType {
    public Struct {
      fields = List.copyOf(fields);
    }

    @Override
    public String hive() {
      return fields.stream().map(f -> f.name() + ":" + f.type().hive()).collect(Collectors.joining(",", "struct<", ">"));
    }
  }

  record Array(DataType element) implements DataType {
    @Override
    public String hive() {
      return "array<" + element.hive() + ">";
    }
  }

  record MapType(DataType key, DataType value) implements DataType {
    @Override
    public String hive() {
      return "map<" + key.hive() + "," + value.hive() + ">";
    }
  }
}

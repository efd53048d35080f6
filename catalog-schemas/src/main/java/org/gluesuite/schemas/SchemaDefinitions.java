package org.gluesuite.schemas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.SerDeInfo;
import org.gluesuite.catalog.StorageDescriptor;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.TableInput;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.InvalidTypeException;
import org.gluesuite.catalog.types.TypeParser;
import org.gluesuite.schemas.json.DefinitionNode;

/**
 * Declared databases and tables, one JSON file each: {@code {"DatabaseInput": {…}}} or
 * {@code {"DatabaseName": "db", "TableInput": {…}}} in Glue's API shapes. Parsed once into typed inputs and
 * validated against Glue's rules before anything is applied.
 */
public record SchemaDefinitions(List<DeclaredDatabase> databases, List<DeclaredTable> tables) {
  public static final String LAKE_PLACEHOLDER = "${lake}";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
  private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,255}");

  public SchemaDefinitions {
    databases = List.copyOf(databases);
    tables = List.copyOf(tables);
  }

  /** The declared schemas shipped in the jar (catalog-schemas/definitions). */
  public static final List<String> BUNDLED = List.of("glue-catalog-schemas/definitions/airquality/database.json",
      "glue-catalog-schemas/definitions/airquality/no2_weather_daily.json");

  /** The definitions shipped in the jar. */
  public static SchemaDefinitions bundled() {
    List<DefinitionNode> documents = new ArrayList<>();
    for (String resource : BUNDLED) {
      try (java.io.InputStream in = SchemaDefinitions.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("The bundled definition " + resource + " is missing; rebuild the project.");
        }
        documents.add(DefinitionNode.parse(resource, new String(in.readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return parse(documents);
  }

  /** Every {@code *.json} under {@code folder} (sorted by path). */
  public static SchemaDefinitions load(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return parse(files.filter(p -> p.toString().endsWith(".json")).sorted().map(DefinitionNode::read).toList());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list declared schemas under " + folder + ": " + e.getMessage(), e);
    }
  }

  public static SchemaDefinitions parse(List<DefinitionNode> documents) {
    List<DeclaredDatabase> databases = new ArrayList<>();
    List<DeclaredTable> tables = new ArrayList<>();
    for (DefinitionNode document : documents) {
      document.allowOnly("DatabaseInput", "DatabaseName", "TableInput", "CatalogId");
      if (document.has("DatabaseInput") == document.has("TableInput")) {
        throw document.error("a definition file declares one database (DatabaseInput) or one table "
            + "(DatabaseName + TableInput)", "Split it into one file per database or table.");
      }
      if (document.has("DatabaseInput")) {
        databases.add(new DeclaredDatabase(database(document.object("DatabaseInput")), document.file()));
      } else {
        tables.add(new DeclaredTable(name(document, "DatabaseName"), table(document.object("TableInput")),
            document.file()));
      }
    }
    return new SchemaDefinitions(databases, tables);
  }

  private static DatabaseInput database(DefinitionNode node) {
    node.allowOnly("Name", "Description", "LocationUri", "Parameters");
    node.optionalString("LocationUri").ifPresent(uri -> checkPlaceholders(node, "LocationUri", uri));
    return new DatabaseInput(name(node, "Name"), node.optionalString("Description").orElse(null),
        node.optionalString("LocationUri").orElse(null), node.stringMap("Parameters"));
  }

  private static TableInput table(DefinitionNode node) {
    node.allowOnly("Name", "Description", "Owner", "StorageDescriptor", "PartitionKeys", "TableType", "Parameters",
        "Retention");
    String name = name(node, "Name");
    DefinitionNode sd = node.object("StorageDescriptor");
    sd.allowOnly("Columns", "Location", "InputFormat", "OutputFormat", "Compressed", "SerdeInfo", "Parameters",
        "NumberOfBuckets", "StoredAsSubDirectories");
    List<Column> columns = columns(sd.objects("Columns"), new HashSet<>(), null);
    if (columns.isEmpty()) {
      throw sd.error("Columns", "the table declares no columns", "List its columns: [{\"Name\": …, \"Type\": …}].");
    }
    Set<String> columnNames = new HashSet<>(columns.stream().map(Column::name).toList());
    List<Column> keys = columns(node.objects("PartitionKeys"), new HashSet<>(), columnNames);
    String location = sd.string("Location");
    checkPlaceholders(sd, "Location", location);
    if (!location.startsWith(LAKE_PLACEHOLDER + "/") && !location.startsWith("/")) {
      throw SchemaErrors.badLocation(sd, location);
    }
    SerDeInfo serde = sd.optionalObject("SerdeInfo").map(s -> {
      s.allowOnly("Name", "SerializationLibrary", "Parameters");
      return new SerDeInfo(s.optionalString("Name").orElse(null), s.optionalString("SerializationLibrary").orElse(null),
          s.stringMap("Parameters"));
    }).orElse(null);
    Map<String, String> parameters = node.stringMap("Parameters");
    String classification = parameters.get("classification");
    if (classification != null && StorageFormat.fromClassification(classification).isEmpty()) {
      throw node.error("Parameters", "classification '" + classification + "' is not a format read here",
          "Use one of parquet, orc, avro, json or csv.");
    }
    PartitionProjection.validate(node, parameters, keys);
    StorageDescriptor descriptor = new StorageDescriptor(columns, location, sd.optionalString("InputFormat").orElse(null),
        sd.optionalString("OutputFormat").orElse(null), sd.bool("Compressed", false), serde, sd.stringMap("Parameters"));
    return new TableInput(name, node.optionalString("Description").orElse(null), node.optionalString("Owner")
        .orElse(null), descriptor, keys, node.optionalString("TableType").orElse(TableInput.EXTERNAL_TABLE), parameters);
  }

  private static List<Column> columns(List<DefinitionNode> nodes, Set<String> seen, Set<String> dataColumns) {
    List<Column> columns = new ArrayList<>();
    for (DefinitionNode node : nodes) {
      node.allowOnly("Name", "Type", "Comment", "Parameters");
      String name = node.string("Name");
      if (!NAME.matcher(name).matches()) {
        throw SchemaErrors.badName(node, "Name", "'" + name + "' is not a valid column name");
      }
      if (!seen.add(name)) {
        throw SchemaErrors.duplicateColumn(node, name);
      }
      if (dataColumns != null && dataColumns.contains(name)) {
        throw SchemaErrors.partitionKeyIsColumn(node, name);
      }
      columns.add(new Column(name, type(node), node.optionalString("Comment").orElse(null)));
    }
    return columns;
  }

  /** The column's type in the catalog's canonical form; struct field names follow the column name rule. */
  private static String type(DefinitionNode node) {
    String text = node.string("Type");
    GlueType type;
    try {
      type = TypeParser.catalogType(text);
    } catch (InvalidTypeException e) {
      throw SchemaErrors.badType(node, e);
    }
    checkFieldNames(node, text, type);
    return type.catalogString();
  }

  private static void checkFieldNames(DefinitionNode node, String text, GlueType type) {
    if (type instanceof GlueType.StructType struct) {
      for (GlueType.Field f : struct.fields()) {
        if (!NAME.matcher(f.name()).matches()) {
          throw SchemaErrors.badFieldName(node, text, f.name());
        }
        checkFieldNames(node, text, f.type());
      }
    } else if (type instanceof GlueType.ArrayType array) {
      checkFieldNames(node, text, array.elementType());
    } else if (type instanceof GlueType.MapType map) {
      checkFieldNames(node, text, map.valueType());
    }
  }

  private static String name(DefinitionNode node, String key) {
    String name = node.string(key);
    if (!NAME.matcher(name).matches()) {
      throw SchemaErrors.badName(node, key, "'" + name + "' is not a valid name");
    }
    return name;
  }

  private static void checkPlaceholders(DefinitionNode node, String key, String value) {
    Matcher m = PLACEHOLDER.matcher(value);
    while (m.find()) {
      if (!m.group(0).equals(LAKE_PLACEHOLDER)) {
        throw SchemaErrors.badPlaceholder(node, key, m.group(0));
      }
    }
  }

  /** {@code value} with {@code ${lake}} replaced by the lake folder. */
  public static String resolve(String value, Path lake) {
    return value == null ? null : value.replace(LAKE_PLACEHOLDER, lake.toAbsolutePath().normalize().toString());
  }
}

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
import org.gluesuite.common.json.DefinitionNode;
import org.gluesuite.common.json.DefinitionProblems;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.InvalidTypeException;
import org.gluesuite.catalog.types.TypeParser;

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
      "glue-catalog-schemas/definitions/airquality/no2_weather_daily.json",
      "glue-catalog-schemas/definitions/retail/database.json",
      "glue-catalog-schemas/definitions/retail/purchases.json",
      "glue-catalog-schemas/definitions/retail/customer_recommendations.json",
      "glue-catalog-schemas/definitions/retail/item_recommendations.json",
      "glue-catalog-schemas/definitions/shipping/database.json",
      "glue-catalog-schemas/definitions/shipping/shipments.json",
      "glue-catalog-schemas/definitions/shipping/shipment_features.json",
      "glue-catalog-schemas/definitions/shipping/shipping_days_predictions.json");

  /** The definitions shipped in the jar. */
  public static SchemaDefinitions bundled() {
    DefinitionProblems problems = new DefinitionProblems();
    List<DefinitionNode> documents = new ArrayList<>();
    for (String resource : BUNDLED) {
      try (java.io.InputStream in = SchemaDefinitions.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("The bundled definition " + resource + " is missing; rebuild the project.");
        }
        documents.add(DefinitionNode.parse(resource, new String(in.readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8), problems));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return parse(documents);
  }

  /** Every {@code *.json} under {@code folder} (sorted by path). */
  public static SchemaDefinitions load(Path folder) {
    DefinitionProblems problems = new DefinitionProblems();
    try (Stream<Path> files = Files.walk(folder)) {
      return parse(files.filter(p -> p.toString().endsWith(".json")).sorted()
          .map(file -> DefinitionNode.read(file, file.toString(), problems)).toList());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list declared schemas under " + folder + ": " + e.getMessage(), e);
    }
  }

  /**
   * The databases and tables {@code documents} declare, checked against Glue's rules together.
   *
   * @throws org.gluesuite.common.json.InvalidDefinitionException listing every problem of every document
   */
  public static SchemaDefinitions parse(List<DefinitionNode> documents) {
    List<DeclaredDatabase> databases = new ArrayList<>();
    List<DeclaredTable> tables = new ArrayList<>();
    for (DefinitionNode document : documents) {
      document.allowOnly("DatabaseInput", "DatabaseName", "TableInput", "CatalogId");
      if (!document.isPresent()) {
        continue;
      }
      if (document.has("DatabaseInput") == document.has("TableInput")) {
        SchemaErrors.at(document, "a definition file declares one database (DatabaseInput) or one table "
            + "(DatabaseName + TableInput)", "Split it into one file per database or table.");
      } else if (document.has("DatabaseInput")) {
        DatabaseInput database = database(document.object("DatabaseInput"));
        if (database != null) {
          databases.add(new DeclaredDatabase(database, document.file()));
        }
      } else {
        String databaseName = name(document, "DatabaseName");
        TableInput table = table(document.object("TableInput"));
        if (databaseName != null && table != null) {
          tables.add(new DeclaredTable(databaseName, table, document.file()));
        }
      }
    }
    DefinitionProblems.throwIfAny("The declared schemas", documents);
    return new SchemaDefinitions(databases, tables);
  }

  private static DatabaseInput database(DefinitionNode node) {
    node.allowOnly("Name", "Description", "LocationUri", "Parameters");
    node.optionalString("LocationUri").ifPresent(uri -> checkPlaceholders(node, "LocationUri", uri));
    String name = name(node, "Name");
    DatabaseInput input = new DatabaseInput(name, node.optionalString("Description").orElse(null),
        node.optionalString("LocationUri").orElse(null), node.stringMap("Parameters"));
    return name == null ? null : input;
  }

  private static TableInput table(DefinitionNode node) {
    node.allowOnly("Name", "Description", "Owner", "StorageDescriptor", "PartitionKeys", "TableType", "Parameters",
        "Retention");
    String name = name(node, "Name");
    DefinitionNode sd = node.object("StorageDescriptor");
    sd.allowOnly("Columns", "Location", "InputFormat", "OutputFormat", "Compressed", "SerdeInfo", "Parameters",
        "NumberOfBuckets", "StoredAsSubDirectories");
    List<Column> columns = columns(sd.objects("Columns"), new HashSet<>(), null);
    if (sd.noElements("Columns")) {
      SchemaErrors.at(sd, "Columns", "the table declares no columns",
          "List its columns: [{\"Name\": …, \"Type\": …}].");
    }
    Set<String> columnNames = new HashSet<>(columns.stream().map(Column::name).toList());
    List<Column> keys = columns(node.objects("PartitionKeys"), new HashSet<>(), columnNames);
    String location = sd.string("Location");
    if (location != null) {
      checkPlaceholders(sd, "Location", location);
      if (!location.startsWith(LAKE_PLACEHOLDER + "/") && !location.startsWith("/")) {
        SchemaErrors.badLocation(sd, location);
      }
    }
    SerDeInfo serde = sd.optionalObject("SerdeInfo").map(s -> {
      s.allowOnly("Name", "SerializationLibrary", "Parameters");
      return new SerDeInfo(s.optionalString("Name").orElse(null), s.optionalString("SerializationLibrary").orElse(null),
          s.stringMap("Parameters"));
    }).orElse(null);
    Map<String, String> parameters = node.stringMap("Parameters");
    String classification = parameters.get("classification");
    if (classification != null && StorageFormat.fromClassification(classification).isEmpty()) {
      SchemaErrors.at(node, "Parameters", "classification '" + classification + "' is not a format read here",
          "Use one of parquet, orc, avro, json or csv.");
    }
    PartitionProjection.validate(node, parameters, keys);
    StorageDescriptor descriptor = new StorageDescriptor(columns, location, sd.optionalString("InputFormat").orElse(null),
        sd.optionalString("OutputFormat").orElse(null), sd.bool("Compressed", false), serde, sd.stringMap("Parameters"));
    TableInput input = new TableInput(name, node.optionalString("Description").orElse(null),
        node.optionalString("Owner").orElse(null), descriptor, keys,
        node.optionalString("TableType").orElse(TableInput.EXTERNAL_TABLE), parameters);
    return name == null ? null : input;
  }

  private static List<Column> columns(List<DefinitionNode> nodes, Set<String> seen, Set<String> dataColumns) {
    List<Column> columns = new ArrayList<>();
    for (DefinitionNode node : nodes) {
      node.allowOnly("Name", "Type", "Comment", "Parameters");
      String name = node.string("Name");
      if (name != null && !NAME.matcher(name).matches()) {
        SchemaErrors.badName(node, "Name", "'" + name + "' is not a valid column name");
      } else if (name != null && !seen.add(name)) {
        SchemaErrors.duplicateColumn(node, name);
      } else if (name != null && dataColumns != null && dataColumns.contains(name)) {
        SchemaErrors.partitionKeyIsColumn(node, name);
      }
      String type = type(node);
      if (name != null && type != null) {
        columns.add(new Column(name, type, node.optionalString("Comment").orElse(null)));
      }
    }
    return columns;
  }

  /**
   * The column's type in the catalog's canonical form, or null with the problem recorded; struct field names follow
   * the column name rule.
   */
  private static String type(DefinitionNode node) {
    String text = node.string("Type");
    if (text == null) {
      return null;
    }
    GlueType type;
    try {
      type = TypeParser.catalogType(text);
    } catch (InvalidTypeException e) {
      SchemaErrors.badType(node, e);
      return null;
    }
    return checkFieldNames(node, text, type) ? type.catalogString() : null;
  }

  /** Whether every struct field name in {@code type} is valid; records a problem for each one that is not. */
  private static boolean checkFieldNames(DefinitionNode node, String text, GlueType type) {
    boolean valid = true;
    if (type instanceof GlueType.StructType struct) {
      for (GlueType.Field f : struct.fields()) {
        if (!NAME.matcher(f.name()).matches()) {
          SchemaErrors.badFieldName(node, text, f.name());
          valid = false;
        }
        valid &= checkFieldNames(node, text, f.type());
      }
    } else if (type instanceof GlueType.ArrayType array) {
      valid = checkFieldNames(node, text, array.elementType());
    } else if (type instanceof GlueType.MapType map) {
      valid = checkFieldNames(node, text, map.valueType());
    }
    return valid;
  }

  private static String name(DefinitionNode node, String key) {
    String name = node.string(key);
    if (name != null && !NAME.matcher(name).matches()) {
      SchemaErrors.badName(node, key, "'" + name + "' is not a valid name");
      return null;
    }
    return name;
  }

  private static void checkPlaceholders(DefinitionNode node, String key, String value) {
    Matcher m = PLACEHOLDER.matcher(value);
    while (m.find()) {
      if (!m.group(0).equals(LAKE_PLACEHOLDER)) {
        SchemaErrors.badPlaceholder(node, key, m.group(0));
      }
    }
  }

  /** {@code value} with {@code ${lake}} replaced by the lake folder. */
  public static String resolve(String value, Path lake) {
    return resolve(value, lake.toAbsolutePath().normalize().toString());
  }

  /** {@code value} with {@code ${lake}} replaced by {@code lakeRoot}: {@code s3:/} makes {@code s3://bucket/…}. */
  public static String resolve(String value, String lakeRoot) {
    return value == null ? null : value.replace(LAKE_PLACEHOLDER, lakeRoot);
  }
}

package org.gluesuite.runtime.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.Database;
import org.gluesuite.catalog.Partition;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.TableSchema;
import org.gluesuite.runtime.access.AccessDeniedException;
import org.gluesuite.runtime.access.AccessPolicy;
import org.gluesuite.runtime.context.internal.CsvTableFormat;
import org.gluesuite.runtime.context.GlueSuiteContext;
import org.gluesuite.runtime.lake.LakePaths;
import org.gluesuite.runtime.types.SparkTypes;

/**
 * Makes the Glue Data Catalog's tables queryable with Spark SQL ({@code SELECT * FROM db.table}), as
 * Glue's {@code --enable-glue-datacatalog} does: each table is declared in Spark's in-memory session
 * catalog with its schema, format and location, and each catalog partition with its own folder, so
 * {@code yyyy/mm/dd} partitions work and Spark prunes partitions before listing files.
 *
 * <p>Our catalog stays the source of truth; the Spark side is a per-session mirror rebuilt by
 * {@link #sync}. Tables whose format Spark cannot read are skipped and reported.
 */
public final class SparkCatalogBridge {
  private static final int PARTITIONS_PER_STATEMENT = 500;

  private final SparkSession spark;
  private final DataCatalog catalog;
  private final AccessPolicy access;

  public SparkCatalogBridge(SparkSession spark, DataCatalog catalog) {
    this(spark, catalog, AccessPolicy.ALLOW_ALL);
  }

  /**
   * A bridge governed by {@code access}: tables the principal cannot DESCRIBE are not declared, the others are
   * declared as governed tables that read through the catalog with the policy applied (permitted columns only,
   * row filters), and SQL over files by path is turned off.
   */
  public SparkCatalogBridge(SparkSession spark, DataCatalog catalog, AccessPolicy access) {
    this.spark = spark;
    this.catalog = catalog;
    this.access = access;
  }

  private boolean governed() {
    return !access.unrestricted();
  }

  /**
   * Runs a query over the synced tables. Under an access policy only queries are allowed (no DDL, DML or
   * commands, which could declare tables over governed files).
   */
  public Dataset<Row> query(String sqlText) throws org.apache.spark.sql.AnalysisException {
    if (governed()) {
      LogicalPlan parsed = spark.sessionState().sqlParser().parsePlan(sqlText);
      if (parsed instanceof org.apache.spark.sql.catalyst.plans.logical.Command
          || parsed instanceof org.apache.spark.sql.catalyst.plans.logical.ParsedStatement
          || parsed instanceof org.apache.spark.sql.catalyst.plans.logical.V2CreateTablePlan) {
        throw new AccessDeniedException("Principal " + access.principal() + " may only run queries here, not "
            + parsed.nodeName() + ": with Lake Formation on, SparkCatalogBridge.query reads governed tables and "
            + "changes nothing. Run other statements as a data lake administrator (the principal of the access "
            + "policy).");
      }
    }
    return spark.sql(sqlText);
  }

  /** What a sync declared and what it had to skip (with the reason). */
  public record SyncResult(List<String> tables, int partitions, Map<String, String> skipped) {
  }

  /** Mirrors every database and table of the catalog into the session catalog, replacing older mirrors. */
  public SyncResult sync() {
    if (governed()) {
      // Reads of files by path (SELECT * FROM parquet.`/lake/...`) would bypass the catalog's permissions.
      spark.conf().set("spark.sql.runSQLOnFiles", "false");
    }
    List<String> declared = new ArrayList<>();
    Map<String, String> skipped = new java.util.LinkedHashMap<>();
    int partitions = 0;
    for (Database database : catalog.getDatabases()) {
      spark.sql("CREATE DATABASE IF NOT EXISTS " + quote(database.name()));
      for (Table table : catalog.getTables(database.name())) {
        String reason = unreadableReason(table);
        if (reason != null) {
          skipped.put(table.qualifiedName(), reason);
          continue;
        }
        if (governed()) {
          if (declareGoverned(table)) {
            declared.add(table.qualifiedName());
          }
          continue;
        }
        partitions += declare(table);
        declared.add(table.qualifiedName());
      }
    }
    return new SyncResult(declared, partitions, skipped);
  }

  /** Declares a governed table if the principal may DESCRIBE it; its reads are checked when they run. */
  private boolean declareGoverned(Table table) {
    String name = quote(table.databaseName()) + "." + quote(table.name());
    spark.sql("DROP TABLE IF EXISTS " + name);
    Optional<List<String>> visible = access.describe(table);
    if (visible.isEmpty()) {
      return false;
    }
    StructType schema = new StructType();
    for (GlueType.Field column : TableSchema.of(table).rowType().fields()) {
      if (visible.get().contains(column.name())) {
        schema = schema.add(column.name(), SparkTypes.toSpark(column.type()), true);
      }
    }
    GlueSuiteContext glue = GlueSuiteContext.create(spark, catalog).withAccessPolicy(access);
    String token = GovernedTableSource.register(schema,
        () -> glue.getCatalogSource(table.databaseName(), table.name()).toDF());
    spark.sql("CREATE TABLE " + name + " USING " + GovernedTableSource.class.getName() + " OPTIONS ("
        + GovernedTableSource.TOKEN_OPTION + " " + literal(token) + ")");
    return true;
  }

  private int declare(Table table) {
    String name = quote(table.databaseName()) + "." + quote(table.name());
    spark.sql("DROP TABLE IF EXISTS " + name);
    StorageFormat format = table.format().orElseThrow();
    TableSchema schema = TableSchema.of(table);
    StringJoiner columns = new StringJoiner(", ");
    for (GlueType.Field column : schema.rowType().fields()) {
      columns.add(quote(column.name()) + " " + SparkTypes.toSpark(column.type()).sql());
    }
    StringJoiner keys = new StringJoiner(", ");
    for (GlueType.Field key : schema.partitionKeys()) {
      keys.add(quote(key.name()));
    }
    StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(name).append(" (").append(columns)
        .append(") USING ").append(format.classification());
    String options = formatOptions(table, format);
    if (!options.isEmpty()) {
      ddl.append(" OPTIONS (").append(options).append(')');
    }
    if (!table.partitionKeys().isEmpty()) {
      ddl.append(" PARTITIONED BY (").append(keys).append(')');
    }
    ddl.append(" LOCATION ").append(literal(located(table.storageDescriptor().location())));
    spark.sql(ddl.toString());
    if (table.partitionKeys().isEmpty()) {
      return 0;
    }
    List<Partition> partitions = catalog.getPartitions(table.databaseName(), table.name());
    for (int start = 0; start < partitions.size(); start += PARTITIONS_PER_STATEMENT) {
      StringBuilder add = new StringBuilder("ALTER TABLE ").append(name).append(" ADD IF NOT EXISTS");
      for (Partition partition : partitions.subList(start, Math.min(partitions.size(), start + PARTITIONS_PER_STATEMENT))) {
        StringJoiner spec = new StringJoiner(", ");
        for (int i = 0; i < table.partitionKeys().size(); i++) {
          spec.add(quote(table.partitionKeys().get(i).name()) + " = " + literal(partition.values().get(i)));
        }
        add.append(" PARTITION (").append(spec).append(')');
        if (partition.location() != null) {
          add.append(" LOCATION ").append(literal(located(partition.location())));
        }
      }
      spark.sql(add.toString());
    }
    return partitions.size();
  }

  /** An {@code s3://} location in the session's local lake, when a local folder stands in for S3 (see LakePaths). */
  private String located(String location) {
    return spark.conf().getOption(LakePaths.LOCAL_LAKE_CONF).map(lake -> LakePaths.inLocalLake(location,
        java.nio.file.Path.of(lake))).getOrElse(() -> location);
  }

  private static String unreadableReason(Table table) {
    if (table.format().isEmpty()) {
      return "classification '" + table.parameters().get("classification") + "' is not one Spark reads here";
    }
    if (table.storageDescriptor() == null || table.storageDescriptor().location() == null) {
      return "the table has no location";
    }
    return null;
  }

  private static String formatOptions(Table table, StorageFormat format) {
    if (format != StorageFormat.CSV) {
      return "";
    }
    CsvTableFormat csv = CsvTableFormat.of(table);
    String options = "sep " + literal(String.valueOf(csv.separator())) + ", quote "
        + literal(String.valueOf(csv.quote())) + ", header " + literal(String.valueOf(csv.header()));
    // OpenCSVSerde (the crawler's SerDe for quoted files) reads a doubled quote inside quotes as one quote (RFC 4180);
    // Spark's reader does that only when its escape is the quote itself. Its one escape character cannot also be
    // OpenCSV's backslash escapeChar, which SQL reads therefore leave as text (the jobs' record reader honours both).
    Character escape = csv.doubledQuotes() ? Character.valueOf(csv.quote()) : csv.escape();
    return escape == null ? options : options + ", escape " + literal(String.valueOf(escape));
  }

  static String quote(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }

  static String literal(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}

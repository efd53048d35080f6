package org.gluesuite.runtime.sql;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SQLContext;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.sources.BaseRelation;
import org.apache.spark.sql.sources.PrunedScan;
import org.apache.spark.sql.sources.RelationProvider;
import org.apache.spark.sql.types.StructType;

/**
 * A Spark data source whose tables are governed reads: each table declared with it in the session catalog
 * reads through a supplier (a catalog read with the access policy applied) registered here under a random
 * token, so SQL sees only what the principal may see, and the files themselves are never declared to Spark.
 */
public final class GovernedTableSource implements RelationProvider {
  static final String TOKEN_OPTION = "token";
  private static final Map<String, Governed> TABLES = new ConcurrentHashMap<>();

  /** A governed table: the schema the principal may see and how to read it (checked at read time). */
  record Governed(StructType schema, Supplier<Dataset<Row>> read) {
  }

  /** Registers a governed table and returns its token. */
  static String register(StructType schema, Supplier<Dataset<Row>> read) {
    String token = UUID.randomUUID().toString();
    TABLES.put(token, new Governed(schema, read));
    return token;
  }

  @Override
  public BaseRelation createRelation(SQLContext sqlContext, scala.collection.immutable.Map<String, String> parameters) {
    String token = parameters.get(TOKEN_OPTION).getOrElse(() -> "");
    Governed governed = TABLES.get(token);
    if (governed == null) {
      throw new IllegalArgumentException("This governed table is not registered in this session. Tables of this "
          + "kind are declared by SparkCatalogBridge.sync(); sync again.");
    }
    return new Relation(sqlContext, governed);
  }

  private static final class Relation extends BaseRelation implements PrunedScan {
    private final SQLContext sqlContext;
    private final Governed governed;

    Relation(SQLContext sqlContext, Governed governed) {
      this.sqlContext = sqlContext;
      this.governed = governed;
    }

    @Override
    public SQLContext sqlContext() {
      return sqlContext;
    }

    @Override
    public StructType schema() {
      return governed.schema();
    }

    @Override
    public RDD<Row> buildScan(String[] requiredColumns) {
      Dataset<Row> data = governed.read().get();
      return data.select(Arrays.stream(requiredColumns).map(c -> functions.col("`" + c.replace("`", "``") + "`"))
          .toArray(org.apache.spark.sql.Column[]::new)).rdd();
    }
  }
}

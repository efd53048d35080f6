package org.gluesuite.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.TableInput;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.crawler.CrawlContext;
import org.gluesuite.crawler.CrawlerService;
import org.gluesuite.crawler.definition.CrawlerDefinition;
import org.gluesuite.crawler.definition.S3Target;
import org.gluesuite.runtime.context.GlueSuiteContext;
import org.gluesuite.runtime.frame.GlueFrame;
import org.gluesuite.runtime.testing.TestSpark;
import org.gluesuite.common.json.DefinitionNode;
import org.junit.jupiter.api.Test;
import scala.collection.JavaConverters;

/**
 * One type system end to end: the table a crawler writes, declared as it is, passes {@code catalog apply}
 * unchanged, and the runtime reads it back with the Spark types its columns name.
 */
class CrawledTableRoundTripTest {
  private static final StructType ITEM = new StructType().add("sku", DataTypes.StringType)
      .add("qty", DataTypes.IntegerType).add("price", DataTypes.createDecimalType(10, 2));
  private static final StructType ORDERS = new StructType().add("id", DataTypes.LongType)
      .add("ratio", DataTypes.FloatType).add("payload", DataTypes.BinaryType)
      .add("amount", DataTypes.createDecimalType(10, 2)).add("items", DataTypes.createArrayType(ITEM));

  @Test
  void crawledParquetTable_withFloatBinaryDecimalAndArrayOfStructs_passesCatalogApply_andReadsBackTyped() {
    SparkSession spark = TestSpark.session();
    Path workspace = TestSpark.newFolder("crawled-types");
    Path lake = workspace.resolve("lake");
    List<Row> rows = List.of(
        RowFactory.create(1L, 0.5f, new byte[] {1, 2}, new BigDecimal("12.34"),
            seq(RowFactory.create("a", 2, new BigDecimal("1.50")), RowFactory.create("b", 1, new BigDecimal("9.34")))),
        RowFactory.create(2L, 2.25f, new byte[] {}, new BigDecimal("0.10"), seq()));
    spark.createDataFrame(rows, ORDERS).coalesce(1).write().parquet(lake.resolve("bucket/shop/orders").toString());

    try (DataCatalog catalog = EmbeddedCatalog.open(workspace.resolve("catalog"))) {
      crawl(catalog, workspace, "shop/orders");
      Table crawled = catalog.getTable("shop", "orders");
      assertThat(crawled.storageDescriptor().columns()).extracting(c -> c.name() + " " + c.type()).containsExactly(
          "id bigint", "ratio float", "payload binary", "amount decimal(10,2)",
          "items array<struct<sku:string,qty:int,price:decimal(10,2)>>");

      CatalogApply apply = new CatalogApply(catalog, lake);
      SchemaDefinitions declared = declaredAsCrawled(crawled, lake);
      assertThat(apply.plan(declared)).singleElement().satisfies(change -> {
        assertThat(change.kind()).as("%s", change.lines()).isEqualTo(SchemaChange.Kind.UNCHANGED);
      });
      assertThat(apply.apply(declared)).singleElement().satisfies(change -> assertThat(change.changes()).isFalse());

      GlueSuiteContext glue = GlueSuiteContext.create(spark, catalog);
      Dataset<Row> df = glue.getCatalogSource("shop", "orders").toDF();
      assertThat(df.schema().asNullable()).isEqualTo(ORDERS.asNullable());
      List<Row> read = df.orderBy("id").collectAsList();
      assertThat(read.get(0).<BigDecimal>getAs("amount")).isEqualByComparingTo("12.34");
      assertThat(read.get(0).<byte[]>getAs("payload")).containsExactly(1, 2);
      assertThat(read.get(0).getFloat(1)).isEqualTo(0.5f);
      assertThat(read.get(0).getList(4)).extracting(r -> ((Row) r).getString(0) + ":" + ((Row) r).getInt(1))
          .containsExactly("a:2", "b:1");
      GlueFrame frame = glue.getCatalogSource("shop", "orders").getFrame();
      assertThat(frame.schema().simpleString()).isEqualTo("struct{id:long,ratio:float,payload:binary,"
          + "amount:decimal(10,2),items:array<struct{sku:string,qty:int,price:decimal(10,2)}>}");
      assertThat(frame.toDF().schema().asNullable()).isEqualTo(ORDERS.asNullable());
    }
  }

  @Test
  void crawledJsonTable_withSmallAndLargeWholeNumbers_isIntAndBigint_andReadsBackAsIntegerAndLong() throws IOException {
    SparkSession spark = TestSpark.session();
    Path workspace = TestSpark.newFolder("crawled-ints");
    Path lake = workspace.resolve("lake");
    Path file = lake.resolve("bucket/legislators/organizations/orgs.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"name\": \"Senate\", \"seats\": 100, \"founded_ms\": 1}\n"
        + "{\"name\": \"House\", \"seats\": 435, \"founded_ms\": 4102444800000}\n", StandardCharsets.UTF_8);

    try (DataCatalog catalog = EmbeddedCatalog.open(workspace.resolve("catalog"))) {
      crawl(catalog, workspace, "legislators/organizations");
      Table crawled = catalog.getTable("shop", "organizations");
      assertThat(crawled.storageDescriptor().columns()).extracting(c -> c.name() + " " + c.type())
          .containsExactly("name string", "seats int", "founded_ms bigint");
      CatalogApply apply = new CatalogApply(catalog, lake);
      assertThat(apply.apply(declaredAsCrawled(crawled, lake))).singleElement()
          .satisfies(change -> assertThat(change.changes()).isFalse());

      GlueSuiteContext glue = GlueSuiteContext.create(spark, catalog);
      assertThat(glue.getCatalogSource("shop", "organizations").toDF().schema().asNullable())
          .isEqualTo(new StructType().add("name", DataTypes.StringType).add("seats", DataTypes.IntegerType)
              .add("founded_ms", DataTypes.LongType));
      // The frame reads the files, as Glue's does: seats is int; founded_ms has an int and a long value.
      assertThat(glue.getCatalogSource("shop", "organizations").getFrame().schema().simpleString())
          .isEqualTo("struct{name:string,seats:int,founded_ms:choice{int,long}}");
    }
  }

  private static void crawl(DataCatalog catalog, Path workspace, String path) {
    CrawlerService crawler = CrawlerService.create(catalog, CrawlContext.forWorkspace(workspace,
        workspace.resolve("definitions")));
    crawler.crawl(CrawlerDefinition.of("shop", "shop", List.of(S3Target.of("s3://bucket/" + path))));
  }

  /** The crawled table as a declared definition, word for word (its location under ${lake}). */
  private static SchemaDefinitions declaredAsCrawled(Table crawled, Path lake) {
    TableInput input = crawled.toInput();
    String location = input.storageDescriptor().location()
        .replace(lake.toAbsolutePath().normalize().toString(), SchemaDefinitions.LAKE_PLACEHOLDER);
    input = input.withStorageDescriptor(input.storageDescriptor().withLocation(location));
    try {
      String json = new ObjectMapper().writeValueAsString(Map.of("DatabaseName", "shop", "TableInput", input));
      return SchemaDefinitions.parse(List.of(DefinitionNode.parse(crawled.name() + ".json", json)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static scala.collection.Seq<Row> seq(Row... rows) {
    return JavaConverters.asScalaBuffer(List.of(rows)).toList();
  }
}

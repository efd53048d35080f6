package org.gluesuite.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gluesuite.crawler.definition.CrawlerDefinition;
import org.gluesuite.crawler.definition.ExclusionGlob;
import org.gluesuite.crawler.definition.S3Target;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared real data sets, crawled in place from {@code ../shared/data} (relative to the repository root). */
class RealDataTest {
  static final Path DATA = Path.of("..", "..", "shared", "data").toAbsolutePath().normalize();

  @TempDir
  Path temp;

  @BeforeAll
  static void requireData() {
    Assumptions.assumeTrue(Files.isDirectory(DATA),
        "real data not found at " + DATA + " (../shared/data next to the repository); skipping the real-data crawls");
  }

  private CrawlFixture crawl(String folder) {
    CrawlFixture fx = new CrawlFixture(temp);
    CrawlerDefinition d = CrawlerDefinition.of("real", "db", List.of(new S3Target(DATA.resolve(folder).toUri().toString(),
        List.of(ExclusionGlob.compile("PROVENANCE.txt")), null)));
    CrawlResult result = fx.crawl(d);
    assertThat(result.report().filesSkipped()).isEmpty();
    return fx;
  }

  @Test
  void shippingLogs_headerDetected_bigintAndString() {
    try (CrawlFixture fx = crawl("shipping_logs")) {
      assertThat(fx.tableNames()).containsExactly("productdescriptions_csv", "shippinglogs_csv");
      assertThat(fx.columns("shippinglogs_csv")).isEqualTo("actualshippingdays:bigint,expectedshippingdays:bigint,"
          + "carrier:string,yshippingdistance:bigint,xshippingdistance:bigint,inbulkorder:string,shippingorigin:string,"
          + "orderdate:string,orderid:string,shippingpriority:string,ontimedelivery:string,productid:string");
      assertThat(fx.table("shippinglogs_csv").parameters()).containsEntry("skip.header.line.count", "1")
          .containsEntry("delimiter", ",").containsEntry("classification", "csv");
    }
  }

  @Test
  void onlineRetail_gzip_quotedFieldsWithCommas() {
    // InvoiceNo is a string: cancellations such as C536379 occur within the first 1,000 rows.
    try (CrawlFixture fx = crawl("online_retail")) {
      assertThat(fx.tableNames()).containsExactly("online_retail");
      assertThat(fx.columns("online_retail")).isEqualTo("invoiceno:string,stockcode:string,description:string,"
          + "quantity:bigint,invoicedate:timestamp,unitprice:double,customerid:bigint,country:string");
      assertThat(fx.table("online_retail").parameters()).containsEntry("compressionType", "gzip")
          .containsEntry("areColumnsQuoted", "true").containsEntry("skip.header.line.count", "1");
      assertThat(fx.table("online_retail").storageDescriptor().serdeInfo().serializationLibrary())
          .endsWith("OpenCSVSerde");
    }
  }

  @Test
  void beijingAirQuality_naValuesMakeStringColumns_otherColumnsNumeric() {
    try (CrawlFixture fx = crawl("beijing_air_quality")) {
      assertThat(fx.tableNames()).containsExactly("beijing_air_quality");
      String columns = fx.columns("beijing_air_quality");
      assertThat(columns).startsWith("no:bigint,year:bigint,month:bigint,day:bigint,hour:bigint,")
          .contains("no2:string", "station:string", "temp:double", "wd:string");
      assertThat(fx.catalog.getPartitions("db", "beijing_air_quality")).isEmpty();
      assertThat(fx.table("beijing_air_quality").parameters()).containsEntry("objectCount", "2");
    }
  }
}

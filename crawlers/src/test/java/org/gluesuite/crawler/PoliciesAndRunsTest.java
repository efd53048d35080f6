package org.gluesuite.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.gluesuite.crawler.TableChange.Action;
import org.gluesuite.crawler.definition.CrawlerConfiguration;
import org.gluesuite.crawler.definition.CrawlerDefinition;
import org.gluesuite.crawler.definition.DeleteBehavior;
import org.gluesuite.crawler.definition.RecrawlBehavior;
import org.gluesuite.crawler.definition.SchemaChangePolicy;
import org.gluesuite.crawler.definition.UpdateBehavior;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema-change and recrawl policies over several runs, crawler states, LastCrawl, metrics and the run report. */
class PoliciesAndRunsTest {
  @TempDir
  Path temp;
  CrawlFixture fx;
  Lake lake;

  @BeforeEach
  void setUp() {
    fx = new CrawlFixture(temp);
    lake = fx.lake.bucket();
    lake.text("sales/2024/01/01/a.csv", "id,amount,qty,shop\n1,2,1,a\n").text("sales/2024/01/02/a.csv", "id,amount,qty,shop\n3,4,1,b\n");
  }

  @AfterEach
  void tearDown() {
    fx.close();
  }

  private CrawlerDefinition sales(SchemaChangePolicy policy) {
    return CrawlFixture.crawler("sales-crawler", "sales").withSchemaChangePolicy(policy);
  }

  @Test
  void updateInDatabase_reportsColumnsAddedRemovedRetyped_andPartitionsAdded() {
    CrawlResult first = fx.crawl(sales(SchemaChangePolicy.DEFAULT));
    assertThat(first.tablesCreated()).isEqualTo(1);
    assertThat(first.partitionsAdded()).isEqualTo(2);
    assertThat(first.report().table("sales").action()).isEqualTo(Action.CREATED);

    lake.text("sales/2024/01/01/a.csv", "id,amount,qty,shop,note\n1,2.5,1,a,x\n")
        .text("sales/2024/01/02/a.csv", "id,amount,qty,shop,note\n3,4.5,1,b,y\n")
        .text("sales/2024/01/03/a.csv", "id,amount,qty,shop,note\n5,6.5,1,c,z\n");
    CrawlResult second = fx.crawl(sales(SchemaChangePolicy.DEFAULT));

    TableChange change = second.report().table("sales");
    assertThat(change.action()).isEqualTo(Action.UPDATED);
    assertThat(change.columnsAdded()).containsExactly("note:string");
    assertThat(change.columnsRetyped()).containsExactly("amount: bigint -> double");
    assertThat(change.partitionsAdded()).isEqualTo(1);
    assertThat(second.tablesUpdated()).isEqualTo(1);
    assertThat(fx.columns("sales")).isEqualTo("id:bigint,amount:double,qty:bigint,shop:string,note:string");

    lake.text("sales/2024/01/01/a.csv", "id,qty,shop\n1,1,a\n").text("sales/2024/01/02/a.csv", "id,qty,shop\n3,1,b\n")
        .text("sales/2024/01/03/a.csv", "id,qty,shop\n5,1,c\n");
    assertThat(fx.crawl(sales(SchemaChangePolicy.DEFAULT)).report().table("sales").columnsRemoved())
        .containsExactly("amount:double", "note:string");
  }

  @Test
  void updateBehaviorLog_keepsTheTable_butReportsTheChange() {
    fx.crawl(sales(SchemaChangePolicy.DEFAULT));
    lake.text("sales/2024/01/01/a.csv", "id,amount,qty,shop,note\n1,2,1,a,x\n");
    CrawlResult logged = fx.crawl(sales(new SchemaChangePolicy(UpdateBehavior.LOG, DeleteBehavior.LOG)));
    assertThat(logged.report().table("sales").action()).isEqualTo(Action.LOGGED);
    assertThat(logged.report().table("sales").columnsAdded()).containsExactly("note:string");
    assertThat(fx.columns("sales")).isEqualTo("id:bigint,amount:bigint,qty:bigint,shop:string");
  }

  @Test
  void mergeNewColumns_onlyAddsColumns() {
    CrawlerDefinition merge = sales(SchemaChangePolicy.DEFAULT)
        .withConfiguration(new CrawlerConfiguration(true, false, false, null));
    fx.crawl(merge);
    lake.text("sales/2024/01/01/a.csv", "id,qty,shop,note\n1,1,a,x\n").text("sales/2024/01/02/a.csv", "id,qty,shop,note\n2,1,b,y\n");
    CrawlResult result = fx.crawl(merge);
    assertThat(fx.columns("sales")).isEqualTo("id:bigint,amount:bigint,qty:bigint,shop:string,note:string");
    assertThat(result.report().table("sales").note()).contains("MergeNewColumns");
  }

  @Test
  void inheritFromTable_givesPartitionsTheTableSchema_otherwiseTheirOwn() {
    lake.text("sales/2024/01/02/a.csv", "id,amount,qty,shop,extra\n3,4,1,b,1\n");
    fx.crawl(sales(SchemaChangePolicy.DEFAULT));
    assertThat(CrawlFixture.render(fx.catalog.getPartition("db", "sales", java.util.List.of("2024", "01", "01"))
        .storageDescriptor().columns())).isEqualTo("id:bigint,amount:bigint,qty:bigint,shop:string");

    fx.catalog.deleteTable("db", "sales");
    fx.crawl(sales(SchemaChangePolicy.DEFAULT).withConfiguration(new CrawlerConfiguration(false, true, false, null)));
    assertThat(CrawlFixture.render(fx.catalog.getPartition("db", "sales", java.util.List.of("2024", "01", "01"))
        .storageDescriptor().columns())).isEqualTo("id:bigint,amount:bigint,qty:bigint,shop:string,extra:bigint");
  }

  @Test
  void deleteBehaviors_deprecateDeleteOrLog_whenTheFolderIsGone() {
    lake.text("other/a.csv", "k,v\n1,2\n");
    CrawlerDefinition both = CrawlFixture.crawler("two", "sales", "other");
    fx.crawl(both);
    lake.delete("other");

    CrawlResult logged = fx.crawl(both.withSchemaChangePolicy(new SchemaChangePolicy(null, DeleteBehavior.LOG)));
    assertThat(logged.report().table("other").action()).isEqualTo(Action.MISSING_LOGGED);
    assertThat(fx.table("other").parameters()).doesNotContainKey("DEPRECATED_BY_CRAWLER");

    CrawlResult deprecated = fx.crawl(both);
    assertThat(deprecated.report().table("other").action()).isEqualTo(Action.DEPRECATED);
    assertThat(fx.table("other").parameters()).containsEntry("DEPRECATED_BY_CRAWLER", deprecated.runId());

    lake.delete("sales/2024/01/02");
    CrawlResult deleted = fx.crawl(both.withSchemaChangePolicy(
        new SchemaChangePolicy(UpdateBehavior.UPDATE_IN_DATABASE, DeleteBehavior.DELETE_FROM_DATABASE)));
    assertThat(deleted.tablesDeleted()).isEqualTo(1);
    assertThat(deleted.report().table("sales").partitionsRemoved()).isEqualTo(1);
    assertThat(fx.tableNames()).containsExactly("sales");
  }

  @Test
  void crawlNewFoldersOnly_listsOnlyNewFolders_andAddsTheirPartitions() {
    CrawlerDefinition incremental = sales(new SchemaChangePolicy(UpdateBehavior.LOG, DeleteBehavior.LOG))
        .withRecrawlBehavior(RecrawlBehavior.CRAWL_NEW_FOLDERS_ONLY);
    CrawlResult first = fx.crawl(incremental);
    assertThat(first.report().filesListed()).isEqualTo(2);

    lake.text("sales/2024/01/03/a.csv", "id,amount,qty,shop,note\n5,6,1,c,x\n");
    lake.text("sales/2024/01/01/late.csv", "id,amount,qty,shop\n9,9,1,z\n");
    CrawlResult second = fx.crawl(incremental);
    assertThat(second.report().filesListed()).as("only the new folder's file is listed").isEqualTo(1);
    assertThat(second.report().foldersListed()).as("root, 2024, 01 and the new day").isEqualTo(4);
    assertThat(second.partitionsAdded()).isEqualTo(1);
    assertThat(second.report().table("sales").action()).as("updates are forced to LOG").isEqualTo(Action.LOGGED);
    assertThat(fx.catalog.getPartitions("db", "sales")).hasSize(3);
  }

  @Test
  void statesLastCrawlAndMetrics_followTheRuns() {
    assertThat(fx.service.getCrawler("sales-crawler").state()).isEqualTo(CrawlerState.READY);
    assertThat(fx.service.getCrawler("sales-crawler").lastCrawl()).isNull();
    CrawlResult result = fx.crawl(sales(SchemaChangePolicy.DEFAULT));

    CrawlerInfo info = fx.service.getCrawler("sales-crawler");
    assertThat(info.state()).isEqualTo(CrawlerState.READY);
    assertThat(info.lastCrawl().status()).isEqualTo(CrawlState.SUCCEEDED);
    assertThat(info.lastCrawl().runId()).isEqualTo(result.runId());
    assertThat(info.lastCrawl().startTime()).isBeforeOrEqualTo(info.lastCrawl().endTime());
    assertThat(info.metrics().tablesCreated()).isEqualTo(1);
    assertThat(info.metrics().medianRuntimeSeconds()).isGreaterThanOrEqualTo(0);
    assertThat(temp.resolve("crawlers/sales-crawler/runs/" + result.runId() + ".json")).isRegularFile();
  }

  @Test
  void startingARunningCrawler_throwsCrawlerRunningException_andAFailedCrawlIsRecorded() {
    fx.service.stateStore().start("sales-crawler", "cr_other", Instant.now());
    assertThat(fx.service.getCrawler("sales-crawler").state()).isEqualTo(CrawlerState.RUNNING);
    assertThatThrownBy(() -> fx.crawl(sales(SchemaChangePolicy.DEFAULT)))
        .isInstanceOf(CrawlerRunningException.class).hasMessageContaining("already running")
        .hasMessageContaining("cr_other").hasMessageContaining("CrawlerService.getCrawler(\"sales-crawler\")")
        .hasMessageNotContaining("./glue-suite");
    fx.service.stateStore().finish("sales-crawler", CrawlState.CANCELLED, null, Instant.now(), 0, 0, 0);

    fx.catalog.createDatabase(new org.gluesuite.catalog.DatabaseInput("db", null, null, null));
    lake.text("Bad Name!/a.csv", "k,v\n1,2\n");
    CrawlerDefinition bad = CrawlFixture.crawler("bad", "sales").withTablePrefix("no spaces allowed ");
    assertThatThrownBy(() -> fx.crawl(bad)).isInstanceOf(RuntimeException.class);
    CrawlerInfo info = fx.service.getCrawler("bad");
    assertThat(info.state()).isEqualTo(CrawlerState.READY);
    assertThat(info.lastCrawl().status()).isEqualTo(CrawlState.FAILED);
    assertThat(info.lastCrawl().errorMessage()).isNotBlank();
  }
}

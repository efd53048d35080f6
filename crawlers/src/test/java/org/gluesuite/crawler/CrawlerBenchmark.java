package org.gluesuite.crawler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.crawler.definition.CrawlerDefinition;
import org.gluesuite.crawler.definition.DeleteBehavior;
import org.gluesuite.crawler.definition.RecrawlBehavior;
import org.gluesuite.crawler.definition.SchemaChangePolicy;
import org.gluesuite.crawler.definition.UpdateBehavior;

/**
 * Not a test (no surefire pattern matches it): crawls 10,000 small CSV files in 1,000 yyyy/mm/dd day
 * folders, then 10 new day folders arrive and CRAWL_NEW_FOLDERS_ONLY crawls again; a CRAWL_EVERYTHING
 * recrawl of the same tree is timed too, all in one JVM, side by side. Run:
 * {@code mvn -B -o -q -pl crawlers test-compile exec:java -Dexec.mainClass=org.gluesuite.crawler.CrawlerBenchmark
 * -Dexec.classpathScope=test} or see BENCHMARKS.md for the plain java command.
 */
public final class CrawlerBenchmark {
  private static final int DAYS = 1000;
  private static final int FILES_PER_DAY = 10;

  private CrawlerBenchmark() {
  }

  public static void main(String[] args) throws IOException {
    Path base = Files.createTempDirectory(Path.of(args.length > 0 ? args[0] : "target"), "crawler-bench");
    Path events = base.resolve("lake/bench/events");
    LocalDate start = LocalDate.of(2021, 1, 1);
    long t0 = System.nanoTime();
    for (int d = 0; d < DAYS; d++) {
      writeDay(events, start.plusDays(d));
    }
    System.out.printf(Locale.ROOT, "generated %,d files in %,d day folders in %.1f s%n", DAYS * FILES_PER_DAY, DAYS,
        seconds(t0));
    try (DataCatalog catalog = EmbeddedCatalog.open(base.resolve("catalog"))) {
      CrawlerService service = CrawlerService.create(catalog, CrawlContext.forWorkspace(base, base.resolve("defs")));
      CrawlerDefinition full = CrawlerDefinition.of("bench", "bench", java.util.List.of(
          org.gluesuite.crawler.definition.S3Target.of("s3://bench/events")))
          .withSchemaChangePolicy(new SchemaChangePolicy(UpdateBehavior.LOG, DeleteBehavior.LOG))
          .withRecrawlBehavior(RecrawlBehavior.CRAWL_NEW_FOLDERS_ONLY);
      CrawlResult first = service.crawl(full);
      report("full crawl (first run)", first);
      for (int d = DAYS; d < DAYS + 10; d++) {
        writeDay(events, start.plusDays(d));
      }
      CrawlResult incremental = service.crawl(full);
      report("incremental crawl, 10 new day folders (CRAWL_NEW_FOLDERS_ONLY)", incremental);
      CrawlResult everything = service.crawl(full.withRecrawlBehavior(RecrawlBehavior.CRAWL_EVERYTHING)
          .withSchemaChangePolicy(SchemaChangePolicy.DEFAULT));
      report("recrawl everything (CRAWL_EVERYTHING, same 10,100 files)", everything);
      System.out.printf(Locale.ROOT, "incremental / full = %.1f%%   (target < 5%%)%n",
          100.0 * incremental.elapsedMillis() / first.elapsedMillis());
    }
  }

  private static void writeDay(Path root, LocalDate day) throws IOException {
    Path folder = root.resolve(String.format(Locale.ROOT, "%04d/%02d/%02d", day.getYear(), day.getMonthValue(),
        day.getDayOfMonth()));
    Files.createDirectories(folder);
    for (int f = 0; f < FILES_PER_DAY; f++) {
      StringBuilder sb = new StringBuilder("event_id,user,amount,ok,ts\n");
      for (int r = 0; r < 20; r++) {
        sb.append(f * 100 + r).append(",u").append(r).append(',').append(r * 1.25).append(',').append(r % 2 == 0)
            .append(',').append(day).append(" 10:").append(String.format(Locale.ROOT, "%02d", r)).append(":00\n");
      }
      Files.writeString(folder.resolve("part-" + f + ".csv"), sb, StandardCharsets.UTF_8);
    }
  }

  private static void report(String what, CrawlResult r) {
    System.out.printf(Locale.ROOT, "%-66s %7.2f s  files listed %,6d, folders listed %,5d, partitions added %,5d%n",
        what, r.elapsedMillis() / 1000.0, r.report().filesListed(), r.report().foldersListed(), r.partitionsAdded());
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}

package org.gluesuite.crawler;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.crawler.apply.CatalogApplier;
import org.gluesuite.crawler.classify.Classification;
import org.gluesuite.crawler.classify.ClassifierChain;
import org.gluesuite.crawler.classify.FileSample;
import org.gluesuite.crawler.classify.SkippedFileException;
import org.gluesuite.crawler.definition.CrawlerDefinition;
import org.gluesuite.crawler.definition.RecrawlBehavior;
import org.gluesuite.crawler.definition.S3Target;
import org.gluesuite.crawler.plan.ClassifiedFile;
import org.gluesuite.crawler.plan.TablePlan;
import org.gluesuite.crawler.plan.TablePlanner;
import org.gluesuite.crawler.scan.DataFile;
import org.gluesuite.crawler.scan.FolderLister;
import org.gluesuite.crawler.scan.Listing;
import org.gluesuite.crawler.scan.SkippedFile;
import org.gluesuite.crawler.scan.TargetLocation;

/** One crawl: list the targets, classify sampled files, plan tables and partitions, apply them to the catalog. */
final class CrawlEngine {
  private final DataCatalog catalog;
  private final CrawlContext context;
  private final CrawlerDefinition definition;
  private final String runId;

  CrawlEngine(DataCatalog catalog, CrawlContext context, CrawlerDefinition definition, String runId) {
    this.catalog = catalog;
    this.context = context;
    this.definition = definition;
    this.runId = runId;
  }

  record Outcome(List<TableChange> changes, CrawlReport report, Set<String> newFolders) {
  }

  Outcome run(Set<String> knownFolders) {
    boolean newOnly = definition.recrawlBehavior() == RecrawlBehavior.CRAWL_NEW_FOLDERS_ONLY;
    ClassifierChain chain = ClassifierChain.of(definition.classifiers());
    List<SkippedFile> skipped = Collections.synchronizedList(new ArrayList<>());
    List<SkippedFile> warnings = Collections.synchronizedList(new ArrayList<>());
    List<TablePlan> plans = new ArrayList<>();
    List<Path> roots = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    long listedFiles = 0;
    long sampledFiles = 0;
    long folders = 0;
    for (int t = 0; t < definition.s3Targets().size(); t++) {
      S3Target target = definition.s3Targets().get(t);
      TargetLocation location = TargetLocation.resolve(target.path(), context.lake());
      roots.add(location.root());
      if (!Files.isDirectory(location.root())) {
        skipped.add(new SkippedFile(location.root().toString(), "target folder does not exist (nothing to crawl)"));
        continue;
      }
      String key = t + ":";
      Set<String> known = new HashSet<>();
      if (newOnly) {
        knownFolders.stream().filter(f -> f.startsWith(key)).forEach(f -> known.add(f.substring(key.length())));
      }
      Listing listing = new FolderLister(target, location.root(), known).list();
      skipped.addAll(listing.skipped());
      folders += listing.foldersListed();
      listing.leafFolders().forEach(f -> seen.add(key + f));
      int files = listing.filesByFolder().values().stream().mapToInt(List::size).sum();
      listedFiles += files;
      context.progress().report(String.format("%s: listed %,d files in %,d folders under %s", definition.name(), files,
          listing.filesByFolder().size(), target.path()));
      List<ClassifiedFile> classified = classify(chain, target, listing.filesByFolder(), skipped, warnings);
      sampledFiles += classified.stream().filter(ClassifiedFile::sampled).count();
      plans.addAll(new TablePlanner(location.root(), location.rootLevel(), definition.configuration()).plan(classified));
    }
    List<TableChange> changes = new CatalogApplier(catalog, definition, runId).apply(plans, roots);
    CrawlReport report = new CrawlReport(changes, sorted(skipped), sorted(warnings), listedFiles, sampledFiles, folders);
    return new Outcome(changes, report, seen);
  }

  private static List<SkippedFile> sorted(List<SkippedFile> files) {
    List<SkippedFile> copy = new ArrayList<>(files);
    copy.sort(java.util.Comparator.comparing(SkippedFile::path));
    return copy;
  }

  private List<ClassifiedFile> classify(ClassifierChain chain, S3Target target, Map<String, List<DataFile>> byFolder,
      List<SkippedFile> skipped, List<SkippedFile> warnings) {
    int total = byFolder.values().stream().mapToInt(List::size).sum();
    AtomicInteger done = new AtomicInteger();
    List<List<DataFile>> folders = new ArrayList<>(byFolder.values());
    ForkJoinPool pool = new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    try {
      List<List<ClassifiedFile>> results = pool.submit(() -> folders.parallelStream()
          .map(files -> classifyFolder(chain, target, files, skipped, warnings, done, total)).toList()).get();
      List<ClassifiedFile> all = new ArrayList<>();
      results.forEach(all::addAll);
      return all;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CrawlerErrors.interrupted(definition.name(), e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : CrawlerErrors.classificationFailed(definition.name(),
          e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  private List<ClassifiedFile> classifyFolder(ClassifierChain chain, S3Target target, List<DataFile> files,
      List<SkippedFile> skipped, List<SkippedFile> warnings, AtomicInteger done, int total) {
    List<ClassifiedFile> out = new ArrayList<>();
    int limit = target.sampleSize() == null ? Integer.MAX_VALUE : target.sampleSize();
    ClassifiedFile representative = null;
    for (int i = 0; i < files.size(); i++) {
      DataFile file = files.get(i);
      if (i >= limit && representative != null) {
        out.add(new ClassifiedFile(file, representative.classification(), representative.compression(), false));
        continue;
      }
      try (FileSample sample = FileSample.open(file.path(), file.size())) {
        Classification c = chain.classify(sample);
        c.warnings().forEach(w -> warnings.add(new SkippedFile(file.path().toString(), w)));
        ClassifiedFile classified = new ClassifiedFile(file, c, sample.compression(), true);
        representative = representative == null ? classified : representative;
        out.add(classified);
      } catch (SkippedFileException e) {
        skipped.add(new SkippedFile(file.path().toString(), e.getMessage()));
      }
      int n = done.incrementAndGet();
      if (n % 2000 == 0) {
        context.progress().report(String.format("%s: classified %,d of %,d files", definition.name(), n, total));
      }
    }
    return out;
  }
}

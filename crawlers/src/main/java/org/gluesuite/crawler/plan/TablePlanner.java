package org.gluesuite.crawler.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.catalog.types.TypeMerger;
import org.gluesuite.crawler.definition.CrawlerConfiguration;
import org.gluesuite.crawler.schema.Schemas;

/**
 * Decides which folders become tables and which become partitions, as Glue's crawler does: starting at
 * the target, a folder becomes one table when all files under it sit at the same depth, share one format
 * (classification, compression, SerDe, delimiter, header) and their schemas are similar: at most 5
 * distinct schemas, each over 70% like their union. {@code CombineCompatibleSchemas} drops the similarity
 * and count conditions; {@code TableLevelConfiguration} fixes the table folders' absolute level. Otherwise
 * each subfolder is considered on its own, and files directly in the folder that disagree become one
 * table per file.
 */
public final class TablePlanner {
  static final double SIMILARITY = 0.70;
  static final int MAX_SCHEMAS = 5;

  private final Path targetRoot;
  private final int targetLevel;
  private final CrawlerConfiguration configuration;

  public TablePlanner(Path targetRoot, int targetLevel, CrawlerConfiguration configuration) {
    this.targetRoot = targetRoot;
    this.targetLevel = targetLevel;
    this.configuration = configuration;
  }

  public List<TablePlan> plan(List<ClassifiedFile> files) {
    List<TablePlan> plans = new ArrayList<>();
    if (files.isEmpty()) {
      return plans;
    }
    if (configuration.tableLevel() != null) {
      int depth = Math.max(0, configuration.tableLevel() - targetLevel);
      Map<String, List<ClassifiedFile>> byRoot = new TreeMap<>();
      for (ClassifiedFile f : files) {
        String[] seg = f.segments();
        byRoot.computeIfAbsent(String.join("/", Arrays.copyOf(seg, Math.min(depth, seg.length))),
            k -> new ArrayList<>()).add(f);
      }
      byRoot.forEach((root, group) -> planFolder(root, group, true, plans));
      return plans;
    }
    planFolder("", files, false, plans);
    return plans;
  }

  private void planFolder(String folder, List<ClassifiedFile> files, boolean forced, List<TablePlan> plans) {
    int base = folder.isEmpty() ? 0 : folder.split("/").length;
    if (forced ? sameDepthAndFormat(files) : canBeOneTable(files)) {
      plans.add(table(folder, base, files));
      return;
    }
    Map<String, List<ClassifiedFile>> direct = new LinkedHashMap<>();
    Map<String, List<ClassifiedFile>> byChild = new TreeMap<>();
    for (ClassifiedFile f : files) {
      String[] seg = f.segments();
      if (seg.length == base) {
        direct.computeIfAbsent(f.fingerprint(), k -> new ArrayList<>()).add(f);
      } else {
        byChild.computeIfAbsent(String.join("/", Arrays.copyOf(seg, base + 1)), k -> new ArrayList<>()).add(f);
      }
    }
    List<ClassifiedFile> directFiles = direct.values().stream().flatMap(List::stream).toList();
    if (!directFiles.isEmpty()) {
      if (canBeOneTable(directFiles)) {
        plans.add(table(folder, base, directFiles));
      } else {
        for (ClassifiedFile f : directFiles) {
          plans.add(fileTable(f));
        }
      }
    }
    byChild.forEach((child, group) -> planFolder(child, group, forced, plans));
  }

  private boolean sameDepthAndFormat(List<ClassifiedFile> files) {
    int depth = files.get(0).segments().length;
    String fingerprint = files.get(0).fingerprint();
    return files.stream().allMatch(f -> f.segments().length == depth && f.fingerprint().equals(fingerprint));
  }

  boolean canBeOneTable(List<ClassifiedFile> files) {
    if (!sameDepthAndFormat(files)) {
      return false;
    }
    if (configuration.combineCompatibleSchemas()) {
      return true;
    }
    Set<List<Field>> distinct = new LinkedHashSet<>();
    for (ClassifiedFile f : files) {
      distinct.add(f.columns());
    }
    if (distinct.size() == 1) {
      return true;
    }
    if (distinct.size() > MAX_SCHEMAS) {
      return false;
    }
    List<Field> union = new ArrayList<>();
    for (List<Field> schema : distinct) {
      union = TypeMerger.CATALOG.mergeFields(union, schema);
    }
    for (List<Field> schema : distinct) {
      if (Schemas.similarity(schema, union) <= SIMILARITY) {
        return false;
      }
    }
    return true;
  }

  private TablePlan table(String folder, int base, List<ClassifiedFile> files) {
    Path location = folder.isEmpty() ? targetRoot : targetRoot.resolve(folder);
    List<Field> columns = new ArrayList<>();
    TablePlan.Stats stats = new TablePlan.Stats(0, 0, 0);
    Map<String, List<ClassifiedFile>> byLeaf = new TreeMap<>();
    for (ClassifiedFile f : files) {
      columns = TypeMerger.CATALOG.mergeFields(columns, f.columns());
      stats = stats.plus(statsOf(f));
      byLeaf.computeIfAbsent(f.file().folder(), k -> new ArrayList<>()).add(f);
    }
    int depth = files.get(0).segments().length - base;
    List<TablePlan.PartitionPlan> partitions = new ArrayList<>();
    List<String[]> partitionSegments = new ArrayList<>();
    if (depth > 0) {
      for (Map.Entry<String, List<ClassifiedFile>> leaf : byLeaf.entrySet()) {
        String[] seg = leaf.getValue().get(0).segments();
        partitionSegments.add(Arrays.copyOfRange(seg, base, seg.length));
      }
    }
    List<String> keys = PartitionKeys.names(partitionSegments, depth);
    int i = 0;
    for (Map.Entry<String, List<ClassifiedFile>> leaf : byLeaf.entrySet()) {
      if (depth == 0) {
        break;
      }
      List<Field> leafColumns = new ArrayList<>();
      TablePlan.Stats leafStats = new TablePlan.Stats(0, 0, 0);
      for (ClassifiedFile f : leaf.getValue()) {
        leafColumns = TypeMerger.CATALOG.mergeFields(leafColumns, f.columns());
        leafStats = leafStats.plus(statsOf(f));
      }
      partitions.add(new TablePlan.PartitionPlan(PartitionKeys.values(partitionSegments.get(i++), keys),
          targetRoot.resolve(leaf.getKey()), leafColumns, leafStats));
    }
    ClassifiedFile first = files.get(0);
    String name = folder.isEmpty() ? targetRoot.getFileName().toString() : Path.of(folder).getFileName().toString();
    return new TablePlan(name, location, columns, keys, partitions, first.classification(), first.compression(), stats);
  }

  private TablePlan fileTable(ClassifiedFile f) {
    return new TablePlan(f.file().path().getFileName().toString(), f.file().path(), f.columns(), List.of(),
        List.of(), f.classification(), f.compression(), statsOf(f));
  }

  private static TablePlan.Stats statsOf(ClassifiedFile f) {
    return new TablePlan.Stats(1, f.classification().recordCount(), f.file().size());
  }

  /** Lower-case alphanumerics and '_' only, as Glue names tables after folders. */
  public static String sanitize(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    return lower.isEmpty() ? "_" : lower;
  }
}

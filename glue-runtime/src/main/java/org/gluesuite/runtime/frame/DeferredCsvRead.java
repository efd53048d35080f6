package org.gluesuite.runtime.frame;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.unsafe.types.UTF8String;
import org.apache.spark.util.SerializableConfiguration;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.PrimitiveType;
import org.gluesuite.runtime.frame.internal.Columns;
import org.gluesuite.runtime.frame.internal.ErrorHistory;
import org.gluesuite.runtime.frame.internal.FieldPath;
import org.gluesuite.runtime.frame.internal.FrameSteps;
import org.gluesuite.runtime.frame.internal.FrameSteps.StepErrors;
import org.gluesuite.runtime.frame.internal.Parsed;
import org.gluesuite.runtime.frame.internal.RecordPipeline;
import org.gluesuite.runtime.frame.read.CsvCells;
import org.gluesuite.runtime.frame.read.CsvRecordReader;
import org.gluesuite.runtime.frame.read.SourceFile;

/**
 * A CSV read whose frame is not built yet. A frame's schema is what its records hold (choices where cells differ), so
 * building it takes a pass over the files before the pass that lays the rows out. A step that casts every column it
 * keeps to a declared type ({@code applyMapping}) does not need that schema: each cell is typed on its own, and casting
 * the typed cell is what casting the inferred column gives for that record. For such a step this read gives the
 * requested columns in one pass ({@link #direct}); otherwise the frame is built as usual ({@link #build}). The read's
 * error records (malformed lines) are one step shared by both, counted when first asked.
 */
final class DeferredCsvRead {
  private final SparkSession spark;
  private final JavaRDD<Parsed> outcomes;
  private final List<List<SourceFile>> groups;
  private final Broadcast<SerializableConfiguration> conf;
  private final CsvReadOptions csv;
  private final CsvRecordReader reader;
  private final TransformOptions options;
  private final FileColumns fileColumns;
  private Long counted;
  private StepErrors errors;

  DeferredCsvRead(SparkSession spark, JavaRDD<Parsed> outcomes, List<List<SourceFile>> groups,
      Broadcast<SerializableConfiguration> conf, CsvReadOptions csv, CsvRecordReader reader, TransformOptions options,
      FileColumns fileColumns) {
    this.spark = spark;
    this.outcomes = outcomes;
    this.groups = groups;
    this.conf = conf;
    this.csv = csv;
    this.reader = reader;
    this.options = options;
    this.fileColumns = fileColumns;
  }

  /** The frame's parts: schema inferred from the records (one pass, which counts the error records), then rows. */
  synchronized GlueFrame.Parts build() {
    RecordPipeline.LaidOut laid = RecordPipeline.layOut(spark, outcomes, new GlueType.StructType(List.of()));
    counted = laid.errors();
    return new GlueFrame.Parts(laid.data(), laid.schema(), errors());
  }

  /** The read's step: its error records, counted by {@link #build}'s pass if it ran, else by a pass of their own. */
  synchronized StepErrors errors() {
    if (errors == null) {
      CsvRecordReader errorReader = reader;
      Broadcast<SerializableConfiguration> shipped = conf;
      JavaRDD<Parsed> malformed = JavaSparkContext.fromSparkContext(spark.sparkContext())
          .parallelize(groups, Math.max(1, groups.size()))
          .flatMap(group -> group.stream().flatMap(file -> iterable(errorReader.readErrors(file,
              shipped.value().value()))).iterator());
      errors = FrameSteps.withStage(ErrorHistory.EMPTY, CsvRecordReader.TRANSFORMATION, options,
          RecordPipeline.errorRecords(spark, malformed), this::count);
    }
    return errors;
  }

  /** A lazy stream over a file's iterator: each file is opened only when the previous one is done. */
  private static <T> java.util.stream.Stream<T> iterable(Iterator<T> it) {
    return java.util.stream.StreamSupport.stream(
        java.util.Spliterators.spliteratorUnknownSize(it, java.util.Spliterator.ORDERED), false);
  }

  private synchronized long count(Dataset<Row> records) {
    return counted != null ? counted : records.count();
  }

  /** One source column of a direct read: its cast to {@code target}, by cell kind. */
  record Source(List<Column> kinds, List<GlueType> types) {
    Column castTo(GlueType target) {
      List<Column> casts = new ArrayList<>();
      for (int k = 0; k < kinds.size(); k++) {
        casts.add(types.get(k).equals(target) ? kinds.get(k)
            : kinds.get(k).cast(org.gluesuite.runtime.types.SparkTypes.toSpark(target)));
      }
      return casts.size() == 1 ? casts.get(0) : org.apache.spark.sql.functions.coalesce(casts.toArray(new Column[0]));
    }
  }

  /** The requested columns read in one pass, and each name's source among them. */
  record Direct(Dataset<Row> data, Map<String, Source> sources) {
  }

  /**
   * The top-level fields {@code names} (as a frame's schema would resolve them) read in one pass, or null when that
   * cannot be done exactly: the columns are not declared, a name is not one of them (it could be an undeclared
   * column some line has), names are ambiguous, or per-file columns are not known in advance.
   */
  Direct direct(List<String> names, boolean caseSensitive) {
    List<String> declared = csv.columnNames();
    List<String> perFile = fileColumns.names();
    if (csv.withHeader() || declared.isEmpty() || perFile == null) {
      return null;
    }
    Set<String> all = new HashSet<>();
    for (String name : concat(declared, perFile)) {
      if (!all.add(caseSensitive ? name : name.toLowerCase(Locale.ROOT))) {
        return null;   // a column named twice: which one a record keeps depends on the reader's order
      }
    }
    List<Integer> cells = new ArrayList<>();
    List<Integer> extras = new ArrayList<>();
    Map<String, int[]> at = new java.util.LinkedHashMap<>();
    for (String name : names) {
      int cell = indexOf(declared, name, caseSensitive);
      int extra = indexOf(perFile, name, caseSensitive);
      if (cell < 0 && extra < 0) {
        return null;
      }
      if (cell >= 0) {
        if (!cells.contains(cell)) {
          cells.add(cell);
        }
        at.put(name, new int[] {0, cells.indexOf(cell)});
      } else {
        if (!extras.contains(extra)) {
          extras.add(extra);
        }
        at.put(name, new int[] {1, extras.indexOf(extra)});
      }
    }
    Dataset<Row> data = cellRows(cells.stream().mapToInt(Integer::intValue).toArray(),
        extras.stream().map(perFile::get).toList());
    Map<String, Source> sources = new java.util.HashMap<>();
    at.forEach((name, position) -> sources.put(name, position[0] == 0
        ? new Source(slots(position[1]), CsvCells.KIND_TYPES)
        : new Source(List.of(Columns.top(CsvCells.extraName(position[1]))), List.of(PrimitiveType.STRING))));
    return new Direct(data, sources);
  }

  /** A top-level field name of a mapping's source path, or null when the path is nested. */
  static String topLevelName(String path) {
    FieldPath parsed = FieldPath.parse(path);
    return parsed.segments().size() == 1 && parsed.segments().get(0) instanceof FieldPath.Name n ? n.name() : null;
  }

  private static List<Column> slots(int column) {
    List<Column> out = new ArrayList<>();
    for (int k = 0; k < CsvCells.KINDS; k++) {
      out.add(Columns.top(CsvCells.slotName(column, k)));
    }
    return out;
  }

  private Dataset<Row> cellRows(int[] cells, List<String> extraNames) {
    CsvRecordReader cellReader = reader;
    Broadcast<SerializableConfiguration> shipped = conf;
    FileColumns perFile = fileColumns;
    JavaRDD<InternalRow> rows = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .parallelize(groups, Math.max(1, groups.size()))
        .flatMap(group -> new CellGroupIterator(group, cellReader, shipped, cells, perFile, extraNames));
    return spark.internalCreateDataFrame(rows.rdd(), CsvCells.schema(cells.length, extraNames.size()), false);
  }

  private static int indexOf(List<String> names, String name, boolean caseSensitive) {
    for (int i = 0; i < names.size(); i++) {
      if (caseSensitive ? names.get(i).equals(name) : names.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** The cell rows of a group's files, one file after the other, each with its per-file values appended. */
  private static final class CellGroupIterator implements Iterator<InternalRow> {
    private final Iterator<SourceFile> files;
    private final CsvRecordReader reader;
    private final Broadcast<SerializableConfiguration> conf;
    private final int[] cells;
    private final FileColumns fileColumns;
    private final List<String> extraNames;
    private Iterator<InternalRow> current = java.util.Collections.emptyIterator();

    CellGroupIterator(List<SourceFile> files, CsvRecordReader reader, Broadcast<SerializableConfiguration> conf,
        int[] cells, FileColumns fileColumns, List<String> extraNames) {
      this.files = files.iterator();
      this.reader = reader;
      this.conf = conf;
      this.cells = cells;
      this.fileColumns = fileColumns;
      this.extraNames = extraNames;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && files.hasNext()) {
        SourceFile file = files.next();
        Map<String, String> values = fileColumns.forFile(file.path());
        Object[] extra = new Object[extraNames.size()];
        for (int e = 0; e < extra.length; e++) {
          String value = values.get(extraNames.get(e));
          extra[e] = value == null ? null : UTF8String.fromString(value);
        }
        current = reader.readCells(file, conf.value().value(), cells, extra);
      }
      return current.hasNext();
    }

    @Override
    public InternalRow next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      return current.next();
    }
  }
}

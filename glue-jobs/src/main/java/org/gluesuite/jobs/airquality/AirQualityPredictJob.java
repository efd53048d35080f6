package org.gluesuite.jobs.airquality;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.common.args.JobArguments;
import org.gluesuite.common.report.ModelMetrics;
import org.gluesuite.runtime.bookmark.BookmarkBand;
import org.gluesuite.runtime.context.SinkOptions;
import org.gluesuite.runtime.context.UpdateBehavior;
import org.gluesuite.runtime.context.WriteMode;
import org.gluesuite.runtime.frame.GlueFrame;
import org.gluesuite.runtime.job.GlueJob;
import org.gluesuite.runtime.job.JobMain;
import org.gluesuite.runtime.job.JobRunContext;

/**
 * Batch inference: scores the curated table's days with the model that model selection saved under
 * {@code --model_path} ({@code model/selected}, its feature stages included; the feature list from
 * {@code metrics.json}) and writes {@code date, station, <label>, prediction} as Parquet partitioned
 * {@code year=/month=/day=} into the predictions table, replacing the partitions of the days scored.
 *
 * <p>Arguments: {@code --database}, {@code --curated_table}, {@code --model_path}, {@code --predictions_path},
 * {@code --predictions_table}. Run it with {@code --job-bookmark-option job-bookmark-enable}: each run then scores
 * only the curated files written since the last run (new days, or days the clean job rewrote).
 */
public final class AirQualityPredictJob implements GlueJob {
  public static final String NAME = "air-quality-predict";
  /** The curated read's transformation context: the bookmark's key. */
  static final String SOURCE_CONTEXT = "curated_days";
  /**
   * Glue's 15-minute bookmark band, with room for 100,000 files instead of Glue's 1,000: the clean job rewrites a
   * file per day partition at once (1,461 for the Beijing files), and with Glue's cap a run right after it would
   * score only the oldest 1,000 and leave the rest to later runs.
   */
  static final BookmarkBand BAND = new BookmarkBand(BookmarkBand.DEFAULT.maxBandMillis(), 100_000);

  public static void main(String[] args) {
    JobMain.run(NAME, new AirQualityPredictJob(), args);
  }

  @Override
  public void run(JobRunContext context) {
    JobArguments args = context.getResolvedOptions("database", "curated_table", "model_path", "predictions_path",
        "predictions_table");
    String database = args.get("database");
    String table = args.get("curated_table");
    SparkSession spark = context.spark();
    Path modelFolder = new Path(args.get("model_path"));
    ModelMetrics metrics = metrics(spark, modelFolder);
    PipelineModel model = model(spark, modelFolder);

    GlueFrame frame = context.glue().getCatalogSource(database, table).transformationContext(SOURCE_CONTEXT)
        .bookmarkBand(BAND).getFrame();
    if (frame.schema().fields().isEmpty()) {
      context.metrics().recordRead(database + "." + table, 0);
      context.metrics().put("days_scored", 0L);
      return;   // nothing new since the last run
    }
    List<String> features = new ArrayList<>();
    metrics.extra("features").ifPresent(list -> list.forEach(f -> features.add(f.asText())));
    String label = metrics.extra("label").map(l -> l.asText().split(" ", 2)[0])
        .orElse(No2ModelOptions.DEFAULT_LABEL);
    Dataset<Row> scored = score(model, frame.toDF(), features, label).cache();
    try {
      long days = scored.count();
      context.metrics().recordRead(database + "." + table, days);
      context.metrics().put("days_scored", days);
      context.metrics().put("model", new Path(new Path(modelFolder, No2TrainingResult.MODEL_FOLDER),
          No2Model.SELECTED_MODEL).toString());
      SinkOptions sink = SinkOptions.of(args.get("predictions_path"), StorageFormat.PARQUET)
          .withPartitionKeys("year", "month", "day")
          .withWriteMode(WriteMode.OVERWRITE_PARTITIONS)
          .withCatalogUpdate(database, args.get("predictions_table"), UpdateBehavior.UPDATE_IN_DATABASE);
      context.glue().getSinkWithFormat(sink).writeDataFrame(scored);
    } finally {
      scored.unpersist();
    }
  }

  /**
   * The days of {@code daily} typed as the training typed them (features as doubles, station as text) and scored:
   * {@code date, station, <label> (null when the day has none), prediction, year, month, day}.
   */
  static Dataset<Row> score(PipelineModel model, Dataset<Row> daily, List<String> features, String label) {
    List<String> present = Arrays.asList(daily.columns());
    List<String> missing = features.stream().filter(f -> !present.contains(f)).toList();
    if (!present.contains("date") || !missing.isEmpty()) {
      List<String> needed = new ArrayList<>(missing);
      if (!present.contains("date")) {
        needed.add(0, "date");
      }
      throw AirQualityErrors.missingColumns("curated days to score", needed, present);
    }
    List<Column> columns = new ArrayList<>();
    columns.add(to_date(col("date").cast("string")).as("date"));
    columns.add((present.contains("station") ? col("station").cast("string") : lit("all")).as("station"));
    columns.add((present.contains(label) ? col(label).cast("string").cast("double") : lit(null).cast("double"))
        .as(label));
    for (String f : features) {
      columns.add(col(f).cast("string").cast("double").as(f));
    }
    Dataset<Row> typed = daily.select(columns.toArray(new Column[0])).where(col("date").isNotNull());
    return AirQualityCleaning.withDatePartitions(model.transform(typed)
        .select(col("date"), col("station"), col(label), col(No2Model.PREDICTION)));
  }

  private static ModelMetrics metrics(SparkSession spark, Path folder) {
    Path file = new Path(folder, ModelMetrics.FILE_NAME);
    try {
      FileSystem fs = file.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(file)) {
        throw AirQualityErrors.noSelectedModel(folder.toString());
      }
      try (InputStream in = fs.open(file)) {
        return ModelMetrics.parse(file.toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw AirQualityErrors.writeFailed("(reading) " + file, e);
    }
  }

  private static PipelineModel model(SparkSession spark, Path folder) {
    Path saved = new Path(new Path(folder, No2TrainingResult.MODEL_FOLDER), No2Model.SELECTED_MODEL);
    try {
      if (!saved.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(saved)) {
        throw AirQualityErrors.noSelectedModel(folder.toString());
      }
    } catch (IOException e) {
      throw AirQualityErrors.noSelectedModel(folder.toString());
    }
    return PipelineModel.load(saved.toString());
  }
}

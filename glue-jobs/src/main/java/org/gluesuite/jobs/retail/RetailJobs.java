package org.gluesuite.jobs.retail;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluesuite.jobs.JobDefinition;
import org.gluesuite.jobs.airquality.RecordFailureJob;

/** The retail pipeline's jobs and where they read and write in a local lake. */
public final class RetailJobs {
  public static final String DATABASE = "retail";
  /** The pipeline's folder under the lake root. */
  public static final String ROOT = "retail";
  /** The crawler over the order logs (crawlers/definitions/retail-orders.json) and the table it makes. */
  public static final String RAW_CRAWLER = "retail-orders";
  public static final String RAW_TABLE = "raw_orders";
  public static final String CURATED_TABLE = "purchases";
  public static final String WORKFLOW = "retail";
  public static final String RECORD_FAILURE = "retail-record-failure";
  /** The roles the jobs run as; their Lake Formation grants are in lakeformation/definitions/retail.json. */
  public static final String CLEAN_ROLE = "arn:aws:iam::000000000000:role/RetailCleanRole";
  public static final String TRAIN_ROLE = "arn:aws:iam::000000000000:role/RetailTrainRole";

  private RetailJobs() {
  }

  public static List<JobDefinition> definitions() {
    return List.of(
        new JobDefinition(RetailCleanJob.NAME,
            "Clean crawled order logs into retail.purchases (Parquet, year/month/day); bookmarked by hour folder",
            RetailCleanJob::new, RetailJobs::cleanDefaults).withPrincipal(CLEAN_ROLE),
        new JobDefinition(RetailTrainJob.NAME,
            "Train implicit ALS on retail.purchases, evaluate on the last month against most-popular; write "
                + "metrics.json, the model and the top-10 recommendation tables",
            RetailTrainJob::new, RetailJobs::trainDefaults).withPrincipal(TRAIN_ROLE),
        RecordFailureJob.definition(RECORD_FAILURE, WORKFLOW, ROOT));
  }

  static Map<String, String> cleanDefaults(Path lake) {
    Map<String, String> args = new LinkedHashMap<>();
    args.put("database", DATABASE);
    args.put("raw_table", RAW_TABLE);
    args.put("curated_path", lake.resolve(ROOT).resolve("curated").resolve(CURATED_TABLE).toString());
    args.put("curated_table", CURATED_TABLE);
    return args;
  }

  static Map<String, String> trainDefaults(Path lake) {
    Map<String, String> args = new LinkedHashMap<>();
    args.put("database", DATABASE);
    args.put("curated_table", CURATED_TABLE);
    args.put("model_path", lake.resolve(ROOT).resolve("models").resolve("als").toString());
    args.put("recommendations_path", lake.resolve(ROOT).resolve("serving").resolve("recommendations").toString());
    return args;
  }
}

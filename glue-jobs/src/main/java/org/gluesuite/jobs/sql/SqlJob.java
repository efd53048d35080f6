package org.gluesuite.jobs.sql;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.common.args.ArgumentErrors;
import org.gluesuite.common.args.JobArguments;
import org.gluesuite.runtime.context.WriteSummary;
import org.gluesuite.runtime.frame.GlueFrame;
import org.gluesuite.runtime.job.GlueJob;
import org.gluesuite.runtime.job.JobMain;
import org.gluesuite.runtime.job.JobRunContext;
import org.gluesuite.runtime.sql.SparkCatalogBridge;

/**
 * The generic SQL job, like Glue Studio's SQL transform: Spark SQL over the catalog's tables, written to a
 * path (optionally partitioned, optionally registered as a catalog table). No Java code per pipeline step.
 *
 * <p>Arguments: {@code --sql_script PATH} (a .sql file) or {@code --sql_query SQL}; {@code --target_path};
 * optional {@code --target_format} (parquet), {@code --partition_keys} (comma-separated),
 * {@code --write_mode} (APPEND or OVERWRITE_PARTITIONS), {@code --target_database} and
 * {@code --target_table} (update the catalog). In a workflow, {@code ${name}} in the SQL is replaced by the
 * run property {@code name}.
 */
public final class SqlJob implements GlueJob {
  public static final String NAME = "glue-suite-sql";

  public static void main(String[] args) {
    JobMain.run(NAME, new SqlJob(), args);
  }

  @Override
  public void run(JobRunContext context) throws Exception {
    JobArguments args = context.getResolvedOptions("target_path");
    String sql = args.find("sql_query").orElseGet(() -> read(args.find("sql_script").orElseThrow(() ->
        ArgumentErrors.missingOneOf(List.of("sql_script", "sql_query"), args.asMap().keySet(),
            "Pass --sql_script PATH or --sql_query SQL, or set Command.ScriptLocation to a .sql file in the job's "
                + "definition."))));
    java.util.Optional<org.gluesuite.common.run.WorkflowRunProperties> runProperties =
        context.findWorkflowRunProperties();
    if (runProperties.isPresent()) {
      for (Map.Entry<String, String> property : runProperties.get().get().entrySet()) {
        sql = sql.replace("${" + property.getKey() + "}", property.getValue());
      }
    }
    // The job's principal governs the SQL as it governs every other read (Lake Formation).
    SparkCatalogBridge bridge = new SparkCatalogBridge(context.spark(), context.glue().catalog(),
        context.glue().accessPolicy());
    String sqlOnFiles = context.spark().conf().get("spark.sql.runSQLOnFiles", "true");
    Dataset<Row> result;
    try {
      bridge.sync();
      result = bridge.query(sql);
    } finally {
      // The session is shared by the jobs of a workflow: leave it as this job found it.
      context.spark().conf().set("spark.sql.runSQLOnFiles", sqlOnFiles);
    }
    Map<String, String> options = new LinkedHashMap<>();
    options.put("path", args.get("target_path"));
    args.find("partition_keys").filter(k -> !k.isBlank()).ifPresent(keys -> options.put("partitionKeys",
        json(Arrays.stream(keys.split(",")).map(String::trim).toList())));
    args.find("write_mode").ifPresent(mode -> options.put("writeMode", mode));
    if (args.find("target_table").isPresent()) {
      options.put("enableUpdateCatalog", "true");
      options.put("database", args.find("target_database").orElse("default"));
      options.put("tableName", args.get("target_table"));
    }
    WriteSummary written = context.glue().getSinkWithFormat(args.find("target_format").orElse("parquet"), options)
        .writeFrame(GlueFrame.fromDF(result, context.jobName()));
    context.metrics().put("sql_rows", written.rowsWritten());
  }

  private static String read(String script) {
    try {
      return Files.readString(Path.of(script));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the SQL script " + script + ": " + e.getMessage(), e);
    }
  }

  private static String json(List<String> keys) {
    try {
      return new ObjectMapper().writeValueAsString(keys);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.gluesuite.jobs.airquality;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gluesuite.jobs.JobDefinition;
import org.gluesuite.runtime.job.GlueJob;
import org.gluesuite.runtime.job.JobMain;
import org.gluesuite.runtime.job.JobRunContext;

/**
 * The air-quality workflow's failure branch: records that the pipeline failed (workflow, run id, run
 * properties, time) as a JSON file under {@code --failures_path}, where a notifier or a person picks it up.
 */
public final class RecordFailureJob implements GlueJob {
  public static final String NAME = "air-quality-record-failure";

  /**
   * The failure-branch job of a pipeline's workflow: {@code name}, writing under {@code LAKE/pipelineFolder/failures}
   * (every pipeline records its failures the same way; only the name and the folder differ).
   */
  public static JobDefinition definition(String name, String workflow, String pipelineFolder) {
    return new JobDefinition(name, "The " + workflow + " workflow's failure branch: record the "
        + "failed run (id, run properties) as JSON under failures/", RecordFailureJob::new,
        lake -> Map.of("failures_path", lake.resolve(pipelineFolder).resolve("failures").toString()));
  }

  public static void main(String[] args) {
    JobMain.run(NAME, new RecordFailureJob(), args);
  }

  @Override
  public void run(JobRunContext context) throws Exception {
    String folder = context.getResolvedOptions("failures_path").get("failures_path");
    Map<String, Object> failure = new LinkedHashMap<>();
    failure.put("workflow", context.arguments().find("WORKFLOW_NAME").orElse(null));
    failure.put("workflow_run_id", context.arguments().find("WORKFLOW_RUN_ID").orElse(null));
    failure.put("recorded_on", Instant.now().toString());
    var runProperties = context.findWorkflowRunProperties();
    if (runProperties.isPresent()) {
      failure.put("run_properties", runProperties.get().get());
      runProperties.get().put(Map.of("failure_recorded", "true"));
    }
    Path target = Path.of(folder).resolve(context.arguments().find("WORKFLOW_RUN_ID").orElse(context.runId())
        + ".json");
    Files.createDirectories(target.getParent());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(target.toFile(), failure);
    context.metrics().put("failure_record", target.toString());
  }
}

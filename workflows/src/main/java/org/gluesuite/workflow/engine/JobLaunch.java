package org.gluesuite.workflow.engine;

import java.nio.file.Path;
import java.util.Map;
import org.gluesuite.common.run.WorkflowRunProperties;
import org.gluesuite.workflow.definition.JobConfig;

/**
 * One attempt of a job to run: its definition, the arguments after Glue's precedence (with
 * {@code --JOB_NAME}, {@code --JOB_RUN_ID}, {@code --WORKFLOW_NAME}, {@code --WORKFLOW_RUN_ID}), and the
 * run properties of its workflow run. {@code definitionDirectory} resolves relative script locations.
 */
public record JobLaunch(JobConfig job, String jobRunId, int attempt, Map<String, String> arguments,
    WorkflowRunProperties runProperties, Path definitionDirectory) {
  public JobLaunch {
    arguments = Map.copyOf(arguments);
  }
}

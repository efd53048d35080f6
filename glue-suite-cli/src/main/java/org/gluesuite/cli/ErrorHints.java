package org.gluesuite.cli;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gluesuite.aws.AwsConfigurationException;
import org.gluesuite.catalog.ConcurrentModificationException;
import org.gluesuite.catalog.EntityNotFoundException;
import org.gluesuite.crawler.CrawlerNotFoundException;
import org.gluesuite.crawler.CrawlerRunningException;
import org.gluesuite.deploy.DeployConfigurationException;
import org.gluesuite.jobs.pipeline.PipelineInputException;
import org.gluesuite.runtime.access.AccessDeniedException;
import org.gluesuite.runtime.bookmark.BookmarkErrors;
import org.gluesuite.runtime.job.CorruptRunRecordException;
import org.gluesuite.runtime.job.NotInWorkflowRunException;
import org.gluesuite.workflow.WorkflowException;

/**
 * The one-line hint the CLI prints under a library error: the command that helps. Library messages say what to
 * change in terms of the API or the definition (they run on EMR and Glue too, where there is no launcher); only
 * here do error kinds meet commands. The first entry whose type matches wins.
 */
final class ErrorHints {
  private record Hint<E extends Throwable>(Class<E> type, Function<E, String> text) {
    Optional<String> of(Throwable error) {
      return type.isInstance(error) ? Optional.of(text.apply(type.cast(error))) : Optional.empty();
    }
  }

  private static final List<Hint<?>> HINTS = List.of(
      new Hint<>(BookmarkErrors.CorruptBookmarkException.class, e -> "./glue-suite bookmarks reset " + e.jobName()
          + " repairs it (the next run reprocesses everything)."),
      new Hint<>(BookmarkErrors.UnknownBookmarkRunException.class, e -> "./glue-suite bookmarks show " + e.jobName()
          + " lists the runs the bookmark keeps."),
      new Hint<>(CorruptRunRecordException.class, e -> "./glue-suite runs " + e.jobName()
          + " --quarantine-corrupt moves damaged records aside."),
      new Hint<>(WorkflowException.CorruptRunRecordException.class, e -> "./glue-suite workflow runs " + e.workflow()
          + " --quarantine-corrupt moves damaged records aside."),
      new Hint<>(WorkflowException.EntityNotFoundException.class, e -> "./glue-suite workflow list shows the "
          + "workflows and ./glue-suite workflow runs NAME their runs; --definitions DIR reads another folder."),
      new Hint<>(WorkflowException.ConcurrentRunsExceededException.class, e -> "./glue-suite workflow stop RUN_ID "
          + "stops a run."),
      new Hint<>(WorkflowException.IllegalWorkflowStateException.class, e -> "./glue-suite workflow show RUN_ID shows "
          + "the run; ./glue-suite workflow stop RUN_ID stops it."),
      new Hint<>(CrawlerRunningException.class, e -> "./glue-suite crawl " + e.crawlerName()
          + " --status shows its state."),
      new Hint<>(CrawlerNotFoundException.class, e -> "--definition FILE runs a crawler defined elsewhere."),
      new Hint<>(EntityNotFoundException.class, e -> "./glue-suite catalog databases, catalog tables DATABASE and "
          + "catalog partitions DATABASE.TABLE show what exists."),
      new Hint<>(ConcurrentModificationException.class, e -> "Run the command again."),
      new Hint<>(NotInWorkflowRunException.class, e -> "./glue-suite workflow run NAME runs the job inside its "
          + "workflow."),
      new Hint<>(PipelineInputException.class, e -> "./glue-suite run --help lists the pipelines; without --input "
          + "a pipeline runs on its generated sample data."),
      new Hint<>(AccessDeniedException.class, e -> "./glue-suite lf list shows the grants; a data lake "
          + "administrator adds one with ./glue-suite lf grant."),
      new Hint<>(DeployConfigurationException.class, e -> "./glue-suite deploy takes --profile P, --region R,"
          + " --bucket B and --endpoint URL; for --target local, ./glue-suite serve starts the endpoint."),
      new Hint<>(AwsConfigurationException.class, e -> "--region R (or AWS_REGION) sets the region."));

  private ErrorHints() {
  }

  static Optional<String> hintFor(Throwable error) {
    return HINTS.stream().map(h -> h.of(error)).flatMap(Optional::stream).findFirst();
  }
}

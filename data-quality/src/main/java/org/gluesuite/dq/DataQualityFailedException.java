package org.gluesuite.dq;

import java.util.List;
import org.gluesuite.common.GlueSuiteException;

/**
 * Rules failed and the evaluation was told to stop the job on failure (Glue's {@code StopJobOnFailureOptions}): the
 * job run ends FAILED, so a workflow's trigger on that job's FAILED state fires.
 */
public final class DataQualityFailedException extends GlueSuiteException {
  private static final long serialVersionUID = 1L;
  private final transient List<RuleOutcome> failed;

  DataQualityFailedException(String message, List<RuleOutcome> failed) {
    super(message);
    this.failed = List.copyOf(failed);
  }

  public List<RuleOutcome> failedRules() {
    return failed;
  }
}

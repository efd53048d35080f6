package org.gluesuite.jobs.ml.selection;

import org.gluesuite.common.GlueSuiteUserException;

/**
 * Model selection cannot run as asked: a bad setting, a search grid that cannot be used, or training data too short
 * for the validation folds. Instances come only from {@link SelectionErrors}.
 */
public final class SelectionException extends GlueSuiteUserException {
  private static final long serialVersionUID = 1L;

  SelectionException(String message) {
    super(message);
  }
}

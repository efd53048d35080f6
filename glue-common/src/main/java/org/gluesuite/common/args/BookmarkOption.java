package org.gluesuite.common.args;

import java.util.Arrays;
import java.util.List;

/** The values of {@code --job-bookmark-option}. Glue's default is {@link #DISABLE}. */
public enum BookmarkOption {
  /** Track processed data; each run processes what is new since the last committed bookmark. */
  ENABLE("job-bookmark-enable", "continuation-enabled"),
  /** Process everything; bookmark state is neither read nor written. */
  DISABLE("job-bookmark-disable", "continuation-ignore"),
  /**
   * Process from the last bookmark (or the given run window) without updating the state.
   */
  PAUSE("job-bookmark-pause", "continuation-readonly");

  private final String argumentValue;
  private final String continuationValue;

  BookmarkOption(String argumentValue, String continuationValue) {
    this.argumentValue = argumentValue;
    this.continuationValue = continuationValue;
  }

  /** The value as written after {@code --job-bookmark-option}, e.g. {@code job-bookmark-pause}. */
  public String argumentValue() {
    return argumentValue;
  }

  /**
   * The option named by a {@code --job-bookmark-option} value.
   *
   * @throws JobArgumentException if the value is not one of Glue's three
   */
  public static BookmarkOption fromArgumentValue(String value) {
    return Arrays.stream(values())
        .filter(o -> o.argumentValue.equals(value))
        .findFirst()
        .orElseThrow(() -> ArgumentErrors.invalidChoice(GlueArgumentNames.JOB_BOOKMARK_OPTION, value,
            Arrays.stream(values()).map(BookmarkOption::argumentValue).toList()));
  }

  /** The option named by the legacy {@code --continuation-option} value. */
  static BookmarkOption fromContinuationValue(String value) {
    return Arrays.stream(values())
        .filter(o -> o.continuationValue.equals(value))
        .findFirst()
        .orElseThrow(() -> ArgumentErrors.invalidChoice(GlueArgumentNames.CONTINUATION_OPTION, value,
            List.of(ENABLE.continuationValue, PAUSE.continuationValue, DISABLE.continuationValue)));
  }
}

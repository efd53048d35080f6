package org.gluesuite.common.args;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A job run's resolved arguments, as {@link JobArgumentParser#getResolvedOptions} returns them.
 * Immutable and safe to share.
 *
 * <p>Names are used without the leading {@code --}. {@link #asMap()} holds every argument given (the
 * last value of a repeated one) plus what Glue's resolution adds: {@code job-bookmark-option} is always
 * present (default {@code job-bookmark-disable}), {@code continuation-option} is folded into it, and
 * {@code TempDir}/{@code RedshiftTempDir} mirror each other. Typed accessors cover Glue's well-known
 * arguments, so job code does not handle option strings.
 *
 * <p>{@link #toString()} shows {@link #masked()} values only.
 */
public final class JobArguments {
  private final Map<String, String> arguments;
  private final BookmarkSettings bookmarkSettings;
  private final CommonArguments common;
  /** Names given on a command line without a value: present (empty) but not usable as a required argument. */
  private final Set<String> withoutValue;
  /** The names as passed, before Glue's resolution added or folded any; for messages. */
  private final List<String> givenNames;

  JobArguments(Map<String, String> arguments, BookmarkSettings bookmarkSettings, Set<String> withoutValue,
      List<String> givenNames) {
    this.arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    this.bookmarkSettings = Objects.requireNonNull(bookmarkSettings, "bookmarkSettings");
    this.common = CommonArguments.from(this.arguments);
    this.withoutValue = Set.copyOf(withoutValue);
    this.givenNames = List.copyOf(givenNames);
  }

  /**
   * Glue's {@code getResolvedOptions(args, names)} over these arguments: checks that every name in {@code names}
   * (without {@code --}) was passed with a value, and returns these arguments.
   *
   * @throws JobArgumentException naming every missing argument, or a reserved or malformed name
   */
  public JobArguments getResolvedOptions(List<String> names) {
    JobArgumentParser.checkRequested(Objects.requireNonNull(names, "names"), arguments, withoutValue, givenNames);
    return this;
  }

  /**
   * {@code --JOB_NAME}. Glue always passes it.
   *
   * @throws JobArgumentException if it was not passed
   */
  public String jobName() {
    return get(GlueArgumentNames.JOB_NAME);
  }

  /** {@code --JOB_ID}, set by Glue. */
  public Optional<String> jobId() {
    return find(GlueArgumentNames.JOB_ID);
  }

  /** {@code --JOB_RUN_ID}, set by Glue for each run. */
  public Optional<String> jobRunId() {
    return find(GlueArgumentNames.JOB_RUN_ID);
  }

  /** {@code --SECURITY_CONFIGURATION}, set by Glue when the job has one. */
  public Optional<String> securityConfiguration() {
    return find(GlueArgumentNames.SECURITY_CONFIGURATION);
  }

  /** {@code --TempDir}, or its older alias {@code --RedshiftTempDir}; optional in Glue. */
  public Optional<String> tempDir() {
    return find(GlueArgumentNames.TEMP_DIR);
  }

  /** {@code --WORKFLOW_NAME}, present when the run was started by a workflow. */
  public Optional<String> workflowName() {
    return find(GlueArgumentNames.WORKFLOW_NAME);
  }

  /** {@code --WORKFLOW_RUN_ID}, present when the run was started by a workflow. */
  public Optional<String> workflowRunId() {
    return find(GlueArgumentNames.WORKFLOW_RUN_ID);
  }

  public BookmarkSettings bookmarkSettings() {
    return bookmarkSettings;
  }

  /** Glue's common runtime arguments as typed values. */
  public CommonArguments common() {
    return common;
  }

  /**
   * The value of {@code --name}.
   *
   * @throws JobArgumentException naming the argument if it was not passed
   */
  public String get(String name) {
    String value = arguments.get(name);
    if (value == null) {
      throw ArgumentErrors.absentArgument(name, arguments.keySet());
    }
    return value;
  }

  public Optional<String> find(String name) {
    return Optional.ofNullable(arguments.get(name));
  }

  public String getOrDefault(String name, String defaultValue) {
    return arguments.getOrDefault(name, defaultValue);
  }

  public boolean contains(String name) {
    return arguments.containsKey(name);
  }

  /** All resolved arguments, name (without {@code --}) to value, in the order given. Unmodifiable. */
  public Map<String, String> asMap() {
    return arguments;
  }

  /** {@link #asMap()} with secret values masked, for run records and logs; see {@link SecretMasking}. */
  public Map<String, String> masked() {
    return SecretMasking.mask(arguments);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JobArguments other
        && arguments.equals(other.arguments)
        && bookmarkSettings.equals(other.bookmarkSettings)
        && withoutValue.equals(other.withoutValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(arguments, bookmarkSettings);
  }

  @Override
  public String toString() {
    return "JobArguments" + masked();
  }
}

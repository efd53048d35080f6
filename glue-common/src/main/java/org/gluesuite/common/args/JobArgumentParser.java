package org.gluesuite.common.args;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Glue's {@code getResolvedOptions(args, names)} ({@code GlueArgParser} in Scala, {@code awsglue.utils}
 * in Python), without Spark.
 *
 * <h2>Command line</h2>
 * <ul>
 *   <li>An argument is {@code --name value} or {@code --name=value} (split at the first {@code =};
 *       {@code --name=} is an empty value). A token after {@code --name} is its value unless it starts
 *       with {@code --}; pass such a value as {@code --name=--value}.</li>
 *   <li>{@code --name} at the end, or followed by another {@code --} argument, has no value. That is an
 *       error for a requested name and for Glue's own value-taking arguments; any other such argument is
 *       kept with the empty value, which makes switches like {@code --enable-metrics} work.</li>
 *   <li>A repeated argument: the last value wins, except {@code --conf}, whose values are chained
 *       ({@code a=1 --conf b=2}) as Glue's single {@code --conf} parameter does.</li>
 *   <li>Tokens that are not arguments (a script path, single-dash words) are ignored; so is everything
 *       after a lone {@code --}.</li>
 * </ul>
 *
 * <h2>Resolution</h2>
 * <ul>
 *   <li>Every requested name must be passed; all missing ones are reported in one error that lists
 *       what was given. Arguments that were not requested are kept but never an error.</li>
 *   <li>Requesting a reserved name ({@link GlueArgumentNames#RESERVED}) is an error. {@code JOB_NAME}
 *       is not reserved.</li>
 *   <li>{@code TempDir} (and {@code RedshiftTempDir}) may be requested but stay optional, as in Glue:
 *       absent is not an error. Each mirrors the other when only one is given.</li>
 *   <li>{@code --job-bookmark-option} is {@code job-bookmark-enable|job-bookmark-disable|job-bookmark-pause},
 *       default disable; when absent the legacy {@code --continuation-option} is honoured.</li>
 *   <li>With pause, {@code --job-bookmark-from} and {@code --job-bookmark-to} come both or neither.
 *       With enable or disable, giving both is an error, and giving only one is accepted and ignored
 *       (Glue's own parser does the same; the window has no meaning there).</li>
 *   <li>{@code --encryption-type}, when given, must be {@code sse-s3}.</li>
 * </ul>
 */
public final class JobArgumentParser {
  /** Glue arguments that always take a value; passing one without a value is an error. */
  private static final Set<String> VALUE_ARGUMENTS = Set.of(
      GlueArgumentNames.JOB_BOOKMARK_OPTION, GlueArgumentNames.CONTINUATION_OPTION,
      GlueArgumentNames.JOB_BOOKMARK_FROM, GlueArgumentNames.JOB_BOOKMARK_TO,
      GlueArgumentNames.JOB_ID, GlueArgumentNames.JOB_RUN_ID, GlueArgumentNames.SECURITY_CONFIGURATION,
      GlueArgumentNames.ENCRYPTION_TYPE, GlueArgumentNames.TEMP_DIR, GlueArgumentNames.REDSHIFT_TEMP_DIR);
  private static final Set<String> OPTIONAL_WHEN_REQUESTED = Set.of(
      GlueArgumentNames.TEMP_DIR, GlueArgumentNames.REDSHIFT_TEMP_DIR);
  private static final String CONF_CHAIN = " --" + GlueArgumentNames.CONF + " ";

  private JobArgumentParser() {
  }

  /**
   * Parses {@code args} and checks that every name in {@code names} (without {@code --}) was passed.
   *
   * @throws JobArgumentException if a requested argument is missing or has no value, a reserved name is
   *     requested, or the bookmark arguments are invalid
   */
  public static JobArguments getResolvedOptions(String[] args, List<String> names) {
    Objects.requireNonNull(names, "names");
    names.forEach(JobArgumentParser::checkRequestedName);
    return parse(args).getResolvedOptions(names);
  }

  /**
   * A command line (a script's {@code main} arguments) as the typed arguments of one run, none required: the one
   * place a launcher parses them. Pass the result on; ask it for required names with
   * {@link JobArguments#getResolvedOptions}.
   */
  public static JobArguments parse(String[] args) {
    Objects.requireNonNull(args, "args");
    Set<String> withoutValue = new LinkedHashSet<>();
    Map<String, String> given = tokenize(args, withoutValue);
    return resolve(given, withoutValue);
  }

  /**
   * Arguments as Glue's API holds them ({@code "--name" → value}: a job's {@code DefaultArguments} merged with a
   * run's {@code Arguments} by {@link ArgumentPrecedence}) as the typed arguments of one run, with no command line in
   * between.
   *
   * @throws JobArgumentException if a key is malformed or the bookmark arguments are invalid
   */
  public static JobArguments resolve(Map<String, String> arguments) {
    ArgumentPrecedence.validateKeys(arguments, "the arguments");
    Map<String, String> given = new LinkedHashMap<>();
    arguments.forEach((key, value) -> given.put(key.substring(2), value));
    return resolve(given, Set.of());
  }

  /**
   * A command line as the map Glue's API holds ({@code "--name" → value}), for a launcher that layers it over a
   * job's defaults with {@link ArgumentPrecedence} before {@link #resolve}: what {@code StartJobRun}'s
   * {@code Arguments} would be. An argument given without a value has the empty value.
   *
   * @throws JobArgumentException if one of Glue's value-taking arguments has no value
   */
  public static Map<String, String> argumentMap(String[] args) {
    Objects.requireNonNull(args, "args");
    Set<String> withoutValue = new LinkedHashSet<>();
    Map<String, String> given = tokenize(args, withoutValue);
    checkValuesGiven(withoutValue);
    Map<String, String> map = new LinkedHashMap<>();
    given.forEach((name, value) -> map.put("--" + name, value));
    return map;
  }

  private static JobArguments resolve(Map<String, String> given, Set<String> withoutValue) {
    checkValuesGiven(withoutValue);
    List<String> givenNames = List.copyOf(given.keySet());
    checkEncryptionType(given);
    mirrorTempDir(given);
    BookmarkSettings bookmark = resolveBookmark(given);
    given.remove(GlueArgumentNames.CONTINUATION_OPTION);
    given.put(GlueArgumentNames.JOB_BOOKMARK_OPTION, bookmark.option().argumentValue());
    return new JobArguments(given, bookmark, withoutValue, givenNames);
  }

  private static void checkValuesGiven(Set<String> withoutValue) {
    for (String name : withoutValue) {
      if (VALUE_ARGUMENTS.contains(name)) {
        throw ArgumentErrors.missingValue(name);
      }
    }
  }

  /** Glue's resolution of requested names over parsed arguments; see {@link JobArguments#getResolvedOptions}. */
  static void checkRequested(List<String> names, Map<String, String> given, Set<String> withoutValue,
      List<String> givenNames) {
    names.forEach(JobArgumentParser::checkRequestedName);
    for (String name : names) {
      if (withoutValue.contains(name)) {
        throw ArgumentErrors.missingValue(name);
      }
    }
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      if (!given.containsKey(name) && !OPTIONAL_WHEN_REQUESTED.contains(name) && !missing.contains(name)) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw ArgumentErrors.missingArguments(missing, givenNames);
    }
  }

  private static void checkRequestedName(String name) {
    if (name == null || name.isBlank()) {
      throw ArgumentErrors.invalidRequestedName(String.valueOf(name), "it is empty");
    }
    if (name.startsWith("-")) {
      throw ArgumentErrors.invalidRequestedName(name, "it starts with '-'");
    }
    if (name.chars().anyMatch(c -> Character.isWhitespace(c) || c == '=')) {
      throw ArgumentErrors.invalidRequestedName(name, "it contains a space or '='");
    }
    if (GlueArgumentNames.RESERVED.contains(name)) {
      throw ArgumentErrors.reservedName(name);
    }
  }

  private static Map<String, String> tokenize(String[] args, Set<String> withoutValue) {
    Map<String, String> given = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String token = Objects.requireNonNull(args[i], () -> "args contains null");
      if (token.equals("--")) {
        break;
      }
      if (!token.startsWith("--") || token.length() == 2 || token.charAt(2) == '-' || token.charAt(2) == '=') {
        continue;
      }
      String name;
      String value;
      int eq = token.indexOf('=');
      if (eq > 0) {
        name = token.substring(2, eq);
        value = token.substring(eq + 1);
      } else {
        name = token.substring(2);
        boolean hasValue = i + 1 < args.length && args[i + 1] != null && !args[i + 1].startsWith("--");
        value = hasValue ? args[++i] : null;
      }
      if (value == null) {
        withoutValue.add(name);
        given.putIfAbsent(name, "");
        continue;
      }
      withoutValue.remove(name);
      if (name.equals(GlueArgumentNames.CONF) && given.containsKey(name) && !given.get(name).isEmpty()) {
        given.put(name, given.get(name) + CONF_CHAIN + value);
      } else {
        given.remove(name); // keep the order of the last occurrence
        given.put(name, value);
      }
    }
    return given;
  }

  private static void checkEncryptionType(Map<String, String> given) {
    String value = given.get(GlueArgumentNames.ENCRYPTION_TYPE);
    if (value != null && !value.equals("sse-s3")) {
      throw ArgumentErrors.invalidChoice(GlueArgumentNames.ENCRYPTION_TYPE, value, List.of("sse-s3"));
    }
  }

  private static void mirrorTempDir(Map<String, String> given) {
    String tempDir = given.get(GlueArgumentNames.TEMP_DIR);
    String redshiftTempDir = given.get(GlueArgumentNames.REDSHIFT_TEMP_DIR);
    if (tempDir != null) {
      given.put(GlueArgumentNames.REDSHIFT_TEMP_DIR, tempDir);
    } else if (redshiftTempDir != null) {
      given.put(GlueArgumentNames.TEMP_DIR, redshiftTempDir);
    }
  }

  private static BookmarkSettings resolveBookmark(Map<String, String> given) {
    BookmarkOption option;
    if (given.containsKey(GlueArgumentNames.JOB_BOOKMARK_OPTION)) {
      option = BookmarkOption.fromArgumentValue(given.get(GlueArgumentNames.JOB_BOOKMARK_OPTION));
    } else if (given.containsKey(GlueArgumentNames.CONTINUATION_OPTION)) {
      option = BookmarkOption.fromContinuationValue(given.get(GlueArgumentNames.CONTINUATION_OPTION));
    } else {
      option = BookmarkOption.DISABLE;
    }
    String from = runId(given, GlueArgumentNames.JOB_BOOKMARK_FROM);
    String to = runId(given, GlueArgumentNames.JOB_BOOKMARK_TO);
    if (option == BookmarkOption.PAUSE) {
      if (from != null && to == null) {
        throw ArgumentErrors.pauseRangeIncomplete(GlueArgumentNames.JOB_BOOKMARK_FROM, GlueArgumentNames.JOB_BOOKMARK_TO);
      }
      if (from == null && to != null) {
        throw ArgumentErrors.pauseRangeIncomplete(GlueArgumentNames.JOB_BOOKMARK_TO, GlueArgumentNames.JOB_BOOKMARK_FROM);
      }
      return from == null ? BookmarkSettings.paused() : BookmarkSettings.pausedBetween(from, to);
    }
    if (from != null && to != null) {
      throw ArgumentErrors.rangeWithoutPause(option.argumentValue());
    }
    return option == BookmarkOption.ENABLE ? BookmarkSettings.enabled() : BookmarkSettings.disabled();
  }

  private static String runId(Map<String, String> given, String name) {
    String value = given.get(name);
    if (value != null && value.isBlank()) {
      throw ArgumentErrors.invalidValue(name, value, "a run id must not be blank; pass the id of an earlier run,"
          + " for example '--" + name + " jr_0123abcd'");
    }
    return value;
  }
}

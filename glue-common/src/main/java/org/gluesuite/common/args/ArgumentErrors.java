package org.gluesuite.common.args;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place job-argument error messages are written. Each says (1) what went wrong, (2) why it
 * is not allowed, and (3) how to fix it, naming the argument with its {@code --} prefix. Jobs use the public
 * ones for arguments of their own that Glue's rules cannot express.
 */
public final class ArgumentErrors {
  private ArgumentErrors() {
  }

  static JobArgumentException missingArguments(List<String> missing, Collection<String> given) {
    String names = flags(missing);
    String example = missing.stream().map(n -> "--" + n + " <value>").collect(Collectors.joining(" "));
    return new JobArgumentException(JobArgumentException.Reason.MISSING_ARGUMENT, missing.get(0),
        String.format("Missing required job argument%s: %s. The job asks for %s through getResolvedOptions,"
                + " and every requested argument is required. Arguments given: %s. Pass %s as '%s'"
                + " (or '--NAME=value') in the job's DefaultArguments or the run's Arguments.",
            missing.size() == 1 ? "" : "s", names, missing.size() == 1 ? "it" : "them",
            given.isEmpty() ? "none" : flags(given), missing.size() == 1 ? "it" : "them", example));
  }

  /** None of {@code names} (alternatives, one is needed) was passed; {@code fix} says how to pass one. */
  public static JobArgumentException missingOneOf(List<String> names, Collection<String> given, String fix) {
    return new JobArgumentException(JobArgumentException.Reason.MISSING_ARGUMENT, names.get(0),
        String.format("The job needs one of %s; none was given (arguments given: %s). %s", flags(names),
            given.isEmpty() ? "none" : flags(given), fix));
  }

  static JobArgumentException absentArgument(String name, Collection<String> given) {
    return new JobArgumentException(JobArgumentException.Reason.MISSING_ARGUMENT, name,
        String.format("Job argument --%s was not passed, so it has no value. Arguments given: %s."
                + " Pass it as '--%s <value>', or use find/getOrDefault for an argument that may be absent.",
            name, given.isEmpty() ? "none" : flags(given), name));
  }

  static JobArgumentException missingValue(String name) {
    return new JobArgumentException(JobArgumentException.Reason.MISSING_VALUE, name,
        String.format("Job argument --%s has no value: it is the last argument or is followed by another"
                + " '--' argument, and --%s takes one value. Pass it as '--%s <value>' or '--%s=<value>'"
                + " (use '--%s=' for an empty value).",
            name, name, name, name, name));
  }

  static JobArgumentException reservedName(String name) {
    return new JobArgumentException(JobArgumentException.Reason.RESERVED_NAME, name,
        String.format("The job asks for --%s, but Glue reserves that name for itself: it sets and reads it"
                + " (bookmarks, run ids, security), and Glue's getResolvedOptions rejects it too. Remove '%s'"
                + " from the requested names; use JobArguments' typed accessors (bookmarkSettings(),"
                + " jobRunId(), ...) instead.",
            name, name));
  }

  static JobArgumentException invalidRequestedName(String name, String why) {
    return new JobArgumentException(JobArgumentException.Reason.INVALID_NAME, name,
        String.format("Requested argument name '%s' is not valid: %s. Request names without the leading"
            + " dashes, for example \"JOB_NAME\" for '--JOB_NAME'.", name, why));
  }

  static JobArgumentException invalidChoice(String name, String value, Collection<String> allowed) {
    return new JobArgumentException(JobArgumentException.Reason.INVALID_VALUE, name,
        String.format("Job argument --%s has the value '%s', which Glue does not accept. It must be one of: %s."
            + " Pass for example '--%s %s'.", name, value, String.join(", ", allowed), name, allowed.iterator().next()));
  }

  static JobArgumentException invalidValue(String name, String value, String expected) {
    return new JobArgumentException(JobArgumentException.Reason.INVALID_VALUE, name,
        String.format("Job argument --%s has the value '%s', which is not valid: %s.", name, value, expected));
  }

  static JobArgumentException pauseRangeIncomplete(String given, String missing) {
    return new JobArgumentException(JobArgumentException.Reason.CONFLICTING_ARGUMENTS, missing,
        String.format("Job argument --%s is missing: --%s was given with --job-bookmark-option job-bookmark-pause,"
                + " and a paused bookmark's run window needs both ends. Pass both --job-bookmark-from <run id> and"
                + " --job-bookmark-to <run id>, or neither to process from the last bookmark.",
            missing, given));
  }

  static JobArgumentException rangeWithoutPause(String option) {
    return new JobArgumentException(JobArgumentException.Reason.CONFLICTING_ARGUMENTS, "job-bookmark-from",
        String.format("Job arguments --job-bookmark-from and --job-bookmark-to were given with"
                + " --job-bookmark-option %s, but a run window applies only to a paused bookmark. Pass"
                + " '--job-bookmark-option job-bookmark-pause' to reprocess that window, or drop both arguments.",
            option));
  }

  static JobArgumentException invalidKey(String key, String source, String why) {
    String shown = key == null ? "null" : "'" + key + "'";
    String hint = key != null && !key.isBlank() && !key.startsWith("-")
        ? " Write it as '--" + key.strip() + "'."
        : "";
    return new JobArgumentException(JobArgumentException.Reason.INVALID_NAME, key,
        String.format("Argument key %s in %s is not valid: %s. Glue passes arguments to the script as"
            + " '--name value' pairs, so every key is '--' followed by the name.%s", shown, source, why, hint));
  }

  private static String flags(Collection<String> names) {
    return names.stream().map(n -> "--" + n).collect(Collectors.joining(", "));
  }
}

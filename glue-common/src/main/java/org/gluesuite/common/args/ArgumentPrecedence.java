package org.gluesuite.common.args;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Merges the three places a Glue job run's arguments come from, as Glue does: a job's
 * {@code NonOverridableArguments} beat the run's {@code Arguments}, which beat the job's
 * {@code DefaultArguments}. A run (or a trigger action) cannot override a non-overridable argument;
 * trying is not an error, the job's value simply wins.
 *
 * <p>Keys are written as in Glue's API, with the leading {@code --} ({@code "--JOB_NAME"}); every key
 * of every map is checked, and a malformed key is a {@link JobArgumentException} naming it and the map
 * it came from. {@link JobArgumentParser#resolve} turns the merged map into a run's typed arguments.
 */
public final class ArgumentPrecedence {
  private ArgumentPrecedence() {
  }

  /**
   * The merged arguments: keys in the order first seen (defaults, then run, then non-overridable),
   * values by precedence non-overridable &gt; run &gt; defaults. The result is unmodifiable. Pass
   * {@code Map.of()} for a map that is not set.
   */
  public static Map<String, String> resolve(Map<String, String> defaultArguments, Map<String, String> runArguments,
      Map<String, String> nonOverridableArguments) {
    validateKeys(Objects.requireNonNull(defaultArguments, "defaultArguments"), "the job's DefaultArguments");
    validateKeys(Objects.requireNonNull(runArguments, "runArguments"), "the run's Arguments");
    validateKeys(Objects.requireNonNull(nonOverridableArguments, "nonOverridableArguments"),
        "the job's NonOverridableArguments");
    Map<String, String> merged = new LinkedHashMap<>(defaultArguments);
    merged.putAll(runArguments);
    merged.putAll(nonOverridableArguments);
    return Collections.unmodifiableMap(merged);
  }

  /**
   * Checks that every key is {@code --} followed by a name without spaces or {@code =}.
   *
   * @param source where the map came from, used in the message (e.g. "the run's Arguments")
   * @throws JobArgumentException with reason {@code INVALID_NAME} for the first bad key
   */
  public static void validateKeys(Map<String, String> arguments, String source) {
    for (Map.Entry<String, String> entry : arguments.entrySet()) {
      validateKey(entry.getKey(), source);
      if (entry.getValue() == null) {
        throw ArgumentErrors.invalidValue(entry.getKey().substring(2), "null",
            "an argument value must be a string; use \"\" for an empty value (in " + source + ")");
      }
    }
  }

  /** Checks one key; see {@link #validateKeys}. */
  public static void validateKey(String key, String source) {
    if (key == null || key.isBlank()) {
      throw ArgumentErrors.invalidKey(key, source, "the key is empty");
    }
    if (!key.startsWith("--")) {
      throw ArgumentErrors.invalidKey(key, source, "it does not start with '--'");
    }
    String name = key.substring(2);
    if (name.isEmpty() || name.startsWith("-")) {
      throw ArgumentErrors.invalidKey(key, source, "'--' must be followed by a name that does not start with '-'");
    }
    if (name.chars().anyMatch(c -> Character.isWhitespace(c) || c == '=')) {
      throw ArgumentErrors.invalidKey(key, source, "the name contains a space or '='");
    }
  }
}

package org.gluesuite.common.args;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides secret argument values before they reach run records or logs.
 *
 * <p><b>Rule.</b> A name is split into words at {@code -}, {@code _}, {@code .}, spaces and lower-to-upper
 * case changes ({@code awsSecretAccessKey} → aws, secret, access, key), then lower-cased. It is secret if
 * <ul>
 *   <li>a word is one of: password, passwd, pwd, passphrase, secret, secrets, token, credential,
 *       credentials, apikey, accesskey, privatekey, secretkey; or</li>
 *   <li>two adjacent words are access+key, api+key, private+key, secret+key, session+token, or
 *       auth+key; or</li>
 *   <li>the whole name, with separators removed, contains password, passwd, secret or credential.</li>
 * </ul>
 * A word {@code key} or {@code keys} alone is <em>not</em> secret, so {@code partitionKeys},
 * {@code jobBookmarkKeys} and {@code primary_key} stay visible, as do {@code JOB_NAME} and
 * {@code tokenizer_model}. Masked values become {@value #MASK}.
 *
 * <p>Two kinds of values are masked inside rather than whole: {@code --conf} (each {@code k=v} Spark
 * setting whose key is secret, e.g. {@code spark.hadoop.fs.s3a.secret.key}), and any value holding a
 * URL with a password ({@code scheme://user:password@host}), whose password part is masked.
 */
public final class SecretMasking {
  public static final String MASK = "****";

  private static final Set<String> SECRET_WORDS = Set.of(
      "password", "passwd", "pwd", "passphrase", "secret", "secrets", "token", "credential", "credentials",
      "apikey", "accesskey", "privatekey", "secretkey");
  private static final Set<String> SECRET_PAIRS = Set.of(
      "access key", "api key", "private key", "secret key", "session token", "auth key");
  private static final List<String> SECRET_SUBSTRINGS = List.of("password", "passwd", "secret", "credential");
  private static final Pattern WORD_BOUNDARY = Pattern.compile("[-_.\\s]+|(?<=[a-z0-9])(?=[A-Z])");
  private static final Pattern URL_PASSWORD = Pattern.compile("(://[^/\\s:@]+:)[^@\\s/]+@");
  private static final Pattern CONF_SEPARATOR = Pattern.compile("(\\s+--conf\\s+)");

  private SecretMasking() {
  }

  /** True if an argument (or setting) with this name holds a secret. The name may carry {@code --}. */
  public static boolean isSecretName(String name) {
    String bare = name.startsWith("--") ? name.substring(2) : name;
    List<String> words = new ArrayList<>();
    for (String word : WORD_BOUNDARY.split(bare)) {
      if (!word.isEmpty()) {
        words.add(word.toLowerCase(Locale.ROOT));
      }
    }
    for (int i = 0; i < words.size(); i++) {
      if (SECRET_WORDS.contains(words.get(i))) {
        return true;
      }
      if (i + 1 < words.size() && SECRET_PAIRS.contains(words.get(i) + " " + words.get(i + 1))) {
        return true;
      }
    }
    String joined = String.join("", words);
    return SECRET_SUBSTRINGS.stream().anyMatch(joined::contains);
  }

  /** A copy of {@code arguments}, in the same order, with secret values masked. */
  public static Map<String, String> mask(Map<String, String> arguments) {
    Map<String, String> masked = new LinkedHashMap<>();
    arguments.forEach((name, value) -> masked.put(name, maskValue(name, value)));
    return Collections.unmodifiableMap(masked);
  }

  /** The value to show for argument {@code name}. */
  public static String maskValue(String name, String value) {
    if (value == null) {
      return null;
    }
    if (isSecretName(name)) {
      return MASK;
    }
    String bare = name.startsWith("--") ? name.substring(2) : name;
    String shown = bare.equals(GlueArgumentNames.CONF) ? maskConf(value) : value;
    return URL_PASSWORD.matcher(shown).replaceAll("$1" + Matcher.quoteReplacement(MASK) + "@");
  }

  private static String maskConf(String value) {
    StringBuilder out = new StringBuilder();
    Matcher separators = CONF_SEPARATOR.matcher(value);
    int start = 0;
    while (separators.find()) {
      out.append(maskSetting(value.substring(start, separators.start()))).append(separators.group(1));
      start = separators.end();
    }
    return out.append(maskSetting(value.substring(start))).toString();
  }

  private static String maskSetting(String setting) {
    int eq = setting.indexOf('=');
    if (eq > 0 && isSecretName(setting.substring(0, eq).strip())) {
      return setting.substring(0, eq + 1) + MASK;
    }
    return setting;
  }
}

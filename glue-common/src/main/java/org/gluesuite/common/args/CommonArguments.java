package org.gluesuite.common.args;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Glue's well-known runtime arguments, resolved once into typed values.
 *
 * <ul>
 *   <li>Switches ({@code --enable-glue-datacatalog}, {@code --enable-metrics}, {@code --user-jars-first},
 *       {@code --enable-lakeformation-fine-grained-access}) are off when absent, on when given with no
 *       value, an empty value or {@code true}, off with {@code false} (any case); any other value is an
 *       error.</li>
 *   <li>{@code --conf} holds {@code key=value} Spark settings. Glue takes one {@code --conf} job parameter
 *       and chains further settings inside its value ({@code a=1 --conf b=2}); both that form and repeated
 *       {@code --conf} arguments are accepted, and a later setting of a key wins.</li>
 *   <li>{@code --datalake-formats} and {@code --extra-jars} are comma-separated lists; blanks around
 *       commas and empty entries are dropped.</li>
 * </ul>
 */
public record CommonArguments(
    boolean glueDataCatalogEnabled,
    boolean metricsEnabled,
    Map<String, String> sparkConf,
    Set<DataLakeFormat> dataLakeFormats,
    List<String> extraJars,
    boolean userJarsFirst,
    boolean lakeFormationFineGrainedAccess) {

  private static final Pattern CONF_SEPARATOR = Pattern.compile("\\s+--conf\\s+");

  public CommonArguments {
    sparkConf = Collections.unmodifiableMap(new LinkedHashMap<>(sparkConf));
    dataLakeFormats = dataLakeFormats.isEmpty()
        ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(dataLakeFormats));
    extraJars = List.copyOf(extraJars);
  }

  static CommonArguments from(Map<String, String> arguments) {
    return new CommonArguments(
        flag(arguments, GlueArgumentNames.ENABLE_GLUE_DATACATALOG),
        flag(arguments, GlueArgumentNames.ENABLE_METRICS),
        sparkConf(arguments.get(GlueArgumentNames.CONF)),
        dataLakeFormats(arguments.get(GlueArgumentNames.DATALAKE_FORMATS)),
        list(arguments.get(GlueArgumentNames.EXTRA_JARS)),
        flag(arguments, GlueArgumentNames.USER_JARS_FIRST),
        flag(arguments, GlueArgumentNames.ENABLE_LAKEFORMATION_FINE_GRAINED_ACCESS));
  }

  private static boolean flag(Map<String, String> arguments, String name) {
    if (!arguments.containsKey(name)) {
      return false;
    }
    String value = arguments.get(name).strip().toLowerCase(Locale.ROOT);
    if (value.isEmpty() || value.equals("true")) {
      return true;
    }
    if (value.equals("false")) {
      return false;
    }
    throw ArgumentErrors.invalidValue(name, arguments.get(name),
        "it is a switch, so give it no value, 'true' or 'false'");
  }

  private static Map<String, String> sparkConf(String value) {
    Map<String, String> conf = new LinkedHashMap<>();
    if (value == null || value.isBlank()) {
      return conf;
    }
    for (String pair : CONF_SEPARATOR.split(value.strip())) {
      int eq = pair.indexOf('=');
      if (eq <= 0 || pair.substring(0, eq).isBlank()) {
        throw ArgumentErrors.invalidValue(GlueArgumentNames.CONF, value,
            "each Spark setting must be 'key=value', and '" + pair + "' is not; chain several as"
                + " 'a.b=1 --conf c.d=2'");
      }
      conf.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
    }
    return conf;
  }

  private static Set<DataLakeFormat> dataLakeFormats(String value) {
    Set<DataLakeFormat> formats = EnumSet.noneOf(DataLakeFormat.class);
    for (String entry : list(value)) {
      formats.add(DataLakeFormat.fromArgumentValue(entry));
    }
    return formats;
  }

  private static List<String> list(String value) {
    if (value == null) {
      return List.of();
    }
    return Arrays.stream(value.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}

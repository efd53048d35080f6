package org.gluesuite.schemas;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.gluesuite.catalog.Column;
import org.gluesuite.common.json.DefinitionNode;

/**
 * Athena partition projection table parameters: {@code projection.enabled}, {@code projection.<key>.type}
 * (date, integer, enum, injected) with its {@code range}, {@code format}, {@code interval},
 * {@code interval.unit} and {@code values}, and {@code storage.location.template}.
 */
final class PartitionProjection {
  private static final Set<String> TYPES = Set.of("date", "integer", "enum", "injected");
  private static final Set<String> PROPERTIES = Set.of("type", "range", "format", "interval", "interval.unit",
      "values", "digits");
  private static final Set<String> UNITS = Set.of("YEARS", "MONTHS", "WEEKS", "DAYS", "HOURS", "MINUTES", "SECONDS");
  private static final Pattern RELATIVE = Pattern.compile("NOW(\\s*[+-]\\s*\\d+\\s*(YEAR|MONTH|WEEK|DAY|HOUR|MINUTE|SECOND)S?)?");

  private PartitionProjection() {
  }

  static void validate(DefinitionNode table, Map<String, String> parameters, List<Column> keys) {
    List<String> keyNames = keys.stream().map(Column::name).toList();
    boolean enabled = "true".equalsIgnoreCase(parameters.getOrDefault("projection.enabled", "false"));
    for (String parameter : parameters.keySet()) {
      if (!parameter.startsWith("projection.") || parameter.equals("projection.enabled")) {
        continue;
      }
      String rest = parameter.substring("projection.".length());
      int dot = rest.indexOf('.');
      String key = dot < 0 ? rest : rest.substring(0, dot);
      String property = dot < 0 ? "" : rest.substring(dot + 1);
      if (!keyNames.contains(key)) {
        fail(table, parameter, "'" + key + "' is not a partition key", "Projection properties name partition "
            + "keys: " + keyNames + ".");
      } else if (!PROPERTIES.contains(property)) {
        fail(table, parameter, "unknown projection property '" + property + "'", "Use one of " + PROPERTIES + ".");
      }
    }
    if (!enabled) {
      return;
    }
    if (keys.isEmpty()) {
      fail(table, "projection.enabled", "projection is enabled but the table has no partition keys",
          "Declare the partition key(s) (for a yyyy/MM/dd layout: one date-typed key such as dt, type string).");
      return;
    }
    for (String key : keyNames) {
      String prefix = "projection." + key + ".";
      String type = parameters.get(prefix + "type");
      if (type == null || !TYPES.contains(type)) {
        fail(table, prefix + "type", "partition key '" + key + "' needs a projection type (found " + type + ")",
            "Set it to one of " + TYPES + ".");
        continue;
      }
      switch (type) {
        case "date" -> date(table, parameters, prefix);
        case "integer" -> integer(table, parameters.get(prefix + "range"), prefix + "range");
        case "enum" -> {
          if (parameters.getOrDefault(prefix + "values", "").isBlank()) {
            fail(table, prefix + "values", "an enum projection needs its values", "List them: a,b,c.");
          }
        }
        default -> {
        }
      }
    }
    String template = parameters.get("storage.location.template");
    if (template != null) {
      for (String key : keyNames) {
        if (!template.contains("${" + key + "}")) {
          fail(table, "storage.location.template", "the template does not use ${" + key + "}",
              "Every partition key appears in it, e.g. ${lake}/raw/openaq/${" + key + "}/.");
        }
      }
    }
  }

  private static void date(DefinitionNode table, Map<String, String> parameters, String prefix) {
    String unit = parameters.get(prefix + "interval.unit");
    if (unit != null && !UNITS.contains(unit.toUpperCase(java.util.Locale.ROOT))) {
      fail(table, prefix + "interval.unit", "'" + unit + "' is not an interval unit", "Use one of " + UNITS + ".");
    }
    String format = parameters.get(prefix + "format");
    if (format == null) {
      fail(table, prefix + "format", "a date projection needs a format", "For yyyy/MM/dd folders: yyyy/MM/dd.");
      return;
    }
    DateTimeFormatter formatter;
    try {
      formatter = DateTimeFormatter.ofPattern(format);
    } catch (IllegalArgumentException e) {
      fail(table, prefix + "format", "'" + format + "' is not a date format (" + e.getMessage() + ")",
          "Use Java date pattern letters, e.g. yyyy/MM/dd.");
      return;
    }
    String range = parameters.get(prefix + "range");
    String[] bounds = range == null ? new String[0] : range.split(",");
    if (bounds.length != 2) {
      fail(table, prefix + "range", "a date projection needs a range 'start,end' (found " + range + ")",
          "e.g. 2021/01/01,NOW");
      return;
    }
    for (String bound : bounds) {
      String b = bound.trim();
      if (RELATIVE.matcher(b).matches()) {
        continue;
      }
      try {
        formatter.parse(b);
      } catch (RuntimeException e) {
        fail(table, prefix + "range", "range bound '" + b + "' does not match the format " + format,
            "Write bounds in the format, or NOW, NOW-3YEARS.");
      }
    }
  }

  private static void integer(DefinitionNode table, String range, String parameter) {
    String[] bounds = range == null ? new String[0] : range.split(",");
    try {
      if (bounds.length != 2 || Long.parseLong(bounds[0].trim()) > Long.parseLong(bounds[1].trim())) {
        throw new NumberFormatException();
      }
    } catch (NumberFormatException e) {
      fail(table, parameter, "an integer projection needs a range 'low,high' (found " + range + ")", "e.g. 1,100");
    }
  }

  private static void fail(DefinitionNode table, String parameter, String what, String fix) {
    SchemaErrors.at(table, "Parameters." + parameter, what, fix);
  }
}

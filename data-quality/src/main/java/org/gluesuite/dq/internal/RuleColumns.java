package org.gluesuite.dq.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.glue.dqdl.model.DQRule;

/** The columns and reference datasets a rule's parameters name, read the way DQDL's rule types define them. */
public final class RuleColumns {
  /** {@code ref.{a,b}} or {@code ref.a}: a reference alias and its columns. */
  private static final Pattern BRACED = Pattern.compile("(.+)\\.\\{(.+)}");
  private static final Pattern DOTTED = Pattern.compile("(.+)\\.([^.]+)");

  /** A reference dataset and the columns of it a rule uses. */
  public record Reference(String alias, List<String> columns) {
  }

  private RuleColumns() {
  }

  /** Columns of the primary data the rule reads ({@code TargetColumn…}, {@code PrimaryDatasetColumns}). */
  public static List<String> primary(DQRule rule) {
    List<String> columns = new ArrayList<>();
    for (Map.Entry<String, String> p : rule.getParameters().entrySet()) {
      if (p.getKey().startsWith("TargetColumn")) {
        columns.add(p.getValue());
      } else if (p.getKey().equals("PrimaryDatasetColumns")) {
        columns.addAll(split(p.getValue()));
      }
    }
    return columns;
  }

  /** The reference dataset a rule compares with, if it has one (ReferentialIntegrity, RowCountMatch). */
  public static java.util.Optional<Reference> reference(DQRule rule) {
    String alias = rule.getParameters().get("ReferenceDatasetAlias");
    if (alias != null) {
      return java.util.Optional.of(new Reference(alias, List.of()));
    }
    String columns = rule.getParameters().get("ReferenceDatasetColumns");
    if (columns == null) {
      return java.util.Optional.empty();
    }
    String text = columns.replace("\"", "").trim();
    Matcher braced = BRACED.matcher(text);
    if (braced.matches()) {
      return java.util.Optional.of(new Reference(braced.group(1).trim(), split(braced.group(2))));
    }
    Matcher dotted = DOTTED.matcher(text);
    if (dotted.matches()) {
      return java.util.Optional.of(new Reference(dotted.group(1).trim(), List.of(dotted.group(2).trim())));
    }
    return java.util.Optional.of(new Reference(text, List.of()));
  }

  private static List<String> split(String list) {
    String text = list.replace("\"", "").trim();
    if (text.startsWith("{") && text.endsWith("}")) {
      text = text.substring(1, text.length() - 1);
    }
    return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}

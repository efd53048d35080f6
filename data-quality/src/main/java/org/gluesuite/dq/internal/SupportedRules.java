package org.gluesuite.dq.internal;

import java.util.List;
import java.util.Set;

/** The DQDL rule types this runtime evaluates; the DQDL parser knows more (see the module README for the rest). */
public final class SupportedRules {
  public static final List<String> TYPES = List.of("RowCount", "ColumnCount", "ColumnExists", "ColumnDataType",
      "ColumnNamesMatchPattern", "Completeness", "IsComplete", "Uniqueness", "IsUnique", "IsPrimaryKey",
      "UniqueValueRatio", "DistinctValuesCount", "ColumnValues", "ColumnLength", "Mean", "Sum", "StandardDeviation",
      "Entropy", "ColumnCorrelation", "DataFreshness", "CustomSql", "ReferentialIntegrity", "RowCountMatch",
      "SchemaMatch");
  private static final Set<String> SET = Set.copyOf(TYPES);

  private SupportedRules() {
  }

  public static boolean isSupported(String ruleType) {
    return SET.contains(ruleType);
  }
}

package org.gluesuite.common.args;

import java.util.Arrays;
import java.util.Locale;

/** The table formats {@code --datalake-formats} can enable in Glue 5.x. */
public enum DataLakeFormat {
  HUDI, DELTA, ICEBERG;

  /** The value as written in {@code --datalake-formats}, e.g. {@code iceberg}. */
  public String argumentValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  static DataLakeFormat fromArgumentValue(String value) {
    return Arrays.stream(values())
        .filter(f -> f.argumentValue().equalsIgnoreCase(value))
        .findFirst()
        .orElseThrow(() -> ArgumentErrors.invalidChoice(GlueArgumentNames.DATALAKE_FORMATS, value,
            Arrays.stream(values()).map(DataLakeFormat::argumentValue).toList()));
  }
}

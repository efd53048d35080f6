package org.gluesuite.crawler.classify;

import java.util.Map;

/** The Hive input/output formats and SerDe Glue writes for a classified format. */
public record StorageLayout(String inputFormat, String outputFormat, String serializationLibrary,
    Map<String, String> serdeParameters) {
  static final String TEXT_INPUT = "org.apache.hadoop.mapred.TextInputFormat";
  static final String TEXT_OUTPUT = "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat";

  public StorageLayout {
    serdeParameters = Map.copyOf(serdeParameters);
  }

  static StorageLayout text(String serde, Map<String, String> parameters) {
    return new StorageLayout(TEXT_INPUT, TEXT_OUTPUT, serde, parameters);
  }
}

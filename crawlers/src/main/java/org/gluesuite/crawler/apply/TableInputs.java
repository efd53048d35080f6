package org.gluesuite.crawler.apply;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.PartitionInput;
import org.gluesuite.catalog.SerDeInfo;
import org.gluesuite.catalog.StorageDescriptor;
import org.gluesuite.catalog.TableInput;
import org.gluesuite.catalog.types.GlueType.Field;
import org.gluesuite.catalog.types.TableSchema;
import org.gluesuite.crawler.classify.Compression;
import org.gluesuite.crawler.plan.TablePlan;

/** Builds the catalog inputs Glue's crawler writes for a planned table: columns, SerDe, and its parameters. */
final class TableInputs {
  private TableInputs() {
  }

  static List<Column> columns(List<Field> fields) {
    return TableSchema.catalogColumns(fields);
  }

  static Map<String, String> parameters(TablePlan plan, TablePlan.Stats stats, String crawler, String runId) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("classification", plan.format().classification());
    p.put("compressionType", plan.compression().parameter());
    p.put("typeOfData", "file");
    p.put("objectCount", Long.toString(stats.objects()));
    p.put("recordCount", Long.toString(stats.records()));
    p.put("averageRecordSize", Long.toString(stats.averageRecordSize()));
    p.put("sizeKey", Long.toString(stats.bytes()));
    p.put("UPDATED_BY_CRAWLER", crawler);
    p.put("CRAWL_RUN_ID", runId);
    p.put("CrawlerSchemaSerializerVersion", "1.0");
    p.put("CrawlerSchemaDeserializerVersion", "1.0");
    p.putAll(plan.format().formatParameters());
    return p;
  }

  static StorageDescriptor descriptor(TablePlan plan, List<Column> columns, String location,
      Map<String, String> parameters) {
    var layout = plan.format().layout();
    return new StorageDescriptor(columns, location, layout.inputFormat(), layout.outputFormat(),
        plan.compression() != Compression.NONE, new SerDeInfo(null, layout.serializationLibrary(),
        layout.serdeParameters()), parameters);
  }

  static TableInput table(String name, TablePlan plan, List<Column> columns, String crawler, String runId) {
    Map<String, String> parameters = parameters(plan, plan.stats(), crawler, runId);
    if (!plan.partitionKeys().isEmpty()) {
      parameters.put("partition_filtering.enabled", "true");
    }
    List<Column> keys = plan.partitionKeys().stream().map(k -> Column.of(k, "string")).toList();
    return new TableInput(name, null, null, descriptor(plan, columns, plan.location().toString(), parameters), keys,
        TableInput.EXTERNAL_TABLE, parameters);
  }

  static PartitionInput partition(TablePlan plan, TablePlan.PartitionPlan partition, List<Column> tableColumns,
      boolean inheritFromTable, String crawler, String runId) {
    List<Column> columns = inheritFromTable ? tableColumns : columns(partition.columns());
    Map<String, String> parameters = parameters(plan, partition.stats(), crawler, runId);
    return new PartitionInput(partition.values(),
        descriptor(plan, columns, partition.location().toString(), parameters), parameters);
  }
}

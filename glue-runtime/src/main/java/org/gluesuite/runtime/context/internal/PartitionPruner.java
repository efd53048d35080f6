package org.gluesuite.runtime.context.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.catalog.Partition;
import org.gluesuite.catalog.Table;
import org.gluesuite.runtime.context.ContextErrors;

/**
 * Evaluates a Glue {@code pushDownPredicate} on a table's partition list, before any data file is
 * listed or read: the predicate is Spark SQL over the partition columns, evaluated on a small local
 * frame of partition values (cast to the types the table declares for its keys).
 */
public final class PartitionPruner {
  private static final String INDEX = "__partition_index";

  private PartitionPruner() {
  }

  public static List<Partition> prune(SparkSession spark, Table table, List<Partition> partitions, String predicate) {
    if (predicate == null || predicate.isBlank() || partitions.isEmpty()) {
      return partitions;
    }
    List<org.gluesuite.catalog.Column> keys = table.partitionKeys();
    List<String> keyNames = keys.stream().map(org.gluesuite.catalog.Column::name).toList();
    List<StructField> fields = new ArrayList<>();
    fields.add(DataTypes.createStructField(INDEX, DataTypes.IntegerType, false));
    for (String key : keyNames) {
      fields.add(DataTypes.createStructField(key, DataTypes.StringType, true));
    }
    List<Row> rows = new ArrayList<>(partitions.size());
    for (int i = 0; i < partitions.size(); i++) {
      Object[] values = new Object[keyNames.size() + 1];
      values[0] = i;
      List<String> partitionValues = partitions.get(i).values();
      for (int k = 0; k < keyNames.size() && k < partitionValues.size(); k++) {
        values[k + 1] = partitionValues.get(k);
      }
      rows.add(RowFactory.create(values));
    }
    List<Column> typed = new ArrayList<>();
    typed.add(functions.col(INDEX));
    for (org.gluesuite.catalog.Column key : keys) {
      typed.add(functions.col(key.name()).cast(key.type()).as(key.name()));
    }
    Dataset<Row> values = spark.createDataFrame(rows, new StructType(fields.toArray(new StructField[0])))
        .select(typed.toArray(new Column[0]));
    List<Row> selected;
    try {
      selected = values.where(predicate).select(INDEX).collectAsList();
    } catch (Exception e) {
      if (e instanceof AnalysisException || e instanceof ParseException) {
        throw ContextErrors.predicateOnNonPartitionColumn(table, predicate, firstLine(e.getMessage()), keyNames);
      }
      throw e;
    }
    List<Partition> kept = new ArrayList<>(selected.size());
    selected.stream().map(r -> r.getInt(0)).sorted().forEach(i -> kept.add(partitions.get(i)));
    return kept;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "it is not valid Spark SQL";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}

package org.gluesuite.runtime.context.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.StructType;
import org.gluesuite.catalog.AlreadyExistsException;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.ConcurrentModificationException;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.EntityNotFoundException;
import org.gluesuite.catalog.PartitionError;
import org.gluesuite.catalog.PartitionInput;
import org.gluesuite.catalog.StorageDescriptor;
import org.gluesuite.catalog.StorageFormat;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.TableInput;
import org.gluesuite.runtime.context.ContextErrors;
import org.gluesuite.runtime.context.SinkOptions;
import org.gluesuite.runtime.context.UpdateBehavior;
import org.gluesuite.runtime.context.WriteSummary;
import org.gluesuite.runtime.types.SparkTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a sink with {@code enableUpdateCatalog} does after the data is in place: create the table, or
 * update its schema ({@code UPDATE_IN_DATABASE}) or keep it ({@code LOG}), then register the written
 * partitions with their own folders. Catalog changes come after the data, so a reader that sees a
 * partition in the catalog always finds its files.
 */
public final class CatalogUpdater {
  private static final Logger LOG = LoggerFactory.getLogger(CatalogUpdater.class);
  private static final int MAX_ATTEMPTS = 5;

  private final DataCatalog catalog;

  public CatalogUpdater(DataCatalog catalog) {
    this.catalog = catalog;
  }

  public WriteSummary.CatalogChange apply(SinkOptions options, StructType schema, StagedFileWriter.Placement placement) {
    String database = options.catalogDatabase();
    String tableName = options.catalogTable();
    List<Column> columns = SparkTypes.catalogColumns(schema, options.partitionKeys());
    ensureDatabase(database);
    WriteSummary.CatalogChange change = null;
    // Another process may create or update the table at the same moment: re-read and retry on a lost race.
    for (int attempt = 1; change == null; attempt++) {
      try {
        change = createOrUpdate(database, tableName, options, columns, placement);
      } catch (AlreadyExistsException | ConcurrentModificationException e) {
        if (attempt == MAX_ATTEMPTS) {
          throw e;
        }
      }
    }
    registerPartitions(database, tableName, options, placement);
    return change;
  }

  private WriteSummary.CatalogChange createOrUpdate(String database, String tableName, SinkOptions options,
      List<Column> columns, StagedFileWriter.Placement placement) {
    Table existing;
    try {
      existing = catalog.getTable(database, tableName);
    } catch (EntityNotFoundException e) {
      List<Column> keys = options.partitionKeys().stream().map(k -> Column.of(k, "string")).toList();
      TableInput input = TableInput.external(tableName, columns, keys, options.path(), options.format())
          .withParameters(tableParameters(options.format(), Map.of()));
      catalog.createTable(database, input);
      return WriteSummary.CatalogChange.TABLE_CREATED;
    }
    List<String> declared = existing.partitionKeys().stream().map(Column::name).toList();
    if (!declared.equals(options.partitionKeys())) {
      throw ContextErrors.partitionKeysOrder(existing.qualifiedName(), options.partitionKeys(), declared);
    }
    List<Column> merged = mergeColumns(existing.storageDescriptor().columns(), columns);
    boolean schemaChanged = !merged.equals(existing.storageDescriptor().columns());
    if (schemaChanged && options.updateBehavior() == UpdateBehavior.UPDATE_IN_DATABASE) {
      StorageDescriptor descriptor = existing.storageDescriptor().withColumns(merged);
      catalog.updateTable(database, existing.toInput().withStorageDescriptor(descriptor), existing.versionId());
      return WriteSummary.CatalogChange.TABLE_UPDATED;
    }
    if (schemaChanged) {
      LOG.warn("Table {} keeps its schema (updateBehavior LOG); the written data has columns {}",
          existing.qualifiedName(), columns);
    }
    return placement.partitions().isEmpty()
        ? WriteSummary.CatalogChange.NONE : WriteSummary.CatalogChange.PARTITIONS_ONLY;
  }

  private void ensureDatabase(String database) {
    try {
      catalog.getDatabase(database);
    } catch (EntityNotFoundException e) {
      try {
        catalog.createDatabase(DatabaseInput.named(database));
      } catch (AlreadyExistsException raced) {
        // Created by another writer in the meantime: what we wanted.
      }
    }
  }

  private void registerPartitions(String database, String tableName, SinkOptions options,
      StagedFileWriter.Placement placement) {
    if (placement.partitions().isEmpty()) {
      return;
    }
    Table table = catalog.getTable(database, tableName);
    List<PartitionInput> inputs = new ArrayList<>();
    Map<List<String>, PartitionInput> byValues = new HashMap<>();
    for (int i = 0; i < placement.partitions().size(); i++) {
      StorageDescriptor descriptor = table.storageDescriptor().withLocation(placement.folders().get(i));
      PartitionInput input = new PartitionInput(placement.partitions().get(i), descriptor, Map.of());
      inputs.add(input);
      byValues.put(input.values(), input);
    }
    for (PartitionError error : catalog.batchCreatePartition(database, tableName, inputs)) {
      if (!"AlreadyExistsException".equals(error.errorCode())) {
        throw new IllegalStateException("Could not register partition " + error.partitionValues() + " of "
            + database + "." + tableName + ": " + error.errorMessage());
      }
      // An existing partition keeps its entry unless it now lives in another folder (a layout change).
      PartitionInput input = byValues.get(error.partitionValues());
      String current = catalog.getPartition(database, tableName, input.values()).location();
      if (current == null || !current.equals(input.storageDescriptor().location())) {
        catalog.updatePartition(database, tableName, input.values(), input);
      }
    }
  }

  private static List<Column> mergeColumns(List<Column> existing, List<Column> written) {
    Map<String, Column> merged = new LinkedHashMap<>();
    for (Column column : existing) {
      merged.put(column.name(), column);
    }
    for (Column column : written) {
      Column old = merged.get(column.name());
      merged.put(column.name(), old == null ? column : new Column(column.name(), column.type(), old.comment()));
    }
    return new ArrayList<>(merged.values());
  }

  private static Map<String, String> tableParameters(StorageFormat format, Map<String, String> extra) {
    Map<String, String> parameters = new LinkedHashMap<>(extra);
    parameters.put("classification", format.classification());
    parameters.put("typeOfData", "file");
    if (format == StorageFormat.CSV) {
      parameters.put("delimiter", ",");
      parameters.put("skip.header.line.count", "1");
    }
    if (format == StorageFormat.PARQUET) {
      parameters.put("compressionType", "snappy");
    }
    return parameters;
  }
}

package org.gluesuite.aws.catalog.internal;

import java.util.List;
import org.gluesuite.catalog.Column;
import org.gluesuite.catalog.Connection;
import org.gluesuite.catalog.ConnectionInput;
import org.gluesuite.catalog.Database;
import org.gluesuite.catalog.DatabaseInput;
import org.gluesuite.catalog.Partition;
import org.gluesuite.catalog.PartitionError;
import org.gluesuite.catalog.PartitionInput;
import org.gluesuite.catalog.SerDeInfo;
import org.gluesuite.catalog.StorageDescriptor;
import org.gluesuite.catalog.Table;
import org.gluesuite.catalog.TableInput;
import org.gluesuite.catalog.TableVersion;
import software.amazon.awssdk.services.glue.model.ErrorDetail;

/**
 * The suite's catalog shapes to SDK v2's Glue model and back. Both follow Glue's API, so each conversion copies the
 * members the suite models, member by member; absent SDK collections become empty ones.
 */
public final class GlueShapes {
  private GlueShapes() {
  }

  // ---- to the SDK ----------------------------------------------------------------------------------------

  public static software.amazon.awssdk.services.glue.model.DatabaseInput toSdk(DatabaseInput input) {
    return software.amazon.awssdk.services.glue.model.DatabaseInput.builder().name(input.name())
        .description(input.description()).locationUri(input.locationUri()).parameters(input.parameters()).build();
  }

  public static software.amazon.awssdk.services.glue.model.TableInput toSdk(TableInput input) {
    return software.amazon.awssdk.services.glue.model.TableInput.builder().name(input.name())
        .description(input.description()).owner(input.owner())
        .storageDescriptor(input.storageDescriptor() == null ? null : toSdk(input.storageDescriptor()))
        .partitionKeys(columnsToSdk(input.partitionKeys())).tableType(input.tableType())
        .parameters(input.parameters()).build();
  }

  public static software.amazon.awssdk.services.glue.model.PartitionInput toSdk(PartitionInput input) {
    return software.amazon.awssdk.services.glue.model.PartitionInput.builder().values(input.values())
        .storageDescriptor(input.storageDescriptor() == null ? null : toSdk(input.storageDescriptor()))
        .parameters(input.parameters()).build();
  }

  public static software.amazon.awssdk.services.glue.model.ConnectionInput toSdk(ConnectionInput input) {
    return software.amazon.awssdk.services.glue.model.ConnectionInput.builder().name(input.name())
        .description(input.description()).connectionType(input.connectionType())
        .connectionPropertiesWithStrings(input.connectionProperties()).build();
  }

  static software.amazon.awssdk.services.glue.model.StorageDescriptor toSdk(StorageDescriptor sd) {
    SerDeInfo serde = sd.serdeInfo();
    return software.amazon.awssdk.services.glue.model.StorageDescriptor.builder()
        .columns(columnsToSdk(sd.columns())).location(sd.location()).inputFormat(sd.inputFormat())
        .outputFormat(sd.outputFormat()).compressed(sd.compressed())
        .serdeInfo(serde == null ? null : software.amazon.awssdk.services.glue.model.SerDeInfo.builder()
            .name(serde.name()).serializationLibrary(serde.serializationLibrary()).parameters(serde.parameters())
            .build())
        .parameters(sd.parameters()).build();
  }

  private static List<software.amazon.awssdk.services.glue.model.Column> columnsToSdk(List<Column> columns) {
    return columns.stream().map(c -> software.amazon.awssdk.services.glue.model.Column.builder().name(c.name())
        .type(c.type()).comment(c.comment()).build()).toList();
  }

  // ---- from the SDK --------------------------------------------------------------------------------------

  public static Database fromSdk(software.amazon.awssdk.services.glue.model.Database db) {
    return new Database(db.name(), db.description(), db.locationUri(), db.parameters(), db.createTime());
  }

  public static Table fromSdk(software.amazon.awssdk.services.glue.model.Table t) {
    return new Table(t.databaseName(), t.name(), t.description(), t.owner(),
        t.storageDescriptor() == null ? null : fromSdk(t.storageDescriptor()), columnsFromSdk(t.partitionKeys()),
        t.tableType(), t.parameters(), t.createTime(), t.updateTime(), t.versionId());
  }

  public static TableVersion fromSdk(software.amazon.awssdk.services.glue.model.TableVersion version) {
    return new TableVersion(fromSdk(version.table()), version.versionId());
  }

  public static Partition fromSdk(software.amazon.awssdk.services.glue.model.Partition p) {
    return new Partition(p.databaseName(), p.tableName(), p.values(),
        p.storageDescriptor() == null ? null : fromSdk(p.storageDescriptor()), p.parameters(), p.creationTime(),
        p.lastAccessTime());
  }

  public static Connection fromSdk(software.amazon.awssdk.services.glue.model.Connection c) {
    return new Connection(c.name(), c.description(), c.connectionTypeAsString(), c.connectionPropertiesAsStrings(),
        c.creationTime(), c.lastUpdatedTime());
  }

  public static PartitionError partitionError(List<String> values, ErrorDetail detail) {
    return new PartitionError(values, detail == null ? null : detail.errorCode(),
        detail == null ? null : detail.errorMessage());
  }

  static StorageDescriptor fromSdk(software.amazon.awssdk.services.glue.model.StorageDescriptor sd) {
    software.amazon.awssdk.services.glue.model.SerDeInfo serde = sd.serdeInfo();
    return new StorageDescriptor(columnsFromSdk(sd.columns()), sd.location(), sd.inputFormat(), sd.outputFormat(),
        Boolean.TRUE.equals(sd.compressed()),
        serde == null ? null : new SerDeInfo(serde.name(), serde.serializationLibrary(), serde.parameters()),
        sd.parameters());
  }

  private static List<Column> columnsFromSdk(List<software.amazon.awssdk.services.glue.model.Column> columns) {
    return columns.stream().map(c -> new Column(c.name(), c.type() == null ? "" : c.type(), c.comment())).toList();
  }
}

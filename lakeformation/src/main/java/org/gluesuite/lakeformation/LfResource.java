package org.gluesuite.lakeformation;

import java.util.List;
import java.util.Objects;

/** Lake Formation's {@code Resource}: exactly one of its members. Names are stored lower-case, as in Glue. */
public sealed interface LfResource {

  /** A short human form, e.g. {@code table airquality.no2_weather_daily}. */
  String describe();

  /** {@code Catalog: {}}. */
  record Catalog() implements LfResource {
    @Override
    public String describe() {
      return "catalog";
    }
  }

  /** {@code Database: {Name}}. */
  record Database(String name) implements LfResource {
    public Database {
      Objects.requireNonNull(name);
    }

    @Override
    public String describe() {
      return "database " + name;
    }
  }

  /** {@code Table: {DatabaseName, Name | TableWildcard}}: {@code name} null means every table of the database. */
  record Table(String databaseName, String name) implements LfResource {
    public Table {
      Objects.requireNonNull(databaseName);
    }

    public boolean wildcard() {
      return name == null;
    }

    public boolean covers(String database, String table) {
      return databaseName.equals(database) && (wildcard() || name.equals(table));
    }

    @Override
    public String describe() {
      return "table " + databaseName + "." + (wildcard() ? "*" : name);
    }
  }

  /**
   * {@code TableWithColumns: {DatabaseName, Name, ColumnNames | ColumnWildcard{ExcludedColumnNames}}}: exactly one
   * of {@code columnNames} (an include list) and {@code excludedColumnNames} (all columns but these) is non-null.
   */
  record TableWithColumns(String databaseName, String name, List<String> columnNames,
      List<String> excludedColumnNames) implements LfResource {
    public TableWithColumns {
      Objects.requireNonNull(databaseName);
      Objects.requireNonNull(name);
      columnNames = columnNames == null ? null : List.copyOf(columnNames);
      excludedColumnNames = excludedColumnNames == null ? null : List.copyOf(excludedColumnNames);
    }

    @Override
    public String describe() {
      return "table " + databaseName + "." + name + (columnNames != null ? " columns " + columnNames
          : " all columns except " + excludedColumnNames);
    }
  }

  /** {@code DataLocation: {ResourceArn}}. */
  record DataLocation(String resourceArn) implements LfResource {
    @Override
    public String describe() {
      return "data location " + resourceArn;
    }
  }

  /** {@code DataCellsFilter: {TableCatalogId, DatabaseName, TableName, Name}}. */
  record DataCellsFilter(String databaseName, String tableName, String name) implements LfResource {
    @Override
    public String describe() {
      return "data cells filter " + name + " on table " + databaseName + "." + tableName;
    }
  }

  /** {@code LFTag: {TagKey, TagValues}}: permissions on the tag itself. */
  record LfTagKey(String tagKey, List<String> tagValues) implements LfResource {
    public LfTagKey {
      tagValues = List.copyOf(tagValues);
    }

    @Override
    public String describe() {
      return "LF-Tag " + tagKey + "=" + tagValues;
    }
  }

  /** {@code LFTagPolicy: {ResourceType: DATABASE|TABLE, Expression}}: every resource whose tags match. */
  record LfTagPolicy(ResourceType resourceType, List<LfTag> expression) implements LfResource {
    public LfTagPolicy {
      expression = List.copyOf(expression);
    }

    @Override
    public String describe() {
      StringBuilder text = new StringBuilder(resourceType.name().toLowerCase(java.util.Locale.ROOT))
          .append("s tagged ");
      for (int i = 0; i < expression.size(); i++) {
        text.append(i == 0 ? "" : " AND ").append(expression.get(i).tagKey()).append(" in ")
            .append(expression.get(i).tagValues());
      }
      return text.toString();
    }
  }

  /** {@code LFTagPolicy.ResourceType}. */
  enum ResourceType { DATABASE, TABLE }
}

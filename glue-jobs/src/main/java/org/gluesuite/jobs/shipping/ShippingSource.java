package org.gluesuite.jobs.shipping;

import java.util.List;
import org.gluesuite.jobs.shipping.SourceColumn.Kind;

/**
 * The pipeline's two input files, in the seed's format (the "Supply chain delivery on-time" sample data): where
 * they land in the lake, the raw table the crawler makes of them, and their columns.
 */
public enum ShippingSource {
  /** One row per order: shipping days, carrier, distances, origin, date, priority, product. */
  SHIPPING_LOGS("ShippingLogs.csv", "shipping_logs", List.of(
      new SourceColumn("ActualShippingDays", Kind.INTEGER, "int"),
      new SourceColumn("ExpectedShippingDays", Kind.INTEGER, "int"),
      new SourceColumn("Carrier", Kind.TEXT, "string"),
      new SourceColumn("YShippingDistance", Kind.INTEGER, "int"),
      new SourceColumn("XShippingDistance", Kind.INTEGER, "int"),
      new SourceColumn("InBulkOrder", Kind.TEXT, "string"),
      new SourceColumn("ShippingOrigin", Kind.TEXT, "string"),
      new SourceColumn("OrderDate", Kind.DATE_MDYY, "date"),
      new SourceColumn("OrderID", Kind.TEXT, "string"),
      new SourceColumn("ShippingPriority", Kind.TEXT, "string"),
      new SourceColumn("OnTimeDelivery", Kind.TEXT, "string"),
      new SourceColumn("ProductId", Kind.TEXT, "string"))),
  /** One row per product: brand, model, screen size, package weight. */
  PRODUCT_DESCRIPTIONS("ProductDescriptions.csv", "product_descriptions", List.of(
      new SourceColumn("ComputerBrand", Kind.TEXT, "string"),
      new SourceColumn("ComputerModel", Kind.TEXT, "string"),
      new SourceColumn("ScreenSize", Kind.DECIMAL, "double"),
      new SourceColumn("PackageWeight", Kind.DECIMAL, "double"),
      new SourceColumn("ProductId", Kind.TEXT, "string")));

  /** The join key of the two files. */
  public static final String PRODUCT_ID = "ProductId";

  private final String fileName;
  private final String folder;
  private final List<SourceColumn> columns;

  ShippingSource(String fileName, String folder, List<SourceColumn> columns) {
    this.fileName = fileName;
    this.folder = folder;
    this.columns = columns;
  }

  /** The file's name in the seed and in the lake, e.g. {@code ShippingLogs.csv}. */
  public String fileName() {
    return fileName;
  }

  /** Its folder under the pipeline's {@code raw/} folder; the crawler names the table after it. */
  public String folder() {
    return folder;
  }

  /** The raw table the {@code shipping-raw} crawler makes of the folder ({@code raw_} + folder). */
  public String rawTable() {
    return "raw_" + folder;
  }

  public List<SourceColumn> columns() {
    return columns;
  }

  /** The header names in the seed's order. */
  public List<String> headers() {
    return columns.stream().map(SourceColumn::header).toList();
  }
}

package org.gluesuite.runtime.frame;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.gluesuite.catalog.types.TableSchema;

/**
 * The GlueFrame transforms for plain DataFrames, e.g. from a notebook: DataFrame in, DataFrame out, no hidden
 * state. A DataFrame has no choice types, so resolveChoice here only casts ({@code cast:<type>}); transforms that
 * produce error records (map, filter, unbox) need a GlueFrame ({@link GlueFrame#fromDF}) to keep them.
 */
public final class GlueTransforms {
  private static final String NAME = "dataframe";

  private GlueTransforms() {
  }

  public static Dataset<Row> applyMapping(Dataset<Row> df, List<Mapping> mappings) {
    return applyMapping(df, mappings, true);
  }

  public static Dataset<Row> applyMapping(Dataset<Row> df, List<Mapping> mappings, boolean caseSensitive) {
    return frame(df).applyMapping(mappings, caseSensitive, TransformOptions.DEFAULT).toDF();
  }

  /** Casts fields ({@code cast:<type>}) or matches catalog types ({@code match_catalog}); paths as in GlueFrame. */
  public static Dataset<Row> resolveChoice(Dataset<Row> df, List<ResolveChoiceSpec> specs, TableSchema catalog) {
    return frame(df).resolveChoice(specs, catalog, TransformOptions.DEFAULT).toDF();
  }

  public static Dataset<Row> dropNullFields(Dataset<Row> df) {
    return frame(df).dropNullFields().toDF();
  }

  public static Dataset<Row> dropFields(Dataset<Row> df, List<String> paths) {
    return frame(df).dropFields(paths).toDF();
  }

  public static Dataset<Row> renameField(Dataset<Row> df, String oldPath, String newPath) {
    return frame(df).renameField(oldPath, newPath).toDF();
  }

  public static Dataset<Row> selectFields(Dataset<Row> df, List<String> fields) {
    return frame(df).selectFields(fields).toDF();
  }

  public static Split<Dataset<Row>> splitFields(Dataset<Row> df, List<String> paths) {
    Split<GlueFrame> s = frame(df).splitFields(paths);
    return new Split<>(s.first().toDF(), s.second().toDF());
  }

  public static Split<Dataset<Row>> splitRows(Dataset<Row> df, List<RowComparison> comparisons) {
    Split<GlueFrame> s = frame(df).splitRows(comparisons);
    return new Split<>(s.first().toDF(), s.second().toDF());
  }

  public static Dataset<Row> join(Dataset<Row> left, List<String> keys1, List<String> keys2, Dataset<Row> right) {
    return frame(left).join(keys1, keys2, frame(right)).toDF();
  }

  public static Dataset<Row> unnest(Dataset<Row> df) {
    return frame(df).unnest().toDF();
  }

  /** Frame name to DataFrame, as {@link GlueFrame#relationalize}. */
  public static Map<String, Dataset<Row>> relationalize(Dataset<Row> df, String rootName) {
    Map<String, Dataset<Row>> out = new LinkedHashMap<>();
    frame(df).relationalize(rootName, null).forEach((name, f) -> out.put(name, f.toDF()));
    return out;
  }

  public static Dataset<Row> spigot(Dataset<Row> df, String path, SpigotOptions sample) {
    frame(df).spigot(path, sample);
    return df;
  }

  public static Dataset<Row> mergeDynamicFrame(Dataset<Row> source, Dataset<Row> staging, List<String> keys) {
    return frame(source).mergeDynamicFrame(frame(staging), keys).toDF();
  }

  private static GlueFrame frame(Dataset<Row> df) {
    return GlueFrame.fromDF(df, NAME);
  }
}

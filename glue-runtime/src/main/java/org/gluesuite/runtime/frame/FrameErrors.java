package org.gluesuite.runtime.frame;

import java.util.Collection;
import java.util.List;
import org.gluesuite.catalog.types.GlueType;
import org.gluesuite.catalog.types.InvalidTypeException;
import org.gluesuite.runtime.frame.internal.ErrorStage;

/**
 * Builds every user-facing GlueFrame error. Each message says what went wrong, why, and how to fix it, naming the
 * path, column, file or line involved.
 */
public final class FrameErrors {
  private FrameErrors() {
  }

  // ---- thresholds -------------------------------------------------------------------------------------------

  static FrameArgumentException negativeThreshold(long stage, long total) {
    return new FrameArgumentException(String.format(
        "Error thresholds cannot be negative (stageThreshold=%d, totalThreshold=%d). Use 0 for no limit (Glue's "
            + "default), or N to fail the frame's next action once N error records are reached.", stage, total));
  }

  public static ErrorThresholdExceededException stageThresholdExceeded(ErrorStage stage, List<String> samples) {
    return new ErrorThresholdExceededException(String.format(
        "%s produced %d error record(s), reaching its stageThreshold of %d. First errors: %s. Fix the input or "
            + "the function, or raise stageThreshold (0 for no limit); errorsAsDynamicFrame() lists every error "
            + "record.", describe(stage), stage.count(), stage.options().stageThreshold(), samples),
        stage.transformation(), stage.options().transformationContext(), stage.count(),
        stage.options().stageThreshold(), samples);
  }

  public static ErrorThresholdExceededException totalThresholdExceeded(ErrorStage stage, long total,
      List<String> samples) {
    return new ErrorThresholdExceededException(String.format(
        "%s brought the error records up to and including it to %d (%d from this step), reaching its "
            + "totalThreshold of %d. First errors: %s. Fix the steps that made them or raise totalThreshold (0 for "
            + "no limit); errorsAsDynamicFrame() lists every error record.",
        describe(stage), total, stage.count(), stage.options().totalThreshold(), samples),
        stage.transformation(), stage.options().transformationContext(), total, stage.options().totalThreshold(),
        samples);
  }

  private static String describe(ErrorStage stage) {
    List<String> about = new java.util.ArrayList<>();
    if (!stage.options().transformationContext().isEmpty()) {
      about.add("context '" + stage.options().transformationContext() + "'");
    }
    if (!stage.options().info().isEmpty()) {
      about.add("info '" + stage.options().info() + "'");
    }
    return "Transformation '" + stage.transformation() + "'" + (about.isEmpty() ? "" : " (" + String.join(", ", about)
        + ")");
  }

  // ---- paths ------------------------------------------------------------------------------------------------

  public static FramePathException malformedPath(String path, String why) {
    return new FramePathException(String.format(
        "Path '%s' is malformed: %s. Separate nested names with '.', back-quote names containing dots "
            + "(`a.b`) and address array elements with [] (items[].price).", path, why));
  }

  public static FramePathException fieldNotFound(String transformation, String path, Collection<String> available) {
    return new FramePathException(String.format(
        "%s: field '%s' does not exist in the frame. Available fields at that level: %s. Check the spelling and "
            + "case (paths are case-sensitive unless asked otherwise), or print the schema with printSchema().",
        transformation, path, available));
  }

  public static FramePathException pathUnderArray(String transformation, String path) {
    return new FramePathException(String.format(
        "%s cannot address '%s' because it is nested under an array. Fields inside arrays cannot be mapped or "
            + "compared row by row; relationalize() or explode the array first, or use a path with [] in "
            + "resolveChoice/dropFields.", transformation, path));
  }

  public static FramePathException pathThroughChoice(String path, GlueType type) {
    return new FramePathException(String.format(
        "Path '%s' goes through a choice type (%s): its records do not agree on one type. Resolve the choice "
            + "first, e.g. resolveChoice with make_struct or project:struct, then address the nested field.",
        path, type.simpleString()));
  }

  public static FramePathException notAStruct(String path, GlueType type) {
    return new FramePathException(String.format(
        "Path '%s' continues into a field of type %s, which has no nested fields. Shorten the path to stop at "
            + "that field.", path, type.simpleString()));
  }

  public static FramePathException notAnArray(String path, GlueType type) {
    return new FramePathException(String.format(
        "Path '%s' uses [] on a field of type %s, which is not an array. Remove the [] from the path.",
        path, type.simpleString()));
  }

  public static FramePathException arrayNeedsElements(String path) {
    return new FramePathException(String.format(
        "Path '%s' continues into an array without []. Address the elements' fields as name[].field.", path));
  }

  public static FramePathException topLevelOnly(String transformation, String path) {
    return new FramePathException(String.format(
        "%s takes top-level fields only, but '%s' is nested. Select the top-level field, or use applyMapping to "
            + "pick nested fields (back-quote a top-level name containing dots: `a.b`).", transformation, path));
  }

  public static FramePathException renameAcrossStructs(String oldPath, String newPath) {
    return new FramePathException(String.format(
        "renameField cannot move '%s' to '%s': a field can be renamed within its struct or moved to the top "
            + "level. Use applyMapping to restructure records.", oldPath, newPath));
  }

  public static FramePathException fieldExists(String transformation, String path) {
    return new FramePathException(String.format(
        "%s would create field '%s', which already exists. Pick another name or drop the existing field first.",
        transformation, path));
  }

  // ---- types and actions ------------------------------------------------------------------------------------

  public static FrameArgumentException unknownType(String typeName, String where, InvalidTypeException cause) {
    FrameArgumentException e = new FrameArgumentException(String.format(
        "'%s' in %s is not a type: %s (at character %d). Use a Glue type name such as long, int, string, double, "
            + "boolean, date, timestamp or decimal(10,2), or a Hive type such as bigint or array<string>.", typeName,
        where, cause.reason(), cause.position()));
    e.initCause(cause);
    return e;
  }

  public static FrameArgumentException unknownChoiceAction(String action, String path) {
    return new FrameArgumentException(String.format(
        "resolveChoice action '%s' for '%s' is not supported. Use cast:<type>, project:<type>, make_cols, "
            + "make_struct or match_catalog.", action, path));
  }

  public static FrameArgumentException projectMissingType(String path, String kind, List<String> kinds) {
    return new FrameArgumentException(String.format(
        "resolveChoice project:%s on '%s': the choice has no %s alternative (it has %s). Project onto one of "
            + "those types, or use cast:%s to convert every alternative.", kind, path, kind, kinds, kind));
  }

  public static FrameArgumentException notAChoice(String path, String action, GlueType type) {
    return new FrameArgumentException(String.format(
        "resolveChoice %s on '%s': the field is %s, not a choice, so there is nothing to resolve. Only cast "
            + "works on any field; drop this spec or use cast.", action, path, type.simpleString()));
  }

  public static FrameArgumentException catalogColumnMissing(String path, Collection<String> catalogColumns) {
    return new FrameArgumentException(String.format(
        "resolveChoice match_catalog on '%s': the catalog table has no column at that path (columns: %s). Add "
            + "the column to the table, or resolve this field with cast:<type>.", path, catalogColumns));
  }

  public static FrameArgumentException catalogNotGiven(String path) {
    return new FrameArgumentException(String.format(
        "resolveChoice match_catalog on '%s' needs the catalog table's columns. Pass them with "
            + "ResolveChoiceSpec list plus the table's columns (List<Column> or a StructType).", path));
  }

  public static FrameArgumentException unsupportedCast(String path, GlueType from, GlueType to) {
    return new FrameArgumentException(String.format(
        "Cannot cast '%s' from %s to %s: only scalar values convert between types (structs, arrays and maps "
            + "convert only to string, as JSON). Map the nested fields one by one instead.",
        path, from.simpleString(), to.simpleString()));
  }

  public static FrameArgumentException typeConflict(String transformation, String field, GlueType a,
      GlueType b) {
    return new FrameArgumentException(String.format(
        "%s: field '%s' is %s in one frame and %s in the other. Make the types agree first with applyMapping or "
            + "resolveChoice.", transformation, field, a.simpleString(), b.simpleString()));
  }

  public static FrameArgumentException unknownOperator(String op, String path) {
    return new FrameArgumentException(String.format(
        "splitRows: comparison '%s' for '%s' is not supported. Use one of < <= = != >= >.", op, path));
  }

  public static FrameArgumentException keyMissing(String transformation, String key, String frame,
      Collection<String> available) {
    return new FrameArgumentException(String.format(
        "%s: key '%s' is not a field of the %s frame (fields: %s). Pass existing key fields, in the same order "
            + "for both frames.", transformation, key, frame, available));
  }

  public static FrameArgumentException keyCountMismatch(int left, int right) {
    return new FrameArgumentException(String.format(
        "join: keys1 has %d key(s) and keys2 has %d. Pass one key of the other frame for every key of this one.",
        left, right));
  }

  public static FrameArgumentException joinKeyRenameClash(String key, String renamed) {
    return new FrameArgumentException(String.format(
        "join: the second frame's key '%s' is kept as '%s' because the first frame has a field '%s', but one of "
            + "the frames already has a field '%s'. Rename one of them first (renameField).",
        key, renamed, key, renamed));
  }

  public static FrameArgumentException invalidOption(String option, Object value, String why) {
    return new FrameArgumentException(String.format("Option %s=%s is invalid: %s.", option, value, why));
  }

  public static FrameArgumentException notAString(String path, GlueType type) {
    return new FrameArgumentException(String.format(
        "unbox: '%s' is %s, not string. unbox parses JSON or CSV text; resolve the choice or cast the field to "
            + "string first.", path, type.simpleString()));
  }

  // ---- reading ----------------------------------------------------------------------------------------------

  public static FrameReadException pathNotFound(String path) {
    return new FrameReadException(String.format(
        "Source path '%s' does not exist. Check the path (local paths and Hadoop URIs such as s3a:// and file:// "
            + "are accepted) and that the files were written before the job runs.", path), null);
  }

  public static FrameReadException readFailed(String file, Throwable cause) {
    return new FrameReadException(String.format(
        "Could not read '%s': %s. The file system failed, not the record format (bad records become error "
            + "records); check permissions and that the file is not being rewritten.", file, cause), cause);
  }

  public static FrameArgumentException unsupportedJsonPath(String jsonPath, String why) {
    return new FrameArgumentException(String.format(
        "jsonPath '%s' is not supported: %s. Use $ followed by .name, ['name'] and [*] steps, e.g. $.records[*].",
        jsonPath, why));
  }
}

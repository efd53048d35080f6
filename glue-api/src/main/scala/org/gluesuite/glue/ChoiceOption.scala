package org.gluesuite.glue

/** Glue's frame-wide `resolveChoice` action: `ChoiceOption("make_cols")`, `ChoiceOption.MATCH_CATALOG`, ... */
case class ChoiceOption(choice: String)

object ChoiceOption {
  val CAST: String = "cast"
  val MAKE_COLS: String = "make_cols"
  val MAKE_STRUCT: String = "make_struct"
  val MATCH_CATALOG: String = "match_catalog"
  val PROJECT: String = "project"
}

/** Glue's `ResolveSpec`: one `(path, action)` pair of `resolveChoice`, e.g. `ResolveSpec("price", "cast:double")`. */
case class ResolveSpec(path: String, action: String) extends Product2[String, String] {
  override def _1: String = path

  override def _2: String = action
}

/** Glue's `MappingSpec`: one `(sourcePath, sourceType, targetPath, targetType)` mapping of `applyMapping`. */
case class MappingSpec(sourcePath: String, sourceType: String, targetPath: String, targetType: String)
  extends Product4[String, String, String, String] {
  override def _1: String = sourcePath

  override def _2: String = sourceType

  override def _3: String = targetPath

  override def _4: String = targetType
}

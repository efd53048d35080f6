package org.gluesuite.glue

/** Frames by name, like Glue's `DynamicFrameCollection` (e.g. the frames relationalize makes). */
class DynamicFrameCollection(dynamicFrames: Map[String, DynamicFrame], val glueContext: GlueContext) {
  private val frames = scala.collection.immutable.ListMap(dynamicFrames.toSeq: _*)

  def keys: Seq[String] = frames.keys.toList

  def values: Seq[DynamicFrame] = frames.values.toList

  def size: Int = frames.size

  /** The frame named `key`. */
  def select(key: String, transformationContext: String = ""): DynamicFrame = frames.getOrElse(key,
    throw new NoSuchElementException(s"DynamicFrameCollection has no frame '$key' (it has ${keys.mkString(", ")})"))

  def apply(key: String): DynamicFrame = select(key)

  /** Every frame through `f`, keyed as before. */
  def map(f: DynamicFrame => DynamicFrame): DynamicFrameCollection =
    new DynamicFrameCollection(frames.map { case (k, v) => k -> f(v) }, glueContext)

  /** Every frame through `f`, which may make several; the results are keyed by their names. */
  def flatMap(f: DynamicFrame => Seq[DynamicFrame]): DynamicFrameCollection =
    DynamicFrameCollection(values.flatMap(f), glueContext)
}

object DynamicFrameCollection {
  /** Frames keyed by their names (`getName()`), in order. */
  def apply(frames: Seq[DynamicFrame], glueContext: GlueContext): DynamicFrameCollection =
    new DynamicFrameCollection(scala.collection.immutable.ListMap(frames.map(f => f.getName() -> f): _*), glueContext)
}

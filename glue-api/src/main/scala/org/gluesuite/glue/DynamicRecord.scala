package org.gluesuite.glue

import org.gluesuite.glue.types.DynamicNode
import org.gluesuite.runtime.frame.GlueRecord

/**
 * Glue's `DynamicRecord`: one self-describing record of a [[DynamicFrame]], as `map` and `filter` functions see
 * it. Paths use dots for nesting and back-quotes for names that contain dots. Values are plain Java values (see
 * [[org.gluesuite.glue.types.DynamicNode]]); `map` gives each call its own copy, so changing it is safe.
 */
final class DynamicRecord private[glue] (private[glue] val record: GlueRecord) extends Serializable {

  /** The value at `path`: `Some(value)` when the record has the field (`Some(null)` if it is null), else `None`. */
  def getField(path: String): Option[Any] = if (record.contains(path)) Some(record.get(path)) else None

  /** The value at `path` as a node (`NullNode` for a null value), or `None` when the record has no such field. */
  def getFieldNode(path: String): Option[DynamicNode] = getField(path).map(v => DynamicNode(v))

  /** Sets the field at `path` (creating enclosing structs), replacing any value it had. */
  def addField(path: String, dynamicNode: DynamicNode): Unit = record.set(path, dynamicNode.getValue)

  /** Removes the field at `path`; returns what it held. */
  def dropField(path: String, underRename: Boolean = false): Option[DynamicNode] = {
    val old = getFieldNode(path)
    record.remove(path)
    old
  }

  /** The top-level field names, in order. */
  def fieldNames: Seq[String] = scala.collection.JavaConverters.asScalaBuffer(record.fieldNames()).toList

  def toJson: String = record.toJson

  override def toString: String = toJson

  override def equals(other: Any): Boolean = other match {
    case r: DynamicRecord => r.record == record
    case _ => false
  }

  override def hashCode(): Int = record.hashCode()
}

object DynamicRecord {
  /** A new empty record, for a `map` function that builds its output from scratch. */
  def apply(): DynamicRecord = new DynamicRecord(GlueRecord.create())
}

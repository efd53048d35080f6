package org.gluesuite.glue.types

import scala.collection.JavaConverters._
import scala.collection.mutable

import org.gluesuite.runtime.frame.GlueRecord

/**
 * Glue's typed values of a [[org.gluesuite.glue.DynamicRecord]] field, e.g. `rec.addField("ACC", StringNode(s))`.
 * Each node stands for one plain value of a record (see `GlueRecord`): a `String`, a boxed number, a
 * `java.math.BigDecimal`, a `java.sql.Date` or `Timestamp`, bytes, a list (array) or a map (struct).
 */
abstract class DynamicNode extends Serializable {
  /** The plain value, as `DynamicRecord.getField` returns it. */
  def getValue: Any

  /** Glue's name of the node's type: `string`, `long`, `array`, `struct`, ... */
  def typeName: String

  def toJson: String = {
    val record = GlueRecord.create().set("v", getValue).toJson
    record.substring("{\"v\":".length, record.length - 1)
  }

  override def toString: String = toJson
}

object DynamicNode {
  /** The node of a plain record value (the inverse of [[DynamicNode.getValue]]). */
  def apply(value: Any): DynamicNode = value match {
    case null => NullNode
    case n: DynamicNode => n
    case s: String => StringNode(s)
    case l: java.lang.Long => LongNode(l)
    case i: java.lang.Integer => IntegerNode(i)
    case s: java.lang.Short => ShortNode(s)
    case b: java.lang.Byte => ByteNode(b)
    case d: java.lang.Double => DoubleNode(d)
    case f: java.lang.Float => FloatNode(f)
    case b: java.lang.Boolean => BooleanNode(b)
    case d: java.math.BigDecimal => DecimalNode(BigDecimal(d))
    case d: BigDecimal => DecimalNode(d)
    case d: java.sql.Date => DateNode(d)
    case d: java.time.LocalDate => DateNode(java.sql.Date.valueOf(d))
    case t: java.sql.Timestamp => TimestampNode(t)
    case t: java.time.Instant => TimestampNode(java.sql.Timestamp.from(t))
    case b: Array[Byte] => BinaryNode(b)
    case l: java.util.List[_] => ArrayNode(l.asScala.map(v => DynamicNode(v)))
    case m: java.util.Map[_, _] =>
      ObjectNode(mutable.LinkedHashMap(m.asScala.toSeq.map { case (k, v) => String.valueOf(k) -> DynamicNode(v) }: _*))
    case other => StringNode(String.valueOf(other))
  }
}

/** A value of one scalar type. */
abstract class ScalarNode(value: Any, val typeName: String) extends DynamicNode {
  override def getValue: Any = value
}

case class StringNode(value: String) extends ScalarNode(value, "string")

case class LongNode(value: Long) extends ScalarNode(value, "long")

case class IntegerNode(value: Int) extends ScalarNode(value, "int")

case class ShortNode(value: Short) extends ScalarNode(value, "short")

case class ByteNode(value: Byte) extends ScalarNode(value, "byte")

case class DoubleNode(value: Double) extends ScalarNode(value, "double")

case class FloatNode(value: Float) extends ScalarNode(value, "float")

case class BooleanNode(value: Boolean) extends ScalarNode(value, "boolean")

case class DecimalNode(value: BigDecimal) extends ScalarNode(value, "decimal") {
  override def getValue: Any = value.bigDecimal
}

case class DateNode(value: java.sql.Date) extends ScalarNode(value, "date")

case class TimestampNode(value: java.sql.Timestamp) extends ScalarNode(value, "timestamp")

case class BinaryNode(value: Array[Byte]) extends ScalarNode(value, "binary")

/** No value. */
class NullNode extends DynamicNode {
  override def getValue: Any = null

  override def typeName: String = "null"
}

case object NullNode extends NullNode

/** An array: its elements' plain values in a `java.util.List`. */
case class ArrayNode(value: mutable.ArrayBuffer[DynamicNode]) extends DynamicNode {
  def this() = this(mutable.ArrayBuffer.empty[DynamicNode])

  def add(node: DynamicNode): Unit = value += node

  def get(index: Int): Option[DynamicNode] = value.lift(index)

  def isEmpty: Boolean = value.isEmpty

  override def getValue: Any = new java.util.ArrayList[Any](value.map(_.getValue).asJava)

  override def typeName: String = "array"
}

object ArrayNode {
  def apply(values: Seq[DynamicNode]): ArrayNode = new ArrayNode(mutable.ArrayBuffer(values: _*))
}

/** A struct: its fields' plain values in a `java.util.LinkedHashMap`, in field order. */
case class ObjectNode(value: mutable.Map[String, DynamicNode]) extends DynamicNode {
  override def getValue: Any = {
    val out = new java.util.LinkedHashMap[String, Any]()
    value.foreach { case (k, v) => out.put(k, v.getValue) }
    out
  }

  override def typeName: String = "struct"
}

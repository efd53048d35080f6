package org.gluesuite.glue.util

import scala.collection.JavaConverters._

import com.fasterxml.jackson.databind.{JsonNode, ObjectMapper}
import com.fasterxml.jackson.databind.node.ObjectNode
import org.gluesuite.glue.internal.GlueApiErrors

/**
 * Glue's `JsonOptions`: a JSON object of option names and values, built from a Scala map
 * (`JsonOptions(Map("path" -> dir, "partitionKeys" -> List("year")))`), a Java map or JSON text
 * (`JsonOptions("""{"paths": ["s3://bucket/raw/"]}""")`).
 */
class JsonOptions(val json: String) extends Serializable {
  @transient private lazy val root: ObjectNode = JsonOptions.parse(json)

  def this(options: Map[String, Any]) = this(JsonOptions.render(options))

  def this(options: java.util.Map[String, _]) = this(JsonOptions.render(options.asScala.toMap))

  /** The option names, in the order given. */
  def keys: Seq[String] = root.fieldNames().asScala.toList

  def isEmpty: Boolean = root.size() == 0

  /** The option as Glue scripts pass it to the runtime: strings as they are, anything else as its JSON text. */
  def getOption(key: String): Option[String] = Option(root.get(key)).filterNot(_.isNull).map(JsonOptions.text)

  def get(key: String): String = getOption(key).getOrElse(
    throw GlueApiErrors.missingOption(key, keys))

  /** Every option as text (see [[getOption]]): the form glue-runtime parses and checks. */
  def toStringMap: java.util.Map[String, String] = {
    val out = new java.util.LinkedHashMap[String, String]()
    keys.foreach(k => getOption(k).foreach(v => out.put(k, v)))
    out
  }

  /** These options without `names`, for a caller that has taken them. */
  def without(names: String*): JsonOptions = {
    val copy = root.deepCopy()
    copy.remove(names.asJava)
    new JsonOptions(JsonOptions.Mapper.writeValueAsString(copy))
  }

  override def toString: String = json

  override def equals(other: Any): Boolean = other match {
    case o: JsonOptions => o.root == root
    case _ => false
  }

  override def hashCode(): Int = root.hashCode()
}

object JsonOptions {
  private val Mapper = new ObjectMapper()

  val empty: JsonOptions = new JsonOptions("{}")

  def apply(json: String): JsonOptions = new JsonOptions(json)

  def apply(options: Map[String, Any]): JsonOptions = new JsonOptions(options)

  private def parse(json: String): ObjectNode = {
    val node = try Mapper.readTree(json) catch {
      case e: Exception => throw GlueApiErrors.notJsonOptions(json, e.getMessage)
    }
    node match {
      case o: ObjectNode => o
      case _ => throw GlueApiErrors.notJsonOptions(json, "it is not a JSON object")
    }
  }

  private def text(node: JsonNode): String = if (node.isTextual) node.asText() else Mapper.writeValueAsString(node)

  private def render(options: Map[String, Any]): String = Mapper.writeValueAsString(toJava(options))

  /** Scala values as the Java values Jackson writes: collections become lists and maps. */
  private def toJava(value: Any): Any = value match {
    case m: scala.collection.Map[_, _] =>
      val out = new java.util.LinkedHashMap[String, Any]()
      m.foreach { case (k, v) => out.put(String.valueOf(k), toJava(v)) }
      out
    case m: java.util.Map[_, _] => toJava(m.asScala)
    case s: Iterable[_] => s.map(toJava).toList.asJava
    case a: Array[_] => a.map(toJava).toList.asJava
    case l: java.lang.Iterable[_] => toJava(l.asScala)
    case b: BigDecimal => b.bigDecimal
    case Some(v) => toJava(v)
    case None => null
    case other => other
  }
}

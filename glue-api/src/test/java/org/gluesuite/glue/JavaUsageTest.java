package org.gluesuite.glue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.gluesuite.glue.types.StringNode;
import org.gluesuite.glue.util.CallSite;
import org.gluesuite.glue.util.GlueArgParser;
import org.gluesuite.glue.util.Job;
import org.gluesuite.glue.util.JsonOptions;
import org.gluesuite.runtime.testing.TestSpark;
import org.junit.jupiter.api.Test;
import scala.Function1;
import scala.Product4;
import scala.collection.JavaConverters;

/**
 * A job written in Java calls the same facade: Scala's default arguments are passed explicitly, Scala collections
 * come from {@code JavaConverters}, functions are serializable Java lambdas, and {@code Job}/{@code GlueArgParser}
 * are static.
 */
class JavaUsageTest {

  private static <T> scala.collection.immutable.List<T> seq(List<T> values) {
    return JavaConverters.asScalaBuffer(values).toList();
  }

  @Test
  void aJavaJob_readsTransformsAndWritesThroughTheFacade_insideJobInitAndCommit() throws IOException {
    Path root = TestSpark.newFolder("java-usage");
    Path input = Files.createDirectories(root.resolve("in"));
    Files.writeString(input.resolve("people.json"), "{\"id\": 1, \"name\": \"$Ann\"}\n{\"id\": 2, \"name\": \"$Bob\"}\n"
        + "{\"id\": 3}\n");
    Path out = root.resolve("out");
    SparkSession spark = TestSpark.session();
    spark.conf().set("spark.glue_suite.catalog", "embedded:" + root.resolve("catalog"));
    GlueContext glue;
    try {
      glue = new GlueContext(spark.sparkContext());
    } finally {
      spark.conf().unset("spark.glue_suite.catalog");
    }
    scala.collection.immutable.Map<String, String> args = GlueArgParser.getResolvedOptions(
        new String[] {"--JOB_NAME", "java-job", "--target", out.toString()}, new String[] {"JOB_NAME", "target"});

    Job.init(args.apply("JOB_NAME"), glue, JavaConverters.mapAsJavaMap(args));
    DynamicFrame people = glue.getSourceWithFormat("s3", new JsonOptions(Map.of("paths", List.of(input.toString()))),
        "people", "json", JsonOptions.empty()).getDynamicFrame();
    CallSite site = new CallSite("JavaUsageTest", "");
    // Functions run on executors: a Java lambda for a Scala function is made serializable by its cast.
    DynamicFrame named = people.filter((Function1<DynamicRecord, Object> & Serializable)
        rec -> rec.getField("name").isDefined() && rec.getField("name").get() != null, "", "", site, 0, 0);
    DynamicFrame chopped = named.map((Function1<DynamicRecord, DynamicRecord> & Serializable) rec -> {
      rec.addField("plain", new StringNode(((String) rec.getField("name").get()).substring(1)));
      return rec;
    }, "", "", site, 0, 0);
    List<Product4<String, String, String, String>> mappings = List.of(
        new MappingSpec("id", "long", "person.id", "long"),
        new MappingSpec("plain", "string", "person.name", "string"));
    DynamicFrame nested = chopped.applyMapping(seq(mappings), true, "", site, 0, 0);
    glue.getSinkWithFormat("s3", new JsonOptions(Map.of("path", args.apply("target"))), "", "json",
        JsonOptions.empty()).writeDynamicFrame(nested, site);
    Job.commit();

    assertThat(nested.count()).isEqualTo(2);
    assertThat(nested.errorsCount()).isZero();
    assertThat(spark.read().json(out.toString()).orderBy("person.id").selectExpr("person.name").collectAsList())
        .extracting(r -> r.getString(0)).containsExactly("Ann", "Bob");
    assertThat(Job.isInitialized()).isFalse();
  }
}

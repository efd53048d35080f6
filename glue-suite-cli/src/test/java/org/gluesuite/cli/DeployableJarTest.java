package org.gluesuite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gluesuite.catalog.DataCatalog;
import org.gluesuite.catalog.embedded.EmbeddedCatalog;
import org.gluesuite.jobs.airquality.AirQualityDataGenerator;
import org.gluesuite.jobs.airquality.AirQualityJobs;
import org.gluesuite.serve.GlueSuiteServe;
import org.gluesuite.serve.ServeSettings;
import org.junit.jupiter.api.Test;

/**
 * The jar we hand to AWS Glue ({@code --extra-jars}) carries our code and leaves Spark, Scala and Hadoop
 * to the platform, and it runs when the platform supplies them (here: Spark's jars on the classpath, as
 * {@code spark-submit --class} would).
 */
class DeployableJarTest {

  private static Path jobJar() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("..", "glue-jobs", "target"))) {
      return files.filter(p -> p.getFileName().toString().endsWith("-glue.jar")).findFirst()
          .orElseThrow(() -> new AssertionError("glue-jobs/target/*-glue.jar is missing; run mvn package"));
    }
  }

  @Test
  void jobJar_containsOurCode_andNoSparkScalaOrHadoop() throws Exception {
    List<String> entries = new ArrayList<>();
    try (JarFile jar = new JarFile(jobJar().toFile())) {
      for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
        entries.add(e.nextElement().getName());
      }
    }
    assertThat(entries).contains("org/gluesuite/jobs/airquality/AirQualityCleanJob.class",
        "org/gluesuite/runtime/frame/GlueFrame.class", "org/gluesuite/catalog/embedded/EmbeddedCatalog.class",
        "org/gluesuite/glue/GlueContext.class", "org/gluesuite/glue/util/Job$.class");
    // deequ puts a few aggregate functions of its own into Spark's packages: those are ours to ship, Spark's are not
    Set<String> deequsOwn = entriesOf(Path.of(com.amazon.deequ.VerificationSuite.class.getProtectionDomain()
        .getCodeSource().getLocation().toURI()));
    assertThat(entries).contains("org/apache/spark/sql/DeequFunctions.class");
    assertThat(entries).noneMatch(n -> n.startsWith("org/apache/spark/") && !deequsOwn.contains(n)
        || n.startsWith("scala/") || n.startsWith("org/apache/hadoop/") || n.startsWith("com/amazonaws/"));
    // The AWS SDK v2 and its HTTP client travel relocated, so Glue's own SDK on the classpath cannot mix with them.
    assertThat(entries).contains("org/gluesuite/aws/catalog/GlueDataCatalog.class",
        "org/gluesuite/shaded/awssdk/services/glue/GlueClient.class",
        "org/gluesuite/shaded/apache/http/impl/client/HttpClientBuilder.class");
    assertThat(entries).noneMatch(n -> n.startsWith("software/amazon/awssdk/") || n.startsWith("org/apache/http/")
        || n.startsWith("org/eclipse/jetty/"));
  }

  private static Set<String> entriesOf(Path jarFile) throws java.io.IOException {
    Set<String> names = new java.util.HashSet<>();
    try (JarFile jar = new JarFile(jarFile.toFile())) {
      jar.stream().forEach(e -> names.add(e.getName()));
    }
    return names;
  }

  @Test
  void jobJar_runsTheCleanJob_withSparkProvidedByThePlatform() throws Exception {
    Path workspace = crawledWorkspace("jar");

    CliProcess job = runCleanJob(workspace, "embedded:" + workspace.resolve("catalog"), List.of());

    assertThat(job.waitFor(240)).as(job.stderr()).isZero();
    try (DataCatalog catalog = EmbeddedCatalog.open(workspace.resolve("catalog"))) {
      assertThat(catalog.getPartitions("airquality", "daily")).hasSize(40);
    }
  }

  /**
   * {@code --glue_suite_catalog glue:http://…}: the job reads its raw tables and registers its partitions through the
   * AWS Glue API (the jar's relocated SDK v2) against {@code glue-suite serve}; the platform's classpath carries an
   * unrelocated SDK v2 too, as AWS Glue's does.
   */
  @Test
  void jobJar_runsTheCleanJob_againstTheGlueApiOfServe() throws Exception {
    Path workspace = crawledWorkspace("jar-glue");
    try (GlueSuiteServe serve = GlueSuiteServe.start(workspace.resolve("catalog"),
        ServeSettings.anyPort("arn:aws:iam::000000000000:role/GlueJobRole"))) {
      CliProcess job = runCleanJob(workspace, "glue:" + serve.endpoint().uri(),
          List.of("AWS_ACCESS_KEY_ID=local", "AWS_SECRET_ACCESS_KEY=local", "AWS_REGION=us-east-1"));

      assertThat(job.waitFor(240)).as(job.stderr()).isZero();
      assertThat(serve.catalog().getPartitions("airquality", "daily")).hasSize(40);
      assertThat(serve.catalog().getTable("airquality", "daily").parameters()).containsKey("classification");
    }
    assertThat(Files.exists(workspace.resolve("runs").resolve("jobs").resolve("air-quality-clean"))).isFalse();
  }

  private static Path crawledWorkspace(String name) throws Exception {
    Path base = Path.of("target", "cli-tests").toAbsolutePath();
    Files.createDirectories(base);
    Path workspace = Files.createTempDirectory(base, name);
    Path pipelineRoot = workspace.resolve("lake").resolve(AirQualityJobs.ROOT);
    AirQualityDataGenerator.builder().days(40).build().generate(pipelineRoot);
    try (DataCatalog catalog = EmbeddedCatalog.open(workspace.resolve("catalog"))) {
      RawCrawl.run(catalog, workspace);
    }
    return workspace;
  }

  /** The clean job from the job jar, as spark-submit would start it; {@code environment} holds NAME=VALUE pairs. */
  private static CliProcess runCleanJob(Path workspace, String catalog, List<String> environment) throws Exception {
    Path pipelineRoot = workspace.resolve("lake").resolve(AirQualityJobs.ROOT);
    // The platform's classpath: everything but our own modules, which must come from the job jar.
    String platform = Arrays.stream(CliProcess.runtimeClasspath().split(File.pathSeparator))
        .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("glue-"))
        .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>();
    command.add("env");
    command.addAll(environment);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.addAll(CliProcess.ADD_OPENS);
    command.add("-Dspark.master=local[1]");
    command.add("-cp");
    command.add(jobJar().toAbsolutePath() + File.pathSeparator + platform);
    command.add("org.gluesuite.jobs.airquality.AirQualityCleanJob");
    command.addAll(List.of("--JOB_NAME", "air-quality-clean", "--glue_suite_catalog", catalog,
        "--database", "airquality", "--measurements_table", "raw_openaq", "--weather_table", "raw_gsod",
        "--city", "Valmora", "--curated_path", pipelineRoot.resolve("curated").toString(), "--curated_table",
        "daily"));
    return CliProcess.start(workspace.resolve("logs"), command);
  }
}

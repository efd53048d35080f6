package org.gluesuite.docker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What can be checked of {@code local-glue-docker/} without a Docker engine: the compose file and the Dockerfile
 * parse and follow the layout AWS documents for {@code public.ecr.aws/glue/aws-glue-libs:5} (user {@code hadoop}, the
 * project at {@code /home/hadoop/workspace}), their services point at {@code glue-suite serve}, the job they run
 * exists, and the scripts' {@code --dry-run} prints the exact command they would run.
 */
class LocalGlueDockerFilesTest {
  private static final Path HERE = Path.of("").toAbsolutePath();
  private static final Path REPOSITORY = HERE.getParent();
  private static final String IMAGE_WORKSPACE = "/home/hadoop/workspace";
  /** glue-suite serve's default port. */
  private static final String SERVE_ENDPOINT = "http://127.0.0.1:${GLUE_SUITE_SERVE_PORT:-4599}";
  /** glue-suite serve's S3 server (s3proxy over the lake), on its own port. */
  private static final String S3_ENDPOINT = "http://127.0.0.1:${GLUE_SUITE_S3_PORT:-4600}";
  private static final String VERSION = System.getProperty("gluesuite.version", "0.1.0-SNAPSHOT");

  private static Map<String, Object> services;

  @BeforeAll
  static void readComposeFile() throws IOException {
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    Map<String, Object> compose = yaml.load(Files.readString(HERE.resolve("compose.yaml")));
    services = map(compose.get("services"));
  }

  @Test
  void composeServices_runAsHadoop_withTheProjectAtTheImagesWorkspace_onTheHostNetwork() {
    assertThat(services).containsOnlyKeys("job", "tests");
    for (String name : services.keySet()) {
      Map<String, Object> service = map(services.get(name));
      assertThat(service).as(name).containsEntry("user", "hadoop").containsEntry("working_dir", IMAGE_WORKSPACE)
          .containsEntry("network_mode", "host");
      assertThat(map(service.get("build")).get("context")).as(name).isEqualTo(".");
      assertThat(HERE.resolve("Dockerfile")).exists();
      List<String> volumes = strings(service.get("volumes"));
      // ".." is the repository: the compose file sits in local-glue-docker/.
      assertThat(volumes.get(0)).as(name).startsWith("..:" + IMAGE_WORKSPACE);
      assertThat(REPOSITORY.resolve("pom.xml")).exists();
    }
    assertThat(strings(map(services.get("job")).get("volumes"))).contains(
        "${GLUE_SUITE_WORKSPACE:?set GLUE_SUITE_WORKSPACE to the absolute path of the glue-suite workspace}"
            + ":${GLUE_SUITE_WORKSPACE}");
    assertThat(strings(map(services.get("tests")).get("volumes")))
        .containsExactly("..:" + IMAGE_WORKSPACE + ":ro", "${HOME}/.m2:/home/hadoop/.m2");
  }

  @Test
  void composeServices_reachTheCatalogLakeFormationAndS3_atGlueSuiteServe_withDummyKeys() {
    for (String name : services.keySet()) {
      Map<String, Object> environment = map(map(services.get(name)).get("environment"));
      assertThat(environment).as(name).containsEntry("AWS_ENDPOINT_URL_GLUE", SERVE_ENDPOINT)
          .containsEntry("AWS_ENDPOINT_URL_LAKEFORMATION", SERVE_ENDPOINT)
          .containsEntry("AWS_ENDPOINT_URL_S3", S3_ENDPOINT)
          .containsEntry("AWS_REGION", "us-east-1").containsEntry("AWS_ACCESS_KEY_ID", "local")
          .containsEntry("AWS_EC2_METADATA_DISABLED", "true");
    }
  }

  @Test
  void jobService_submitsAJobClassOfTheJobJar_withGluesArguments() throws IOException {
    List<String> command = strings(map(services.get("job")).get("command"));
    assertThat(command.subList(0, 2)).containsExactly("spark-submit", "--class");
    String jobClass = command.get(2);
    Path source = REPOSITORY.resolve("glue-jobs/src/main/java").resolve(jobClass.replace('.', '/') + ".java");
    assertThat(source).exists();
    assertThat(Files.readString(source)).contains("public static void main(String[] args)");
    assertThat(command.get(3)).isEqualTo(IMAGE_WORKSPACE + "/glue-jobs/target/glue-jobs-${GLUE_SUITE_VERSION:-"
        + VERSION + "}-glue.jar");
    List<String> arguments = command.subList(4, command.size());
    assertThat(arguments).containsSequence("--JOB_NAME", "air-quality-clean")
        .containsSequence("--glue_suite_catalog", "${GLUE_SUITE_CATALOG:-glue}")
        .containsSequence("--curated_path", "${GLUE_SUITE_WORKSPACE}/lake/airquality/curated/no2_weather_daily");
    for (int i = 0; i < arguments.size(); i += 2) {
      assertThat(arguments.get(i)).as("argument names and values alternate").startsWith("--");
    }
  }

  @Test
  void testsService_runsTheInImageScript_fromTheMountedRepository() throws IOException {
    Map<String, Object> tests = map(services.get("tests"));
    List<String> entrypoint = strings(tests.get("entrypoint"));
    assertThat(entrypoint).hasSize(2).first().isEqualTo("bash");
    assertThat(entrypoint.get(1)).startsWith(IMAGE_WORKSPACE + "/");
    Path script = REPOSITORY.resolve(entrypoint.get(1).substring(IMAGE_WORKSPACE.length() + 1));
    assertThat(script).exists();
    assertThat(strings(tests.get("command"))).containsExactly("verify");
    // The script runs Maven with the JDK and Maven the Dockerfile copies in.
    String body = Files.readString(script);
    List<String> dockerfile = instructions(HERE.resolve("Dockerfile"));
    assertThat(dockerfile).contains("COPY --from=maven /usr/share/maven /opt/maven",
        "COPY --from=maven /usr/lib/jvm/java-17-amazon-corretto /opt/jdk-17");
    assertThat(body).contains("export JAVA_HOME=/opt/jdk-17", "/opt/maven/bin:", "mvn -B -o");
  }

  @Test
  void dockerfile_buildsOnAwsGlue5Image_asUserHadoop_inTheWorkspace() throws IOException {
    List<String> dockerfile = instructions(HERE.resolve("Dockerfile"));
    assertThat(dockerfile).contains("ARG GLUE_IMAGE=public.ecr.aws/glue/aws-glue-libs:5");
    List<String> stages = dockerfile.stream().filter(line -> line.startsWith("FROM ")).toList();
    assertThat(stages).last().isEqualTo("FROM ${GLUE_IMAGE}");
    List<String> finalStage = dockerfile.subList(dockerfile.lastIndexOf("FROM ${GLUE_IMAGE}"), dockerfile.size());
    assertThat(finalStage).contains("USER hadoop", "WORKDIR " + IMAGE_WORKSPACE);
    for (String line : dockerfile) {
      assertThat(line).as("Dockerfile instruction").matches("(ARG|FROM|COPY|USER|WORKDIR|ENV|RUN) .+");
    }
  }

  @Test
  void runJob_dryRun_printsTheExactComposeCommand() throws Exception {
    Path workspace = Files.createTempDirectory("docker-dry-run").resolve("my workspace");
    Script run = Script.run("run-job.sh", "--dry-run", "--workspace", workspace.toString(), "--job-name",
        "air-quality-train", "org.gluesuite.jobs.airquality.AirQualityTrainJob", "--database", "airquality",
        "--model_path", workspace + "/lake/airquality/models/no2");

    assertThat(run.exitCode()).as(run.stderr()).isZero();
    String escapedWorkspace = workspace.toString().replace(" ", "\\ ");
    assertThat(run.stdout()).isEqualTo("env GLUE_SUITE_WORKSPACE=" + escapedWorkspace + " GLUE_SUITE_VERSION="
        + VERSION + " docker compose -f " + HERE.resolve("compose.yaml") + " run --rm job spark-submit --class "
        + "org.gluesuite.jobs.airquality.AirQualityTrainJob " + IMAGE_WORKSPACE + "/glue-jobs/target/glue-jobs-"
        + VERSION + "-glue.jar --JOB_NAME air-quality-train --glue_suite_catalog glue --database airquality "
        + "--model_path " + escapedWorkspace + "/lake/airquality/models/no2\n");
    assertThat(workspace).as("a dry run creates nothing").doesNotExist();
  }

  @Test
  void runTests_dryRun_printsTheExactComposeCommand_withMavensArguments() throws Exception {
    Script run = Script.run("run-tests.sh", "--dry-run", "--workspace", "/data/ws", "-pl", "glue-runtime", "-am",
        "verify");

    assertThat(run.exitCode()).as(run.stderr()).isZero();
    assertThat(run.stdout()).isEqualTo("env GLUE_SUITE_WORKSPACE=/data/ws GLUE_SUITE_VERSION=" + VERSION
        + " docker compose -f " + HERE.resolve("compose.yaml") + " run --rm tests -pl glue-runtime -am verify\n");
  }

  @Test
  void runJob_withoutAJobClass_isAUsageError() throws Exception {
    Script run = Script.run("run-job.sh", "--dry-run", "--database", "airquality");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.stdout()).isEmpty();
    assertThat(run.stderr()).contains("error: name the job class to run first").contains("usage:");
    assertThat(Script.run("run-job.sh", "--workspace").stderr()).contains("error: --workspace needs a folder");
  }

  /** The Dockerfile's instructions, continuation lines joined, comments and blank lines left out. */
  private static List<String> instructions(Path dockerfile) throws IOException {
    List<String> instructions = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Files.readAllLines(dockerfile)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      if (trimmed.endsWith("\\")) {
        current.append(trimmed, 0, trimmed.length() - 1).append(' ');
        continue;
      }
      instructions.add(current.append(trimmed).toString().replaceAll("\\s+", " "));
      current.setLength(0);
    }
    assertThat(current).as("a continued line ends the Dockerfile").isEmpty();
    return instructions;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  private static List<String> strings(Object value) {
    assertThat(value).isInstanceOf(List.class);
    return ((List<?>) value).stream().map(String::valueOf).toList();
  }

  /** One of the folder's bash scripts, run to its end. */
  private record Script(int exitCode, String stdout, String stderr) {
    static Script run(String name, String... args) throws Exception {
      List<String> command = new ArrayList<>(List.of("bash", HERE.resolve(name).toString()));
      command.addAll(List.of(args));
      ProcessBuilder builder = new ProcessBuilder(command);
      // The scripts' defaults, not the caller's settings.
      builder.environment().keySet().removeIf(variable -> variable.startsWith("GLUE_SUITE_"));
      Process process = builder.start();
      process.getOutputStream().close();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(name + " did not finish within 30 s");
      }
      return new Script(process.exitValue(),
          new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
          new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}

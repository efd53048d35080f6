package org.gluesuite.serve.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The AWS CLI as a user runs it against {@code glue-suite serve}: dummy credentials, a private home (no user config),
 * JSON output. Endpoints come from {@code AWS_ENDPOINT_URL_<SERVICE>} variables or {@code --endpoint-url}.
 */
public final class AwsCli {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path home;
  private final Map<String, String> environment;

  /** One run: exit code and output. */
  public record Run(int exit, String stdout, String stderr) {
    public JsonNode json() throws IOException {
      return JSON.readTree(stdout);
    }
  }

  private AwsCli(Path home, Map<String, String> environment) {
    this.home = home;
    this.environment = environment;
  }

  /** True when {@code aws} is on the PATH (CI installs Debian's awscli). */
  public static boolean onPath() {
    String path = System.getenv("PATH");
    return path != null && List.of(path.split(File.pathSeparator)).stream()
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, "aws")));
  }

  /** A CLI with its own home under {@code scratch}, plus {@code environment} (endpoint variables, keys). */
  public static AwsCli in(Path scratch, Map<String, String> environment) throws IOException {
    return new AwsCli(Files.createTempDirectory(scratch, "aws-home"), Map.copyOf(environment));
  }

  /** Runs {@code aws ARGS --output json}, which must succeed; its JSON output. */
  public JsonNode json(String... args) throws IOException, InterruptedException {
    Run run = run(args);
    if (run.exit() != 0) {
      throw new AssertionError("aws " + String.join(" ", args) + " exited " + run.exit() + ": " + run.stderr());
    }
    return run.json();
  }

  public Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("aws"));
    command.addAll(List.of(args));
    command.addAll(List.of("--output", "json"));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.putAll(Map.of("AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local", "AWS_DEFAULT_REGION",
        "us-east-1", "AWS_PAGER", "", "AWS_EC2_METADATA_DISABLED", "true", "HOME", home.toString(),
        "AWS_CONFIG_FILE", home.resolve("config").toString(), "AWS_SHARED_CREDENTIALS_FILE",
        home.resolve("credentials").toString()));
    env.putAll(environment);
    Path out = Files.createTempFile(home, "stdout", ".txt");
    Path err = Files.createTempFile(home, "stderr", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("aws " + String.join(" ", args) + " did not finish in 60 s");
    }
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}

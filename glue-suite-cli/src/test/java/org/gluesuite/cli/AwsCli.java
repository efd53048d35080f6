package org.gluesuite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The AWS CLI ({@code aws}, when installed) against a {@code glue-suite serve} endpoint with dummy keys. */
final class AwsCli {
  private AwsCli() {
  }

  static boolean onPath() {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, "aws")));
  }

  /** Runs {@code aws ARGS --endpoint-url ENDPOINT --output json} in a fresh HOME under {@code scratch}; its JSON. */
  static JsonNode json(URI endpoint, Path scratch, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("aws"));
    command.addAll(List.of(args));
    command.addAll(List.of("--endpoint-url", endpoint.toString(), "--output", "json"));
    Path home = Files.createTempDirectory(scratch, "aws-home");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(home.resolve("out").toFile())
        .redirectError(home.resolve("err").toFile());
    builder.environment().putAll(Map.of("AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local",
        "AWS_DEFAULT_REGION", "us-east-1", "AWS_PAGER", "", "HOME", home.toString(),
        "AWS_CONFIG_FILE", home.resolve("config").toString(),
        "AWS_SHARED_CREDENTIALS_FILE", home.resolve("credentials").toString()));
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("aws %s finished", String.join(" ", args)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(home.resolve("err"), StandardCharsets.UTF_8)).isZero();
    return new ObjectMapper().readTree(home.resolve("out").toFile());
  }
}

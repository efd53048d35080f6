package org.gluesuite.serve.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import org.gluesuite.serve.ServeStartException;
import org.gluesuite.serve.testing.AwsCli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The S3 server over a workspace's lake, driven by the SDK v2's S3 client and {@code aws s3}. */
class S3ServerTest {
  private static Path lake;
  private static S3Server server;
  private static S3Client s3;

  @BeforeAll
  static void start() throws Exception {
    Path base = Files.createDirectories(Path.of("target", "serve-tests").toAbsolutePath());
    Path workspace = Files.createTempDirectory(base, "s3");
    lake = workspace.resolve("lake");
    Files.createDirectories(lake.resolve("airquality/raw/2024"));
    Files.writeString(lake.resolve("airquality/raw/2024/readings.csv"), "station,no2\nvalmora-1,21.5\n");
    server = S3Server.start(lake, 0, S3Server.defaultJar(), workspace.resolve("s3"));
    // s3proxy 2.6 answers 501 to the flexible checksums SDKs send by default since 2.30: ask for them when required.
    s3 = S3Client.builder().endpointOverride(server.uri()).forcePathStyle(true).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED).build();
  }

  @AfterAll
  static void stop() {
    if (s3 != null) {
      s3.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void bucketsAreLakeFolders_readAndWrittenThroughS3() throws Exception {
    assertThat(s3.listBuckets().buckets()).extracting(b -> b.name()).contains("airquality");
    // The filesystem provider lists folders too, as "folder/" entries.
    assertThat(s3.listObjectsV2(r -> r.bucket("airquality").prefix("raw/")).contents()).extracting(S3Object::key)
        .containsExactly("raw/2024/", "raw/2024/readings.csv");
    assertThat(s3.getObjectAsBytes(r -> r.bucket("airquality").key("raw/2024/readings.csv")).asUtf8String())
        .isEqualTo("station,no2\nvalmora-1,21.5\n");

    s3.putObject(r -> r.bucket("airquality").key("curated/daily/part-0.csv"), RequestBody.fromString("day,no2\n"));
    assertThat(lake.resolve("airquality/curated/daily/part-0.csv")).hasContent("day,no2\n");
    assertThatThrownBy(() -> s3.getObjectAsBytes(r -> r.bucket("airquality").key("raw/missing.csv")))
        .isInstanceOf(NoSuchKeyException.class);
  }

  @Test
  void awsS3Ls_listsTheLake() throws Exception {
    Assumptions.assumeTrue(AwsCli.onPath(), "the AWS CLI ('aws') is not on the PATH; install awscli to run this test");
    AwsCli aws = AwsCli.in(lake.getParent(), Map.of("AWS_ENDPOINT_URL_S3", server.uri().toString()));

    AwsCli.Run buckets = aws.run("s3", "ls");
    AwsCli.Run objects = aws.run("s3", "ls", "s3://airquality/raw/", "--recursive");

    assertThat(buckets.exit()).as(buckets.stderr()).isZero();
    assertThat(buckets.stdout()).contains("airquality");
    assertThat(objects.stdout()).contains("raw/2024/readings.csv").contains(" 27 raw/2024/readings.csv");
  }

  @Test
  void aMissingJar_isAClearStartError() {
    assertThatThrownBy(() -> S3Server.start(lake, 0, lake.resolve("nope.jar"), lake.getParent().resolve("s3-bad")))
        .isInstanceOf(ServeStartException.class).hasMessageContaining("s3proxy's jar is not at")
        .hasMessageContaining(S3Server.JAR_VARIABLE);
  }
}

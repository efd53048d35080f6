package org.gluesuite.runtime.lake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

class LakePathsTest {
  private static final Path LAKE = Path.of("/work/lake");

  @Test
  void inLocalLake_whenS3_isTheBucketAndKeyUnderTheLake() {
    assertThat(LakePaths.inLocalLake("s3://bucket/raw/2024/", LAKE)).isEqualTo("/work/lake/bucket/raw/2024");
    assertThat(LakePaths.inLocalLake("s3a://bucket/raw/x.csv", LAKE)).isEqualTo("/work/lake/bucket/raw/x.csv");
  }

  @Test
  void inLocalLake_whenNotS3_isTheValueAsGiven() {
    assertThat(LakePaths.inLocalLake("/data/raw", LAKE)).isEqualTo("/data/raw");
    assertThat(LakePaths.inLocalLake("file:/data/raw", LAKE)).isEqualTo("file:/data/raw");
    assertThat(LakePaths.inLocalLake("Madrid", LAKE)).isEqualTo("Madrid");
    assertThat(LakePaths.inLocalLake(null, LAKE)).isNull();
    assertThat(LakePaths.isS3("s3n://bucket/key")).isFalse();
  }

  @Test
  void qualifiedFolder_givesPlainPathsAndFileUrisOneFormWithoutATrailingSlash() {
    Configuration conf = new Configuration(false);
    conf.set("fs.file.impl", org.apache.hadoop.fs.LocalFileSystem.class.getName());

    assertThat(LakePaths.qualifiedFolder("/lake/raw/2024/01/05/", conf)).isEqualTo("file:///lake/raw/2024/01/05");
    assertThat(LakePaths.qualifiedFolder("file:/lake/raw/2024/01/05", conf)).isEqualTo("file:///lake/raw/2024/01/05");
    assertThat(LakePaths.qualifiedFolder("file:///lake/raw/2024/01/05", conf)).isEqualTo("file:///lake/raw/2024/01/05");
  }
}

package org.gluesuite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  @TempDir
  Path temp;

  @Test
  void generateIntoAFolder_writesTheScaledData_andTheSameSeedGivesTheSameBytes() throws IOException {
    CliRun a = CliRun.of("generate", "shipping", "--scale", "2", "--seed", "11", "--days", "20", "--output",
        temp.resolve("a").toString());
    CliRun b = CliRun.of("generate", "shipping", "--scale", "2", "--seed", "11", "--days", "20", "--output",
        temp.resolve("b").toString());

    assertThat(a.exitCode()).as(a.stderr()).isZero();
    assertThat(a.stdout()).contains("20,000 orders").contains("2 files");
    Path logs = Path.of("raw", "shipping_logs", "ShippingLogs.csv");
    assertThat(Files.mismatch(temp.resolve("a").resolve(logs), temp.resolve("b").resolve(logs))).isEqualTo(-1L);
    assertThat(b.exitCode()).isZero();
  }

  @Test
  void aFolderThatIsNotEmpty_orABadScale_exitsTwo_sayingWhy() throws IOException {
    Files.writeString(temp.resolve("keep.txt"), "mine");
    CliRun notEmpty = CliRun.of("generate", "shipping", "--output", temp.toString());
    CliRun badScale = CliRun.of("generate", "shipping", "--scale", "0", "--output", temp.resolve("x").toString());
    CliRun unknown = CliRun.of("generate", "no-such-pipeline", "--output", temp.resolve("y").toString());

    assertThat(notEmpty.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(notEmpty.stderr()).contains("is not empty");
    assertThat(Files.readString(temp.resolve("keep.txt"))).isEqualTo("mine");
    assertThat(badScale.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(badScale.stderr()).contains("scale = 0");
    assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.stderr()).contains("air-quality");
  }
}

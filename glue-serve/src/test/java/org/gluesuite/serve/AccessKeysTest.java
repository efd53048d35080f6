package org.gluesuite.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gluesuite.common.json.InvalidDefinitionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessKeysTest {
  @TempDir
  Path dir;

  @Test
  void read_takesEachKeyWithItsSecretAndPrincipal() throws Exception {
    Path file = Files.writeString(dir.resolve("keys.json"), "{\"AccessKeys\": [{\"AccessKeyId\": \"AKIA1\","
        + " \"SecretAccessKey\": \"s1\", \"Principal\": \"arn:aws:iam::000000000000:role/A\"}]}");

    AccessKeys keys = AccessKeys.read(file);

    assertThat(keys.size()).isEqualTo(1);
    assertThat(keys.find("AKIA1")).hasValueSatisfying(k -> {
      assertThat(k.secretAccessKey()).isEqualTo("s1");
      assertThat(k.principal()).isEqualTo("arn:aws:iam::000000000000:role/A");
    });
    assertThat(keys.find("AKIA2")).isEmpty();
  }

  @Test
  void read_reportsEveryMistakeWithItsJsonPath() throws Exception {
    Path file = Files.writeString(dir.resolve("keys.json"), "{\"AccessKeys\": [{\"AccessKeyId\": \"AKIA1\","
        + " \"SecretAccessKey\": \"s1\", \"Principal\": \"analyst\"}, {\"AccessKeyId\": \"AKIA1\", \"Secret\": \"x\","
        + " \"Principal\": \"arn:aws:iam::0:role/B\"}]}");

    assertThatThrownBy(() -> AccessKeys.read(file))
        .isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("$.AccessKeys[0].Principal")
        .hasMessageContaining("'analyst' is not an ARN")
        .hasMessageContaining("$.AccessKeys[1].Secret")
        .hasMessageContaining("$.AccessKeys[1].SecretAccessKey")
        .hasMessageContaining("'AKIA1' is listed already at $.AccessKeys[0]");
    Path empty = Files.writeString(dir.resolve("empty.json"), "{\"AccessKeys\": []}");
    assertThatThrownBy(() -> AccessKeys.read(empty)).hasMessageContaining("lists no key");
  }
}

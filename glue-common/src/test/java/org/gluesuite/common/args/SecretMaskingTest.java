package org.gluesuite.common.args;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretMaskingTest {

  @ParameterizedTest
  @ValueSource(strings = {"password", "db_password", "dbPassword", "DBPASSWORD", "--jdbc-password", "passwd",
      "client_secret", "aws_secret_access_key", "AWS_ACCESS_KEY_ID", "accessKeyId", "api-key", "apikey",
      "githubToken", "session_token", "credentials", "private.key", "fs.s3a.secret.key", "snowflake_pwd"})
  void isSecretName_whenNameLooksSecret_isTrue(String name) {
    assertThat(SecretMasking.isSecretName(name)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"JOB_NAME", "partitionKeys", "partition_keys", "jobBookmarkKeys", "primary_key", "key",
      "keyspace", "tokenizer_model", "TempDir", "SECURITY_CONFIGURATION", "job-bookmark-option", "JOB_RUN_ID",
      "enable-glue-datacatalog", "monkey"})
  void isSecretName_whenNameIsOrdinary_isFalse(String name) {
    assertThat(SecretMasking.isSecretName(name)).isFalse();
  }

  @Test
  void masked_replacesSecretValuesAndKeepsOthersInOrder() {
    JobArguments resolved = JobArgumentParser.parse(new String[] {"--JOB_NAME", "orders", "--partitionKeys", "dt",
        "--db_password", "hunter2", "--aws_access_key_id", "AKIAEXAMPLE"});

    assertThat(resolved.masked()).containsExactly(
        Map.entry("JOB_NAME", "orders"), Map.entry("partitionKeys", "dt"), Map.entry("db_password", "****"),
        Map.entry("aws_access_key_id", "****"), Map.entry("job-bookmark-option", "job-bookmark-disable"));
    assertThat(resolved.get("db_password")).as("asMap keeps the real value").isEqualTo("hunter2");
  }

  @Test
  void masked_whenConfHoldsSecretSetting_masksOnlyThatSetting() {
    JobArguments resolved = JobArgumentParser.parse(new String[] {"--conf",
        "spark.a=1 --conf spark.hadoop.fs.s3a.secret.key=abc --conf spark.hadoop.fs.s3a.access.key=AKIA"});

    assertThat(resolved.masked().get("conf")).isEqualTo(
        "spark.a=1 --conf spark.hadoop.fs.s3a.secret.key=**** --conf spark.hadoop.fs.s3a.access.key=****");
  }

  @Test
  void masked_whenValueHoldsUrlWithPassword_masksThePassword() {
    assertThat(SecretMasking.maskValue("jdbc_url", "postgresql://etl:s3cr3t@db:5432/orders"))
        .isEqualTo("postgresql://etl:****@db:5432/orders");
    assertThat(SecretMasking.maskValue("TempDir", "s3://bucket/tmp/")).isEqualTo("s3://bucket/tmp/");
  }
}

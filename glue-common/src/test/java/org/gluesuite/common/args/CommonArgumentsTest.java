package org.gluesuite.common.args;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommonArgumentsTest {

  private static CommonArguments common(String... args) {
    return JobArgumentParser.parse(args).common();
  }

  @Test
  void common_whenNothingGiven_allOffAndEmpty() {
    CommonArguments common = common("--JOB_NAME", "j");

    assertThat(common).isEqualTo(new CommonArguments(false, false, Map.of(), java.util.Set.of(), List.of(), false, false));
  }

  @ParameterizedTest
  @CsvSource(value = {"'',true", "true,true", "TRUE,true", "false,false", "False,false"})
  void switches_whenValueGiven_parseAsBoolean(String value, boolean expected) {
    CommonArguments common = common("--enable-glue-datacatalog", value, "--enable-metrics", value,
        "--user-jars-first", value, "--enable-lakeformation-fine-grained-access", value);

    assertThat(common.glueDataCatalogEnabled()).isEqualTo(expected);
    assertThat(common.metricsEnabled()).isEqualTo(expected);
    assertThat(common.userJarsFirst()).isEqualTo(expected);
    assertThat(common.lakeFormationFineGrainedAccess()).isEqualTo(expected);
  }

  @Test
  void switches_whenGivenWithoutValue_areOn() {
    CommonArguments common = common("--enable-metrics", "--enable-glue-datacatalog");

    assertThat(common.metricsEnabled()).isTrue();
    assertThat(common.glueDataCatalogEnabled()).isTrue();
  }

  @Test
  void switches_whenValueNotBoolean_failNamingArgument() {
    JobArgumentException e = catchThrowableOfType(() -> common("--user-jars-first", "yes"), JobArgumentException.class);

    assertThat(e.reason()).isEqualTo(JobArgumentException.Reason.INVALID_VALUE);
    assertThat(e.argumentName()).isEqualTo("user-jars-first");
    assertThat(e.getMessage()).contains("'yes'").contains("give it no value, 'true' or 'false'");
  }

  @Test
  void sparkConf_whenGluesChainedForm_splitsIntoPairs() {
    CommonArguments common = common("--conf",
        "spark.sql.extensions=org.example.Ext --conf spark.serializer=org.example.Kryo --conf spark.x=a=b");

    assertThat(common.sparkConf()).containsExactly(
        Map.entry("spark.sql.extensions", "org.example.Ext"),
        Map.entry("spark.serializer", "org.example.Kryo"),
        Map.entry("spark.x", "a=b"));
  }

  @Test
  void sparkConf_whenConfRepeated_keepsAllAndLaterKeyWins() {
    JobArguments resolved = JobArgumentParser.parse(new String[] {"--conf", "a=1", "--conf=b=2", "--conf", "a=3"});

    assertThat(resolved.common().sparkConf()).containsExactly(Map.entry("a", "3"), Map.entry("b", "2"));
    assertThat(resolved.get("conf")).isEqualTo("a=1 --conf b=2 --conf a=3");
  }

  @Test
  void sparkConf_whenPairHasNoKey_fails() {
    JobArgumentException e = catchThrowableOfType(() -> common("--conf", "spark.a"), JobArgumentException.class);

    assertThat(e.argumentName()).isEqualTo("conf");
    assertThat(e.getMessage()).contains("must be 'key=value', and 'spark.a' is not");
  }

  @Test
  void dataLakeFormats_whenCommaSeparated_parsesCaseInsensitively() {
    assertThat(common("--datalake-formats", "iceberg, Delta,,hudi").dataLakeFormats())
        .containsExactlyInAnyOrder(DataLakeFormat.ICEBERG, DataLakeFormat.DELTA, DataLakeFormat.HUDI);
  }

  @Test
  void dataLakeFormats_whenUnknown_failsListingChoices() {
    JobArgumentException e = catchThrowableOfType(() -> common("--datalake-formats", "iceberg,paimon"),
        JobArgumentException.class);

    assertThat(e.argumentName()).isEqualTo("datalake-formats");
    assertThat(e.getMessage()).contains("'paimon'").contains("one of: hudi, delta, iceberg");
  }

  @Test
  void extraJars_whenCommaSeparated_keepsOrderAndDropsBlanks() {
    assertThat(common("--extra-jars", "s3://b/a.jar, s3://b/b.jar,").extraJars())
        .containsExactly("s3://b/a.jar", "s3://b/b.jar");
  }
}

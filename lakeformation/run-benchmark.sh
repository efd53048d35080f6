#!/usr/bin/env bash
# Runs LakeFormationBenchmark (enforcement cost on a 1M-row catalog read) outside surefire. See BENCHMARKS.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mvn -B -o -q -pl lakeformation -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
OPENS=$(sed -n 's:.*<spark.add.opens>\(.*\)</spark.add.opens>.*:\1:p' pom.xml)
export SPARK_LOCAL_IP=127.0.0.1
# shellcheck disable=SC2086
exec java -Xmx2g -XX:+UseParallelGC -Duser.timezone=UTC $OPENS \
  -cp "lakeformation/target/test-classes:lakeformation/target/classes:$(cat lakeformation/target/test-classpath.txt)" \
  org.gluesuite.lakeformation.LakeFormationBenchmark "${1:-lakeformation/target/lf-benchmark}"

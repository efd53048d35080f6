#!/usr/bin/env bash
# Runs one of our Glue jobs from the job jar inside AWS's Glue 5 image (compose service `job`), against the
# workspace's lake and `glue-suite serve` on the host. See README.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/compose-run.sh"

usage() {
  echo "usage: $0 [--dry-run] [--workspace DIR] [--job-name NAME] JOB_CLASS [--ARG value …]"
  echo "  e.g. $0 org.gluesuite.jobs.airquality.AirQualityTrainJob --job-name air-quality-train \\"
  echo "         --database airquality --curated_table no2_weather_daily --model_path \$PWD/workspace/lake/airquality/models/no2"
  echo "  The catalog is \$GLUE_SUITE_CATALOG (default: glue, i.e. glue-suite serve on port \${GLUE_SUITE_SERVE_PORT:-4599})."
}

JOB_NAME=""
while [[ $# -gt 0 ]]; do
  if common_option "$@"; then
    shift "$USED"
  elif [[ $1 == --job-name && $# -ge 2 ]]; then
    JOB_NAME=$2
    shift 2
  elif [[ $1 == -h || $1 == --help ]]; then
    usage
    exit 0
  else
    break
  fi
done
if [[ $# -lt 1 || $1 == -* ]]; then
  echo "error: name the job class to run first, e.g. org.gluesuite.jobs.airquality.AirQualityCleanJob" >&2
  usage >&2
  exit 2
fi
CLASS=$1
shift
JAR="glue-jobs/target/glue-jobs-$VERSION-glue.jar"
CATALOG="${GLUE_SUITE_CATALOG:-glue}"
PORT="${GLUE_SUITE_SERVE_PORT:-4599}"

if ! $DRY_RUN; then
  if [[ ! -f $ROOT/$JAR ]]; then
    echo "error: the job jar $JAR is missing; build it with: mvn -B package -DskipTests" >&2
    exit 2
  fi
  if [[ $CATALOG == glue ]] && ! (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    echo "error: nothing listens on 127.0.0.1:$PORT, where the job's catalog is (--glue_suite_catalog glue);" \
      "start ./glue-suite serve in another terminal, or set GLUE_SUITE_CATALOG=embedded:$WORKSPACE/catalog" >&2
    exit 2
  fi
fi

compose_run job spark-submit --class "$CLASS" "/home/hadoop/workspace/$JAR" \
  --JOB_NAME "${JOB_NAME:-${CLASS##*.}}" --glue_suite_catalog "$CATALOG" "$@"

#!/usr/bin/env bash
# Runs one of our Glue jobs inside AWS's Glue 5 image against the local workspace. See README.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
IMAGE="${GLUE_IMAGE:-public.ecr.aws/glue/aws-glue-libs:5}"
DRY_RUN=false
if [[ ${1:-} == --dry-run ]]; then
  DRY_RUN=true
  shift
fi
if [[ $# -lt 1 || ${1:-} == -h || ${1:-} == --help ]]; then
  echo "usage: $0 [--dry-run] JOB_CLASS [--ARG value …]" >&2
  echo "  e.g. $0 org.gluesuite.jobs.airquality.AirQualityTrainJob --database airquality --curated_table no2_weather_daily --model_path /home/hadoop/workspace/lake/airquality/models/no2" >&2
  exit 2
fi
CLASS="$1"
shift

JAR=$(ls "$ROOT"/glue-jobs/target/glue-jobs-*-glue.jar 2>/dev/null | head -n 1 || true)
if [[ -z $JAR ]]; then
  echo "error: the job jar is missing; build it with: mvn -B package -DskipTests" >&2
  exit 2
fi
mkdir -p "$ROOT/workspace"

COMMAND=(docker run --rm
  -v "$ROOT/workspace:/home/hadoop/workspace"
  -v "$(dirname "$JAR"):/home/hadoop/jars:ro"
  -e DISABLE_SSL=true
  "$IMAGE"
  spark-submit --class "$CLASS" "/home/hadoop/jars/$(basename "$JAR")"
  --JOB_NAME "${CLASS##*.}" --glue_suite_catalog embedded:/home/hadoop/workspace/catalog "$@")

if $DRY_RUN; then
  printf '%q ' "${COMMAND[@]}"
  echo
  exit 0
fi
if ! command -v docker >/dev/null 2>&1; then
  echo "error: docker is not installed; use ./glue-suite run-job for the embedded default, or --dry-run to see the command" >&2
  exit 2
fi
exec "${COMMAND[@]}"

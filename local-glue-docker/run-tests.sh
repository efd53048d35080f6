#!/usr/bin/env bash
# Runs the project's tests inside AWS's Glue 5 image (compose service `tests`): Maven, offline, on a copy of the
# repository. Arguments are Maven's (default: verify). See README.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/compose-run.sh"

while common_option "$@"; do
  shift "$USED"
done
if [[ ${1:-} == -h || ${1:-} == --help ]]; then
  echo "usage: $0 [--dry-run] [--workspace DIR] [MAVEN ARGUMENTS…]   (default: verify; e.g. -pl glue-runtime -am verify)"
  exit 0
fi
compose_run tests "$@"

# Sourced by run-job.sh and run-tests.sh: their shared options and the `docker compose run` they end in.
# Usage: while common_option "$@"; do shift "$USED"; done; …; compose_run SERVICE ARG…

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
# The project's version, which names the job jar (the root pom's first <version> is its own).
VERSION="$(grep -m 1 -o '<version>[^<]*</version>' "$ROOT/pom.xml" | sed 's/<[^>]*>//g')"
DRY_RUN=false
WORKSPACE="${GLUE_SUITE_WORKSPACE:-$ROOT/workspace}"

# Takes $1 (and its value) when it is an option both scripts have: sets USED to the words taken; fails otherwise.
common_option() {
  case ${1:-} in
    --dry-run) DRY_RUN=true; USED=1 ;;
    --workspace)
      [[ $# -ge 2 && -n $2 ]] || { echo "error: --workspace needs a folder" >&2; exit 2; }
      # Mounted at the same path in the container, so it must be absolute.
      WORKSPACE=$2
      [[ $WORKSPACE == /* ]] || WORKSPACE="$PWD/$WORKSPACE"
      USED=2 ;;
    *) return 1 ;;
  esac
}

# Prints the command (--dry-run) or runs it; the environment assignments make the printed line runnable as it is.
compose_run() {
  local command=(env "GLUE_SUITE_WORKSPACE=$WORKSPACE" "GLUE_SUITE_VERSION=$VERSION"
    docker compose -f "$HERE/compose.yaml" run --rm "$@")
  if $DRY_RUN; then
    printf '%q' "${command[0]}"
    printf ' %q' "${command[@]:1}"
    echo
    return 0
  fi
  if ! docker compose version >/dev/null 2>&1; then
    echo "error: Docker with its Compose plugin ('docker compose') is not installed here; use ./glue-suite for the" \
      "embedded default, or --dry-run to see the command" >&2
    exit 2
  fi
  mkdir -p "$WORKSPACE"
  exec "${command[@]}"
}

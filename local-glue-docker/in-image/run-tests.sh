#!/usr/bin/env bash
# Inside the Glue image (compose service `tests`): runs the project's Maven build offline on a copy of the mounted
# repository, so that the host's target/ folders (whose runtime-classpath.txt names host paths) stay untouched.
# Arguments are Maven's (default: verify).
set -euo pipefail

SOURCE=/home/hadoop/workspace
BUILD=/home/hadoop/build
export JAVA_HOME=/opt/jdk-17
export PATH="/opt/maven/bin:$JAVA_HOME/bin:$PATH"
export SPARK_LOCAL_IP=127.0.0.1 TZ=UTC

rm -rf "$BUILD"
mkdir -p "$BUILD"
shopt -s dotglob nullglob
for entry in "$SOURCE"/*; do
  case "${entry##*/}" in
    .git | workspace | target | .glue-suite-build.*) continue ;;
  esac
  cp -R "$entry" "$BUILD/"
done
rm -rf "$BUILD"/*/target
cd "$BUILD"
[[ $# -gt 0 ]] || set -- verify
exec mvn -B -o "$@"

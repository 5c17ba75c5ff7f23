#!/usr/bin/env bash
# Builds the mock Kafka cluster launcher (launcher.c) into the repo's gitignored .cache and
# prints the binary's path. Idempotent: the binary is named by a hash of launcher.c and this
# script, so a cached build is reused until either changes.
#
# librdkafka: prefers 2.12, built once from the source shipped inside the npm tarball of
# node-rdkafka@3.6.1 (no other download; ~1-2 min). With it the idempotent producer works and a
# first group join takes milliseconds instead of 3 s. Falls back to Debian's librdkafka-dev
# (2.0.2) when that build fails or JISR_KAFKA_MOCK_LIB=system.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
cache="${JISR_CACHE_DIR:-$root/.cache}"
lib_dir="$cache/librdkafka-2.12"
hash="$(cat "$here/launcher.c" "$here/build.sh" | sha256sum | cut -c1-16)"
log() { echo "kafka-mock: $*" >&2; }

mkdir -p "$cache/kafka-mock"
# Parallel test runs share the cache: one builder at a time.
exec 9>"$cache/kafka-mock/.lock"
flock 9

build_librdkafka() {
  local work
  work="$(mktemp -d)"
  log "building librdkafka 2.12 from node-rdkafka@3.6.1 into $lib_dir (once, 1-2 min)"
  # Only what the mock needs (no TLS, SASL, HTTP, zstd, so no -dev packages). An && chain,
  # because `set -e` does not apply inside a function called from `if` or `||`.
  (
    cd "$work" &&
      npm pack --silent node-rdkafka@3.6.1 >/dev/null &&
      tar xzf node-rdkafka-3.6.1.tgz package/deps/librdkafka &&
      cd package/deps/librdkafka &&
      ./configure --prefix="$lib_dir" --disable-gssapi --disable-ssl --disable-curl --disable-zstd >/dev/null &&
      make -j2 -C src >/dev/null 2>&1 &&
      make -C src install >/dev/null
  ) >&2
  local status=$?
  rm -rf "$work"
  return $status
}

failed="$cache/librdkafka-2.12.failed"
flavour=system
if [ "${JISR_KAFKA_MOCK_LIB:-}" != "system" ]; then
  if [ -f "$lib_dir/lib/librdkafka.so" ]; then
    flavour=2.12
  elif [ ! -f "$failed" ] && build_librdkafka; then
    flavour=2.12
  else
    # Remembered, so every test run does not retry a slow failing build (delete to retry).
    touch "$failed"
    rm -rf "$lib_dir"
    log "librdkafka 2.12 unavailable ($failed); using the system librdkafka-dev"
  fi
fi

out="$cache/kafka-mock/launcher-$hash-$flavour"
if [ -x "$out" ]; then
  echo "$out"
  exit 0
fi
flags=()
if [ "$flavour" = "2.12" ]; then
  flags=(-I"$lib_dir/include" -L"$lib_dir/lib" -Wl,-rpath,"$lib_dir/lib")
elif [ ! -f /usr/include/librdkafka/rdkafka_mock.h ]; then
  log "no librdkafka: install it with 'apt-get install librdkafka-dev' (or let this script build 2.12)"
  exit 1
fi

# Older launchers are dead weight once the source changed.
find "$cache/kafka-mock" -name "launcher-*" ! -name "launcher-$hash-*" -delete
gcc -O2 -Wall -o "$out.tmp" "$here/launcher.c" "${flags[@]}" -lrdkafka
mv "$out.tmp" "$out"
log "built $out"
echo "$out"

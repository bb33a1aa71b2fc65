#!/usr/bin/env bash
# Oujiang benchmark: start-up, pipeline vs HanLP segmentation, store writes vs TDB2's bulk loader, batch ingest
# of generated articles with JVM start, query latency and store size at each size given (default 1000 10000).
# Usage: scripts/bench.sh [SIZE...]     e.g. scripts/bench.sh 1000 10000 100000
# First a one-run ingest of BENCH_INGEST (default 10000) articles into an empty store (the ingest target's figure).
# Work files go to BENCH_DIR (default /tmp/oujiang-bench); the corpus seed is BENCH_SEED (default 42).
# Each size's store is compacted before its queries unless BENCH_COMPACT=0.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="${BENCH_DIR:-/tmp/oujiang-bench}"
SIZES=("${@:-1000 10000}")
read -r -a SIZES <<<"${SIZES[*]}"
SEED="${BENCH_SEED:-42}"
mkdir -p "$DIR"
"$ROOT/oujiang" version >/dev/null          # builds and extracts target/app when stale
BENCH=(java -Xmx2g -Dbench.seed="$SEED" -Doujiang.home="$ROOT" -cp "$ROOT/target/app/oujiang.jar" org.oujiang.bench.BenchMain)
secs() { /usr/bin/time -f "%e" "$@" 2>&1 >/dev/null | tail -1; }

echo "== machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== start-up (5 runs each, seconds)"
EMPTY="$(mktemp -d)"
echo "version:        $(for i in 1 2 3 4 5; do secs "$ROOT/oujiang" version; done | tr '\n' ' ')"
echo "launch→exit:    $(for i in 1 2 3 4 5; do secs sh -c "echo exit | '$ROOT/oujiang'"; done | tr '\n' ' ')"
echo "== pipeline vs HanLP segmentation (200 articles, single thread, warm)"
"${BENCH[@]}" pipeline 200 5
CORPUS="$ROOT/../shared/corpus"
if [ -d "$CORPUS" ]; then
  echo "== the same on real news: the articles of $CORPUS, repeated to 200"
  "${BENCH[@]}" pipeline-files "$CORPUS" 5
fi
echo "== store writes vs TDB2 phased bulk loader (500 articles)"
rm -rf "$DIR/store-bench"; "${BENCH[@]}" store 500 "$DIR/store-bench"
ingest() { # ingest() N LABEL: times `./oujiang ingest` of the corpus in $DIR/corpus into $STORE, JVM start included
  local start end user sys
  start=$(date +%s.%N)
  OUJIANG_STORE="$STORE" OUJIANG_JAVA_OPTS="-Xlog:gc:file=$DIR/gc-$2.log" /usr/bin/time -o "$DIR/time-$2" -f "%U %S" \
    "$ROOT/oujiang" ingest "$DIR/corpus" 2>/dev/null | tail -1
  end=$(date +%s.%N)
  read -r user sys <"$DIR/time-$2"
  awk -v a="$start" -v b="$end" -v k="$1" -v u="$user" -v s="$sys" 'BEGIN {
    printf "ingest: %.1f s, %.1f articles/s; CPU %.0f s (%.1f ms per article; at most %.0f articles/s on 2 idle cores)\n",
      b - a, k / (b - a), u + s, 1000 * (u + s) / k, 2 * k / (u + s) }'
  echo "peak heap, largest before a GC (MiB): $(grep -o '[0-9]*M->[0-9]*M' "$DIR/gc-$2.log" | sed 's/M->.*//' | sort -n | tail -1)"
  echo "store on disk: $(du -sm "$STORE" | cut -f1) MiB ($(du -sm --apparent-size "$STORE" | cut -f1) MiB apparent)"
}
STORE="$DIR/store"
N_INGEST="${BENCH_INGEST:-10000}"
echo "== batch ingest of $N_INGEST generated articles into an empty store, one run (JVM start included)"
rm -rf "$STORE" "$DIR/corpus"; "${BENCH[@]}" generate "$N_INGEST" "$DIR/corpus" 0 | head -1
ingest "$N_INGEST" "once-$N_INGEST"
prev=0
rm -rf "$STORE" "$DIR/corpus"
for n in "${SIZES[@]}"; do
  echo "== $n articles: batch ingest of articles $prev..$((n - 1)) (JVM start included), queries, size"
  rm -rf "$DIR/corpus"; "${BENCH[@]}" generate "$n" "$DIR/corpus" "$prev" | head -1
  ingest "$((n - prev))" "$n"
  # BENCH_COMPACT=0 queries the store as ingest left it (compacting 100,000 articles needs as much disk again)
  if [ "${BENCH_COMPACT:-1}" != 0 ]; then
    OUJIANG_STORE="$STORE" "$ROOT/oujiang" compact
  fi
  echo "query top-entities, end to end: $(for i in 1 2 3; do OUJIANG_STORE="$STORE" secs "$ROOT/oujiang" query top-entities; done | tr '\n' ' ')"
  "${BENCH[@]}" queries "$STORE" 20
  prev=$n
done
rm -rf "$EMPTY"

#!/usr/bin/env bash
# The benchmark harness: builds what it needs, generates its data from fixed seeds, measures, and writes
# bench/results/<stage>.json and a table bench/results/<stage>.md per stage (copied into BENCHMARKS.md).
#
#   bench/run.sh [extract|classify|index|growth|crawl|all]...     (default: all)
#
# Environment:
#   BENCH_QUICK=1        smoke run: short iterations and small data (figures not for BENCHMARKS.md)
#   BENCH_SKIP_BUILD=1   reuse the jars already built
#   BENCH_CORPUS=DIR     extraction corpus (default ../shared/corpus/extraction-dev)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
results=bench/results
work=bench/work
jar=bench/target/chanye-bench.jar
corpus="${BENCH_CORPUS:-../shared/corpus/extraction-dev}"
scorer=../shared/tools/score_extraction.py
seed=20240315

if [ "${BENCH_QUICK:-0}" = 1 ]; then
  jmh=(--forks 1 --warmups 1 --iterations 2 --iteration-ms 500)
  node_jmh=(--warmups 1 --iterations 2 --iteration-ms 500)
  jsdom_jmh=(--warmups 0 --iterations 1 --iteration-ms 500)
  repeats=3
  index_docs=3000; growth_at=1000,3000; queries=300
  crawl_articles=300; frontier_urls=20000; frontier_fetches=300
else
  jmh=(--forks 2 --warmups 3 --iterations 5 --iteration-ms 2000)
  node_jmh=(--warmups 3 --iterations 10 --iteration-ms 2000)
  jsdom_jmh=(--warmups 1 --iterations 3 --iteration-ms 2000)
  repeats=7
  index_docs=100000; growth_at=10000,30000,100000; queries=2000
  crawl_articles=1900; frontier_urls=100000; frontier_fetches=2000
fi

log() { printf 'bench: %s\n' "$*" >&2; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }
bench() { java -Xmx2g -XX:+UseParallelGC -jar "$jar" "$@"; }

build() {
  if [ "${BENCH_SKIP_BUILD:-0}" = 1 ] && [ -f "$jar" ] && [ -f cli/target/chanye.jar ]; then
    return
  fi
  log "building (mvn -Pbench package)..."
  mvn -B -q -Pbench -DskipTests package >"$work/build.log" 2>&1 || die "build failed; see $work/build.log"
}

machine() {
  local cpu mem
  cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  mem="$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
  python3 - "$results/machine.json" "$(nproc)" "$cpu" "$mem" \
    "$(java -version 2>&1 | head -n 2 | tail -n 1)" "$(node --version 2>/dev/null || echo none)" \
    "$(. /etc/os-release && echo "$PRETTY_NAME")" "$(uname -r)" <<'PY'
import json, sys
keys = ["cores", "cpu", "memory", "java", "node", "os", "kernel"]
json.dump(dict(zip(keys, sys.argv[2:])), open(sys.argv[1], "w"), indent=2)
PY
}

score() { # score PREDICTIONS OUT_PREFIX
  python3 "$scorer" --gold "$corpus" --pred "$1" --page-type news --json >"$2-score-news.json"
  python3 "$scorer" --gold "$corpus" --pred "$1" --json >"$2-score-all.json"
}

stage_extract() {
  log "extract: chanye's extractor (JMH) over $corpus"
  bench extract --corpus "$corpus" --predictions "$results/extract-chanye.jsonl" \
    --out "$results/extract-chanye.json" "${jmh[@]}"
  score "$results/extract-chanye.jsonl" "$results/extract-chanye"
  log "extract: installing Mozilla Readability from the npm registry"
  (cd bench/readability && npm install --no-package-lock --no-audit --no-fund --loglevel=error >/dev/null) \
    || die "npm install failed in bench/readability"
  for dom in linkedom jsdom; do
    local timing=("${node_jmh[@]}")
    [ "$dom" = jsdom ] && timing=("${jsdom_jmh[@]}")
    log "extract: Readability on $dom"
    node bench/readability/extract.mjs --corpus "$corpus" --dom "$dom" \
      --predictions "$results/extract-readability-$dom.jsonl" --out "$results/extract-readability-$dom.json" \
      "${timing[@]}"
    score "$results/extract-readability-$dom.jsonl" "$results/extract-readability-$dom"
  done
}

report() { python3 bench/report.py "$results" "$@"; }

stages=("$@")
[ ${#stages[@]} -eq 0 ] && stages=(all)
[ "${stages[0]}" = all ] && stages=(extract classify index crawl)
mkdir -p "$results" "$work"
build
machine
for stage in "${stages[@]}"; do
  case "$stage" in
    extract) stage_extract; report extract ;;
    *) die "unknown stage: $stage (extract, classify, index, growth, crawl or all)" ;;
  esac
done
log "done: tables in $results/*.md"

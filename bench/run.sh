#!/usr/bin/env bash
# The benchmark harness: builds what it needs, generates its data from fixed seeds, measures, and writes
# bench/results/<stage>.json and a table bench/results/<stage>.md per stage (copied into BENCHMARKS.md).
#
#   bench/run.sh [extract|extract-process|classify|index|growth|crawl|scrapy|solr|stories|report|export|all]...
#   (default: all)
#
# Environment:
#   BENCH_QUICK=1        smoke run: short iterations and small data (figures not for BENCHMARKS.md)
#   BENCH_SKIP_BUILD=1   reuse the jars already built
#   BENCH_CORPUS=DIR     extraction corpus (default ../shared/corpus/extraction-dev)
#   BENCH_FILL_THREADS=N threads feeding the index writer after its first checkpoint (default 2; 1 = all one thread)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
results=bench/results
work=bench/scratch
jar=bench/target/chanye-bench.jar
corpus="${BENCH_CORPUS:-../shared/corpus/extraction-dev}"
scorer=../shared/tools/score_extraction.py
seed=20240315

if [ "${BENCH_QUICK:-0}" = 1 ]; then
  jmh=(--forks 1 --warmups 1 --iterations 2 --iteration-ms 500)
  node_jmh=(--warmups 1 --iterations 2 --iteration-ms 500)
  jsdom_jmh=(--warmups 0 --iterations 1 --iteration-ms 500)
  repeats=3
  growth_at=1000,3000; queries=300
  crawl_articles=300; crawl_runs=2; frontier_urls=20000; frontier_fetches=300
  process_pages=60; process_copies=3
  solr_docs=2000; solr_repeats=1
  story_checkpoints=3000,6000; story_rounds=2
else
  jmh=(--forks 2 --warmups 3 --iterations 5 --iteration-ms 2000)
  node_jmh=(--warmups 3 --iterations 10 --iteration-ms 2000)
  jsdom_jmh=(--warmups 1 --iterations 3 --iteration-ms 2000)
  repeats=7
  growth_at=10000,30000,100000; queries=500
  crawl_articles=1900; crawl_runs=5; frontier_urls=100000; frontier_fetches=2000
  process_pages=300; process_copies=20
  solr_docs=10000; solr_repeats=3
  story_checkpoints=10000,100000; story_rounds=8
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
    "$(java -version 2>&1 | head -n 1)" "$(node --version 2>/dev/null || echo none)" \
    "$(. /etc/os-release && echo "$PRETTY_NAME")" "$(uname -r)" "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" \
    <<'PY'
import json, sys
keys = ["cores", "cpu", "memory", "java", "node", "os", "kernel", "commit"]
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

have_readability_lxml() {
  /usr/bin/python3 -c 'import readability' 2>/dev/null && return 0
  [ "$(id -u)" = 0 ] || return 1
  log "installing python3-readability (apt-get)"
  { apt-get install -y -q python3-readability || { apt-get update -q && apt-get install -y -q python3-readability; }; } \
    >/dev/null 2>&1
  /usr/bin/python3 -c 'import readability' 2>/dev/null
}

# Whole processes on the same files: `chanye extract --json` (the launcher, every core) against readability-lxml
# (Debian's python3-readability, one process), on two sets: the corpus pages, each copied $process_copies times (real
# pages, 200 KB on average), and a generated site's article pages (small pages, 9 KB on average).
stage_extract_process() {
  have_readability_lxml || die "readability-lxml is missing: apt-get install python3-readability (as root)"
  local pages="$work/extract-pages" copies="$work/extract-copies" dir i
  rm -rf "$pages" "$copies"
  mkdir -p "$copies"
  log "extract-process: writing $process_pages generated article pages and $process_copies copies of each corpus page"
  bench pages --articles "$process_pages" --seed "$seed" --out "$pages"
  for dir in "$corpus"/*/; do
    for i in $(seq "$process_copies"); do cp "$dir/page.html" "$copies/$(basename "$dir")-$i.html"; done
  done
  local generated=("$pages"/*/page.html) copied=("$copies"/*.html) originals=("$corpus"/*/page.html)
  printf '%s %s\n' "${#copied[@]}" "${#generated[@]}" >"$results/extract-process-pages.txt"
  local tool
  ./chanye extract --json "${generated[@]}" "${originals[@]}" >"$results/extract-process-chanye.jsonl"
  /usr/bin/python3 bench/readability-lxml/extract.py "${generated[@]}" "${originals[@]}" \
    >"$results/extract-process-readability.jsonl"
  for tool in chanye readability; do
    python3 "$scorer" --gold "$pages" --pred "$results/extract-process-$tool.jsonl" --json \
      >"$results/extract-process-$tool-score-generated.json"
    python3 "$scorer" --gold "$corpus" --pred "$results/extract-process-$tool.jsonl" --page-type news --json \
      >"$results/extract-process-$tool-score-corpus.json"
  done
  log "extract-process: ${#copied[@]} corpus page copies, chanye and readability-lxml in turns, $repeats runs each"
  extract_in_turns copies "${copied[@]}"
  log "extract-process: ${#generated[@]} generated pages, chanye and readability-lxml in turns, $repeats runs each"
  extract_in_turns generated "${generated[@]}"
}

# extract_in_turns SET FILE...: the wall time of `chanye extract --json` and of readability-lxml over the files,
# after one warm-up each, $repeats times in turns (the first of the two alternating), so that each pair of runs sees
# the same load; writes extract-process-SET-{chanye,readability}.json in hyperfine's shape, the Nth time of each
# being the same turn.
extract_in_turns() {
  local set="$1"; shift
  local chanye=(./chanye extract --json "$@") peer=(/usr/bin/python3 bench/readability-lxml/extract.py "$@")
  local chanye_times=() peer_times=() run
  "${chanye[@]}" >/dev/null
  "${peer[@]}" >/dev/null
  for run in $(seq "$repeats"); do
    if [ $((run % 2)) = 1 ]; then
      chanye_times+=("$(wall "${chanye[@]}")"); peer_times+=("$(wall "${peer[@]}")")
    else
      peer_times+=("$(wall "${peer[@]}")"); chanye_times+=("$(wall "${chanye[@]}")")
    fi
  done
  write_times "$results/extract-process-$set-chanye.json" "./chanye extract --json FILE..." "${chanye_times[@]}"
  write_times "$results/extract-process-$set-readability.json" "python3 bench/readability-lxml/extract.py FILE..." \
    "${peer_times[@]}"
}

# wall COMMAND...: the command's wall time in seconds (its output discarded).
wall() {
  /usr/bin/time -f %e -o "$work/wall.txt" "$@" >/dev/null
  cat "$work/wall.txt"
}

# write_times OUT.json COMMAND_LABEL SECONDS...: times in hyperfine's JSON shape.
write_times() {
  python3 -c 'import json, sys; json.dump({"results": [{"command": sys.argv[2], "times": [float(t) for t in sys.argv[3:]]}]}, open(sys.argv[1], "w"))' \
    "$@"
}

stage_classify() {
  log "classify: HanLP, smartcn and the classifier over generated 2,000-character articles (JMH)"
  bench classify --articles 20 --chars 2000 --seed "$seed" --out "$results/classify.json" "${jmh[@]}"
  log "classify: start-up to the first result, $repeats fresh JVMs"
  bench startup --runs "$repeats" --out "$results/classify-startup.json"
}

have_hyperfine() {
  command -v hyperfine >/dev/null && return 0
  [ "$(id -u)" = 0 ] || return 1
  log "installing hyperfine (apt-get)"
  { apt-get install -y -q hyperfine || { apt-get update -q && apt-get install -y -q hyperfine; }; } >/dev/null 2>&1
  command -v hyperfine >/dev/null
}

# wall_times OUT.json COMMAND...: the command's wall time over $repeats runs after one warm-up, as hyperfine's JSON
# (or the same shape from a loop of /usr/bin/time when hyperfine cannot be installed).
wall_times() {
  local out="$1"; shift
  if have_hyperfine; then
    hyperfine -N --style basic --warmup 1 --runs "$repeats" --export-json "$out" -- "$(printf '%q ' "$@")" >&2
    return
  fi
  local times=() run
  "$@" >/dev/null
  for run in $(seq "$repeats"); do
    times+=("$(wall "$@")")
  done
  write_times "$out" "$* (/usr/bin/time loop)" "${times[@]}"
}

stage_index() {
  log "index: ${growth_at##*,} generated articles into a fresh index, search latency at $growth_at"
  bench index --data "$work/index-data" --checkpoints "$growth_at" --fill-threads "${BENCH_FILL_THREADS:-2}" \
    --queries "$queries" --seed "$seed" \
    --queries-out "$work/queries.txt" --out "$results/index.json"
  log "index: cold start of chanye search, $repeats runs"
  wall_times "$results/search-cold-start.json" ./chanye --data "$work/index-data" search "$(head -n 1 "$work/queries.txt")"
}

# serve NAME ARGS...: starts bench serve in the background; sets server_pid and seed_url.
serve() {
  local name="$1"; shift
  rm -f "$work/$name.seed"
  java -Xmx4g -XX:+UseParallelGC -jar "$jar" serve --seed "$seed" --seed-file "$work/$name.seed" \
    --out "$results/$name-site.json" "$@" &
  server_pid=$!
  local waited=0
  until [ -f "$work/$name.seed" ]; do
    kill -0 "$server_pid" 2>/dev/null || die "the $name site server failed to start"
    sleep 0.5; waited=$((waited + 1))
    [ "$waited" -lt 600 ] || die "the $name site server did not start in 5 minutes"
  done
  seed_url="$(cat "$work/$name.seed")"
}

stop_server() { kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; }

# need COMMAND PACKAGE: installs a Debian package with apt-get (as root) when its command is missing.
need() {
  [ -x "$1" ] && return
  [ "$(id -u)" = 0 ] || die "$1 is missing: install the Debian package $2 (apt-get install -y $2, as root)"
  log "installing $2 with apt-get"
  { apt-get install -y -q "$2" || { apt-get update -q && apt-get install -y -q "$2"; }; } >"$work/apt.log" 2>&1 \
    || die "apt-get install $2 failed; see $work/apt.log"
}

# nginx ROOT: serves the static files under ROOT with nginx on a free loopback port; sets nginx_pid and seed_url.
nginx_serve() {
  local conf="$root/$work/nginx" site port
  site="$(cd "$1" && pwd)"
  rm -rf "$conf"; mkdir -p "$conf/tmp"
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  cat >"$conf/nginx.conf" <<NGINX
worker_processes 1;
pid $conf/nginx.pid;
error_log $conf/error.log;
events { worker_connections 512; }
http {
  types { text/html html; text/plain txt; application/xml xml; }
  default_type text/html;
  access_log off;
  sendfile on;
  tcp_nodelay on;
  keepalive_requests 100000;
  client_body_temp_path $conf/tmp;
  server {
    listen 127.0.0.1:$port;
    root $site;
    index index.html;
  }
}
NGINX
  /usr/sbin/nginx -c "$conf/nginx.conf" -g 'daemon off;' &
  nginx_pid=$!
  seed_url="http://127.0.0.1:$port/"
  local waited=0
  until python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)' "$seed_url" 2>/dev/null; do
    kill -0 "$nginx_pid" 2>/dev/null || die "nginx failed to start; see $conf/error.log"
    sleep 0.2; waited=$((waited + 1))
    [ "$waited" -lt 100 ] || die "nginx did not answer in 20 s"
  done
}

stop_nginx() { [ -n "${nginx_pid:-}" ] && { kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; }; nginx_pid=""; }

# crawl NAME: one ./chanye crawl into a fresh data folder under /usr/bin/time -v; more chanye crawl flags follow.
crawl() {
  local name="$1"; shift
  rm -rf "$work/$name-data"
  local status=0
  timeout 900 /usr/bin/time -v -o "$results/$name.time" ./chanye --data "$work/$name-data" -q crawl \
    --seeds "$seed_url" --delay-ms 0 --json "$@" >"$work/$name.out" 2>"$results/$name.err" || status=$?
  tail -n 1 "$work/$name.out" >"$results/$name.json"
  echo "$status" >"$results/$name.exit"
}

stage_crawl() {
  log "crawl: serving a generated site of $crawl_articles articles on loopback"
  serve crawl --articles "$crawl_articles"
  # One crawl first, not measured, so that the server's JIT compiles its hot code before the measured crawls and
  # does not take the first one's CPU (a real site's server runs warm, on another machine).
  log "crawl: warm-up run (not measured)"
  crawl crawl-warm-up --max-pages 100000 --max-depth 10
  rm -f "$results"/crawl-run-*
  local run
  for run in $(seq "$crawl_runs"); do
    log "crawl: end-to-end run $run of $crawl_runs"
    crawl "crawl-run-$run" --max-pages 100000 --max-depth 10
  done
  stop_server
  log "crawl: $frontier_urls URLs in the frontier under -Xmx512m, $frontier_fetches fetches"
  serve frontier --articles "$frontier_urls" --archive
  CHANYE_JAVA_OPTS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx512m" crawl frontier --max-pages "$frontier_fetches" --max-depth 2
  stop_server
  # The crawler keeps its frontier in SQLite under --data; count its URLs by status when the sqlite3 shell is here.
  local state="$work/frontier-data/crawl/state.db"
  rm -f "$results/frontier-urls.txt"
  if command -v sqlite3 >/dev/null && [ -f "$state" ]; then
    sqlite3 "$state" 'SELECT status, count(*) FROM urls GROUP BY status' >"$results/frontier-urls.txt" || true
  fi
}

# scrapy NAME: one crawl of $seed_url by the plain Scrapy spider of bench/scrapy, under /usr/bin/time -v.
scrapy() {
  local name="$1" status=0
  rm -f "$results/$name.json" "$work/$name.jsonl"
  timeout 900 /usr/bin/time -v -o "$results/$name.time" /usr/bin/scrapy runspider bench/scrapy/news_spider.py \
    -a seed="$seed_url" -a stats="$results/$name.json" -O "$work/$name.jsonl" >"$work/$name.log" 2>&1 || status=$?
  echo "$status" >"$results/$name.exit"
}

# The whole chanye pipeline against a plain Scrapy spider, crawling the same generated site served by nginx on
# loopback, in turns (each run crawls with both, the first of the two alternating), so that both see the same load.
stage_scrapy() {
  need /usr/sbin/nginx nginx-light
  need /usr/bin/scrapy python3-scrapy
  local site="$work/static-site" run
  rm -rf "$site"
  log "scrapy: writing a generated site of $crawl_articles articles as static files"
  bench export --articles "$crawl_articles" --seed "$seed" --dir "$site" --out "$results/scrapy-site.json"
  nginx_serve "$site"
  rm -f "$results"/scrapy-run-*
  for run in $(seq "$crawl_runs"); do
    log "scrapy: run $run of $crawl_runs (chanye and Scrapy)"
    if [ $((run % 2)) = 1 ]; then
      crawl "scrapy-run-$run-chanye" --max-pages 100000 --max-depth 10
      scrapy "scrapy-run-$run-scrapy"
    else
      scrapy "scrapy-run-$run-scrapy"
      crawl "scrapy-run-$run-chanye" --max-pages 100000 --max-depth 10
    fi
  done
  stop_nginx
}

# solr: the same documents and searches on the local index and on a local 2-node SolrCloud, in one run.
stage_solr() {
  local cloud="$root/$work/solrcloud" port=18983
  export CHANYE_SOLRCLOUD_DIR="$cloud" CHANYE_SOLRCLOUD_PORT="$port"
  scripts/solrcloud-local.sh stop >/dev/null 2>&1 || true
  rm -rf "$cloud"
  log "solr: starting a local 2-node SolrCloud"
  scripts/solrcloud-local.sh start 2 >"$work/solrcloud.log" 2>&1 || die "SolrCloud did not start; see $work/solrcloud.log"
  cloud_up=1
  for ((r = 1; r <= solr_repeats; r++)); do
    ./chanye solr init --solr "http://127.0.0.1:$port/solr" --collection "bench-$r" >>"$work/solrcloud.log" \
      || die "solr init failed; see $work/solrcloud.log"
  done
  log "solr: $solr_docs generated articles into the local index and into Solr, $solr_repeats times in turns;" \
    "$queries searches x 3 rounds on each"
  bench solr --data "$work/solr-local" --solr "http://127.0.0.1:$port/solr" --collection bench --docs "$solr_docs" \
    --repeats "$solr_repeats" --queries "$queries" --seed "$seed" --out "$results/solr.json"
  scripts/solrcloud-local.sh stop >/dev/null 2>&1
  cloud_up=0
}

stop_cloud() { if [ "${cloud_up:-0}" = 1 ]; then scripts/solrcloud-local.sh stop >/dev/null 2>&1 || true; fi; }

stage_stories() {
  log "stories: generated articles with a planted copy for every 20th; indexing with and without stories at $story_checkpoints"
  bench stories --data "$work/stories-data" --checkpoints "$story_checkpoints" --rounds "$story_rounds" \
    --fill-threads "${BENCH_FILL_THREADS:-2}" --seed "$seed" --out "$results/stories.json"
}

# The report and export stages read the index the stories stage leaves; they build it when it is missing.
stories_index() { [ -d "$work/stories-data/index" ] || stage_stories; }

stage_report() {
  stories_index
  log "report: figures and page over the stories index, $repeats runs in one JVM"
  bench report --data "$work/stories-data" --runs "$repeats" --out "$results/report.json"
  log "report: chanye report of the whole index, cold, $repeats runs"
  wall_times "$results/report-command.json" ./chanye --data "$work/stories-data" report --out "$work/report.html"
}

# export_memory NAME FORMAT ARGS...: one chanye export in a 128 MB heap under /usr/bin/time -v.
export_memory() {
  local name="$1" format="$2"; shift 2
  CHANYE_JAVA_OPTS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx128m" /usr/bin/time -v \
    -o "$results/$name-$format.time" ./chanye --data "$work/stories-data" export --format "$format" \
    --out "$work/export/$name.$format" "$@" >/dev/null
}

stage_export() {
  stories_index
  log "export: every article of the stories index to csv, jsonl and xlsx in one JVM"
  bench export-rows --data "$work/stories-data" --runs 5 --scratch "$work/export" --out "$results/export.json"
  log "export: chanye export --format csv of the whole index, cold, $repeats runs"
  wall_times "$results/export-command.json" ./chanye --data "$work/stories-data" export --format csv \
    --out "$work/export/command.csv"
  log "export: memory of a week's articles (about 1,000) and of all of them, csv and xlsx, -Xmx128m"
  for format in csv xlsx; do
    export_memory export-few "$format" --since 2024-06-01 --until 2024-06-07
    export_memory export-all "$format"
  done
}

report() { python3 bench/report.py "$results" "$@"; }

stages=("$@")
[ ${#stages[@]} -eq 0 ] && stages=(all)
[ "${stages[0]}" = all ] && stages=(extract extract-process classify index crawl scrapy solr stories report export)
trap 'stop_server; stop_nginx; stop_cloud' EXIT
server_pid=""
mkdir -p "$results" "$work"
build
machine
# load STAGE WHEN: the 1-minute load average before and after a stage, to read its figures against (2 cores).
load() { printf '%s %s\n' "$2" "$(cut -d' ' -f1 /proc/loadavg)" >>"$results/$1-load.txt"; }

for stage in "${stages[@]}"; do
  if [ "$stage" = growth ]; then stage=index; fi
  rm -f "$results/$stage-load.txt"
  load "$stage" before
  case "$stage" in
    extract) stage_extract ;;
    extract-process) stage_extract_process ;;
    classify) stage_classify ;;
    index) stage_index ;;
    crawl) stage_crawl ;;
    scrapy) stage_scrapy ;;
    solr) stage_solr ;;
    stories) stage_stories ;;
    report) stage_report ;;
    export) stage_export ;;
    *) die "unknown stage: $stage (extract, extract-process, classify, index, growth, crawl, scrapy, solr, stories, report, export or all)" ;;
  esac
  load "$stage" after
  report "$stage"
  if [ "$stage" = index ]; then report growth; fi
done
log "done: tables in $results/*.md"

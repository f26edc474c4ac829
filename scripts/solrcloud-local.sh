#!/usr/bin/env bash
# A SolrCloud on loopback for trying chanye at scale: an embedded ZooKeeper and NODES Solr nodes (2 by default), each
# a separate JVM, run from Maven artifacts with chanye's plugin jar in every node's lib/, as an operator installs it.
# Needs only Java 17 and Maven.
#
#   scripts/solrcloud-local.sh start [NODES]   start (or say it runs) and print the --solr value to use
#   scripts/solrcloud-local.sh status          what runs, and the --solr value
#   scripts/solrcloud-local.sh stop            stop every process it started
#
# Environment:
#   CHANYE_SOLRCLOUD_DIR        state, node homes, indexes and logs (default ./solrcloud-local in the repository)
#   CHANYE_SOLRCLOUD_PORT       the first node's port (default 8983); the next nodes take the ports after it and
#                               ZooKeeper takes this port + 1000 (9983), as Solr's own embedded ZooKeeper does
#   CHANYE_SOLRCLOUD_JAVA_OPTS  JVM options of each process (default -Xmx1g)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="${CHANYE_SOLRCLOUD_DIR:-$root/solrcloud-local}"
# Absolute, so that Maven (which resolves a relative path against each module) and the nodes all see one folder.
case "$dir" in
  /*) ;;
  *) dir="$PWD/$dir" ;;
esac
port="${CHANYE_SOLRCLOUD_PORT:-8983}"
zk_port=$((port + 1000))
java_opts=(${CHANYE_SOLRCLOUD_JAVA_OPTS:--Xmx1g})
chroot=/solr

say() { printf 'solrcloud-local: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

# The pid recorded for NAME, if that process still runs and is ours (its command line names our directory).
running_pid() {
  local file="$dir/pids/$1.pid" pid
  [ -f "$file" ] || return 1
  pid="$(cat "$file")"
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" | grep -qF -- "$dir" || return 1
  echo "$pid"
}

node_names() {
  local file
  for file in "$dir"/pids/node-*.pid; do
    [ -e "$file" ] && basename "$file" .pid
  done
  return 0
}

print_solr_value() {
  echo "--solr http://127.0.0.1:$port/solr"
  echo "   (or --solr zk:127.0.0.1:$zk_port$chroot; nodes: $(node_urls))"
}

node_urls() {
  local name urls=()
  for name in $(node_names); do
    if running_pid "$name" > /dev/null; then
      urls+=("http://127.0.0.1:$(cat "$dir/ports/$name")/solr")
    fi
  done
  echo "${urls[*]:-none}"
}

build() {
  command -v java > /dev/null || die "java not found: install Java 17"
  command -v mvn > /dev/null || die "mvn not found: install Maven"
  mkdir -p "$dir"
  say "building chanye's Solr plugin and the nodes' class path (mvn; the first build downloads Solr)..."
  # Every module of the reactor writes its class path to the same file; solr, which needs all the others, is last.
  if ! (cd "$root" && mvn -B -q -DskipTests -pl solr -am package dependency:build-classpath \
      -Dmdep.outputFile="$dir/classpath.txt" -Dmdep.includeScope=test -Dmdep.excludeGroupIds=chanye,com.hankcs \
      > "$dir/build.log" 2>&1); then
    die "build failed; see $dir/build.log"
  fi
}

wait_for_port() {
  local p="$1" seconds="$2" i
  for ((i = 0; i < seconds * 4; i++)); do
    if (exec 3<> "/dev/tcp/127.0.0.1/$p") 2> /dev/null; then
      return 0
    fi
    sleep 0.25
  done
  return 1
}

start() {
  local nodes="${1:-2}" cp i name home node_port
  [[ "$nodes" =~ ^[1-9][0-9]?$ ]] || die "NODES must be a number from 1 to 99, got '$nodes'"
  if running_pid zookeeper > /dev/null; then
    say "already running (stop it first to change the number of nodes)"
    status
    return 0
  fi
  build
  cp="$(cat "$dir/classpath.txt")"
  rm -rf "$dir/pids" "$dir/ports"
  mkdir -p "$dir/pids" "$dir/ports" "$dir/logs" "$dir/zookeeper"
  if (exec 3<> "/dev/tcp/127.0.0.1/$zk_port") 2> /dev/null; then
    die "port $zk_port is taken: set CHANYE_SOLRCLOUD_PORT to another first port"
  fi
  say "starting ZooKeeper on 127.0.0.1:$zk_port"
  nohup java "${java_opts[@]}" -Dzookeeper.admin.enableServer=false -Dlog4j2.configurationFile="$root/scripts/solrcloud/log4j2.xml" \
    -Dchanye.solrcloud="$dir" -cp "$cp" org.apache.zookeeper.server.ZooKeeperServerMain "$zk_port" "$dir/zookeeper" \
    > "$dir/logs/zookeeper.log" 2>&1 &
  echo $! > "$dir/pids/zookeeper.pid"
  wait_for_port "$zk_port" 60 || die "ZooKeeper did not start; see $dir/logs/zookeeper.log"
  for ((i = 1; i <= nodes; i++)); do
    name="node-$i"
    node_port=$((port + i - 1))
    if (exec 3<> "/dev/tcp/127.0.0.1/$node_port") 2> /dev/null; then
      stop
      die "port $node_port is taken: set CHANYE_SOLRCLOUD_PORT to another first port"
    fi
    home="$dir/$name"
    mkdir -p "$home/lib"
    cp "$root/scripts/solrcloud/solr.xml" "$home/solr.xml"
    cp "$root/solr-plugin/target/chanye-solr-plugin.jar" "$home/lib/"
    echo "$node_port" > "$dir/ports/$name"
    say "starting Solr $name on 127.0.0.1:$node_port"
    nohup java "${java_opts[@]}" -Dlog4j2.configurationFile="$root/scripts/solrcloud/log4j2.xml" -Dchanye.solrcloud="$dir" \
      -cp "$cp" "$root/scripts/solrcloud/LocalCloud.java" node "$home" "$node_port" "127.0.0.1:$zk_port$chroot" \
      > "$dir/logs/$name.log" 2>&1 &
    echo $! > "$dir/pids/$name.pid"
  done
  if ! java -cp "$cp" "$root/scripts/solrcloud/LocalCloud.java" wait-live "http://127.0.0.1:$port/solr" "$nodes" 180; then
    say "see the logs in $dir/logs; stopping what started"
    stop
    exit 1
  fi
  say "SolrCloud is up: ZooKeeper 127.0.0.1:$zk_port, $nodes node(s); data and logs in $dir"
  print_solr_value
  echo "next: ./chanye solr init --solr http://127.0.0.1:$port/solr"
}

status() {
  local name pid any=0
  if pid="$(running_pid zookeeper)"; then
    echo "zookeeper  127.0.0.1:$zk_port  pid $pid"
    any=1
  fi
  for name in $(node_names); do
    if pid="$(running_pid "$name")"; then
      echo "$name     http://127.0.0.1:$(cat "$dir/ports/$name")/solr  pid $pid"
      any=1
    else
      echo "$name     not running (see $dir/logs/$name.log)"
    fi
  done
  if [ "$any" = 0 ]; then
    echo "not running (start it with scripts/solrcloud-local.sh start)"
    return 3
  fi
  print_solr_value
}

stop() {
  local name pid pids=() i
  for name in $(node_names) zookeeper; do
    if pid="$(running_pid "$name")"; then
      kill "$pid" 2> /dev/null || true
      pids+=("$pid")
      say "stopping $name (pid $pid)"
    fi
  done
  for ((i = 0; i < 120; i++)); do
    local alive=()
    for pid in "${pids[@]}"; do
      [ -d "/proc/$pid" ] && alive+=("$pid")
    done
    [ ${#alive[@]} -eq 0 ] && break
    pids=("${alive[@]}")
    sleep 0.25
  done
  for pid in "${pids[@]}"; do
    if [ -d "/proc/$pid" ]; then
      say "pid $pid did not stop in 30 s: killing it"
      kill -9 "$pid" 2> /dev/null || true
    fi
  done
  rm -f "$dir"/pids/*.pid
  say "stopped"
}

case "${1:-}" in
  start) start "${2:-2}" ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: scripts/solrcloud-local.sh start [NODES] | stop | status" >&2; exit 2 ;;
esac

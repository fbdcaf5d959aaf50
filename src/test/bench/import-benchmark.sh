#!/usr/bin/env bash
# Import benchmark: throughput (messages/s, MB/s) and peak heap of the running service importing
# a large generated Takeout mbox over HTTP, at two sizes to show the heap stays flat as the file
# grows; and the same file read whole by Python's mailbox + email (headers and text parts) as the baseline.
# Over HTTP twice: into a service just started on an empty store (every line of the import and the
# inference compiled by the JIT during the upload), and as a newcomer meets it: the service started
# on its bundled demo, the board opened, then the file uploaded (it replaces the demo).
#
#   src/test/bench/import-benchmark.sh [size-in-MB ...]     (default: 160 320)
set -euo pipefail
cd "$(dirname "$0")/../../.."
sizes=("$@")
[ $# -eq 0 ] && sizes=(160 320)
work=target/bench
port=18089
heap=256m
mkdir -p "$work"

./mvnw -q -o package -DskipTests 2>/dev/null || ./mvnw -q package -DskipTests
./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null 2>&1 \
  || ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test >/dev/null
cp="target/test-classes:target/classes:$(cat "$work/cp.txt")"

echo "heap limit -Xmx$heap"
echo "import: the service imports the file at start-up (tickler.import.on-start): read, parse, store"
echo "HTTP:   curl -F file=@... /api/import: upload + import + recomputing the leads for the answer, on an empty store"
echo "demo:   the same after the demo was imported and the board opened, as on a newcomer's first start"
printf '%-7s %-9s | %-8s %-8s %-7s %-6s %-6s | %-8s %-8s %-6s | %-8s | %-8s %-8s | %-s\n' size messages \
  import-s msg/s MB/s heap live HTTP-s msg/s live demo-s python-s msg/s python/HTTP,demo

# Starts the service with extra options; waits until it answers.
start_service() {
  java -Xmx$heap -Xlog:gc:file="$1" -Dquarkus.http.port=$port -Dtickler.data-dir="$2" \
       -Dtickler.demo.enabled=false -Dtickler.reports.snapshots=false "${@:3}" \
       -jar target/quarkus-app/quarkus-run.jar >"$1.out" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; do sleep 0.5; done
}
stop_service() { kill $pid; wait $pid 2>/dev/null || true; }
trap 'kill $pid 2>/dev/null || true' EXIT
# Heap: the largest occupancy a collection found before it ran (bounded by -Xmx), and the largest
# left after one (what the process really holds on to).
peak_heap() { grep -oE '[0-9]+M->[0-9]+M' "$1" | cut -dM -f1 | sort -n | tail -1; }
live_heap() { grep -oE '[0-9]+M->[0-9]+M' "$1" | sed 's/.*->//; s/M//' | sort -n | tail -1; }
rate() { python3 -c "print(round($1 / $2, 1))"; }

for mb in "${sizes[@]}"; do
  mbox="$work/in-$mb/Takeout/Mail/All mail Including Spam and Trash.mbox"
  [ -f "$mbox" ] || java -cp "$cp" tickler.bench.LargeTakeout "$work/in-$mb" $((mb * 1024 * 1024)) 42 >/dev/null
  bytes=$(stat -c %s "$mbox")

  data="$PWD/$work/data-import-$mb"; rm -rf "$data"
  start_service "$work/gc-import-$mb.log" "$data" -Dtickler.import.on-start="$mbox"
  until [ "$(curl -sf "http://127.0.0.1:$port/api/import/progress" | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])')" = DONE ]; do sleep 0.5; done
  progress=$(curl -sf "http://127.0.0.1:$port/api/import/progress")
  stop_service
  messages=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["messages"])' "$progress")
  import_seconds=$(python3 -c 'import json,sys
from datetime import datetime
p = json.loads(sys.argv[1])
t = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))
print(round((t(p["finishedAt"]) - t(p["startedAt"])).total_seconds(), 2))' "$progress")

  data="$PWD/$work/data-http-$mb"; rm -rf "$data"
  start_service "$work/gc-http-$mb.log" "$data"
  started=$(date +%s.%N)
  curl -sf -F "file=@$mbox" "http://127.0.0.1:$port/api/import" >/dev/null
  http_seconds=$(python3 -c "print(round($(date +%s.%N) - $started, 2))")
  stop_service

  data="$PWD/$work/data-demo-$mb"; rm -rf "$data"
  start_service "$work/gc-demo-$mb.log" "$data" -Dtickler.demo.enabled=true
  until [ "$(curl -sf "http://127.0.0.1:$port/api/import/progress" | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])')" = DONE ]; do sleep 0.5; done
  curl -sf "http://127.0.0.1:$port/" >/dev/null
  started=$(date +%s.%N)
  curl -sf -F "file=@$mbox" "http://127.0.0.1:$port/api/import" >/dev/null
  demo_seconds=$(python3 -c "print(round($(date +%s.%N) - $started, 2))")
  stop_service

  python=$(python3 src/test/python/baseline_messages.py "$mbox")
  python_seconds=$(awk '/^seconds:/ {print $2}' <<<"$python")
  printf '%-7s %-9s | %-8s %-8s %-7s %-6s %-6s | %-8s %-8s %-6s | %-8s | %-8s %-8s | %sx, %sx\n' "${mb}MB" "$messages" \
    "$import_seconds" "$(rate "$messages" "$import_seconds")" "$(rate "$bytes/1048576" "$import_seconds")" \
    "$(peak_heap "$work/gc-import-$mb.log")M" "$(live_heap "$work/gc-import-$mb.log")M" \
    "$http_seconds" "$(rate "$messages" "$http_seconds")" "$(live_heap "$work/gc-http-$mb.log")M" "$demo_seconds" \
    "$python_seconds" "$(rate "$messages" "$python_seconds")" "$(rate "$python_seconds" "$http_seconds")" \
    "$(rate "$python_seconds" "$demo_seconds")"
done

#!/usr/bin/env bash
# Import benchmark: throughput (messages/s, MB/s) and peak heap of the running service importing
# a large generated Takeout mbox over HTTP, at two sizes to show the heap stays flat as the file
# grows; and the same file parsed by Python's mailbox + email (headers only) as the baseline.
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

echo "heap limit -Xmx$heap; HTTP = upload + import + lead recomputation; import = read, parse, store"
printf '%-7s %-9s | %-8s %-8s %-7s | %-8s %-8s %-7s | %-6s %-6s | %-8s %-8s\n' size messages \
  HTTP-s msg/s MB/s import-s msg/s MB/s heap live python-s msg/s
for mb in "${sizes[@]}"; do
  mbox="$work/in-$mb/Takeout/Mail/All mail Including Spam and Trash.mbox"
  [ -f "$mbox" ] || java -cp "$cp" tickler.bench.LargeTakeout "$work/in-$mb" $((mb * 1024 * 1024)) 42 >/dev/null
  bytes=$(stat -c %s "$mbox")

  data="$PWD/$work/data-$mb"; rm -rf "$data"
  java -Xmx$heap -Xlog:gc:file="$work/gc-$mb.log" -Dquarkus.http.port=$port -Dtickler.data-dir="$data" \
       -Dtickler.demo.enabled=false -jar target/quarkus-app/quarkus-run.jar >"$work/service-$mb.log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null || true' EXIT
  until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null; do sleep 0.5; done

  start=$(date +%s.%N)
  answer=$(curl -sf -F "file=@$mbox" "http://127.0.0.1:$port/api/import")
  end=$(date +%s.%N)
  progress=$(curl -sf "http://127.0.0.1:$port/api/import/progress")
  kill $pid; wait $pid 2>/dev/null || true

  messages=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["messages"])' "$answer")
  seconds=$(python3 -c "print(round($end - $start, 2))")
  # The import itself (read, parse, store), without the upload and the lead recomputation after it.
  import_seconds=$(python3 -c 'import json,sys
from datetime import datetime
p = json.loads(sys.argv[1])
t = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))
print(round((t(p["finishedAt"]) - t(p["startedAt"])).total_seconds(), 2))' "$progress")
  # Heap: the largest occupancy any collection found before it ran (bounded by -Xmx), and the
  # largest left after one (what the import really holds on to).
  peak=$(grep -oE '[0-9]+M->[0-9]+M' "$work/gc-$mb.log" | cut -dM -f1 | sort -n | tail -1)
  live=$(grep -oE '[0-9]+M->[0-9]+M' "$work/gc-$mb.log" | sed 's/.*->//; s/M//' | sort -n | tail -1)
  python=$(python3 src/test/python/baseline_headers.py "$mbox")
  python_seconds=$(awk '/^seconds:/ {print $2}' <<<"$python")
  rate() { python3 -c "print(round($1 / $2, 1))"; }
  printf '%-7s %-9s | %-8s %-8s %-7s | %-8s %-8s %-7s | %-6s %-6s | %-8s %-8s\n' "${mb}MB" "$messages" \
    "$seconds" "$(rate "$messages" "$seconds")" "$(rate "$bytes/1048576" "$seconds")" \
    "$import_seconds" "$(rate "$messages" "$import_seconds")" "$(rate "$bytes/1048576" "$import_seconds")" \
    "${peak}M" "${live}M" "$python_seconds" "$(rate "$messages" "$python_seconds")"
done

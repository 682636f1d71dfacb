#!/usr/bin/env bash
# Throughput benchmark of timeline build on Reuters-21578.
#
# Converts ../shared/data/reuters21578 (SGML) once into JSONL (id, date,
# title, text: the 19,043 stories with a <BODY>), and a corpus COPIES
# times as large (the same stories under distinct ids); runs timeline
# build on each under /usr/bin/time -v; checks that extract + merge give
# build's output on the 1x corpus; prints wall time, MB/s, documents/s and
# peak RSS. See bench/README.md for the figures measured.
#
# Environment: WORKERS (default 2), COPIES (default 10, 0 to skip the
# large corpus), OUT (default ${TMPDIR:-/tmp}/timeline-bench), DATA (the
# Reuters folder), NICE (default "nice" when other jobs share the machine),
# PROFILE (set to 1 to also write a CPU profile of build-1x to
# $OUT/build-1x.prof, for go tool pprof; profiling costs a few percent).
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${DATA:-../shared/data/reuters21578}
OUT=${OUT:-${TMPDIR:-/tmp}/timeline-bench}
WORKERS=${WORKERS:-2}
COPIES=${COPIES:-10}
NICE=${NICE-nice}
PROFILE=${PROFILE:-}
mkdir -p "$OUT"

go build -o "$OUT/timeline" ./cmd/timeline
go build -o "$OUT/reuters2jsonl" ./bench/reuters2jsonl
if [ ! -s "$OUT/reuters.jsonl" ]; then
	"$OUT/reuters2jsonl" -o "$OUT/reuters.jsonl" "$DATA"
fi
if [ "$COPIES" -gt 1 ] && [ ! -s "$OUT/reuters-${COPIES}x.jsonl" ]; then
	"$OUT/reuters2jsonl" -copies "$COPIES" -o "$OUT/reuters-${COPIES}x.jsonl" "$DATA"
fi

# measure NAME CMD...: runs CMD under /usr/bin/time -v, accepting exit 1
# (some articles failed: the output is still written), and leaves the
# wall time in seconds and the peak RSS in KiB in $OUT/NAME.time.
measure() {
	local name=$1
	shift
	local code=0
	$NICE /usr/bin/time -v "$@" 2>"$OUT/$name.time" || code=$?
	if [ "$code" -gt 1 ]; then
		echo "bench: $name failed (exit $code):" >&2
		tail -30 "$OUT/$name.time" >&2
		exit 1
	fi
}
wall() { # seconds from "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:05.12"
	awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$OUT/$1.time"
}
rss() { awk -F': ' '/Maximum resident set size/ {print $2}' "$OUT/$1.time"; }
cpu() { awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$OUT/$1.time"; }

row() { # row NAME FILE
	local docs bytes w r c
	docs=$(grep -c . "$2")
	bytes=$(stat -L -c %s "$2")
	w=$(wall "$1")
	r=$(rss "$1")
	c=$(cpu "$1")
	awk -v n="$1" -v d="$docs" -v b="$bytes" -v w="$w" -v r="$r" -v c="$c" 'BEGIN {
		printf "%-12s %7d docs %7.1f MB %8.2f s wall %7.2f MB/s %7.0f docs/s %8.1f s CPU %6.0f MiB peak RSS\n", n, d, b/1e6, w, b/1e6/w, d/w, c, r/1024 }'
}

echo "timeline build -workers $WORKERS on $(nproc) cores, $(go version | cut -d' ' -f3), load average $(cut -d' ' -f1-3 /proc/loadavg)"
profile=()
if [ -n "$PROFILE" ]; then
	profile=(-cpuprofile "$OUT/build-1x.prof")
fi
measure build-1x "$OUT/timeline" build -quiet -workers "$WORKERS" "${profile[@]}" -o "$OUT/build-1x.json" "$OUT/reuters.jsonl"
row build-1x "$OUT/reuters.jsonl"
if [ -n "$PROFILE" ]; then
	echo "CPU profile of build-1x: go tool pprof -top -cum $OUT/timeline $OUT/build-1x.prof"
fi

measure extract-1x "$OUT/timeline" extract -quiet -workers "$WORKERS" -o "$OUT/extract-1x.jsonl" "$OUT/reuters.jsonl"
measure merge-1x "$OUT/timeline" merge -quiet -o "$OUT/merge-1x.json" "$OUT/extract-1x.jsonl"
row extract-1x "$OUT/reuters.jsonl"
row merge-1x "$OUT/reuters.jsonl"
if cmp -s "$OUT/build-1x.json" "$OUT/merge-1x.json"; then
	echo "extract + merge = build: identical output ($(stat -c %s "$OUT/build-1x.json") bytes; extract file $(stat -c %s "$OUT/extract-1x.jsonl") bytes)"
else
	echo "bench: extract + merge differs from build" >&2
	exit 1
fi

if [ "$COPIES" -gt 1 ]; then
	measure "build-${COPIES}x" "$OUT/timeline" build -quiet -workers "$WORKERS" -o "$OUT/build-${COPIES}x.json" "$OUT/reuters-${COPIES}x.jsonl"
	row "build-${COPIES}x" "$OUT/reuters-${COPIES}x.jsonl"
	awk -v t1="$(wall build-1x)" -v t2="$(wall "build-${COPIES}x")" -v c1="$(cpu build-1x)" -v c2="$(cpu "build-${COPIES}x")" \
		-v r1="$(rss build-1x)" -v r2="$(rss "build-${COPIES}x")" -v c="$COPIES" 'BEGIN {
		printf "%dx corpus: %.2f times the wall time, %.2f times the CPU time, %.2f times the peak RSS\n", c, t2/t1, c2/c1, r2/r1 }'
fi

#!/usr/bin/env bash
# compare.sh: time `timeline build` of two (or more) binaries on the same
# input, interleaved, so that a shared machine's changing load falls on
# all of them alike, and check that they write the same bytes.
#
#   bench/compare.sh [-n RUNS] [-w WORKERS] INPUT BINARY...
#
# Prints, for each binary, every run's wall time, CPU time (user+system)
# and peak RSS, then the minimum and median wall and CPU time. Each
# binary's output of the last run is kept in $TMPDIR (default /tmp) as
# timeline-compare-N.json; the script fails when they differ.
set -euo pipefail

runs=5
workers=2
while getopts "n:w:" opt; do
	case $opt in
	n) runs=$OPTARG ;;
	w) workers=$OPTARG ;;
	*) echo "usage: $0 [-n RUNS] [-w WORKERS] INPUT BINARY..." >&2; exit 2 ;;
	esac
done
shift $((OPTIND - 1))
if [ $# -lt 2 ]; then
	echo "usage: $0 [-n RUNS] [-w WORKERS] INPUT BINARY..." >&2
	exit 2
fi
input=$1
shift
bins=("$@")
tmp=${TMPDIR:-/tmp}
[ -e "$input" ] || { echo "$0: $input: no such file" >&2; exit 1; }
for b in "${bins[@]}"; do
	[ -x "$b" ] || { echo "$0: $b: not an executable" >&2; exit 1; }
done

declare -A walls cpus
for ((r = 1; r <= runs; r++)); do
	for i in "${!bins[@]}"; do
		b=${bins[$i]}
		out="$tmp/timeline-compare-$i.json"
		# The build exits 1 when some documents fail (Reuters has 8 that
		# are all boilerplate); only a crash or a usage error stops here.
		line=$( { /usr/bin/time -f "%e %U %S %M" "$b" build -quiet -workers "$workers" -o "$out" "$input" 2>&1 >/dev/null || true; } | tail -n 1)
		read -r wall user sys rss <<<"$line"
		if ! [[ $wall =~ ^[0-9.]+$ ]]; then
			echo "$0: $b failed: $line" >&2
			exit 1
		fi
		cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
		walls[$i]+="$wall "
		cpus[$i]+="$cpu "
		printf '%-40s run %d: %6.2f s wall %6.2f s CPU %5d MiB\n' "$b" "$r" "$wall" "$cpu" $((rss / 1024))
	done
done

stats() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { printf "min %6.2f  median %6.2f", v[1], (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
echo
for i in "${!bins[@]}"; do
	printf '%-40s wall %s   CPU %s\n' "${bins[$i]}" "$(echo "${walls[$i]}" | stats)" "$(echo "${cpus[$i]}" | stats)"
done
status=0
for i in "${!bins[@]}"; do
	if [ "$i" -gt 0 ] && ! cmp -s "$tmp/timeline-compare-0.json" "$tmp/timeline-compare-$i.json"; then
		echo "${bins[$i]}: output differs from ${bins[0]}'s" >&2
		status=1
	fi
done
[ $status -eq 0 ] && echo "outputs: identical"
exit $status

#!/usr/bin/env bash
# Rebuilds the explorer's bundle (explorer/assets/explorer.js) from the
# sources in src/ and the exact packages of package-lock.json.
#
#   web/build.sh           install the locked packages, run the front end's
#                          unit tests, and rebuild the bundle
#   web/build.sh --check   rebuild into a temporary file and fail when it
#                          differs from the committed bundle (CI runs this)
#
# It needs Node and npm; `go build` and `go install` do not: they embed the
# committed bundle.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error >/dev/null
# The pure parts of the front end (dates, filters, highlighting, the URL
# state) have unit tests of their own.
if ! out=$(node --test src/ 2>&1); then
	echo "$out" >&2
	echo "web/build.sh: the front end's unit tests failed" >&2
	exit 1
fi
if [ "${1:-}" = "--check" ]; then
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
	node build.mjs "$tmp/explorer.js" >/dev/null
	if ! cmp -s "$tmp/explorer.js" ../explorer/assets/explorer.js; then
		echo "web/build.sh: explorer/assets/explorer.js is not what web/ builds; run web/build.sh and commit the result" >&2
		exit 1
	fi
	echo "web/build.sh: the committed bundle matches the sources"
else
	node build.mjs
fi

#!/usr/bin/env bash
# Runs the project's checks and tests: gofmt, go vet, and go test on every
# package, and checks that the explorer's bundle is what web/ builds. It
# first installs what the tests need and the machine lacks (Graphviz's dot,
# Chromium for the explorer's browser tests), from Debian's packages when
# run as root.
set -euo pipefail
cd "$(dirname "$0")/.."

need() { # need COMMAND PACKAGE
	command -v "$1" >/dev/null 2>&1 && return 0
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		echo "test.sh: installing $2 for the tests" >&2
		apt-get update -qq >/dev/null
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
	else
		echo "test.sh: $1 is missing (install $2); tests that need it will skip, or fail in CI" >&2
	fi
}
need dot graphviz
need chromium chromium # the explorer's end-to-end tests drive it headless

unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then
	echo "test.sh: gofmt would change:" >&2
	echo "$unformatted" >&2
	exit 1
fi
go vet ./...
# The explorer's committed bundle must be what its sources and lock file
# build (web/build.sh needs Node and npm).
if command -v npm >/dev/null 2>&1; then
	./web/build.sh --check
elif [ -n "${CI:-}" ]; then
	echo "test.sh: npm is missing; CI needs it to check the explorer's bundle (web/build.sh --check)" >&2
	exit 1
else
	echo "test.sh: npm is missing; skipping the check of the explorer's bundle" >&2
fi
go test -count=1 ./... "$@"
# The Apache Beam pipeline is a module of its own (beam/go.mod), so that
# the command does not pull in the Beam SDK; its tests run the pipeline on
# Beam's direct runner. -mod=mod lets its go.mod take in a dependency that
# the root module gained since (it replaces the root module with ../).
(cd beam && GOFLAGS=-mod=mod go vet ./... && GOFLAGS=-mod=mod go test -count=1 ./... "$@")

package main

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"strings"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/explorer"
	"github.com/timelinehq/timeline/export"
	"github.com/timelinehq/timeline/samples"
)

// defaultAddr is where "timeline serve" listens unless --addr says
// otherwise: this machine only.
const defaultAddr = "127.0.0.1:8080"

// runServe implements "timeline serve [flags] INPUT...": it builds the
// result as build does and serves the explorer's page on a local address
// until interrupted. With no INPUT it serves the built-in samples.
func runServe(ctx context.Context, e *env, args []string) error {
	addr, rest, err := splitAddr(args)
	if err != nil {
		return err
	}
	cfg, err := parseBuild(e, rest)
	if err != nil {
		return err
	}
	if cfg.out != "" || cfg.format != "json" {
		return usageError("serve: -o and -f do not apply; to write the page to a file use: timeline build -f html -o FILE INPUT...")
	}
	rd := corpus.Reader{MaxBytes: cfg.maxSize, Stdin: e.stdin}
	if len(cfg.inputs) == 0 {
		rd, cfg.inputs = corpus.Reader{FS: samples.FS()}, []string{"."}
	}
	// Listen first, so that a busy port fails before the articles are read.
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	defer ln.Close()
	res, err := process(ctx, e, cfg, rd)
	if err != nil {
		return err
	}
	if cfg.graph != nil {
		if err := cfg.graph.apply(res); err != nil {
			return err
		}
	}
	var data bytes.Buffer
	if err := export.WriteJSON(&data, res); err != nil {
		return err
	}
	failed := reportFailures(e, cfg, res)
	fmt.Fprintf(e.stdout, "Serving the explorer of %d articles at %s (Ctrl-C to stop)\n", len(res.Documents), explorer.URL(ln.Addr()))
	if err := explorer.Serve(ctx, ln, data.Bytes()); err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	return failed
}

// splitAddr takes -addr/--addr ADDR (or -addr=ADDR) out of args, leaving
// the build flags and inputs; flags stop at "--".
func splitAddr(args []string) (addr string, rest []string, err error) {
	addr = defaultAddr
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i:]...)
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "addr" {
			rest = append(rest, a)
			continue
		}
		if !hasValue {
			if i+1 >= len(args) {
				return "", nil, usageError("serve: --addr needs an address such as 127.0.0.1:8080")
			}
			i++
			value = args[i]
		}
		if _, _, err := net.SplitHostPort(value); err != nil {
			return "", nil, usageError("serve: --addr %q is not HOST:PORT (%v)", value, err)
		}
		addr = value
	}
	return addr, rest, nil
}

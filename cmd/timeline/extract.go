package main

import (
	"context"
	"flag"
	"io"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/pipeline"
)

// extractConfig is what the extract flags say.
type extractConfig struct {
	readFlags
	out    string
	quiet  bool
	inputs []string
	prof   profileFlags
}

func parseExtract(args []string) (*extractConfig, error) {
	cfg := &extractConfig{}
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&cfg.out, "o", "", "")
	cfg.readFlags.add(fs)
	fs.BoolVar(&cfg.quiet, "quiet", false, "")
	cfg.prof.add(fs)
	inputs, err := parseInterleaved(fs, "extract", args)
	if err != nil {
		return nil, err
	}
	cfg.inputs = inputs
	if len(cfg.inputs) == 0 {
		return nil, usageError("extract needs inputs (files, folders, or - for standard input)")
	}
	if err := cfg.readFlags.check("extract"); err != nil {
		return nil, err
	}
	return cfg, nil
}

// runExtract implements "timeline extract": the per-article half of build.
// It writes each article's result (its entities, co-mention groups and
// candidate events, no text but the events' sentences) as an extract file
// in the timeline-extract/v1 format, for "timeline merge".
func runExtract(ctx context.Context, e *env, args []string) error {
	cfg, err := parseExtract(args)
	if err != nil {
		return err
	}
	return cfg.prof.profiled(func() error { return extract(ctx, e, cfg) })
}

// extract runs extract's work once its flags are read.
func extract(ctx context.Context, e *env, cfg *extractConfig) error {
	rd := corpus.Reader{MaxBytes: cfg.maxSize, Stdin: e.stdin}
	pc, prog, err := cfg.readFlags.startRun(e, cfg.quiet, cfg.inputs, rd)
	if err != nil {
		return err
	}
	out, commit, abort, err := createOutput(e, cfg.out)
	if err != nil {
		return err
	}
	st, err := pipeline.Extract(ctx, pc, cfg.inputs, out)
	prog.finish(err)
	if err != nil {
		abort()
		return err
	}
	if err := commit(); err != nil {
		return err
	}
	return reportProblems(e, cfg.quiet, st.Problems, st.Failed, st.Documents, "extract")
}

// runMerge implements "timeline merge": the corpus-wide half of build,
// over any number of extract files (or - for standard input). Its output
// is the one build gives on the inputs the files were extracted from, in
// the same order.
func runMerge(ctx context.Context, e *env, args []string) error {
	cfg := &buildConfig{}
	fs := flag.NewFlagSet("merge", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&cfg.out, "o", "", "")
	fs.StringVar(&cfg.format, "f", "json", "")
	fs.Uint64Var(&cfg.seed, "seed", 1, "")
	fs.BoolVar(&cfg.quiet, "quiet", false, "")
	cfg.graph = addGraphFlags(fs)
	cfg.prof.add(fs)
	files, err := parseInterleaved(fs, "merge", args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usageError("merge needs extract files (written by timeline extract), or - for standard input")
	}
	if err := checkFormat("merge", cfg.format); err != nil {
		return err
	}
	return cfg.prof.profiled(func() error {
		pc := pipeline.Config{Seed: cfg.seed, Reader: corpus.Reader{Stdin: e.stdin}}
		prog := newProgress(e, cfg.quiet)
		prog.verb = "merged"
		pc.Progress = prog.update
		res, err := pipeline.Merge(ctx, pc, files)
		prog.finish(err)
		if err != nil {
			return err
		}
		return deliver(e, cfg, res)
	})
}

package main

import (
	"context"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/pipeline"
)

// extractConfig is what the extract flags say.
type extractConfig struct {
	readFlags
	out    string
	quiet  bool
	inputs []string
}

// parseFlags parses fs over args. It returns -h as flag.ErrHelp, which
// run answers with the usage text, and any other error as a usage error
// of the command name.
func parseFlags(fs *flag.FlagSet, name string, args []string) error {
	err := fs.Parse(args)
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return err
	}
	return usageError("%s: %v", name, err)
}

// parseInterleaved parses fs over args, collecting the arguments that are
// not flags: flags may come before or after them.
func parseInterleaved(fs *flag.FlagSet, name string, args []string) ([]string, error) {
	var rest []string
	for {
		if err := parseFlags(fs, name, args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return rest, nil
		}
		rest = append(rest, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

func parseExtract(args []string) (*extractConfig, error) {
	cfg := &extractConfig{}
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&cfg.out, "o", "", "")
	cfg.readFlags.add(fs)
	fs.BoolVar(&cfg.quiet, "quiet", false, "")
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

// createOutput opens where an output goes: standard output for "" or "-",
// a device or named pipe directly, else a temporary file beside path that
// commit renames into place and abort removes, so that a failed run
// leaves no half file.
func createOutput(e *env, path string) (w io.Writer, commit func() error, abort func(), err error) {
	if path == "" || path == "-" {
		return e.stdout, func() error { return nil }, func() {}, nil
	}
	if isSpecialFile(path) {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return nil, nil, nil, err
		}
		return f, f.Close, func() { f.Close() }, nil
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".timeline-*")
	if err != nil {
		return nil, nil, nil, err
	}
	commit = func() error {
		if err := f.Close(); err != nil {
			os.Remove(f.Name())
			return err
		}
		if err := os.Chmod(f.Name(), 0o644); err != nil {
			os.Remove(f.Name())
			return err
		}
		return os.Rename(f.Name(), path)
	}
	abort = func() {
		f.Close()
		os.Remove(f.Name())
	}
	return f, commit, abort, nil
}

// isSpecialFile reports whether path exists and is not a regular file: a
// device such as /dev/null or /dev/stdout, or a named pipe. Output goes
// into it directly; renaming a temporary file over it would replace the
// device with a plain file.
func isSpecialFile(path string) bool {
	info, err := os.Stat(path)
	return err == nil && !info.Mode().IsRegular() && !info.IsDir()
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
	pc := pipeline.Config{Seed: cfg.seed, Reader: corpus.Reader{Stdin: e.stdin}}
	prog := newProgress(e, cfg.quiet)
	prog.verb = "merged"
	pc.Progress = prog.update
	res, err := pipeline.Merge(ctx, pc, files)
	prog.finish(err)
	if err != nil {
		return err
	}
	if cfg.graph != nil {
		if err := cfg.graph.apply(res); err != nil {
			return err
		}
	}
	if err := writeOutput(e, cfg, res); err != nil {
		return err
	}
	return reportFailures(e, cfg, res)
}

package main

import (
	"context"
	_ "embed"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/pipeline"
	"github.com/timelinehq/timeline/samples"
)

//go:embed doc.go
var docSource string

// usage is the comment of doc.go, the command's documentation.
var usage = func() string {
	s := docSource
	if i := strings.Index(s, "/*\n"); i >= 0 {
		s = s[i+3:]
	}
	if i := strings.Index(s, "*/"); i >= 0 {
		s = s[:i]
	}
	return s
}()

// buildConfig is what the build flags say.
type buildConfig struct {
	readFlags
	out    string
	format string
	seed   uint64
	quiet  bool
	inputs []string
	graph  *graphFlags
	prof   profileFlags
}

// parseBuild reads build's flags, which may come before or after the
// inputs.
func parseBuild(e *env, args []string) (*buildConfig, error) {
	cfg := &buildConfig{}
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&cfg.out, "o", "", "")
	fs.StringVar(&cfg.format, "f", "json", "")
	cfg.readFlags.add(fs)
	fs.Uint64Var(&cfg.seed, "seed", 1, "")
	fs.BoolVar(&cfg.quiet, "quiet", false, "")
	cfg.graph = addGraphFlags(fs)
	cfg.prof.add(fs)
	inputs, err := parseInterleaved(fs, "build", args)
	if err != nil {
		return nil, err
	}
	cfg.inputs = inputs
	if err := checkFormat("build", cfg.format); err != nil {
		return nil, err
	}
	if err := cfg.readFlags.check("build"); err != nil {
		return nil, err
	}
	return cfg, nil
}

// parseSize reads "32MB", "512KB", "1GB" or a number of bytes.
func parseSize(s string) (int64, error) {
	u := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, suf := range []struct {
		s string
		m int64
	}{{"GIB", 1 << 30}, {"MIB", 1 << 20}, {"KIB", 1 << 10}, {"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(u, suf.s) {
			u, mult = strings.TrimSpace(strings.TrimSuffix(u, suf.s)), suf.m
			break
		}
	}
	n, err := strconv.ParseInt(u, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("%q is not a size like 32MB", s)
	}
	return n * mult, nil
}

// runBuild implements "timeline build".
func runBuild(ctx context.Context, e *env, args []string) error {
	cfg, err := parseBuild(e, args)
	if err != nil {
		return err
	}
	if len(cfg.inputs) == 0 {
		return runDemo(ctx, e, nil)
	}
	return cfg.prof.profiled(func() error {
		res, err := process(ctx, e, cfg, corpus.Reader{MaxBytes: cfg.maxSize, Stdin: e.stdin})
		if err != nil {
			return err
		}
		return deliver(e, cfg, res)
	})
}

// process runs the pipeline with the default stages.
func process(ctx context.Context, e *env, cfg *buildConfig, rd corpus.Reader) (*pipeline.Result, error) {
	pc, prog, err := cfg.readFlags.startRun(e, cfg.quiet, cfg.inputs, rd)
	if err != nil {
		return nil, err
	}
	pc.Seed = cfg.seed
	res, err := pipeline.Run(ctx, pc, cfg.inputs)
	prog.finish(err)
	return res, err
}

// reportFailures names every document that failed, and every warning,
// on stderr, and returns errPartial when any failed.
func reportFailures(e *env, cfg *buildConfig, res *pipeline.Result) error {
	return reportProblems(e, cfg.quiet, res.Documents, res.Failed(), len(res.Documents), "output")
}

// reportProblems names on stderr every document of docs that failed and,
// unless quiet, every warning. When failed of the total documents failed,
// it says so, naming the file that lists them (listing: "output",
// "extract"), and returns errPartial.
func reportProblems(e *env, quiet bool, docs []pipeline.DocInfo, failed, total int, listing string) error {
	for _, d := range docs {
		if d.Status != corpus.StatusOK {
			fmt.Fprintf(e.stderr, "timeline: %s: %s\n", d.Source, d.Error)
		} else if d.Warning != "" && !quiet {
			fmt.Fprintf(e.stderr, "timeline: warning: %s: %s\n", d.Source, d.Warning)
		}
	}
	if failed > 0 {
		fmt.Fprintf(e.stderr, "timeline: %d of %d documents failed; the %s lists them with status \"error\"\n", failed, total, listing)
		return errPartial
	}
	return nil
}

// runDemo implements "timeline demo": the pipeline on the sample articles
// built into the binary, written as JSON and DOT into a folder.
func runDemo(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	dir := fs.String("o", "timeline-demo", "")
	quiet := fs.Bool("quiet", false, "")
	if err := parseFlags(fs, "demo", args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError("demo takes no inputs (it reads the built-in samples); use build for your own")
	}
	cfg := &buildConfig{readFlags: readFlags{window: pipeline.WindowSentence}, seed: 1, quiet: *quiet, inputs: []string{"."}}
	res, err := process(ctx, e, cfg, corpus.Reader{FS: samples.FS()})
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*dir, 0o755); err != nil {
		return err
	}
	jsonPath, dotPath := filepath.Join(*dir, "timeline.json"), filepath.Join(*dir, "graph.dot")
	for _, o := range []struct{ path, format string }{{jsonPath, "json"}, {dotPath, "dot"}} {
		c := *cfg
		c.out, c.format = o.path, o.format
		if err := writeOutput(e, &c, res); err != nil {
			return err
		}
	}
	fmt.Fprintf(e.stdout, "Processed %d sample articles: %d entities, %d events, %d graph edges.\n",
		len(res.Documents), len(res.Entities), len(res.Events), len(res.Graph.Edges))
	fmt.Fprintf(e.stdout, "Wrote %s and %s\n", jsonPath, dotPath)
	fmt.Fprintf(e.stdout, "Render the graph with: dot -Tsvg %s > %s\n", dotPath, filepath.Join(*dir, "graph.svg"))
	return reportFailures(e, cfg, res)
}

// runVersion prints the module version and the build's revision.
func runVersion(e *env) error {
	version, rev := "(devel)", ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" {
			version = bi.Main.Version
		}
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				rev = " " + s.Value[:12]
			}
		}
	}
	_, err := fmt.Fprintf(e.stdout, "timeline %s%s\n", version, rev)
	return err
}

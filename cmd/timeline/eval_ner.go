package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/timelinehq/timeline/entities/ner"
	"github.com/timelinehq/timeline/entities/ner/brown"
	"github.com/timelinehq/timeline/entities/ner/conll"
	"github.com/timelinehq/timeline/entities/ner/nertrain"
	"github.com/timelinehq/timeline/evaluate/nereval"
)

// runEvalNER implements "timeline eval ner [flags] FILE.conll".
func runEvalNER(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("eval ner", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	emit := fs.String("emit", "", "also write the tags as JSON lines to `FILE`")
	scheme := fs.String("scheme", "auto", "tag set of the gold file: auto, conll or gmb")
	gpe := fs.String("gmb-gpe", "loc", "GMB gpe chunks: loc, proper (country names only) or none")
	modelPath := fs.String("model", "", "model `FILE` to evaluate instead of the embedded one")
	convention := fs.String("gold", "raw", "gold spans: raw (as the reference scorer) or project (titles and \"the\" moved out, as the tagger is trained)")
	domain := fs.String("domain", "auto", "the model head to use, named after the corpus whose labelling it follows: conll (the default head, used by the pipeline), gmb, or auto (the head named after the gold file's tag set)")
	docs := fs.String("docs", "auto", "document grouping: auto (articles by -DOCSTART-; a file without them as running text), file (one article), text (running text: each sentence read with its neighbours, no consistency across an article), sentence (each alone)")
	if err := parseArgs(fs, args, 1, "eval ner needs one FILE.conll"); err != nil {
		return err
	}
	opt := conll.Options{Scheme: conll.Scheme(*scheme), GPE: conll.GPEMode(*gpe)}
	switch opt.GPE {
	case conll.GPELoc, conll.GPEProper, conll.GPENone:
	default:
		return usageError("bad --gmb-gpe %q", *gpe)
	}
	switch *convention {
	case "raw", "project":
	default:
		return usageError("bad --gold %q", *convention)
	}
	switch *docs {
	case "auto", "file", "text", "sentence":
	default:
		return usageError("bad --docs %q", *docs)
	}
	gold, err := conll.ReadFile(fs.Arg(0))
	if err != nil {
		return err
	}
	switch opt.Scheme {
	case "auto":
		opt.Scheme = conll.DetectScheme(gold)
	case conll.SchemeCoNLL, conll.SchemeGMB:
	default:
		return usageError("bad --scheme %q", *scheme)
	}
	m, err := loadNERModel(*modelPath)
	if err != nil {
		return err
	}
	if *domain == "auto" {
		*domain = m.Domains()[0]
		if slices.Contains(m.Domains(), string(opt.Scheme)) {
			*domain = string(opt.Scheme)
		}
	}
	if m, err = m.WithDomain(*domain); err != nil {
		return usageError("%v", err)
	}
	fmt.Fprintf(e.stderr, "model head: %s\n", *domain)
	mode := nereval.Documents
	switch {
	case *docs == "sentence":
		mode = nereval.Sentences
	case *docs == "text" || *docs == "auto" && len(gold) == 1:
		mode = nereval.Text
	}
	start := time.Now()
	sys, err := nereval.Tag(ctx, m, gold, mode)
	if err != nil {
		return err
	}
	took := time.Since(start)
	if *emit != "" {
		if err := writeFile(*emit, func(w io.Writer) error { return nereval.WriteEmit(w, sys) }); err != nil {
			return err
		}
	}
	ntok := 0
	for _, s := range conll.Sentences(gold) {
		ntok += len(s.Tokens)
	}
	fmt.Fprintf(e.stderr, "tagged %d tokens in %v (%.0f tokens/s)\n", ntok, took.Round(time.Millisecond), float64(ntok)/took.Seconds())
	want := nereval.Gold(gold, opt)
	if *convention == "project" {
		want = nereval.GoldProject(gold, opt)
	}
	return nereval.Score(want, sys).Write(e.stdout)
}

func loadNERModel(path string) (*ner.Model, error) {
	if path == "" {
		return ner.Load()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ner.Decode(f)
}

// runTrainNER implements "timeline train ner [flags]".
func runTrainNER(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("train ner", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var cfg nertrain.Config
	out := fs.String("o", filepath.Join("entities", "ner", "model.gz"), "write the model to `FILE`")
	fs.StringVar(&cfg.DataDir, "data", filepath.Join("..", "shared", "data"), "shared data `DIR` holding the default corpora")
	extra := fs.String("files", "", "comma-separated extra labelled column `FILES` (CoNLL or GMB tags)")
	fs.BoolVar(&cfg.NoDefault, "no-default", false, "train on --files only, not the default corpora")
	fs.StringVar(&cfg.Clusters, "clusters", filepath.Join("entities", "ner", "clusters.gz"), "word cluster `FILE` (\"\": none)")
	fs.StringVar(&cfg.Embeddings, "emb-clusters", filepath.Join("entities", "ner", "embclusters.gz"), "embedding cluster `FILE` (\"\": none)")
	fs.BoolVar(&cfg.NoGazetteer, "no-gazetteer", false, "train without gazetteer features")
	fs.StringVar(&cfg.Places, "places", filepath.Join("entities", "gazetteer", "places.tsv.gz"), "places `TABLE` of package entities/gazetteer whose cities and regions join the gazetteer (\"\": none)")
	fs.IntVar(&cfg.Options.Epochs, "epochs", 0, "training passes (0: default)")
	fs.IntVar(&cfg.Options.MinCount, "min-count", 0, "drop features seen fewer times (0: default)")
	fs.Float64Var(&cfg.Options.Prune, "prune", 0, "drop features whose averaged weights are all smaller (0: default 1.5; negative: keep all)")
	fs.Int64Var(&cfg.Options.Seed, "seed", 0, "shuffling seed")
	fs.IntVar(&cfg.Options.Shuffles, "shuffles", 0, "perceptrons averaged, each on another order of the data (0: default)")
	fs.IntVar(&cfg.Options.Folds, "folds", 0, "parts the data is cut into to train the second pass (0: default 5; negative: no second pass)")
	buildClusters := fs.String("build-clusters", "", "instead of training, learn word clusters from the unlabelled text and write them to `FILE`")
	var copt brown.Options
	fs.IntVar(&copt.Clusters, "num-clusters", 0, "with --build-clusters: number of clusters (0: default)")
	fs.IntVar(&copt.MinCount, "cluster-min-count", 0, "with --build-clusters: minimum word count (0: default)")
	if err := parseArgs(fs, args, 0, "train ner takes no arguments"); err != nil {
		return err
	}
	if *buildClusters != "" {
		return runBuildClusters(ctx, e, cfg.DataDir, *buildClusters, copt)
	}
	if *extra != "" {
		cfg.Files = strings.Split(*extra, ",")
	}
	start := time.Now()
	m, err := nertrain.Train(ctx, cfg, e.stderr)
	if err != nil {
		return err
	}
	if err := writeFile(*out, m.Save); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "wrote %s in %v\n", *out, time.Since(start).Round(time.Second))
	return nil
}

// runBuildClusters implements "timeline train ner --build-clusters FILE".
func runBuildClusters(ctx context.Context, e *env, dataDir, out string, opt brown.Options) error {
	start := time.Now()
	entries, err := nertrain.BuildClusters(ctx, dataDir, opt, e.stderr)
	if err != nil {
		return err
	}
	if err := writeFile(out, func(w io.Writer) error { return nertrain.WriteClusters(w, entries) }); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "wrote %d words to %s in %v\n", len(entries), out, time.Since(start).Round(time.Second))
	return nil
}

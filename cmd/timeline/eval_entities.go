package main

import (
	"context"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/evaluate/resolveeval"
)

// runEvalEntities implements "timeline eval entities ecb|reuters [flags] PATH".
func runEvalEntities(ctx context.Context, e *env, args []string) error {
	return group{name: "eval entities", noun: "corpus", want: "ecb or reuters", run: map[string]command{
		"ecb": runEvalECB, "reuters": runEvalReuters,
	}}.dispatch(ctx, e, args)
}

// runEvalECB implements "timeline eval entities ecb [flags] TOPICS_DIR".
func runEvalECB(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("eval entities ecb", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	scope := fs.String("scope", "corpus", "documents resolved together: corpus (all at once, as the pipeline does) or topic (each topic apart)")
	topics := fs.String("topics", "", "topics to read, e.g. 1-35 or 1,3,5 (default: every topic folder)")
	single := fs.Bool("singletons", false, "also score gold mentions that no chain links (mostly mentions outside the sentences annotated for coreference)")
	errs := fs.Int("errors", 0, "also list the `N` worst false and missed merges")
	if err := parseArgs(fs, args, 1, "eval entities ecb needs one folder of ECB+ topics"); err != nil {
		return err
	}
	sc := resolveeval.Scope(*scope)
	if sc != resolveeval.ScopeTopic && sc != resolveeval.ScopeCorpus {
		return usageError("bad -scope %q", *scope)
	}
	ts, err := parseRanges(*topics)
	if err != nil {
		return usageError("bad -topics: %v", err)
	}
	docs, err := resolveeval.ReadECB(ctx, fs.Arg(0), ts)
	if err != nil {
		return err
	}
	rec, err := entities.LoadTagger()
	if err != nil {
		return err
	}
	start := time.Now()
	res, err := resolveeval.EvalECB(ctx, docs, rec, resolveeval.ECBOptions{Scope: sc, Singletons: *single})
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "resolved %d documents in %v\n", len(docs), time.Since(start).Round(time.Millisecond))
	return res.Write(e.stdout, *errs)
}

// runEvalReuters implements "timeline eval entities reuters [flags] DIR".
func runEvalReuters(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("eval entities reuters", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	limit := fs.Int("limit", 0, "score only the first `N` articles with gold places (0: all)")
	title := fs.Bool("title", false, "also read the titles (in capitals)")
	top := fs.Int("top", 10, "list the `N` most often missed and extra places")
	if err := parseArgs(fs, args, 1, "eval entities reuters needs the Reuters-21578 folder"); err != nil {
		return err
	}
	docs, err := resolveeval.ReadReuters(ctx, fs.Arg(0))
	if err != nil {
		return err
	}
	rec, err := entities.LoadTagger()
	if err != nil {
		return err
	}
	start := time.Now()
	res, err := resolveeval.EvalReuters(ctx, docs, rec, *title, *limit)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "resolved %d articles in %v\n", res.Docs, time.Since(start).Round(time.Millisecond))
	return res.Write(e.stdout, *top)
}

// parseRanges reads "1-35" or "1,3,5-7".
func parseRanges(s string) ([]int, error) {
	var out []int
	if s == "" {
		return nil, nil
	}
	for _, part := range strings.Split(s, ",") {
		lo, hi, isRange := strings.Cut(strings.TrimSpace(part), "-")
		a, err := strconv.Atoi(lo)
		if err != nil {
			return nil, err
		}
		b := a
		if isRange {
			if b, err = strconv.Atoi(hi); err != nil {
				return nil, err
			}
		}
		if b < a || b-a > 10000 {
			return nil, fmt.Errorf("bad range %q", part)
		}
		for i := a; i <= b; i++ {
			out = append(out, i)
		}
	}
	return out, nil
}

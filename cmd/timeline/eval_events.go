package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/evaluate/eventeval"
	"github.com/timelinehq/timeline/pipeline"
	"github.com/timelinehq/timeline/timex"
)

// runEvalEvents implements "timeline eval events ecb|wikinews [flags]
// PATH": cross-document event de-duplication on ECB+ (a topics folder),
// or the date check on the Wikinews NAF folder.
func runEvalEvents(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] != "ecb" && args[0] != "wikinews" {
		return usageError("usage: timeline eval events ecb [--topics 1,2,...] [--by-topic] TOPICS_DIR | eval events wikinews DIR")
	}
	which := args[0]
	fs := flag.NewFlagSet("eval events "+which, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	topics := fs.String("topics", "", "with ecb: topics to read, e.g. 1-35 or 1,3,5 (default: every topic in the folder)")
	byTopic := fs.Bool("by-topic", false, "with ecb: merge each topic's documents apart instead of the whole corpus at once")
	if err := parseArgs(fs, args[1:], 1, "eval events "+which+" needs one folder"); err != nil {
		return err
	}
	rec, err := entities.LoadTagger()
	if err != nil {
		return err
	}
	if which == "wikinews" {
		arts, err := eventeval.ReadWikinews(fs.Arg(0))
		if err != nil {
			return err
		}
		c, err := eventeval.CheckDates(ctx, arts, pipeline.Config{Recognizer: rec, Tagger: timex.New()})
		if err != nil {
			return err
		}
		return c.Write(e.stdout)
	}
	ts, err := parseRanges(*topics)
	if err != nil {
		return usageError("bad --topics %q", *topics)
	}
	r, err := eventeval.EvalECB(ctx, fs.Arg(0), ts, eventeval.ECBOptions{Recognizer: rec, Tagger: timex.New(), ByTopic: *byTopic})
	if err != nil {
		return err
	}
	if *byTopic {
		fmt.Fprintln(e.stdout, "merged by topic")
	}
	return r.Write(e.stdout)
}

package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/timelinehq/timeline/evaluate/timexeval"
	"github.com/timelinehq/timeline/timex"
)

// runEvalTimex implements "timeline eval timex [--emit FILE] [--split
// all|timebank|aquaint] [--errors] [--conventions] GOLD.jsonl": it tags the
// texts of GOLD with their DCTs and prints the TempEval-3 figures, or, with
// --conventions, counts the forms the gold gives to the expressions on
// which TimeBank's and AQUAINT's annotations differ.
func runEvalTimex(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("eval timex", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	emit := fs.String("emit", "", "also write the tagger's output as JSONL to `FILE`")
	split := fs.String("split", timexeval.SplitAll, "score only this part of TempEval-3: all, timebank or aquaint")
	showErrors := fs.Bool("errors", false, "list every miss, spurious tag and wrong value")
	conventions := fs.Bool("conventions", false, "count how the gold of each part writes the expressions the parts disagree on, and tag nothing")
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: timeline eval timex [--emit FILE] [--split all|timebank|aquaint] [--errors] [--conventions] GOLD.jsonl")
		fs.PrintDefaults()
	}
	if err := parseArgs(fs, args, 1, "eval timex needs one GOLD.jsonl file"); err != nil {
		return err
	}
	gold, err := timexeval.ReadFile(fs.Arg(0))
	if err != nil {
		return err
	}
	gold, err = timexeval.Filter(gold, *split)
	if err != nil {
		return usageError("%v", err)
	}
	if *conventions {
		return timexeval.WriteConventions(e.stdout, timexeval.Conventions(gold))
	}
	sys, err := timexeval.Tag(ctx, timex.New(), gold)
	if err != nil {
		return err
	}
	if *emit != "" {
		if err := writeFile(*emit, func(w io.Writer) error { return timexeval.WriteJSONL(w, sys) }); err != nil {
			return err
		}
	}
	m := timexeval.Score(gold, sys, *showErrors)
	if *showErrors {
		last := ""
		for _, er := range m.Errors {
			if er.Doc != last {
				fmt.Fprintf(e.stdout, "# %s\n", er.Doc)
				last = er.Doc
			}
			fmt.Fprintf(e.stdout, "  %s\n", er)
		}
	}
	return m.WriteTable(e.stdout)
}

package main

import (
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/export"
	"github.com/timelinehq/timeline/pipeline"
	"github.com/timelinehq/timeline/timex"
)

// readFlags are the flags of the commands that read and process articles
// (build, serve, extract): the date of the articles that state none, the
// co-mention window, the number of workers and the size limit of an input.
type readFlags struct {
	date    time.Time
	window  pipeline.Window
	workers int
	maxSize int64

	rawDate, rawWindow, rawMaxSize string // as given; check reads them
}

// add defines the read flags on fs.
func (f *readFlags) add(fs *flag.FlagSet) {
	fs.StringVar(&f.rawDate, "date", "", "")
	fs.StringVar(&f.rawWindow, "window", "sentence", "")
	fs.IntVar(&f.workers, "workers", 0, "")
	fs.StringVar(&f.rawMaxSize, "max-size", "32MB", "")
}

// check reads the values of the flags once fs is parsed; a bad one is a
// usage error of the command cmd.
func (f *readFlags) check(cmd string) error {
	if f.rawDate != "" {
		t, err := time.Parse("2006-01-02", f.rawDate)
		if err != nil {
			return usageError("%s: -date %q is not a date like 2017-04-13", cmd, f.rawDate)
		}
		f.date = t
	}
	w, err := pipeline.ParseWindow(f.rawWindow)
	if err != nil {
		return usageError("%s: %v", cmd, err)
	}
	f.window = w
	if f.workers < 0 {
		return usageError("%s: -workers must be positive", cmd)
	}
	if f.maxSize, err = parseSize(f.rawMaxSize); err != nil {
		return usageError("%s: -max-size: %v", cmd, err)
	}
	return nil
}

// startRun sets up a run of the pipeline over inputs read by rd: the
// built-in name and time taggers, the read flags, and a progress display
// on e's stderr (silent with quiet). The caller calls finish on the
// progress when the run ends.
func (f *readFlags) startRun(e *env, quiet bool, inputs []string, rd corpus.Reader) (pipeline.Config, *progress, error) {
	rec, err := entities.LoadTagger()
	if err != nil {
		return pipeline.Config{}, nil, fmt.Errorf("loading the name tagger: %w", err)
	}
	pc := pipeline.Config{
		Workers: f.workers, Date: f.date, Window: f.window, Reader: rd,
		Recognizer: rec, Tagger: timex.New(),
	}
	prog := newProgress(e, quiet)
	prog.expect(inputs, rd)
	pc.Progress = prog.update
	return pc, prog, nil
}

// checkFormat returns a usage error of the command cmd when no output
// format is called name.
func checkFormat(cmd, name string) error {
	if _, ok := export.Lookup(name); ok {
		return nil
	}
	var names []string
	for _, f := range export.Formats() {
		names = append(names, f.Name)
	}
	return usageError("%s: unknown format %q (want %s)", cmd, name, strings.Join(names, ", "))
}

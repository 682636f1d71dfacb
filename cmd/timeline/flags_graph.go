package main

import (
	"flag"

	"github.com/timelinehq/timeline/pipeline"
)

// graphFlags are build's flags that shape the co-mention graph.
type graphFlags struct{}

// addGraphFlags defines the graph flags on fs.
func addGraphFlags(fs *flag.FlagSet) *graphFlags { return &graphFlags{} }

// apply reshapes the result's graph as the flags ask.
func (g *graphFlags) apply(res *pipeline.Result) error { return nil }

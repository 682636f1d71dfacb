// Command timeline-beam runs timeline build as an Apache Beam pipeline:
// the articles of each input shard are processed in parallel (a ParDo),
// and a global combine merges them into the output that timeline build
// would write.
//
// Usage:
//
//	timeline-beam --input PATH[,PATH...] --output FILE [--format json]
//	    [--window sentence] [--date YYYY-MM-DD] [--seed 1] [--workers 1]
//	    [--runner direct|flink|spark|dataflow|...] [runner flags]
//
// An input is a file (a shard), a folder (each article file in it is a
// shard), a pattern (shards/*.jsonl) or, on a distributed runner, a path
// or pattern Beam's filesystem reads (gs://bucket/shards/*.jsonl). Split a large JSONL feed into shards
// first (split -l 10000 feed.jsonl shard- ; rename them *.jsonl). See
// beam/README.md for the runners.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	timelinebeam "github.com/timelinehq/timeline/beam"
)

var (
	input   = flag.String("input", "", "comma-separated files or folders (required)")
	output  = flag.String("output", "", "the output file (required)")
	format  = flag.String("format", "json", "output format, as timeline build -f")
	window  = flag.String("window", "sentence", "co-mention unit: sentence, paragraph or document")
	date    = flag.String("date", "", "publication date (YYYY-MM-DD) of articles that state none")
	seed    = flag.Uint64("seed", 1, "seed of the community detection")
	workers = flag.Int("workers", 1, "articles processed at once within one shard")
)

func main() {
	flag.Parse()
	beam.Init()
	if *input == "" || *output == "" {
		fmt.Fprintln(os.Stderr, "timeline-beam: --input and --output are required")
		os.Exit(2)
	}
	shards, err := timelinebeam.Shards(context.Background(), strings.Split(*input, ","))
	if err != nil {
		fmt.Fprintf(os.Stderr, "timeline-beam: %v\n", err)
		os.Exit(1)
	}
	p, s := beam.NewPipelineWithRoot()
	out := timelinebeam.Build(s, shards, timelinebeam.Options{
		Format: *format, Window: *window, Date: *date, Seed: *seed, Workers: *workers,
	})
	timelinebeam.Write(s, *output, out)
	if err := beamx.Run(context.Background(), p); err != nil {
		fmt.Fprintf(os.Stderr, "timeline-beam: %v\n", err)
		os.Exit(1)
	}
}

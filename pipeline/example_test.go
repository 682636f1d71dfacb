package pipeline_test

import (
	"bytes"
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/pipeline"
	"github.com/timelinehq/timeline/samples"
	"github.com/timelinehq/timeline/timex"
)

// The map step writes an extract file; the reduce step merges any number
// of them into the result that Run gives.
func ExampleMerge() {
	rec, err := entities.LoadTagger()
	if err != nil {
		log.Fatal(err)
	}
	cfg := pipeline.Config{Recognizer: rec, Tagger: timex.New(), Reader: corpus.Reader{FS: samples.FS()}}

	var buf bytes.Buffer
	st, err := pipeline.Extract(context.Background(), cfg, []string{"."}, &buf)
	if err != nil {
		log.Fatal(err)
	}
	header, _, _ := bytes.Cut(buf.Bytes(), []byte("\n"))
	fmt.Printf("%s\n%d articles extracted, %d failed\n", header, st.Documents, st.Failed)

	dir, err := os.MkdirTemp("", "extract")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, "samples.jsonl")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	merged, err := pipeline.Merge(context.Background(), pipeline.Config{Seed: 1}, []string{file})
	if err != nil {
		log.Fatal(err)
	}
	cfg.Seed = 1
	built, err := pipeline.Run(context.Background(), cfg, []string{"."})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(len(merged.Documents) == len(built.Documents), len(merged.Entities) == len(built.Entities),
		len(merged.Events) == len(built.Events))
	// Output:
	// {"schema":"timeline-extract/v1","window":"sentence"}
	// 6 articles extracted, 0 failed
	// true true true
}

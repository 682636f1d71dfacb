package corpus_test

import (
	"context"
	"fmt"
	"testing/fstest"

	"github.com/timelinehq/timeline/corpus"
)

// Reading a folder: every input, good or bad, becomes a Document.
func ExampleReader_Walk() {
	fsys := fstest.MapFS{
		"news/a.txt":     {Data: []byte("Putin met Tillerson in Moscow on Wednesday.")},
		"news/b.jsonl":   {Data: []byte(`{"id": "b1", "date": "2017-04-13", "text": "Peskov spoke on Thursday."}` + "\nnot json\n")},
		"news/empty.txt": {Data: nil},
	}
	r := corpus.Reader{FS: fsys}
	r.Walk(context.Background(), []string{"news"}, func(d *corpus.Document) error {
		if d.Err != nil {
			fmt.Printf("%s: %s: %v\n", d.ID, d.Status(), d.Err)
			return nil
		}
		fmt.Printf("%s: %s: %q\n", d.ID, d.Status(), d.Raw)
		return nil
	})
	// Output:
	// a: ok: "Putin met Tillerson in Moscow on Wednesday."
	// b1: ok: "Peskov spoke on Thursday."
	// b-2: error: news/b.jsonl:2: not valid JSON: invalid character 'o' in literal null (expecting 'u') (at byte 2)
	// empty: error: news/empty.txt: empty: no text
}

package entities_test

import (
	"strings"
	"testing"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/segment"
)

// FuzzRecognize runs the tagger and the baseline recognizer, Trim and
// Group on any text
// and checks the invariants the pipeline relies on: no panic, every
// mention's span inside the text and holding its text, every mention
// owned by one local entity that lists it, and a resolver that gives each
// an ID.
func FuzzRecognize(f *testing.F) {
	f.Add("SAN MATEO, Calif., March 2 - Mr Jenkin met Miss Jenkin on the Danube near Ruse.")
	f.Add("Russian Foreign Minister Sergey Lavrov met Rex Tillerson. Lavrov said the U.N. and the United Nations agreed.")
	f.Add("PITTSBURGH (Reuters) - the Bush-era rule; The Danube reopened. Don't. Putin's aide, Mr. Peskov, said")
	f.Add("A vigil for Kimani 'Kiki' Gray at the Betty Ford Center; Lohan stayed at Betty Ford. Burkhard “Bobby” Junger (Finance Minister) said")
	tag, err := entities.LoadTagger()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sents := segment.Sentences(text)
		for _, rec := range []entities.Recognizer{tag, entities.Capitalized{}} {
			check(t, text, sents, rec.Recognize(text, sents))
		}
	})
}

// check asserts the invariants on the mentions one recognizer found.
func check(t *testing.T, text string, sents []corpus.Span, ms []entities.Mention) {
	for i, m := range ms {
		if m.Span.Start < 0 || m.Span.End > len(text) || m.Span.Start >= m.Span.End || text[m.Span.Start:m.Span.End] != m.Text {
			t.Fatalf("mention %d %+v does not hold its text", i, m)
		}
		if m.Sentence < 0 || m.Sentence >= len(sents) {
			t.Fatalf("mention %d in sentence %d of %d", i, m.Sentence, len(sents))
		}
		if tm, ok := entities.Trim(text, corpus.Span{Start: 0, End: len(text)}, m); ok &&
			(tm.Span.Start < m.Span.Start || tm.Span.End > m.Span.End || text[tm.Span.Start:tm.Span.End] != tm.Text || strings.TrimSpace(tm.Text) == "") {
			t.Fatalf("Trim(%+v) = %+v", m, tm)
		}
	}
	locals, owner := entities.Group(ms)
	if len(owner) != len(ms) {
		t.Fatalf("%d owners for %d mentions", len(owner), len(ms))
	}
	for i, o := range owner {
		if o < 0 || o >= len(locals) || !contains(locals[o].Mentions, i) {
			t.Fatalf("mention %d owned by %d, which does not list it", i, o)
		}
	}
	r := entities.NewResolver()
	hs := r.Add("d", locals)
	ents, idOf := r.Finish()
	for _, h := range hs {
		if idOf(h) == "" {
			t.Fatalf("handle %d has no ID among %d entities", h, len(ents))
		}
	}
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

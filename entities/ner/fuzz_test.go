package ner_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/timelinehq/timeline/entities/ner"
)

// checkSpans fails unless spans are ordered, disjoint, inside n tokens and
// of a known type.
func checkSpans(t *testing.T, spans []ner.Span, n int) {
	t.Helper()
	last := 0
	for _, sp := range spans {
		if sp.Start < last || sp.End <= sp.Start || sp.End > n {
			t.Fatalf("bad span %+v (previous end %d, %d tokens)", sp, last, n)
		}
		switch sp.Type {
		case ner.PER, ner.LOC, ner.ORG:
		default:
			t.Fatalf("bad type %q", sp.Type)
		}
		last = sp.End
	}
}

func FuzzTagDocument(f *testing.F) {
	m, err := ner.Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Mr Putin met Tillerson in Moscow .\nPutin said the Kremlin agreed .")
	f.Add("PUTIN MEETS TILLERSON\n\n'' \u00a0 al-Assad 's")
	f.Add("the the the\nMr\nPresident")
	f.Fuzz(func(t *testing.T, text string) {
		var doc [][]string
		for _, line := range strings.Split(text, "\n") {
			doc = append(doc, strings.Fields(line))
		}
		got := m.TagDocument(doc)
		if len(got) != len(doc) {
			t.Fatalf("%d sentences in, %d out", len(doc), len(got))
		}
		for i, spans := range got {
			checkSpans(t, spans, len(doc[i]))
		}
	})
}

// TestConcurrentTag tags from several goroutines at once; run with -race.
func TestConcurrentTag(t *testing.T) {
	m, err := ner.Load()
	if err != nil {
		t.Fatal(err)
	}
	sents := [][]string{
		strings.Fields("Putin met Tillerson in Moscow ."),
		strings.Fields("NATO chief Jens Stoltenberg visited Hamburg ."),
	}
	want := [][]ner.Span{m.Tag(sents[0]), m.Tag(sents[1])}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				i := (g + k) % 2
				got := m.Tag(sents[i])
				if len(got) != len(want[i]) {
					t.Errorf("goroutine %d: %v, want %v", g, got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
}

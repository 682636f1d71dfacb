package ner_test

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/timelinehq/timeline/entities/ner"
	"github.com/timelinehq/timeline/internal/testenv"
)

// sharedDir returns ../shared beside the module root, skipping the test
// when it is missing (failing under CI).
func sharedDir(t testing.TB) string {
	t.Helper()
	return testenv.Shared(t, "")
}

var (
	reParagraph = regexp.MustCompile(`(?s)<p>(.*?)</p>`)
	reTag       = regexp.MustCompile(`<[^>]*>`)
	reSentence  = regexp.MustCompile(`[.!?][”"’]?\s+`)
)

// articleSentences extracts the paragraphs of a raw seed page (HTML <p>
// elements, or else blank-line separated text) and splits them into
// sentences at a stop followed by a space.
func articleSentences(raw string) [][]string {
	var paras []string
	for _, m := range reParagraph.FindAllStringSubmatch(raw, -1) {
		paras = append(paras, m[1])
	}
	if len(paras) == 0 {
		paras = strings.Split(raw, "\n\n")
	}
	var out [][]string
	for _, p := range paras {
		text := html.UnescapeString(reTag.ReplaceAllString(p, ""))
		last := 0
		for _, loc := range reSentence.FindAllStringIndex(text, -1) {
			// Not after an abbreviation or initial ("Mr.", "U.S.").
			words := strings.Fields(text[last : loc[0]+1])
			if n := len(words); n > 0 && len(words[n-1]) <= 4 && strings.Count(words[n-1], ".") > 0 &&
				loc[0]+1 < len(text) && strings.HasSuffix(words[n-1], ".") && isAbbrev(words[n-1]) {
				continue
			}
			out = append(out, tokens(text[last:loc[1]]))
			last = loc[1]
		}
		if last < len(text) {
			out = append(out, tokens(text[last:]))
		}
	}
	return out
}

func isAbbrev(w string) bool {
	switch w {
	case "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "U.S.", "U.N.":
		return true
	}
	return false
}

func tokens(s string) []string {
	var out []string
	for _, t := range ner.Tokenize(s) {
		out = append(out, t.Text)
	}
	return out
}

// TestSeeds tags the articles of the seed corpus and checks that the
// people, places and organizations they are about are found with the right
// type somewhere.
func TestSeeds(t *testing.T) {
	dir := filepath.Join(sharedDir(t), "seeds")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles in %s", dir)
	}
	m, err := ner.Load()
	if err != nil {
		t.Fatal(err)
	}
	found := map[ner.Type][]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sents := articleSentences(string(b))
		for i, spans := range m.TagDocument(sents) {
			for _, sp := range spans {
				found[sp.Type] = append(found[sp.Type], strings.Join(sents[i][sp.Start:sp.End], " "))
			}
		}
	}
	want := []struct {
		name string
		typ  ner.Type
	}{
		{"Putin", ner.PER}, {"Tillerson", ner.PER}, {"Lavrov", ner.PER}, {"Peskov", ner.PER},
		{"Assad", ner.PER}, {"Mattis", ner.PER}, {"Stoltenberg", ner.PER}, {"Safronkov", ner.PER},
		{"Russia", ner.LOC}, {"Syria", ner.LOC}, {"Moscow", ner.LOC}, {"Idlib", ner.LOC}, {"Hamburg", ner.LOC},
		{"Kremlin", ner.ORG}, {"NATO", ner.ORG}, {"Hezbollah", ner.ORG}, {"ExxonMobil", ner.ORG},
		{"Security Council", ner.ORG},
	}
	for _, w := range want {
		t.Run(w.name, func(t *testing.T) {
			for _, e := range found[w.typ] {
				if strings.Contains(e, w.name) {
					return
				}
			}
			t.Errorf("%s not found as %s; %s found: %q", w.name, w.typ, w.typ, found[w.typ])
		})
	}
	// Titles, "Mr" and "the" stay outside spans.
	for typ, names := range found {
		for _, e := range names {
			first := strings.Fields(e)[0]
			if ner.IsTitle(first) && typ == ner.PER || strings.EqualFold(first, "the") {
				t.Errorf("%s span %q starts with %q", typ, e, first)
			}
		}
	}
}

package ner

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// passesOf builds first passes from sentences written "word/T" (T one of
// P, L, O for a one-word person, place or organization; untagged words are
// O).
func passesOf(sentences ...string) []firstPass {
	var out []firstPass
	for _, s := range sentences {
		var p firstPass
		for _, w := range strings.Fields(s) {
			word, typ, _ := strings.Cut(w, "/")
			tag := tagO
			switch typ {
			case "P":
				tag = tagOf(0, partU)
			case "L":
				tag = tagOf(1, partU)
			case "O":
				tag = tagOf(2, partU)
			}
			var in tokInfo
			analyze(word, &in)
			p.tags = append(p.tags, tag)
			p.lower = append(p.lower, in.lower)
			p.caps = append(p.caps, in.flags&flInitCap != 0)
		}
		out = append(out, p)
	}
	return out
}

func TestConflict(t *testing.T) {
	filler := "it rained ."
	tests := []struct {
		name      string
		sentences []string
		k, lo, hi int
		want      bool
	}{
		{"the same type around", []string{"Sharif/P spoke .", "Sharif/P left ."}, 0, 0, 2, false},
		{"another type in the next sentence", []string{"Sharif/L spoke .", "Sharif/P left ."}, 0, 0, 2, true},
		{"untagged in the sentence before", []string{"Sharif left .", "Sharif/P spoke ."}, 1, 0, 2, true},
		{"another type in the same sentence", []string{"Jordan/P flew to Jordan/L ."}, 0, 0, 1, true},
		{"a lower-case word does not count", []string{"the/O rain .", "the rain ."}, 1, 0, 2, false},
		{"beyond the window", []string{"Sharif/L spoke .", filler, filler, filler, filler, filler, "Sharif/P left ."}, 6, 0, 7, false},
		{"within the window", []string{"Sharif/L spoke .", filler, filler, filler, filler, "Sharif/P left ."}, 5, 0, 6, true},
		{"in another article", []string{"Sharif/L spoke .", "Sharif/P left ."}, 1, 1, 2, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := conflict(passesOf(tc.sentences...), tc.k, tc.lo, tc.hi); got != tc.want {
				t.Errorf("conflict = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestDocFeatures(t *testing.T) {
	passes := passesOf("Sharif/L spoke .", "Mr Sharif/P left .", "Sharif/P said so .", "Sharif/P went .")
	var s sentence
	var in tokInfo
	analyze("Sharif", &in)
	docFeatures(&s, passes, 0, 0, len(passes))
	if len(s.docOffs) != 4 {
		t.Fatalf("docOffs = %v, want one bound per token and one more", s.docOffs)
	}
	got := s.docFeats[s.docOffs[0]:s.docOffs[1]]
	for _, f := range []uint64{
		mix(fDocType, 1),                        // a person elsewhere
		mix(fDocCount, 1<<2|3),                  // three times
		mix(fDocPart, 1<<1|1),                   // a name of its own
		mix(fDocMajority, 1),                    // mostly a person
		mix(mix(fDocMajorityWord, 1), in.lower), // and which word
		mix(fDocPrev, passes[1].lower[0]),       // after "Mr"
	} {
		if !slices.Contains(got, f) {
			t.Errorf("features of Sharif lack %x", f)
		}
	}
	if slices.Contains(got, mix(fDocType, 2)) {
		t.Error("Sharif's own type, a place, counted as the others'")
	}
	if n := s.docOffs[2] - s.docOffs[1]; n != 0 {
		t.Errorf("the lower-case word got %d features", n)
	}
	docFeatures(&s, passes, 0, 0, 1)
	if len(s.docFeats) != 0 {
		t.Errorf("an article of one sentence gave %d features", len(s.docFeats))
	}
}

func TestNoSecondPass(t *testing.T) {
	one, err := Train(context.Background(), toyData(), TrainOptions{Epochs: 2, MinCount: 1, Prune: -1, Folds: -1})
	if err != nil {
		t.Fatal(err)
	}
	if one.second != nil {
		t.Error("Folds -1 trained a second pass")
	}
}

func TestKeepFound(t *testing.T) {
	tests := []struct {
		name                string
		first, second, want []Span
	}{
		{"a name dropped is kept", []Span{{0, 1, ORG}, {4, 5, PER}}, []Span{{4, 5, PER}}, []Span{{0, 1, ORG}, {4, 5, PER}}},
		{"a name retyped is the second's", []Span{{0, 1, LOC}}, []Span{{0, 1, ORG}}, []Span{{0, 1, ORG}}},
		{"a name widened is the second's", []Span{{0, 1, PER}, {3, 4, ORG}}, []Span{{0, 2, PER}, {3, 4, ORG}}, []Span{{0, 2, PER}, {3, 4, ORG}}},
		{"names joined into a person stay apart", []Span{{0, 1, PER}, {2, 4, ORG}}, []Span{{0, 4, PER}}, []Span{{0, 1, PER}, {2, 4, ORG}}},
		{"names joined into a person stay as they were", []Span{{0, 1, PER}, {2, 3, LOC}, {5, 6, ORG}}, []Span{{0, 3, PER}, {5, 6, LOC}}, []Span{{0, 1, PER}, {2, 3, LOC}, {5, 6, LOC}}},
		{"names joined into a company", []Span{{0, 1, PER}, {2, 4, ORG}}, []Span{{0, 4, ORG}}, []Span{{0, 4, ORG}}},
		{"a name found is added", nil, []Span{{3, 4, PER}}, []Span{{3, 4, PER}}},
		{"the result in order", []Span{{5, 6, LOC}}, []Span{{0, 2, PER}, {7, 8, ORG}}, []Span{{0, 2, PER}, {5, 6, LOC}, {7, 8, ORG}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := keepFound(tc.first, tc.second); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("keepFound = %v, want %v", got, tc.want)
			}
		})
	}
}

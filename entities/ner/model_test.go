package ner

import (
	"bytes"
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestBILOU(t *testing.T) {
	tests := []struct {
		name  string
		spans []Span
		n     int
	}{
		{"none", nil, 3},
		{"unit and multi", []Span{{0, 1, PER}, {2, 5, ORG}}, 6},
		{"adjacent", []Span{{0, 2, LOC}, {2, 3, LOC}}, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tags := spansToTags(tc.spans, tc.n)
			for i := range tags {
				prev := -1
				if i > 0 {
					prev = tags[i-1]
				}
				if !allowed(prev, tags[i]) {
					t.Errorf("tag %d after %d not allowed", tags[i], prev)
				}
			}
			if got := tagsToSpans(tags); !reflect.DeepEqual(got, tc.spans) {
				t.Errorf("round trip = %v, want %v", got, tc.spans)
			}
		})
	}
}

// toyData is a small labelled set: people after "Mr", places after "in",
// organizations ending in "Corp".
func toyData() []Sentence {
	var out []Sentence
	people := []string{"Smith", "Jones", "Brown", "Lavrov", "Peskov"}
	places := []string{"Paris", "Moscow", "Idlib", "Hamburg", "Syria"}
	orgs := []string{"Acme", "Globex", "Initech", "Umbrella", "Hooli"}
	for i := 0; i < 40; i++ {
		p, l, o := people[i%5], places[(i/5)%5], orgs[(i/2)%5]
		toks := strings.Fields(fmt.Sprintf("Mr %s of %s Corp said in %s on Monday .", p, o, l))
		out = append(out, Sentence{Tokens: toks, Spans: []Span{{1, 2, PER}, {3, 5, ORG}, {7, 8, LOC}}})
	}
	return out
}

func trainToy(t testing.TB) *Model {
	t.Helper()
	m, err := Train(context.Background(), toyData(), TrainOptions{
		Epochs:        5,
		MinCount:      1,
		Prune:         -1, // toy weights are small: keep them all
		Gazetteer:     []List{{Name: "city", Phrases: []string{"Paris", "Hamburg"}}},
		ClusterWords:  []string{"Paris", "Moscow"},
		ClusterPaths:  []string{"0101", "0100"},
		ClusterCounts: []int{10, 8},
		EmbWords:      []string{"paris", "moscow", "hooli", "peskov"},
		EmbPaths:      []string{"0110", "0111", "10", "1101"},
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestTrainLearnsToyData(t *testing.T) {
	m := trainToy(t)
	got := m.Tag(strings.Fields("Mr Peskov of Hooli Corp said in Moscow on Monday ."))
	want := []Span{{1, 2, PER}, {3, 5, ORG}, {7, 8, LOC}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tag = %v, want %v", got, want)
	}
}

func TestTrainDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := trainToy(t).Save(&a); err != nil {
		t.Fatal(err)
	}
	if err := trainToy(t).Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings with the same data and seed differ")
	}
}

func TestSaveDecode(t *testing.T) {
	m := trainToy(t)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Decode(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if m.second == nil || m2.second == nil {
		t.Fatalf("second pass trained %v, decoded %v", m.second != nil, m2.second != nil)
	}
	doc := [][]string{
		strings.Fields("Mr Peskov of Hooli Corp said in Moscow on Monday ."),
		strings.Fields("Peskov of Hooli said in Paris ."),
		strings.Fields("Peskov said ."),
	}
	if a, b := m.TagText(doc), m2.TagText(doc); !reflect.DeepEqual(a, b) {
		t.Errorf("second pass: before saving %v, after %v", a, b)
	}
	for _, s := range toyData()[:10] {
		if a, b := m.Tag(s.Tokens), m2.Tag(s.Tokens); !reflect.DeepEqual(a, b) {
			t.Errorf("%v: before saving %v, after %v", s.Tokens, a, b)
		}
	}
	var again bytes.Buffer
	if err := m2.Save(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("a decoded model saves differently")
	}
}

func TestTagDocumentConsistency(t *testing.T) {
	m := trainToy(t)
	doc := [][]string{
		strings.Fields("Mr Lavrov of Globex Corp said in Idlib on Monday ."),
		strings.Fields("Lavrov said ."),
	}
	got := m.TagDocument(doc)
	if want := []Span{{0, 1, PER}}; !reflect.DeepEqual(got[1], want) {
		t.Errorf("second sentence = %v, want %v (the name recurs)", got[1], want)
	}
}

func FuzzDecode(f *testing.F) {
	var buf bytes.Buffer
	if err := trainToy(f).Save(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte{0x1f, 0x8b})
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Decode(bytes.NewReader(b))
		if err != nil {
			return
		}
		m.Tag([]string{"Mr", "Smith", "in", "Paris"})
	})
}

// TestEmissionsExact checks that the table's 16-bit weights, summed as
// integers with the cached sums of the words' own features, give every
// score exactly as the float32 sum of the model's weights would.
func TestEmissionsExact(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	row := make(map[uint64]int, len(m.keys))
	for r, k := range m.keys {
		row[k] = r
	}
	w := m.heads[0].weights
	for _, s := range []string{
		"Russian President Vladimir Putin met U.S. Secretary of State Rex Tillerson in Moscow on Wednesday .",
		"PUTIN , TILLERSON DISCUSS TIES",
		"US and WHO officials met in Geneva .", // acronyms that spell words
		"Zürich-based Crédit Suisse said its third-quarter profit rose 12 pct to 1.2 billion francs .",
	} {
		toks := strings.Fields(s)
		st := &tagState{}
		m.res.prepare(toks, &st.sent)
		m.emissions(st)
		for i := range toks {
			var want [numTags]float32
			for _, f := range st.sent.features(i, nil) {
				if r, ok := row[f]; ok {
					for tag := range want {
						want[tag] += w[r*numTags+tag]
					}
				}
			}
			for tag, x := range want {
				if got := st.scores[i*numTags+tag]; got != x {
					t.Fatalf("%q token %d (%s) tag %d: score %v, want %v", s, i, toks[i], tag, got, x)
				}
			}
		}
	}
}

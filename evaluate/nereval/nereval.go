// Package nereval scores a named-entity tagger against labelled column
// files at the entity level, with the semantics of conlleval and of the
// reference scorer ../shared/eval/ner/score.py: a predicted entity counts
// only if its start, end and type all match a gold one.
package nereval

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/timelinehq/timeline/entities/ner"
	"github.com/timelinehq/timeline/entities/ner/conll"
)

// scored are the scored entity types, in report order.
var scored = [...]ner.Type{ner.PER, ner.LOC, ner.ORG}

// Counts are the entity counts of one type.
type Counts struct {
	Correct, Pred, Gold int
}

// P returns the precision.
func (c Counts) P() float64 { return ratio(c.Correct, c.Pred) }

// R returns the recall.
func (c Counts) R() float64 { return ratio(c.Correct, c.Gold) }

// F1 returns the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Result holds counts per type.
type Result struct {
	ByType map[ner.Type]Counts
}

// Micro returns the counts summed over types.
func (r Result) Micro() Counts {
	var m Counts
	for _, t := range scored {
		c := r.ByType[t]
		m.Correct += c.Correct
		m.Pred += c.Pred
		m.Gold += c.Gold
	}
	return m
}

// Score compares system spans with gold spans, sentence by sentence.
// Duplicate spans in a sentence count once; spans of other types are
// ignored.
func Score(gold, sys [][]ner.Span) Result {
	res := Result{ByType: map[ner.Type]Counts{}}
	for i := range gold {
		g := set(gold[i])
		var s map[ner.Span]bool
		if i < len(sys) {
			s = set(sys[i])
		}
		for sp := range g {
			c := res.ByType[sp.Type]
			c.Gold++
			if s[sp] {
				c.Correct++
			}
			res.ByType[sp.Type] = c
		}
		for sp := range s {
			c := res.ByType[sp.Type]
			c.Pred++
			res.ByType[sp.Type] = c
		}
	}
	return res
}

func set(spans []ner.Span) map[ner.Span]bool {
	m := make(map[ner.Span]bool, len(spans))
	for _, sp := range spans {
		switch sp.Type {
		case ner.PER, ner.LOC, ner.ORG:
			m[sp] = true
		}
	}
	return m
}

// Write prints the table and the closing line of the reference scorer:
//
//	type     gold   pred   corr       P       R      F1
//	...
//	micro_F1=0.xxx PER=0.xxx LOC=0.xxx ORG=0.xxx
func (r Result) Write(w io.Writer) error {
	fmt.Fprintf(w, "%-6s %6s %6s %6s %7s %7s %7s\n", "type", "gold", "pred", "corr", "P", "R", "F1")
	row := func(name string, c Counts) {
		fmt.Fprintf(w, "%-6s %6d %6d %6d %7.3f %7.3f %7.3f\n", name, c.Gold, c.Pred, c.Correct, c.P(), c.R(), c.F1())
	}
	for _, t := range scored {
		row(string(t), r.ByType[t])
	}
	row("micro", r.Micro())
	_, err := fmt.Fprintf(w, "micro_F1=%.3f PER=%.3f LOC=%.3f ORG=%.3f\n",
		r.Micro().F1(), r.ByType[ner.PER].F1(), r.ByType[ner.LOC].F1(), r.ByType[ner.ORG].F1())
	return err
}

// Gold returns the gold spans of every sentence of docs, in order.
func Gold(docs []conll.Document, opt conll.Options) [][]ner.Span {
	var out [][]ner.Span
	for _, d := range docs {
		for _, s := range d.Sentences {
			var spans []ner.Span
			for _, c := range conll.Entities(s, opt) {
				spans = append(spans, ner.Span{Start: c.Start, End: c.End, Type: ner.Type(c.Type)})
			}
			out = append(out, spans)
		}
	}
	return out
}

// GoldProject returns the gold spans of every sentence of docs mapped to the
// project's convention, as the tagger is trained (see [ner.FromCoNLL]):
// titles ("President", "Mr.", "Information Minister"), a leading "the", a
// trailing possessive and, on GMB, lower-case words at either end
// ("southern Iraq") outside spans; GMB's "Mr./B-per Putin/B-org" a person.
// GMB puts titles inside person spans, so on GMB this is the fair
// comparison; Gold is the one the reference scorer makes.
func GoldProject(docs []conll.Document, opt conll.Options) [][]ner.Span {
	var out [][]ner.Span
	for _, d := range ner.FromCoNLL(docs, opt) {
		for _, s := range d {
			out = append(out, s.Spans)
		}
	}
	return out
}

// Tagger is what Tag needs of a model.
type Tagger interface {
	TagDocument(sentences [][]string) [][]ner.Span
	TagText(sentences [][]string) [][]ner.Span
}

// Mode says how Tag groups sentences.
type Mode int

const (
	// Documents tags each document as an article (TagDocument).
	Documents Mode = iota
	// Text tags each document as running text whose article boundaries
	// are not known (TagText): for files without -DOCSTART- lines.
	Text
	// Sentences tags each sentence alone.
	Sentences
)

// Tag runs the tagger over docs, as mode says, and returns the spans of
// every sentence in order.
func Tag(ctx context.Context, m Tagger, docs []conll.Document, mode Mode) ([][]ner.Span, error) {
	var out [][]ner.Span
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		toks := make([][]string, len(d.Sentences))
		for i, s := range d.Sentences {
			toks[i] = s.Tokens
		}
		switch mode {
		case Sentences:
			for _, t := range toks {
				out = append(out, m.TagDocument([][]string{t})...)
			}
		case Text:
			out = append(out, m.TagText(toks)...)
		default:
			out = append(out, m.TagDocument(toks)...)
		}
	}
	return out, nil
}

// emitSpan is the JSON form of a span in WriteEmit.
type emitSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
}

// WriteEmit writes one JSON line per sentence, in the format the reference
// scorer reads: {"id": N, "spans": [{"start": S, "end": E, "type": "PER"}]}.
func WriteEmit(w io.Writer, spans [][]ner.Span) error {
	enc := json.NewEncoder(w)
	for i, ss := range spans {
		line := struct {
			ID    int        `json:"id"`
			Spans []emitSpan `json:"spans"`
		}{ID: i, Spans: make([]emitSpan, 0, len(ss))}
		for _, s := range ss {
			line.Spans = append(line.Spans, emitSpan{s.Start, s.End, string(s.Type)})
		}
		if err := enc.Encode(line); err != nil {
			return err
		}
	}
	return nil
}

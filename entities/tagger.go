package entities

import (
	"strings"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/entities/ner"
)

// Tagger recognizes names with the trained sequence tagger of package
// ner, article by article so that a name tagged once is tagged the same
// elsewhere in the article. It is safe for concurrent use.
type Tagger struct {
	model *ner.Model
}

// NewTagger wraps a loaded model.
func NewTagger(m *ner.Model) *Tagger { return &Tagger{model: m} }

// LoadTagger loads the embedded model. Loading takes a fraction of a
// second: do it once and share the Tagger.
func LoadTagger() (*Tagger, error) {
	m, err := ner.Load()
	if err != nil {
		return nil, err
	}
	return NewTagger(m), nil
}

var kinds = map[ner.Type]Kind{ner.PER: Person, ner.LOC: Location, ner.ORG: Organization}

// Recognize implements Recognizer.
func (t *Tagger) Recognize(text string, sentences []corpus.Span) []Mention {
	toks := make([][]ner.Token, len(sentences))
	words := make([][]string, len(sentences))
	for i, s := range sentences {
		toks[i] = ner.Tokenize(text[s.Start:s.End])
		words[i] = make([]string, len(toks[i]))
		for j, tk := range toks[i] {
			words[i][j] = tk.Text
		}
	}
	spans := t.model.TagDocument(words)
	var out []Mention
	for i, s := range sentences {
		for _, sp := range spans[i] {
			if sp.Start < 0 || sp.End > len(toks[i]) || sp.Start >= sp.End {
				continue
			}
			start := s.Start + toks[i][sp.Start].Start
			end := s.Start + toks[i][sp.End-1].End
			name := text[start:end]
			if strings.TrimSpace(name) == "" {
				continue
			}
			m, ok := finish(text, s, Mention{Span: corpus.Span{Start: start, End: end}, Text: name, Kind: kinds[sp.Type], Sentence: i})
			if ok {
				out = append(out, m)
			}
		}
	}
	return out
}

// finish trims a recognized mention to its name (see [Trim]) and finds
// the role said with a person: the title before the name, else one in the
// span itself, else an apposition after it.
func finish(text string, sent corpus.Span, m Mention) (Mention, bool) {
	m, ok := Trim(text, sent, m)
	if !ok || m.Kind != Person {
		return m, ok
	}
	if r := RoleBefore(text, sent.Start, m.Span.Start); r != "" {
		m.Role = r
	}
	if m.Role == "" {
		m.Role = AppositionAfter(text, m.Span.End, sent.End)
	}
	return m, true
}

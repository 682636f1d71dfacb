package resolveeval_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/evaluate/resolveeval"
)

// FuzzParseECB checks that any input parses without a panic, and that a
// parsed document's mentions point inside its tokens, in order, with a
// tag, a chain, and a kind exactly when they are people or places, and
// that its text holds every token at its span.
func FuzzParseECB(f *testing.F) {
	f.Add(ecbXML)
	f.Add(`<Document><token t_id="1" sentence="0">a</token><Markables><HUMAN_PART_PER m_id="1"><token_anchor t_id="9"/></HUMAN_PART_PER></Markables></Document>`)
	f.Add(`<Document><Relations><CROSS_DOC_COREF><source m_id="1"/><target m_id="2"/></CROSS_DOC_COREF></Relations></Document>`)
	f.Fuzz(func(t *testing.T, in string) {
		doc, err := resolveeval.ParseECB(strings.NewReader(in), "1", "1_1ecbplus.xml")
		if err != nil {
			return
		}
		for _, m := range doc.Mentions {
			if m.Tag == "" || m.Chain == "" || len(m.Tokens) == 0 {
				t.Fatalf("mention %+v: no tag, chain or tokens", m)
			}
			want := entities.Kind("")
			if m.Tag == "HUMAN_PART_PER" {
				want = entities.Person
			} else if strings.HasPrefix(m.Tag, "LOC_") {
				want = entities.Location
			}
			if m.Kind != want {
				t.Fatalf("mention %+v: kind %q, want %q", m, m.Kind, want)
			}
			for i, k := range m.Tokens {
				if k < 0 || k >= len(doc.Tokens) || i > 0 && k < m.Tokens[i-1] {
					t.Fatalf("mention %+v: token %d out of range or order (%d tokens)", m, k, len(doc.Tokens))
				}
			}
		}
		text, sents, spans := doc.Text()
		for i, sp := range spans {
			if sp.End > sp.Start && text[sp.Start:sp.End] != doc.Tokens[i].Text {
				t.Fatalf("token %d at %v is %q in the text, want %q", i, sp, text[sp.Start:sp.End], doc.Tokens[i].Text)
			}
		}
		for i, s := range sents {
			if s.Start > s.End || s.End > len(text) || i > 0 && s.Start < sents[i-1].End {
				t.Fatalf("sentence %d at %v out of order or range (%d bytes)", i, s, len(text))
			}
		}
	})
}

// FuzzParseReuters checks that any input parses without a panic into
// valid UTF-8, with places that are trimmed, not empty, and hold no end tag.
func FuzzParseReuters(f *testing.F) {
	f.Add(reutersSGML)
	f.Add("<REUTERS NEWID=\"7\"><PLACES><D> usa </D><D></D></PLACES><BODY>\xff\xfe Reuter</BODY></REUTERS>")
	f.Add("<REUTERS><BODY>no end")
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := resolveeval.ParseReuters(strings.NewReader(in))
		if err != nil {
			t.Fatal(err) // only reading can fail, and a string reader does not
		}
		if n := strings.Count(in, "</REUTERS>"); len(docs) > n {
			t.Fatalf("%d articles from %d closing tags", len(docs), n)
		}
		for _, d := range docs {
			for _, s := range append([]string{d.ID, d.Title, d.Dateline, d.Body}, d.Places...) {
				if !utf8.ValidString(s) {
					t.Fatalf("invalid UTF-8 %q", s)
				}
			}
			for _, p := range d.Places {
				if p == "" || strings.Contains(p, "</D>") || strings.TrimSpace(p) != p {
					t.Fatalf("place %q", p)
				}
			}
		}
	})
}

// Package resolveeval scores entity resolution: cross-document
// coreference of people and places on ECB+ (pairwise and B-cubed against
// the gold chains) and document-level countries on Reuters-21578 (recall
// and precision against the gold PLACES).
package resolveeval

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/entities"
)

// ECBDoc is one ECB+ document: its tokens and its gold mentions.
type ECBDoc struct {
	Topic    string // the topic folder ("1", "35")
	Name     string // the file name ("1_10ecb.xml")
	Tokens   []ECBToken
	Mentions []GoldMention // every markable over tokens, in file order
}

// ECBToken is one token of a document.
type ECBToken struct {
	ID       int // t_id
	Sentence int
	Text     string
}

// GoldMention is an annotated mention (a markable) of ECB+: a person or
// place, which entity resolution scores, an event (ACTION_*), which event
// de-duplication scores, or any other entity or time.
type GoldMention struct {
	ID  string // m_id
	Tag string // HUMAN_PART_PER, LOC_GEO, ACTION_OCCURRENCE, ...
	// Kind is the entity kind of a person (HUMAN_PART_PER) or place
	// (LOC_*); empty for the other tags.
	Kind   entities.Kind
	Tokens []int  // indexes into the document's Tokens, in order
	Chain  string // the gold entity or event: a cross-document instance, an in-document chain, or the mention itself
}

// ParseECB reads one ECB+ document in CAT XML: its tokens, and every
// markable that covers some of them, with its chain: the instance of a
// CROSS_DOC_COREF relation, else the target of an INTRA_DOC_COREF
// relation, else the mention alone. Markables without tokens (the
// instances that chains point to) are left out.
func ParseECB(r io.Reader, topic, name string) (*ECBDoc, error) {
	doc := &ECBDoc{Topic: topic, Name: name}
	dec := xml.NewDecoder(r)
	dec.Strict = false
	tokIndex := map[int]int{}
	type markable struct {
		tag      string
		anchors  []int
		instance string
	}
	marks := map[string]*markable{}
	var markOrder []string
	var cur *markable
	var relation string // CROSS_DOC_COREF or INTRA_DOC_COREF while inside one
	var sources []string
	var target string
	inMarkables := false
	var tok *ECBToken
	chains := map[string]string{}
	for {
		t, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		switch e := t.(type) {
		case xml.StartElement:
			switch {
			case e.Name.Local == "token":
				id, err1 := strconv.Atoi(attr(e, "t_id"))
				sent, err2 := strconv.Atoi(attr(e, "sentence"))
				if err1 != nil || err2 != nil {
					return nil, fmt.Errorf("%s: token without t_id or sentence", name)
				}
				doc.Tokens = append(doc.Tokens, ECBToken{ID: id, Sentence: sent})
				tok = &doc.Tokens[len(doc.Tokens)-1]
				tokIndex[id] = len(doc.Tokens) - 1
			case e.Name.Local == "Markables":
				inMarkables = true
			case inMarkables && e.Name.Local == "token_anchor" && cur != nil:
				id, err := strconv.Atoi(attr(e, "t_id"))
				if err == nil {
					cur.anchors = append(cur.anchors, id)
				}
			case inMarkables:
				id := attr(e, "m_id")
				if id == "" {
					continue
				}
				cur = &markable{tag: e.Name.Local, instance: attr(e, "instance_id")}
				if _, dup := marks[id]; !dup {
					markOrder = append(markOrder, id)
				}
				marks[id] = cur
			case e.Name.Local == "CROSS_DOC_COREF" || e.Name.Local == "INTRA_DOC_COREF":
				relation, sources, target = e.Name.Local, nil, ""
			case relation != "" && e.Name.Local == "source":
				sources = append(sources, attr(e, "m_id"))
			case relation != "" && e.Name.Local == "target":
				target = attr(e, "m_id")
			}
		case xml.CharData:
			if tok != nil {
				tok.Text += string(e)
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "token":
				if tok != nil {
					tok.Text = strings.TrimSpace(tok.Text)
				}
				tok = nil
			case "Markables":
				inMarkables = false
			case "CROSS_DOC_COREF", "INTRA_DOC_COREF":
				if target != "" {
					chain := "intra/" + name + "/" + target
					if relation == "CROSS_DOC_COREF" {
						if m := marks[target]; m != nil && m.instance != "" {
							chain = m.instance
						} else {
							chain = "cross/" + name + "/" + target
						}
					}
					for _, s := range sources {
						if _, ok := chains[s]; !ok || relation == "CROSS_DOC_COREF" {
							chains[s] = chain
						}
					}
					if relation == "INTRA_DOC_COREF" {
						if _, ok := chains[target]; !ok {
							chains[target] = chain
						}
					}
				}
				relation = ""
			default:
				if inMarkables && cur != nil && attr2(e) {
					cur = nil
				}
			}
		}
	}
	for _, id := range markOrder {
		m := marks[id]
		if len(m.anchors) == 0 {
			continue
		}
		g := GoldMention{ID: id, Tag: m.tag, Kind: goldKind(m.tag), Chain: chains[id]}
		if g.Chain == "" {
			g.Chain = "single/" + name + "/" + id
		}
		for _, a := range m.anchors {
			if i, ok := tokIndex[a]; ok {
				g.Tokens = append(g.Tokens, i)
			}
		}
		if len(g.Tokens) > 0 {
			sort.Ints(g.Tokens)
			doc.Mentions = append(doc.Mentions, g)
		}
	}
	return doc, nil
}

// attr2 reports whether an end element closes a markable (anything but a
// token anchor).
func attr2(e xml.EndElement) bool { return e.Name.Local != "token_anchor" }

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// goldKind maps an ECB+ tag to the entity kind it is scored as, or ""
// for a tag that entity resolution does not score.
func goldKind(tag string) entities.Kind {
	switch {
	case tag == "HUMAN_PART_PER":
		return entities.Person
	case strings.HasPrefix(tag, "LOC_"):
		return entities.Location
	}
	return ""
}

// Text rebuilds the document's text, a sentence a line, with the spacing
// of the prose its tokens were split from: no space before a comma or a
// closing bracket, "U.S.", "4:15 PM", "6.30am", "fire-bomb", so that the
// date lines of the articles ("September 10, 2012 4:15 PM") and their
// abbreviations read as they did on the page. The first sentence of an
// "ecbplus" file, the address the text was found at (see [ECBDoc.URL]), is
// left out. It returns the text, the span of each sentence, and the byte
// span of each token (empty for a token left out).
func (d *ECBDoc) Text() (string, []corpus.Span, []corpus.Span) {
	var b strings.Builder
	var sents []corpus.Span
	spans := make([]corpus.Span, len(d.Tokens))
	skipFirst := strings.Contains(d.Name, "ecbplus")
	cur := -1
	var sp spacer
	for i, t := range d.Tokens {
		if skipFirst && t.Sentence == 0 {
			continue
		}
		next := ""
		if i+1 < len(d.Tokens) && d.Tokens[i+1].Sentence == t.Sentence {
			next = d.Tokens[i+1].Text
		}
		if t.Sentence != cur {
			if len(sents) > 0 {
				sents[len(sents)-1].End = b.Len()
				b.WriteByte('\n')
			}
			sents = append(sents, corpus.Span{Start: b.Len()})
			cur = t.Sentence
			sp = spacer{}
			sp.space(t.Text, next)
		} else if sp.space(t.Text, next) {
			b.WriteByte(' ')
		}
		spans[i] = corpus.Span{Start: b.Len(), End: b.Len() + len(t.Text)}
		b.WriteString(t.Text)
	}
	if len(sents) > 0 {
		sents[len(sents)-1].End = b.Len()
	}
	return b.String(), sents, spans
}

// URL returns the address an "ecbplus" document was found at, its first
// sentence with the tokens joined again ("http : / / www . x . com /"
// is "http://www.x.com/"), or "" when it has none.
func (d *ECBDoc) URL() string {
	if !strings.Contains(d.Name, "ecbplus") {
		return ""
	}
	var b strings.Builder
	for _, t := range d.Tokens {
		if t.Sentence != 0 {
			break
		}
		b.WriteString(t.Text)
	}
	if u := b.String(); strings.HasPrefix(u, "http") {
		return u
	}
	return ""
}

// spacer decides, token by token along a sentence, whether a space
// precedes each token in the prose the tokens were split from.
type spacer struct {
	prev, prev2 string // the last two tokens
	glue        bool   // no space after prev ("(", "$", an opening quote)
	quoteOpen   bool   // inside a pair of straight double quotes
}

// space reports whether a space goes before tok, the next token being
// next ("" at the end of the sentence), and moves past tok.
func (s *spacer) space(tok, next string) bool {
	space := s.prev != "" && !s.glue
	glue := false
	switch {
	case tok == `"`:
		if s.quoteOpen {
			space = false
		} else {
			glue = true
		}
		s.quoteOpen = !s.quoteOpen
	case tok == ":" && isDigits(s.prev) && startsWithDigit(next):
		space, glue = false, true // "4 : 15", "5 : 03pm"
	case closesUp[tok] || strings.HasPrefix(tok, "'") && elided[strings.ToLower(tok[1:])] || tok == "n't":
		space = false
	case opensUp[tok]:
		glue = true
	case (tok == "-" || tok == "/") && isWordToken(s.prev) && isWordToken(next):
		// "fire - bomb", "18 - year - old", "27 / 09 / 2013"
		space, glue = false, true
	case (s.prev == "’" || s.prev == "'") && elided[tok]:
		space = false // "Lohan ’ s"
	case s.prev == "," && isDigits(s.prev2) && len(tok) == 3 && isDigits(tok):
		space = false // "200 , 000"
	case s.prev == "." && (isLetter(s.prev2) && isLetter(strings.TrimSuffix(tok, ".")) ||
		isDigits(s.prev2) && startsWithDigit(tok)):
		space = false // "U . S .", "L . A", "6 . 30am"
	}
	s.prev2, s.prev, s.glue = s.prev, tok, glue
	return space
}

var (
	// closesUp are tokens written against the word before them.
	closesUp = map[string]bool{",": true, ".": true, ":": true, ";": true, "!": true, "?": true,
		")": true, "]": true, "}": true, "%": true, "”": true, "’": true, "’s": true, "...": true, "''": true}
	// opensUp are tokens written against the word after them.
	// elided are the ends of words split at an apostrophe.
	elided  = map[string]bool{"s": true, "t": true, "re": true, "ll": true, "ve": true, "d": true, "m": true}
	opensUp = map[string]bool{"(": true, "[": true, "{": true, "$": true, "“": true, "‘": true, "#": true, "``": true}
)

// isWordToken reports whether tok is made of letters and digits.
func isWordToken(tok string) bool {
	if tok == "" {
		return false
	}
	for _, r := range tok {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isDigits reports whether tok is one or more ASCII digits.
func isDigits(tok string) bool {
	if tok == "" {
		return false
	}
	for i := 0; i < len(tok); i++ {
		if tok[i] < '0' || tok[i] > '9' {
			return false
		}
	}
	return true
}

// startsWithDigit reports whether tok begins with an ASCII digit.
func startsWithDigit(tok string) bool { return tok != "" && tok[0] >= '0' && tok[0] <= '9' }

// isLetter reports whether tok is a single letter.
func isLetter(tok string) bool {
	r, n := utf8.DecodeRuneInString(tok)
	return n > 0 && n == len(tok) && unicode.IsLetter(r)
}

// ReadECB reads the documents of the given topics (all when topics is
// empty) from an ECB+ "topics" folder, in topic order, then file name
// order.
func ReadECB(ctx context.Context, dir string, topics []int) ([]*ECBDoc, error) {
	if len(topics) == 0 {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return nil, err
		}
		for _, e := range entries {
			if n, err := strconv.Atoi(e.Name()); err == nil && e.IsDir() {
				topics = append(topics, n)
			}
		}
		sort.Ints(topics)
	}
	var out []*ECBDoc
	for _, t := range topics {
		tdir := filepath.Join(dir, strconv.Itoa(t))
		files, err := filepath.Glob(filepath.Join(tdir, "*.xml"))
		if err != nil {
			return nil, err
		}
		if len(files) == 0 {
			if _, err := os.Stat(tdir); err != nil {
				continue // topics are numbered with gaps
			}
		}
		sort.Strings(files)
		for _, f := range files {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			fh, err := os.Open(f)
			if err != nil {
				return nil, err
			}
			d, err := ParseECB(fh, strconv.Itoa(t), filepath.Base(f))
			fh.Close()
			if err != nil {
				return nil, err
			}
			out = append(out, d)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no ECB+ documents in %s", dir)
	}
	return out, nil
}

// Package timexeval scores a temporal expression tagger the way TempEval-3
// does (task A: extraction and normalization), on documents in the JSONL
// shape of ../shared/data/tempeval3/train.jsonl. Its figures agree with
// the reference scorer ../shared/eval/temporal/score.py.
//
//	gold JSONL ─► Read ─► Tag (the tagger, byte → character offsets) ─► Score ─► Metrics
//	                                  └─► WriteJSONL (--emit)
package timexeval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"time"
	"unicode/utf8"

	"github.com/timelinehq/timeline/timex"
)

// Doc is one document: its text, its DCT and its temporal expressions.
type Doc struct {
	ID      string  `json:"doc"`
	DCT     string  `json:"dct,omitempty"`
	Text    string  `json:"text,omitempty"`
	Timexes []Timex `json:"timexes"`
}

// Timex is one tagged expression. Start and End are character (code
// point) offsets into the document's text, as Python indexes strings.
type Timex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type,omitempty"`
	Value string `json:"value"`
}

// ParseError reports a bad line of a JSONL file.
type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

// Read reads documents, one JSON object a line; blank lines are skipped.
func Read(r io.Reader) ([]Doc, error) {
	var docs []Doc
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Bytes()
		if len(trimSpace(line)) == 0 {
			continue
		}
		var d Doc
		if err := json.Unmarshal(line, &d); err != nil {
			return nil, &ParseError{Line: n, Err: err}
		}
		if d.ID == "" {
			d.ID = fmt.Sprintf("case-%d", n)
		}
		docs = append(docs, d)
	}
	return docs, sc.Err()
}

// ReadFile reads documents from a JSONL file.
func ReadFile(path string) ([]Doc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n') {
		b = b[1:]
	}
	return b
}

// Tagger is what Tag runs: *timex.Tagger, or any other tagger.
type Tagger interface {
	Tag(text string, dct time.Time) []timex.Timex
}

// ParseDCT reads a document's DCT ("1998-08-07", or a longer ISO date);
// it returns the zero time when the DCT is empty or unreadable.
func ParseDCT(s string) time.Time {
	if len(s) >= 10 {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t
		}
	}
	return time.Time{}
}

// Tag runs the tagger on every document and returns its output as
// documents (same IDs, no text), with character offsets.
func Tag(ctx context.Context, t Tagger, docs []Doc) ([]Doc, error) {
	out := make([]Doc, 0, len(docs))
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		tx := t.Tag(d.Text, ParseDCT(d.DCT))
		conv := newCharIndex(d.Text)
		sys := Doc{ID: d.ID, Timexes: make([]Timex, 0, len(tx))}
		for _, x := range tx {
			sys.Timexes = append(sys.Timexes, Timex{
				Start: conv.char(x.Start), End: conv.char(x.End),
				Text: x.Text, Type: string(x.Type), Value: x.Value,
			})
		}
		out = append(out, sys)
	}
	return out, nil
}

// charIndex converts byte offsets of a string to character offsets.
type charIndex struct {
	s     string
	ascii bool
}

func newCharIndex(s string) charIndex {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return charIndex{s: s}
		}
	}
	return charIndex{s: s, ascii: true}
}

func (c charIndex) char(b int) int {
	if c.ascii {
		return b
	}
	if b > len(c.s) {
		b = len(c.s)
	}
	return utf8.RuneCountInString(c.s[:b])
}

// WriteJSONL writes documents one a line: {"doc", "timexes": [{"start",
// "end", "text", "type", "value"}]}, the shape score.py reads.
func WriteJSONL(w io.Writer, docs []Doc) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, d := range docs {
		if err := enc.Encode(Doc{ID: d.ID, Timexes: d.Timexes}); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// Metrics are the TempEval-3 figures for timexes.
type Metrics struct {
	Docs, Gold, System  int
	StrictTP, RelaxedTP int
	StrictP, StrictR    float64
	StrictF1            float64
	RelaxedP, RelaxedR  float64
	RelaxedF1           float64
	TypeAcc, ValueAcc   float64 // over relaxed matches
	TypeF1, ValueF1     float64 // relaxed F1 times the accuracy
	TypesInferred       int
	Errors              []Error // misses, spurious tags and wrong values, when asked for
}

// Error is one disagreement with the gold standard.
type Error struct {
	Doc  string
	Kind string // MISS, SPUR, VALUE, TYPE
	Gold *Timex
	Sys  *Timex
}

func (e Error) String() string {
	switch e.Kind {
	case "MISS":
		return fmt.Sprintf("MISS   %q %s=%s", e.Gold.Text, e.Gold.Type, e.Gold.Value)
	case "SPUR":
		return fmt.Sprintf("SPUR   %q =%s", e.Sys.Text, e.Sys.Value)
	}
	return fmt.Sprintf("%-6s gold %q=%s  sys %q=%s", e.Kind, e.Gold.Text, e.Gold.Value, e.Sys.Text, e.Sys.Value)
}

// Score compares system documents with gold ones, paired by ID. A gold
// document missing from sys counts as empty output; system documents not
// in gold are ignored. Matching follows score.py: strict is equal spans;
// relaxed is a one-to-one pairing taken greedily by largest overlap (ties:
// earlier gold, then earlier system expression).
func Score(gold, sys []Doc, withErrors bool) Metrics {
	byID := make(map[string]*Doc, len(sys))
	for i := range sys {
		byID[sys[i].ID] = &sys[i]
	}
	var m Metrics
	m.Docs = len(gold)
	typeOK, valueOK := 0, 0
	for _, g := range gold {
		var st []Timex
		if s := byID[g.ID]; s != nil {
			st = s.Timexes
		}
		gt := g.Timexes
		m.Gold += len(gt)
		m.System += len(st)
		gspans := map[[2]int]bool{}
		for _, t := range gt {
			gspans[[2]int{t.Start, t.End}] = true
		}
		sspans := map[[2]int]bool{}
		for _, t := range st {
			sspans[[2]int{t.Start, t.End}] = true
		}
		for k := range sspans {
			if gspans[k] {
				m.StrictTP++
			}
		}
		pairs := matchRelaxed(gt, st)
		m.RelaxedTP += len(pairs)
		matchedG, matchedS := map[int]bool{}, map[int]bool{}
		for _, p := range pairs {
			gx, sx := gt[p[0]], st[p[1]]
			matchedG[p[0]], matchedS[p[1]] = true, true
			stype := sx.Type
			if stype == "" {
				stype = InferType(sx.Value)
				m.TypesInferred++
			}
			if gx.Type == "" || stype == gx.Type {
				typeOK++
			}
			if sx.Value == gx.Value {
				valueOK++
			} else if withErrors {
				gx, sx := gx, sx
				m.Errors = append(m.Errors, Error{Doc: g.ID, Kind: "VALUE", Gold: &gx, Sys: &sx})
			}
		}
		if withErrors {
			for i := range gt {
				if !matchedG[i] {
					gx := gt[i]
					m.Errors = append(m.Errors, Error{Doc: g.ID, Kind: "MISS", Gold: &gx})
				}
			}
			for i := range st {
				if !matchedS[i] {
					sx := st[i]
					m.Errors = append(m.Errors, Error{Doc: g.ID, Kind: "SPUR", Sys: &sx})
				}
			}
		}
	}
	m.StrictP, m.StrictR, m.StrictF1 = prf(m.StrictTP, m.System, m.Gold)
	m.RelaxedP, m.RelaxedR, m.RelaxedF1 = prf(m.RelaxedTP, m.System, m.Gold)
	if m.RelaxedTP > 0 {
		m.TypeAcc = float64(typeOK) / float64(m.RelaxedTP)
		m.ValueAcc = float64(valueOK) / float64(m.RelaxedTP)
	}
	m.TypeF1 = m.RelaxedF1 * m.TypeAcc
	m.ValueF1 = m.RelaxedF1 * m.ValueAcc
	return m
}

func overlap(a, b Timex) int {
	lo, hi := max(a.Start, b.Start), min(a.End, b.End)
	if hi > lo {
		return hi - lo
	}
	return 0
}

// matchRelaxed pairs gold and system expressions one to one, greedily by
// overlap size, as score.py does.
func matchRelaxed(gold, sys []Timex) [][2]int {
	type cand struct{ ov, gi, si int }
	var cands []cand
	for gi, g := range gold {
		for si, s := range sys {
			if ov := overlap(g, s); ov > 0 {
				cands = append(cands, cand{ov, gi, si})
			}
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.ov != b.ov {
			return a.ov > b.ov
		}
		if a.gi != b.gi {
			return a.gi < b.gi
		}
		return a.si < b.si
	})
	usedG, usedS := map[int]bool{}, map[int]bool{}
	var pairs [][2]int
	for _, c := range cands {
		if usedG[c.gi] || usedS[c.si] {
			continue
		}
		usedG[c.gi], usedS[c.si] = true, true
		pairs = append(pairs, [2]int{c.gi, c.si})
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i][0] < pairs[j][0] })
	return pairs
}

func prf(tp, nSys, nGold int) (p, r, f float64) {
	if nSys > 0 {
		p = float64(tp) / float64(nSys)
	}
	if nGold > 0 {
		r = float64(tp) / float64(nGold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// InferType guesses a TIMEX3 type from a value, as score.py does for
// system output that gives none.
func InferType(v string) string {
	switch {
	case len(v) > 0 && v[0] == 'P':
		return "DURATION"
	case len(v) > 0 && v[0] == 'R', len(v) >= 8 && v[:8] == "XXXX-WXX", len(v) >= 3 && v[len(v)-3:] == "-WI":
		return "SET"
	}
	for i := 0; i < len(v); i++ {
		if v[i] == 'T' {
			datePart := v[:i]
			alpha := datePart != ""
			for _, c := range datePart {
				if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
					alpha = false
				}
			}
			if datePart != "" && !alpha {
				return "TIME"
			}
			break
		}
	}
	return "DATE"
}

// WriteTable prints the metrics as score.py does, ending with the line
// "value_F1=... strict_F1=... relaxed_F1=...".
func (m Metrics) WriteTable(w io.Writer) error {
	_, err := fmt.Fprintf(w, "docs=%d gold=%d system=%d\n"+
		"%-8s %6s %6s %6s\n"+
		"%-8s %6.3f %6.3f %6.3f  (tp=%d)\n"+
		"%-8s %6.3f %6.3f %6.3f  (tp=%d)\n"+
		"type_acc=%.3f value_acc=%.3f (over relaxed matches; types inferred from value: %d)\n"+
		"type_F1=%.3f\n"+
		"value_F1=%.3f strict_F1=%.3f relaxed_F1=%.3f\n",
		m.Docs, m.Gold, m.System,
		"", "P", "R", "F1",
		"strict", m.StrictP, m.StrictR, m.StrictF1, m.StrictTP,
		"relaxed", m.RelaxedP, m.RelaxedR, m.RelaxedF1, m.RelaxedTP,
		m.TypeAcc, m.ValueAcc, m.TypesInferred,
		m.TypeF1,
		m.ValueF1, m.StrictF1, m.RelaxedF1)
	return err
}

// The splits of the TempEval-3 training data ("TBAQ-cleaned").
const (
	SplitAll      = "all"
	SplitTimeBank = "timebank"
	SplitAQUAINT  = "aquaint"
)

// Filter returns the documents of a split: all, timebank or aquaint.
func Filter(docs []Doc, split string) ([]Doc, error) {
	switch split {
	case "", SplitAll:
		return docs, nil
	case SplitTimeBank, SplitAQUAINT:
	default:
		return nil, fmt.Errorf("unknown split %q (want all, timebank, aquaint)", split)
	}
	var out []Doc
	for _, d := range docs {
		if aquaintDocs[d.ID] == (split == SplitAQUAINT) {
			out = append(out, d)
		}
	}
	return out, nil
}

// IsAQUAINT reports whether a document ID belongs to the AQUAINT part of
// the TempEval-3 training data (the dev split); the others are TimeBank.
func IsAQUAINT(id string) bool { return aquaintDocs[id] }

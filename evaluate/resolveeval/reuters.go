package resolveeval

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/entities/gazetteer"
	"github.com/timelinehq/timeline/segment"
)

// ReutersDoc is one article of Reuters-21578 with its gold places.
type ReutersDoc struct {
	ID       string // NEWID
	Title    string
	Dateline string
	Body     string
	Places   []string // gold PLACES codes ("usa", "west-germany")
}

var (
	reutersRE = regexp.MustCompile(`(?s)<REUTERS\b([^>]*)>(.*?)</REUTERS>`)
	newIDRE   = regexp.MustCompile(`NEWID="(\d+)"`)
	dRE       = regexp.MustCompile(`<D>(.*?)</D>`)
)

// ParseReuters reads one SGML file of Reuters-21578. The files are ASCII
// but for a few Latin-1 bytes (reut2-017.sgm): text that is not UTF-8 is
// read as Latin-1.
func ParseReuters(r io.Reader) ([]ReutersDoc, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	if !utf8.Valid(data) {
		data = latin1(data)
	}
	var out []ReutersDoc
	for _, m := range reutersRE.FindAllSubmatch(data, -1) {
		d := ReutersDoc{}
		if id := newIDRE.FindSubmatch(m[1]); id != nil {
			d.ID = string(id[1])
		}
		body := m[2]
		for _, p := range dRE.FindAllSubmatch(element(body, "PLACES"), -1) {
			if p := strings.TrimSpace(string(p[1])); p != "" {
				d.Places = append(d.Places, p)
			}
		}
		d.Title = unescape(element(body, "TITLE"))
		d.Dateline = unescape(element(body, "DATELINE"))
		d.Body = unescape(element(body, "BODY"))
		out = append(out, d)
	}
	return out, nil
}

func element(b []byte, name string) []byte {
	open, close := []byte("<"+name+">"), []byte("</"+name+">")
	i := bytes.Index(b, open)
	if i < 0 {
		return nil
	}
	rest := b[i+len(open):]
	j := bytes.Index(rest, close)
	if j < 0 {
		return nil
	}
	return rest[:j]
}

// unescape decodes the SGML entities and drops control characters and
// the trailing "Reuter" sign-off.
func unescape(b []byte) string {
	s := html.UnescapeString(string(b))
	s = strings.Map(func(r rune) rune {
		if r < 32 && r != '\n' && r != '\t' {
			return -1
		}
		return r
	}, s)
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(s, "Reuter")
	s = strings.TrimSuffix(s, "REUTER")
	return strings.TrimSpace(s)
}

func latin1(b []byte) []byte {
	var buf bytes.Buffer
	for _, c := range b {
		buf.WriteRune(rune(c))
	}
	return buf.Bytes()
}

// ReadReuters reads every reut2-*.sgm file of a folder, in name order.
func ReadReuters(ctx context.Context, dir string) ([]ReutersDoc, error) {
	files, err := filepath.Glob(filepath.Join(dir, "reut2-*.sgm"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no reut2-*.sgm files in %s", dir)
	}
	sort.Strings(files)
	var out []ReutersDoc
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		fh, err := os.Open(f)
		if err != nil {
			return nil, err
		}
		ds, err := ParseReuters(fh)
		fh.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		out = append(out, ds...)
	}
	return out, nil
}

// formerStates maps the Reuters places that are no country today, or
// that our gazetteer names otherwise, to the ISO codes that count as
// finding them: a former state is found through any of its successors.
var formerStates = map[string][]string{
	"usa":                  {"US"},
	"uk":                   {"GB"},
	"ussr":                 {"RU", "UA", "BY", "KZ", "UZ", "GE", "AZ", "AM", "LT", "LV", "EE", "MD", "KG", "TJ", "TM"},
	"west-germany":         {"DE"},
	"east-germany":         {"DE"},
	"czechoslovakia":       {"CZ", "SK"},
	"yugoslavia":           {"RS", "HR", "SI", "BA", "MK", "ME", "XK", "YU"},
	"yemen-arab-republic":  {"YE"},
	"yemen-demo-republic":  {"YE"},
	"netherlands-antilles": {"AN", "CW", "SX", "BQ"},
	"kampuchea":            {"KH"},
	"zaire":                {"CD"},
	"burma":                {"MM"},
	"uae":                  {"AE"},
	"trinidad-tobago":      {"TT"},
	"western-samoa":        {"WS"},
	"ivory-coast":          {"CI"},
	"us-virgin-islands":    {"VI"},
	"vatican":              {"VA"},
	"congo":                {"CG", "CD"},
}

// PlaceCodes returns the ISO 3166-1 alpha-2 codes that count as finding a
// Reuters gold place: the country of that name in the gazetteer
// ("el-salvador" -> SV), or for the names in formerStates the codes given
// there. It returns nil for a place it cannot map.
func PlaceCodes(place string) []string {
	if cs, ok := formerStates[place]; ok {
		return cs
	}
	if c := gazetteer.Default().CountryCode(strings.ReplaceAll(place, "-", " ")); c != "" {
		return []string{c}
	}
	return nil
}

// PlacesResult is the outcome of a Reuters places evaluation.
type PlacesResult struct {
	Docs      int // articles with gold places
	Gold      int // gold (article, place) pairs
	Unmapped  int // gold places PlaceCodes cannot map (not scored)
	Found     int // gold places found
	Predicted int // (article, country) pairs we resolved
	Correct   int // of which a gold place of the article
	Missed    map[string]int
	Extra     map[string]int
}

// Recall is the share of gold places found.
func (r *PlacesResult) Recall() float64 { return ratio(r.Found, r.Gold) }

// Precision is the share of resolved countries that are gold places.
func (r *PlacesResult) Precision() float64 { return ratio(r.Correct, r.Predicted) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Countries returns the countries of the places an article names: the
// country codes of its local place entities (countries, and the countries
// that its cities and regions lie in).
func Countries(text string, rec entities.Recognizer) map[string]bool {
	sents := segment.Sentences(text)
	ms := rec.Recognize(text, sents)
	locals, _ := entities.Group(ms)
	out := map[string]bool{}
	for _, l := range locals {
		if l.Kind == entities.Location && l.Country != "" {
			out[l.Country] = true
		}
	}
	return out
}

// ArticleText is the text of a Reuters article as the evaluation reads
// it: the dateline ("SALVADOR, Feb 26 -") and the body; the title, in
// capitals, only when withTitle.
func (d ReutersDoc) ArticleText(withTitle bool) string {
	var parts []string
	if withTitle && d.Title != "" {
		parts = append(parts, d.Title+"\n")
	}
	parts = append(parts, strings.TrimSpace(d.Dateline+" "+d.Body))
	return strings.Join(parts, "\n")
}

// EvalReuters resolves the places of each article that has gold places
// and compares the countries with them. limit > 0 stops after that many
// scored articles.
func EvalReuters(ctx context.Context, docs []ReutersDoc, rec entities.Recognizer, withTitle bool, limit int) (*PlacesResult, error) {
	res := &PlacesResult{Missed: map[string]int{}, Extra: map[string]int{}}
	for _, d := range docs {
		if len(d.Places) == 0 || strings.TrimSpace(d.Body) == "" {
			continue
		}
		if limit > 0 && res.Docs >= limit {
			break
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		res.Docs++
		got := Countries(d.ArticleText(withTitle), rec)
		goldCodes := map[string]bool{}
		for _, p := range d.Places {
			codes := PlaceCodes(p)
			if codes == nil {
				res.Unmapped++
				continue
			}
			res.Gold++
			found := false
			for _, c := range codes {
				goldCodes[c] = true
				if got[c] {
					found = true
				}
			}
			if found {
				res.Found++
			} else {
				res.Missed[p]++
			}
		}
		for c := range got {
			res.Predicted++
			if goldCodes[c] {
				res.Correct++
			} else {
				res.Extra[c]++
			}
		}
	}
	return res, nil
}

// Write prints the result, with the most often missed and extra places.
func (r *PlacesResult) Write(w io.Writer, top int) error {
	var b strings.Builder
	fmt.Fprintf(&b, "articles with gold places %d, gold places %d (unmapped %d)\n", r.Docs, r.Gold, r.Unmapped)
	fmt.Fprintf(&b, "recall    %.3f  (%d of %d gold places found)\n", r.Recall(), r.Found, r.Gold)
	fmt.Fprintf(&b, "precision %.3f  (%d of %d resolved countries are gold places)\n", r.Precision(), r.Correct, r.Predicted)
	if top > 0 {
		fmt.Fprintf(&b, "most missed: %s\n", topCounts(r.Missed, top))
		fmt.Fprintf(&b, "most extra:  %s\n", topCounts(r.Extra, top))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func topCounts(m map[string]int, n int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	if len(keys) > n {
		keys = keys[:n]
	}
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
	}
	return strings.Join(parts, ", ")
}

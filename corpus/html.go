package corpus

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"time"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlTagRE matches the tags that betray markup in a file named .txt.
var htmlTagRE = regexp.MustCompile(`(?i)<(?:!doctype\s+html|html|head|body|div|p|span|br|a\s+href|script|article|section|img|h[1-6]|ul|li|table)\b[^>]*>`)

// looksLikeHTML reports whether text is markup rather than prose: it
// starts with a tag, or holds several tags of the usual page structure.
func looksLikeHTML(text string) bool {
	head := text
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	trimmed := strings.TrimLeft(head, " \t\n")
	if strings.HasPrefix(trimmed, "<") && htmlTagRE.MatchString(trimmed[:min(len(trimmed), 200)]) {
		return true
	}
	return len(htmlTagRE.FindAllStringIndex(head, 4)) >= 4
}

// page is what HTML extraction keeps of a web page.
type page struct {
	text, title, url string
	published        time.Time
}

// extractHTML finds the main content of a web page with go-trafilatura
// (which drops navigation, ads, scripts, comments and teasers) and turns
// it into text with a blank line between blocks.
func extractHTML(src string) (p page, err error) {
	defer func() {
		// The extractor is third-party code run on untrusted markup: a
		// panic in it is a bad input, not a crash of the whole run.
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: HTML extraction failed (%v)", ErrNoText, r)
		}
	}()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return p, fmt.Errorf("%w: unparsable HTML (%v)", ErrNoText, err)
	}
	p.published = metaPublished(doc)
	res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		ExcludeTables:   false,
		HtmlDateMode:    trafilatura.Disabled, // dates come from metadata and datelines only
	})
	if err == nil && res != nil {
		p.title = strings.TrimSpace(res.Metadata.Title)
		p.url = res.Metadata.URL
		if res.ContentNode != nil {
			p.text = nodeText(res.ContentNode)
		}
		if strings.TrimSpace(p.text) == "" {
			p.text = res.ContentText
		}
	}
	if strings.TrimSpace(p.text) == "" {
		return p, ErrNoText
	}
	return p, nil
}

// blockAtoms are the elements after which text starts a new block.
var blockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Blockquote: true,
	atom.Pre: true, atom.Tr: true, atom.Table: true, atom.Article: true,
	atom.Section: true, atom.Header: true, atom.Footer: true, atom.Figcaption: true,
	atom.Ul: true, atom.Ol: true, atom.Dd: true, atom.Dt: true, atom.Head: true,
}

// nodeText writes the text of n with "\n\n" between blocks and "\n" for
// <br>, collapsing runs of white space inside a block.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	pending := "" // the break owed before the next text
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			t := strings.Join(strings.Fields(n.Data), " ")
			if t == "" {
				if b.Len() > 0 && pending == "" && len(n.Data) > 0 {
					pending = " "
				}
				return
			}
			if b.Len() > 0 {
				if pending == "" && startsWithSpace(n.Data) {
					pending = " "
				}
				b.WriteString(pending)
			}
			pending = ""
			b.WriteString(t)
			if endsWithSpace(n.Data) {
				pending = " "
			}
			return
		case html.ElementNode:
			switch atomOf(n) {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			case atom.Br:
				if pending != "\n\n" {
					pending = "\n"
				}
				return
			}
		}
		block := n.Type == html.ElementNode && blockAtoms[atomOf(n)]
		if block {
			pending = "\n\n"
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			pending = "\n\n"
		}
	}
	walk(n)
	return dropRepeatedBlocks(b.String())
}

// atomOf returns the element's atom; nodes that the extractor builds carry
// only their tag name.
func atomOf(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

// dropRepeatedBlocks removes a block that mostly repeats earlier blocks
// (extractors sometimes add a block that joins paragraphs already given).
func dropRepeatedBlocks(text string) string {
	blocks := strings.Split(text, "\n\n")
	var kept []string
	for _, b := range blocks {
		covered := 0
		for _, a := range kept {
			if len(a) >= 20 && strings.Contains(b, a) {
				covered += len(a)
			}
		}
		if covered*10 >= len(b)*6 {
			continue
		}
		kept = append(kept, b)
	}
	return strings.Join(kept, "\n\n")
}

func startsWithSpace(s string) bool { return s != "" && strings.ContainsRune(" \t\n\r", rune(s[0])) }
func endsWithSpace(s string) bool {
	return s != "" && strings.ContainsRune(" \t\n\r", rune(s[len(s)-1]))
}

// metaPublished reads the publication date a page states in its metadata:
// <meta> tags (article:published_time, date, pubdate, DC.date.issued, ...),
// itemprop="datePublished", <time pubdate>, and JSON-LD datePublished.
// Dates in the visible text are not looked at here.
func metaPublished(doc *html.Node) time.Time {
	var found time.Time
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if !found.IsZero() {
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				if publishedKeys[key] {
					if t, err := ParseDate(attr(n, "content")); err == nil {
						found = t
						return
					}
				}
			case atom.Time:
				if _, ok := hasAttr(n, "pubdate"); ok || strings.EqualFold(attr(n, "itemprop"), "datePublished") {
					if t, err := ParseDate(attr(n, "datetime")); err == nil {
						found = t
						return
					}
				}
			case atom.Script:
				if strings.EqualFold(attr(n, "type"), "application/ld+json") && n.FirstChild != nil {
					if t, ok := jsonLDPublished(n.FirstChild.Data); ok {
						found = t
						return
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return found
}

var publishedKeys = map[string]bool{
	"article:published_time": true, "og:published_time": true, "datepublished": true,
	"date": true, "pubdate": true, "publishdate": true, "publish-date": true,
	"publication_date": true, "dc.date.issued": true, "dc.date": true, "dcterms.created": true,
	"sailthru.date": true, "parsely-pub-date": true, "article.published": true,
	"cxenseparse:recs:publishtime": true,
}

func attr(n *html.Node, key string) string {
	v, _ := hasAttr(n, key)
	return v
}

func hasAttr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}

// jsonLDPublished finds datePublished in a JSON-LD block, which may be an
// object, an array of objects, or an object with an @graph array.
func jsonLDPublished(src string) (time.Time, bool) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return time.Time{}, false
	}
	var find func(any) (time.Time, bool)
	find = func(v any) (time.Time, bool) {
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x["datePublished"].(string); ok {
				if t, err := ParseDate(s); err == nil {
					return t, true
				}
			}
			if g, ok := x["@graph"]; ok {
				return find(g)
			}
		case []any:
			for _, e := range x {
				if t, ok := find(e); ok {
					return t, true
				}
			}
		}
		return time.Time{}, false
	}
	return find(v)
}

// Package reuters reads the Reuters-21578 collection (SGML files
// reut2-000.sgm ... reut2-021.sgm) into articles, for the throughput
// benchmark.
//
// Each file holds <REUTERS NEWID="n"> elements; an article is one that
// has a <BODY>. Its <DATE> ("26-FEB-1987 15:01:01.79") is the publication
// date, its <TITLE> the headline. Character references are decoded (&lt;,
// &amp;, &#3;; the control characters of the wire format are dropped),
// and a file that is not UTF-8 (reut2-017.sgm) is read as Latin-1.
package reuters

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Article is one Reuters story.
type Article struct {
	ID    string `json:"id"`    // "reuters-" and the NEWID attribute
	Date  string `json:"date"`  // the <DATE>, as YYYY-MM-DD; "" when unreadable
	Title string `json:"title"` // the <TITLE>, decoded
	Text  string `json:"text"`  // the <BODY>, decoded, without the closing "Reuter" sign-off
}

// ErrUnclosed reports a <REUTERS> element without its end tag.
var ErrUnclosed = errors.New("unclosed <REUTERS> element")

// Parse returns the articles of one SGML file, in file order, skipping
// the stories that have no <BODY>.
func Parse(data []byte) ([]Article, error) {
	if !utf8.Valid(data) {
		data = latin1(data)
	}
	var out []Article
	for {
		i := bytes.Index(data, []byte("<REUTERS"))
		if i < 0 {
			return out, nil
		}
		data = data[i:]
		j := bytes.Index(data, []byte("</REUTERS>"))
		if j < 0 {
			return out, fmt.Errorf("reuters: %w", ErrUnclosed)
		}
		elem := data[:j]
		data = data[j+len("</REUTERS>"):]
		body, ok := element(elem, "BODY")
		if !ok {
			continue
		}
		a := Article{
			ID:    "reuters-" + attr(elem, "NEWID"),
			Title: strings.TrimSpace(Decode(inner(elem, "TITLE"))),
			Text:  stripSignOff(strings.TrimSpace(Decode(body))),
		}
		if d, ok := element(elem, "DATE"); ok {
			a.Date = parseDate(Decode(d))
		}
		out = append(out, a)
	}
}

// element returns the content of the first <name>...</name> in b.
func element(b []byte, name string) (string, bool) {
	open := []byte("<" + name + ">")
	i := bytes.Index(b, open)
	if i < 0 {
		return "", false
	}
	rest := b[i+len(open):]
	j := bytes.Index(rest, []byte("</"+name+">"))
	if j < 0 {
		return "", false
	}
	return string(rest[:j]), true
}

func inner(b []byte, name string) string {
	s, _ := element(b, name)
	return s
}

// attr returns the value of a double-quoted attribute of the start tag
// that begins b.
func attr(b []byte, name string) string {
	end := bytes.IndexByte(b, '>')
	if end < 0 {
		return ""
	}
	tag := b[:end]
	key := []byte(" " + name + `="`)
	i := bytes.Index(tag, key)
	if i < 0 {
		return ""
	}
	v := tag[i+len(key):]
	if j := bytes.IndexByte(v, '"'); j >= 0 {
		return string(v[:j])
	}
	return ""
}

// Decode replaces the character references of s: the named ones of SGML
// (&lt; &gt; &amp; &quot; &apos;) and numeric ones. A reference to a
// control character other than a newline or tab is dropped: the wire
// format's framing bytes (&#2; &#3; &#5; ...) are not text. Anything that
// is not a reference is kept as it is.
func Decode(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for {
		i := strings.IndexByte(s, '&')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s = s[i:]
		j := strings.IndexByte(s, ';')
		if j < 0 || j > 10 {
			b.WriteByte('&')
			s = s[1:]
			continue
		}
		ref := s[1:j]
		switch {
		case ref == "lt":
			b.WriteByte('<')
		case ref == "gt":
			b.WriteByte('>')
		case ref == "amp":
			b.WriteByte('&')
		case ref == "quot":
			b.WriteByte('"')
		case ref == "apos":
			b.WriteByte('\'')
		case len(ref) > 1 && ref[0] == '#':
			n, err := strconv.ParseUint(ref[1:], 10, 32)
			if err != nil {
				b.WriteString(s[:j+1])
				break
			}
			r := rune(n)
			if r == '\n' || r == '\t' || (r >= ' ' && r != 0x7f && utf8.ValidRune(r)) {
				b.WriteRune(r)
			}
		default:
			b.WriteString(s[:j+1])
		}
		s = s[j+1:]
	}
}

// stripSignOff drops the agency's closing "Reuter" line.
func stripSignOff(s string) string {
	for _, sign := range []string{"Reuter", "REUTER"} {
		if strings.HasSuffix(s, sign) {
			t := strings.TrimSuffix(s, sign)
			if t == "" || t[len(t)-1] == '\n' || t[len(t)-1] == ' ' {
				return strings.TrimSpace(t)
			}
		}
	}
	return s
}

// parseDate reads "26-FEB-1987 15:01:01.79" (with stray spaces or
// trailing wire codes) as "1987-02-26".
func parseDate(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	t, err := time.Parse("2-Jan-2006", f[0])
	if err != nil {
		return ""
	}
	return t.Format("2006-01-02")
}

// latin1 re-encodes ISO 8859-1 bytes as UTF-8.
func latin1(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/16)
	for _, c := range b {
		out = utf8.AppendRune(out, rune(c))
	}
	return out
}

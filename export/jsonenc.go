package export

import (
	"encoding/json"
	"math"
	"strconv"
	"unicode/utf8"
)

// jsonEnc appends the contract's values to a byte slice exactly as
// encoding/json's Encoder with SetIndent(prefix, "  ") and
// SetEscapeHTML(false) would write them, without reflection and without
// the re-indenting pass: writing the 60 MB of Reuters-21578's output took
// a second with encoding/json.
//
// Every method takes the prefix of the line the value starts on; the
// value's inner lines are indented two spaces per level below it.
type jsonEnc struct {
	b   []byte
	err error // the first unsupported value (NaN or infinite float)
}

// object writes an object field by field: key starts each field.
type object struct {
	e      *jsonEnc
	prefix string // of the line the object starts on
	inner  string // prefix + "  "
	n      int
}

func (e *jsonEnc) object(prefix string) object {
	e.b = append(e.b, '{')
	return object{e: e, prefix: prefix, inner: prefix + "  "}
}

// key starts the next field; its value follows.
func (o *object) key(name string) {
	if o.n > 0 {
		o.e.b = append(o.e.b, ',')
	}
	o.n++
	o.e.b = append(o.e.b, '\n')
	o.e.b = append(o.e.b, o.inner...)
	o.e.b = append(o.e.b, '"')
	o.e.b = append(o.e.b, name...)
	o.e.b = append(o.e.b, '"', ':', ' ')
}

func (o *object) end() {
	if o.n > 0 {
		o.e.b = append(o.e.b, '\n')
		o.e.b = append(o.e.b, o.prefix...)
	}
	o.e.b = append(o.e.b, '}')
}

func (o *object) str(name, v string) {
	o.key(name)
	o.e.str(v)
}

// strOmit writes a string field tagged omitempty.
func (o *object) strOmit(name, v string) {
	if v != "" {
		o.str(name, v)
	}
}

func (o *object) int(name string, v int) {
	o.key(name)
	o.e.b = strconv.AppendInt(o.e.b, int64(v), 10)
}

func (o *object) float(name string, v float64) {
	o.key(name)
	o.e.float(v)
}

// strings writes a field holding an array of strings.
func (o *object) strings(name string, vs []string) {
	o.key(name)
	if vs == nil {
		o.e.b = append(o.e.b, "null"...)
		return
	}
	if len(vs) == 0 {
		o.e.b = append(o.e.b, '[', ']')
		return
	}
	o.e.b = append(o.e.b, '[')
	for i, v := range vs {
		if i > 0 {
			o.e.b = append(o.e.b, ',')
		}
		o.e.b = append(o.e.b, '\n')
		o.e.b = append(o.e.b, o.inner...)
		o.e.b = append(o.e.b, ' ', ' ')
		o.e.str(v)
	}
	o.e.b = append(o.e.b, '\n')
	o.e.b = append(o.e.b, o.inner...)
	o.e.b = append(o.e.b, ']')
}

// str appends s as a JSON string (encoding/json's appendString without
// HTML escaping).
func (e *jsonEnc) str(s string) {
	const hex = "0123456789abcdef"
	b := append(e.b, '"')
	start := 0
	for i := 0; i < len(s); {
		// Skip eight plain ASCII bytes at a time: none below a space, no
		// quote, no backslash, no high bit.
		for i+8 <= len(s) {
			w := s[i : i+8]
			x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
				uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
			const ones, highs = 0x0101010101010101, 0x8080808080808080
			q, bs := x^'"'*ones, x^'\\'*ones
			// Each term has a byte's high bit set if some byte is below a
			// space, a quote or a backslash (the classic has-zero-byte
			// test), or has its own high bit set.
			if ((x-' '*ones)&^x|(q-ones)&^q|(bs-ones)&^bs|x)&highs != 0 {
				break
			}
			i += 8
		}
		if i >= len(s) {
			break
		}
		if c := s[i]; c < utf8.RuneSelf {
			if c >= ' ' && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	e.b = append(b, '"')
}

// float appends f as encoding/json writes a float64: like ES6, with an
// exponent only below 1e-6 and from 1e21.
func (e *jsonEnc) float(f float64) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		if e.err == nil {
			_, e.err = json.Marshal(f) // encoding/json's error for it
		}
		e.b = append(e.b, "null"...)
		return
	}
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	e.b = strconv.AppendFloat(e.b, f, format, -1, 64)
	if format == 'e' {
		// e-09 becomes e-9
		if n := len(e.b); n >= 4 && e.b[n-4] == 'e' && e.b[n-3] == '-' && e.b[n-2] == '0' {
			e.b[n-2] = e.b[n-1]
			e.b = e.b[:n-1]
		}
	}
}

func (e *jsonEnc) document(d *Document, prefix string) {
	o := e.object(prefix)
	o.str("id", d.ID)
	o.str("source", d.Source)
	o.strOmit("url", d.URL)
	o.str("title", d.Title)
	o.str("dct", d.DCT)
	o.str("dct_source", d.DCTSource)
	o.str("status", d.Status)
	o.strOmit("error", d.Error)
	o.strOmit("warning", d.Warning)
	o.int("sentences", d.Sentences)
	o.int("mentions", d.Mentions)
	o.int("timexes", d.Timexes)
	o.int("dropped_blocks", d.Dropped)
	o.end()
}

func (e *jsonEnc) entity(x *Entity, prefix string) {
	o := e.object(prefix)
	o.str("id", x.ID)
	o.str("name", x.Name)
	o.str("type", x.Type)
	o.strings("aliases", x.Aliases)
	o.strings("roles", x.Roles)
	o.int("mentions", x.Mentions)
	o.strings("documents", x.Documents)
	o.strOmit("country", x.Country)
	if x.Lat != nil {
		o.float("lat", *x.Lat)
	}
	if x.Lon != nil {
		o.float("lon", *x.Lon)
	}
	o.end()
}

func (e *jsonEnc) event(x *Event, prefix string) {
	o := e.object(prefix)
	o.str("id", x.ID)
	o.str("date", x.Date)
	o.str("start", x.Start)
	o.str("end", x.End)
	o.str("granularity", x.Granularity)
	o.str("summary", x.Summary)
	o.str("trigger", x.Trigger)
	o.str("kind", x.Kind)
	o.strOmit("place", x.Place)
	if x.Future {
		o.key("future")
		e.b = append(e.b, "true"...)
	}
	o.strings("entities", x.Entities)
	o.key("sources")
	switch {
	case x.Sources == nil:
		e.b = append(e.b, "null"...)
	case len(x.Sources) == 0:
		e.b = append(e.b, '[', ']')
	default:
		in := o.inner + "  "
		e.b = append(e.b, '[')
		for i := range x.Sources {
			if i > 0 {
				e.b = append(e.b, ',')
			}
			e.b = append(e.b, '\n')
			e.b = append(e.b, in...)
			e.source(&x.Sources[i], in)
		}
		e.b = append(e.b, '\n')
		e.b = append(e.b, o.inner...)
		e.b = append(e.b, ']')
	}
	o.end()
}

func (e *jsonEnc) source(s *Source, prefix string) {
	o := e.object(prefix)
	o.str("document", s.Document)
	o.str("sentence", s.Sentence)
	o.str("time_text", s.TimeText)
	o.int("offset", s.Offset)
	o.str("date", s.Date)
	o.str("trigger", s.Trigger)
	o.int("trigger_offset", s.TriggerOffset)
	o.int("mentions", s.Mentions)
	o.end()
}

func (e *jsonEnc) node(n *Node, prefix string) {
	o := e.object(prefix)
	o.str("id", n.ID)
	o.str("label", n.Label)
	o.str("type", n.Type)
	o.int("mentions", n.Mentions)
	o.int("degree", n.Degree)
	o.float("weighted_degree", n.WeightedDegree)
	o.float("pagerank", n.PageRank)
	o.float("betweenness", n.Betweenness)
	o.int("community", n.Community)
	o.end()
}

func (e *jsonEnc) edge(x *Edge, prefix string) {
	o := e.object(prefix)
	o.str("source", x.Source)
	o.str("target", x.Target)
	o.float("weight", x.Weight)
	o.int("count", x.Count)
	o.float("npmi", x.NPMI)
	o.strings("documents", x.Documents)
	o.strings("events", x.Events)
	o.strOmit("first", x.First)
	o.strOmit("last", x.Last)
	o.end()
}

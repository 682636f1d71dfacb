package corpus

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzReadArticle feeds arbitrary bytes to the text and HTML readers: they
// must never panic, and a document read without error has valid UTF-8
// text.
func FuzzReadArticle(f *testing.F) {
	for _, s := range []string{
		"Putin met Tillerson.",
		"<p>President Vladimir Putin&#8217;s meeting</p><script>x()</script>",
		"<html><body><article><p>a</p></article></body></html>",
		"\xff\xfeH\x00i\x00",
		"\xef\xbb\xbfBOM text",
		"Caf\xe9",
		"<div><p>unclosed <b>bold",
		"\x00\x01\x02",
	} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, asHTML bool) {
		format := FormatText
		if asHTML {
			format = FormatHTML
		}
		r := &Reader{MaxBytes: 1 << 20}
		d := r.decodeArticle("fuzz.txt", "fuzz", format, data)
		if d.Err != nil {
			if !strings.Contains(d.Err.Error(), "fuzz.txt") {
				t.Fatalf("error %q does not name the input", d.Err)
			}
			return
		}
		if !utf8.ValidString(d.Raw) {
			t.Fatalf("invalid UTF-8 in %q", d.Raw)
		}
	})
}

// FuzzReadJSONL feeds arbitrary lines to the JSONL reader: it must never
// panic, every line with content gives exactly one document, and every
// document is either readable or says why not.
func FuzzReadJSONL(f *testing.F) {
	f.Add("{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":2,\"html\":\"<p>Two</p>\"}\n")
	f.Add("not json\n{}\n{\"text\": 5}\n")
	f.Add("{\"text\":\"\\u0000\"}")
	f.Fuzz(func(t *testing.T, in string) {
		r := &Reader{Stdin: strings.NewReader(in), MaxBytes: 1 << 16}
		var docs []*Document
		err := r.decodeJSONL(context.Background(), "f.jsonl", strings.NewReader(in), func(d *Document) error {
			docs = append(docs, d)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			if d.Err == nil && !utf8.ValidString(d.Raw) {
				t.Fatalf("invalid UTF-8 text from %q", in)
			}
			if d.Err != nil && !strings.Contains(d.Err.Error(), "f.jsonl") {
				t.Fatalf("error %q does not name the input", d.Err)
			}
		}
	})
}

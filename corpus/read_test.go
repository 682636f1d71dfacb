package corpus

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// walkAll reads inputs and returns every document.
func walkAll(t *testing.T, r *Reader, inputs ...string) []*Document {
	t.Helper()
	var docs []*Document
	if err := r.Walk(context.Background(), inputs, func(d *Document) error {
		docs = append(docs, d)
		return nil
	}); err != nil {
		t.Fatalf("Walk: %v", err)
	}
	return docs
}

func TestReadInputs(t *testing.T) {
	latin1 := []byte("Caf\xe9 owners in S\xe3o Paulo met the mayor on Monday.\n")
	fsys := fstest.MapFS{
		"a/story.txt":        {Data: []byte("Putin met Tillerson in Moscow on Wednesday.\n")},
		"a/page.html":        {Data: []byte(`<html><head><title>T</title><meta property="article:published_time" content="2017-04-13T10:00:00Z"></head><body><article><h1>Talks in Moscow</h1><p>Russian President Vladimir Putin met US Secretary of State Rex Tillerson in Moscow on Wednesday, the Kremlin said in a statement.</p><p>The two men talked for nearly two hours about Syria and about the state of relations between their countries.</p></article></body></html>`)},
		"a/notes.md":         {Data: []byte("ignored: not an article format")},
		"a/.git/x.txt":       {Data: []byte("hidden folders are skipped")},
		"empty/readme.md":    {Data: []byte("no articles here")},
		"bad/empty.txt":      {Data: []byte("  \n\n")},
		"bad/binary.txt":     {Data: []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00binary")},
		"bad/latin1.txt":     {Data: latin1},
		"bad/big.txt":        {Data: bytes.Repeat([]byte("word "), 400)},
		"bad/fragment.txt":   {Data: []byte(`<div class="ad"><span>Advertisements</span></div><p>President Vladimir Putin&#8217;s meeting with Rex Tillerson ended.</p><p>Mr Peskov said talks would go on.</p>`)},
		"bad/broken.html":    {Data: []byte(`<html><body><p>Unclosed <b>bold <i>text about the Kremlin and Moscow talks that went on for hours</p></div></span>`)},
		"bad/scriptonly.htm": {Data: []byte(`<html><head><script>var a = 1;</script></head><body></body></html>`)},
		"feed.jsonl": {Data: []byte(`{"id": "a1", "title": "One", "date": "2017-04-13", "text": "Putin met Tillerson."}
not json at all
{"id": "a3", "title": "No text"}

{"id": 42, "published": "2017-04-14T09:00:00Z", "html": "<p>Lavrov spoke in Moscow on Thursday about the talks with Tillerson and the White House.</p>"}
{"url": "https://example.com/2017/04/15/story", "text": "Peskov said so.", "date": "not a date"}
{"id": "a7", "text": "  "}
`)},
	}
	r := &Reader{FS: fsys, MaxBytes: 1000}
	docs := walkAll(t, r, "a", "empty", "bad", "missing.txt", "feed.jsonl")
	type want struct {
		id, source string
		err        error  // nil: ok
		format     Format // when ok
		warning    string // substring
	}
	wants := []want{
		{id: "page", source: "a/page.html", format: FormatHTML},
		{id: "story", source: "a/story.txt", format: FormatText},
		{id: "empty", source: "empty", err: ErrNoArticles},
		{id: "big", source: "bad/big.txt", err: ErrTooLarge},
		{id: "binary", source: "bad/binary.txt", err: ErrBinary},
		{id: "broken", source: "bad/broken.html", format: FormatHTML},
		{id: "empty-2", source: "bad/empty.txt", err: ErrEmpty},
		{id: "fragment", source: "bad/fragment.txt", format: FormatHTML},
		{id: "latin1", source: "bad/latin1.txt", format: FormatText, warning: "Windows-1252"},
		{id: "scriptonly", source: "bad/scriptonly.htm", err: ErrNoText},
		{id: "missing", source: "missing.txt", err: ErrNotFound},
		{id: "a1", source: "feed.jsonl:1", format: FormatJSONL},
		{id: "feed-2", source: "feed.jsonl:2", err: ErrBadJSON},
		{id: "a3", source: "feed.jsonl:3", err: ErrNoField},
		{id: "42", source: "feed.jsonl:5", format: FormatHTML},
		{id: "url-", source: "feed.jsonl:6", format: FormatJSONL, warning: "ignored the date field"},
		{id: "a7", source: "feed.jsonl:7", err: ErrEmpty},
	}
	if len(docs) != len(wants) {
		for _, d := range docs {
			t.Logf("got %s %s %v", d.ID, d.Source, d.Err)
		}
		t.Fatalf("got %d documents, want %d", len(docs), len(wants))
	}
	for i, w := range wants {
		d := docs[i]
		t.Run(w.source, func(t *testing.T) {
			if !strings.HasPrefix(d.ID, w.id) || d.Source != w.source {
				t.Errorf("doc %d = %s from %s, want %s from %s", i, d.ID, d.Source, w.id, w.source)
			}
			if w.err != nil {
				if !errors.Is(d.Err, w.err) {
					t.Fatalf("err = %v, want %v", d.Err, w.err)
				}
				if d.Status() != StatusError || !strings.Contains(d.Err.Error(), strings.Split(w.source, ":")[0]) {
					t.Errorf("error %q should name the input", d.Err)
				}
				return
			}
			if d.Err != nil {
				t.Fatalf("unexpected error %v", d.Err)
			}
			if d.Format != w.format {
				t.Errorf("format = %s, want %s", d.Format, w.format)
			}
			if strings.TrimSpace(d.Raw) == "" {
				t.Errorf("no text")
			}
			if !strings.Contains(d.Warning, w.warning) {
				t.Errorf("warning = %q, want it to contain %q", d.Warning, w.warning)
			}
		})
	}
	// Details the table does not cover.
	byID := map[string]*Document{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	if d := byID["page"]; d.Published.Format("2006-01-02") != "2017-04-13" || !strings.Contains(d.Raw, "Vladimir Putin met") {
		t.Errorf("page: published %v, raw %q", d.Published, d.Raw)
	}
	if d := byID["fragment"]; strings.Contains(d.Raw, "<") || !strings.Contains(d.Raw, "Putin’s meeting") || strings.Contains(d.Raw, "Advertisements") {
		t.Errorf("fragment read as %q", d.Raw)
	}
	if d := byID["latin1"]; !strings.Contains(d.Raw, "Café owners in São Paulo") {
		t.Errorf("latin1 decoded as %q", d.Raw)
	}
	if d := byID["a1"]; d.Title != "One" || d.Published.Format("2006-01-02") != "2017-04-13" {
		t.Errorf("a1: title %q published %v", d.Title, d.Published)
	}
	if d := byID["42"]; d.Published.Format("2006-01-02") != "2017-04-14" || !strings.Contains(d.Raw, "Lavrov spoke") {
		t.Errorf("42: published %v raw %q", d.Published, d.Raw)
	}
}

func TestReadStdin(t *testing.T) {
	tests := []struct {
		name, in string
		ids      []string
		format   Format
	}{
		{"text", "Putin met Tillerson on Wednesday.\n", []string{"stdin"}, FormatText},
		{"html", "<html><body><article><p>Putin met Tillerson in Moscow on Wednesday, the Kremlin said after the talks ended.</p></article></body></html>", []string{"stdin"}, FormatHTML},
		{"jsonl", "{\"id\":\"x\",\"text\":\"One.\"}\n{\"id\":\"y\",\"text\":\"Two.\"}\n", []string{"x", "y"}, FormatJSONL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &Reader{Stdin: strings.NewReader(tt.in)}
			docs := walkAll(t, r, "-")
			if len(docs) != len(tt.ids) {
				t.Fatalf("got %d docs, want %d", len(docs), len(tt.ids))
			}
			for i, d := range docs {
				if d.Err != nil || d.ID != tt.ids[i] || d.Format != tt.format {
					t.Errorf("doc %d: id %q format %s err %v", i, d.ID, d.Format, d.Err)
				}
			}
		})
	}
}

func TestUniqueIDs(t *testing.T) {
	fsys := fstest.MapFS{
		"x/story.txt": {Data: []byte("One story.")},
		"y/story.txt": {Data: []byte("Another story.")},
		"z/story.txt": {Data: []byte("A third story.")},
	}
	docs := walkAll(t, &Reader{FS: fsys}, ".")
	got := []string{}
	for _, d := range docs {
		got = append(got, d.ID)
	}
	if strings.Join(got, " ") != "story story-2 story-3" {
		t.Errorf("ids = %v", got)
	}
}

func TestWalkCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := (&Reader{FS: fstest.MapFS{"a.txt": {Data: []byte("x")}}}).Walk(ctx, []string{"a.txt"}, func(*Document) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

// TestHugeFile reads a file far over the limit from disk: it fails fast
// with ErrTooLarge without reading it whole, and the next input is read.
func TestHugeFile(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 200 MB file")
	}
	dir := t.TempDir()
	big := filepath.Join(dir, "huge.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(200 << 20); err != nil { // sparse: cheap on disk
		t.Fatal(err)
	}
	f.Close()
	small := filepath.Join(dir, "small.txt")
	os.WriteFile(small, []byte("A small story."), 0o644)
	start := time.Now()
	docs := walkAll(t, &Reader{}, big, small)
	if len(docs) != 2 || !errors.Is(docs[0].Err, ErrTooLarge) || docs[1].Err != nil {
		t.Fatalf("docs = %v / %v", docs[0].Err, docs[1].Err)
	}
	if time.Since(start) > 10*time.Second {
		t.Errorf("took %v", time.Since(start))
	}
}

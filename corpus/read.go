package corpus

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// DefaultMaxBytes is the size limit of one article (a text or HTML file,
// or one JSONL line) when [Reader.MaxBytes] is zero.
const DefaultMaxBytes = 32 << 20

// Reader reads articles from files, folders and standard input. The zero
// value is ready to use and reads standard input from os.Stdin.
type Reader struct {
	// MaxBytes limits the size of one article; 0 means DefaultMaxBytes.
	// A JSONL file may be larger: the limit applies to each line.
	MaxBytes int64

	// Stdin is read for the input "-"; nil means os.Stdin.
	Stdin io.Reader

	// FS, when set, resolves every input inside it instead of the
	// operating system's files (paths use forward slashes, as in fs.FS).
	FS fs.FS
}

// Handler receives each document as it is read. A non-nil error stops the
// walk and is returned by [Reader.Walk].
type Handler func(*Document) error

// extensions that hold articles, by format.
func formatOf(name string) (Format, bool) {
	switch strings.ToLower(path.Ext(name)) {
	case ".txt", ".text":
		return FormatText, true
	case ".html", ".htm", ".xhtml":
		return FormatHTML, true
	case ".jsonl", ".ndjson":
		return FormatJSONL, true
	}
	return "", false
}

// Walk reads every input in order and calls h once per document. An input
// is a file, a folder (read recursively, in lexical order, keeping files
// whose extension names an article format), or "-" for standard input.
//
// Inputs that cannot be read still reach h, as a Document whose Err says
// why, so that callers can list every input with its status. Walk stops
// early only when ctx is canceled or h returns an error.
func (r *Reader) Walk(ctx context.Context, inputs []string, h Handler) error {
	ids := newIDSet()
	emit := func(d *Document) error {
		d.ID = ids.unique(d.ID)
		return h(d)
	}
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := r.walkInput(ctx, in, emit); err != nil {
			return err
		}
	}
	return nil
}

func (r *Reader) walkInput(ctx context.Context, in string, h Handler) error {
	if in == "-" {
		stdin := r.Stdin
		if stdin == nil {
			stdin = os.Stdin
		}
		return r.decodeStream(ctx, "-", "", stdin, h)
	}
	info, err := r.stat(in)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			err = ErrNotFound
		}
		return h(errorDoc(in, 0, err))
	}
	if !info.IsDir() {
		return r.readFile(ctx, in, true, h)
	}
	var files []string
	err = r.walkDir(in, func(p string, d fs.DirEntry) {
		if _, ok := formatOf(p); ok && !d.IsDir() {
			files = append(files, p)
		}
	})
	if err != nil {
		return h(errorDoc(in, 0, err))
	}
	if len(files) == 0 {
		return h(errorDoc(in, 0, ErrNoArticles))
	}
	sort.Strings(files)
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := r.readFile(ctx, f, false, h); err != nil {
			return err
		}
	}
	return nil
}

func (r *Reader) stat(p string) (fs.FileInfo, error) {
	if r.FS != nil {
		return fs.Stat(r.FS, p)
	}
	return os.Stat(p)
}

func (r *Reader) open(p string) (io.ReadCloser, error) {
	if r.FS != nil {
		return r.FS.Open(p)
	}
	return os.Open(p)
}

func (r *Reader) walkDir(root string, fn func(string, fs.DirEntry)) error {
	visit := func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != root && strings.HasPrefix(d.Name(), ".") {
			return fs.SkipDir // hidden folders (.git, ...) hold no articles
		}
		fn(p, d)
		return nil
	}
	if r.FS != nil {
		return fs.WalkDir(r.FS, root, visit)
	}
	return filepath.WalkDir(root, visit)
}

// readFile reads one file. explicit says the user named it: a file named
// on the command line is read whatever its extension (as text), while
// files found in a folder are filtered by extension before this.
func (r *Reader) readFile(ctx context.Context, p string, explicit bool, h Handler) error {
	f, err := r.open(p)
	if err != nil {
		return h(errorDoc(p, 0, err))
	}
	defer f.Close()
	format, _ := formatOf(p)
	if format == FormatJSONL {
		return r.decodeJSONL(ctx, p, f, h)
	}
	data, err := r.readAll(f)
	if err != nil {
		return h(errorDoc(p, 0, err))
	}
	return h(r.decodeArticle(p, stem(p), format, data))
}

// readAll reads at most MaxBytes, failing with ErrTooLarge beyond.
func (r *Reader) readAll(rd io.Reader) ([]byte, error) {
	limit := r.maxBytes()
	data, err := io.ReadAll(io.LimitReader(rd, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: more than %s (the limit for one article)", ErrTooLarge, formatBytes(limit))
	}
	return data, nil
}

func (r *Reader) maxBytes() int64 {
	if r.MaxBytes > 0 {
		return r.MaxBytes
	}
	return DefaultMaxBytes
}

// decodeStream reads standard input, whose format is sniffed: JSONL when
// its first non-blank byte opens a JSON object, otherwise one article.
func (r *Reader) decodeStream(ctx context.Context, source, format string, rd io.Reader, h Handler) error {
	br := bufio.NewReaderSize(rd, 64<<10)
	head, _ := br.Peek(512)
	if bytes.HasPrefix(bytes.TrimLeft(head, " \t\r\n\ufeff"), []byte("{")) {
		return r.decodeJSONL(ctx, source, br, h)
	}
	data, err := r.readAll(br)
	if err != nil {
		return h(errorDoc(source, 0, err))
	}
	return h(r.decodeArticle(source, "stdin", "", data))
}

// decodeArticle turns the bytes of one text or HTML article into a
// Document. format "" means sniff.
func (r *Reader) decodeArticle(source, id string, format Format, data []byte) *Document {
	text, warning, err := decodeText(data)
	if err != nil {
		return errorDoc(source, 0, err)
	}
	d := &Document{ID: id, Source: source, Format: FormatText, Warning: warning}
	if format == FormatHTML || looksLikeHTML(text) {
		d.Format = FormatHTML
		page, err := extractHTML(text)
		if err != nil {
			d.Err = &ReadError{Source: source, Err: err}
			return d
		}
		d.Raw, d.Title, d.URL, d.Published = page.text, page.title, page.url, page.published
		return d
	}
	if strings.TrimSpace(text) == "" {
		d.Err = &ReadError{Source: source, Err: ErrEmpty}
		return d
	}
	d.Raw = text
	return d
}

func errorDoc(source string, line int, err error) *Document {
	var re *ReadError
	if !errors.As(err, &re) {
		err = &ReadError{Source: source, Line: line, Err: unwrapPathError(err)}
	}
	id := stem(source)
	if line > 0 {
		id = fmt.Sprintf("%s-%d", id, line)
		source = fmt.Sprintf("%s:%d", source, line)
	}
	return &Document{ID: id, Source: source, Err: err}
}

// unwrapPathError drops the path that *fs.PathError repeats, since
// ReadError already names the source.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, fs.ErrNotExist) {
			return ErrNotFound
		}
		return pe.Err
	}
	return err
}

// stem is the file name without folder and extension: the default ID.
func stem(p string) string {
	if p == "-" {
		return "stdin"
	}
	base := path.Base(filepath.ToSlash(p))
	if ext := path.Ext(base); ext != "" && ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	return base
}

func formatBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// idSet makes document IDs unique within one walk: a second "a" becomes
// "a-2". It keeps one entry per document, a few bytes each.
type idSet map[string]int

func newIDSet() idSet { return idSet{} }

func (s idSet) unique(id string) string {
	if id == "" {
		id = "doc"
	}
	n := s[id]
	s[id] = n + 1
	if n == 0 {
		return id
	}
	for {
		n++
		cand := fmt.Sprintf("%s-%d", id, n)
		if s[cand] == 0 {
			s[cand] = 1
			s[id] = n
			return cand
		}
	}
}

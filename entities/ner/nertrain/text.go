package nertrain

import (
	"bufio"
	"compress/gzip"
	"context"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/timelinehq/timeline/entities/ner"
	"github.com/timelinehq/timeline/entities/ner/brown"
	"github.com/timelinehq/timeline/entities/ner/conll"
)

// UnlabelledFiles returns the sources of unlabelled news text for the word
// clusters, as patterns relative to the data folder: Reuters-21578 bodies,
// the tokens of the training corpora (not of the dev sets), ECB+ and
// Wikinews articles.
func UnlabelledFiles() []string {
	return []string{
		"reuters21578/reut2-*.sgm",
		"conll2003/eng.train",
		"gmb/gmb_train90.conll",
		"ecbplus/topics/*/*.xml",
		"wikinews/*.naf",
	}
}

var (
	reBody    = regexp.MustCompile(`(?s)<BODY>(.*?)</BODY>`)
	reRaw     = regexp.MustCompile(`(?s)<raw>(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?</raw>`)
	reToken   = regexp.MustCompile(`<token [^>]*sentence="(\d+)"[^>]*>([^<]*)</token>`)
	reTrailer = regexp.MustCompile(`(?i)\s*reuter\s*$`)
)

// decodeText returns b as a string, reading it as Latin-1 when it is not
// valid UTF-8 (one Reuters-21578 file is not).
func decodeText(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

// UnlabelledText feeds the unlabelled text under dataDir to corp, one run
// of tokens per paragraph or sentence.
func UnlabelledText(ctx context.Context, dataDir string, corp *brown.Corpus) error {
	for _, pat := range UnlabelledFiles() {
		files, err := filepath.Glob(filepath.Join(dataDir, pat))
		if err != nil {
			return err
		}
		if len(files) == 0 {
			return fmt.Errorf("nertrain: no files match %s", filepath.Join(dataDir, pat))
		}
		slices.Sort(files)
		for _, f := range files {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := addFile(f, corp); err != nil {
				return err
			}
		}
	}
	return nil
}

func addFile(path string, corp *brown.Corpus) error {
	if strings.HasSuffix(path, ".conll") || strings.HasSuffix(path, ".train") {
		docs, err := conll.ReadFile(path)
		if err != nil {
			return err
		}
		for _, s := range conll.Sentences(docs) {
			corp.Add(s.Tokens)
		}
		return nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	text := decodeText(b)
	addProse := func(s string) {
		for _, para := range strings.Split(s, "\n\n") {
			toks := ner.Tokenize(para)
			words := make([]string, len(toks))
			for i, t := range toks {
				words[i] = t.Text
			}
			corp.Add(words)
		}
	}
	switch {
	case strings.HasSuffix(path, ".sgm"):
		for _, m := range reBody.FindAllStringSubmatch(text, -1) {
			addProse(reTrailer.ReplaceAllString(html.UnescapeString(m[1]), ""))
		}
	case strings.HasSuffix(path, ".naf"):
		for _, m := range reRaw.FindAllStringSubmatch(text, -1) {
			addProse(html.UnescapeString(m[1]))
		}
	case strings.HasSuffix(path, ".xml"):
		var sent []string
		last := ""
		for _, m := range reToken.FindAllStringSubmatch(text, -1) {
			if m[1] != last && len(sent) > 0 {
				corp.Add(sent)
				sent = sent[:0]
			}
			last = m[1]
			sent = append(sent, html.UnescapeString(m[2]))
		}
		corp.Add(sent)
	}
	return nil
}

// WriteClusters writes entries as "path<TAB>word<TAB>count" lines,
// gzip-compressed.
func WriteClusters(w io.Writer, entries []brown.Entry) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	for _, e := range entries {
		fmt.Fprintf(bw, "%s\t%s\t%d\n", e.Path, e.Word, e.Count)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// ReadClusters reads a file written by WriteClusters (gzip-compressed or
// not), keeping the file's order.
func ReadClusters(path string) ([]brown.Entry, error) {
	r, f, err := openTable(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []brown.Entry
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("%s:%d: want 3 tab-separated fields", path, line)
		}
		n, err := strconv.Atoi(f[2])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		out = append(out, brown.Entry{Path: f[0], Word: f[1], Count: n})
	}
	return out, sc.Err()
}

// openTable opens a table file, gzip-compressed or not; close f when done
// with r.
func openTable(path string) (r io.Reader, f *os.File, err error) {
	f, err = os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	br := bufio.NewReader(f)
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			f.Close()
			return nil, nil, fmt.Errorf("%s: %v", path, err)
		}
		return zr, f, nil
	}
	return br, f, nil
}

// ReadEmbeddings reads an embedding-cluster file: "path<TAB>word" lines,
// gzip-compressed or not.
func ReadEmbeddings(path string) (words, paths []string, err error) {
	r, f, err := openTable(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		p, w, ok := strings.Cut(sc.Text(), "\t")
		if !ok || w == "" || strings.Trim(p, "01") != "" {
			return nil, nil, fmt.Errorf("%s:%d: want a bit string and a word, tab-separated", path, line)
		}
		words = append(words, w)
		paths = append(paths, p)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("%s: %v", path, err)
	}
	return words, paths, nil
}

// BuildClusters learns word clusters from the unlabelled text under
// dataDir.
func BuildClusters(ctx context.Context, dataDir string, opt brown.Options, log io.Writer) ([]brown.Entry, error) {
	corp := brown.NewCorpus()
	if err := UnlabelledText(ctx, dataDir, corp); err != nil {
		return nil, err
	}
	fmt.Fprintf(log, "clustering words of %d tokens\n", corp.Tokens())
	return brown.Cluster(ctx, corp, opt)
}

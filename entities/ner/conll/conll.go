// Package conll reads labelled NER data in CoNLL-style column files
// (CoNLL-2003, the Groningen Meaning Bank extract) and finds their entity
// chunks with the semantics of conlleval.
//
// A file holds one token per line: the token in the first column, the tag in
// the last, an optional part-of-speech tag in the second when there are at
// least three columns. A blank line ends a sentence; a "-DOCSTART-" line
// ends a document. Tags may be IOB1, IOB2 (BIO), IOBES or BILOU.
package conll

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

// Sentence is one sentence of a column file.
type Sentence struct {
	Tokens []string
	POS    []string // empty strings when the file has fewer than 3 columns
	Tags   []string // raw tags as written in the file
}

// Document is a run of sentences between "-DOCSTART-" lines. A file without
// such lines reads as a single document.
type Document struct {
	Sentences []Sentence
}

// ParseError reports a malformed line.
type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// ErrColumns is the error of a token line with a single column.
var ErrColumns = fmt.Errorf("token line needs at least 2 columns (token and tag)")

// Read parses a column file into documents.
func Read(r io.Reader) ([]Document, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	var (
		docs []Document
		doc  Document
		cur  Sentence
		line int
	)
	endSentence := func() {
		if len(cur.Tokens) > 0 {
			doc.Sentences = append(doc.Sentences, cur)
			cur = Sentence{}
		}
	}
	endDoc := func() {
		endSentence()
		if len(doc.Sentences) > 0 {
			docs = append(docs, doc)
			doc = Document{}
		}
	}
	for sc.Scan() {
		line++
		b := bytes.TrimRight(sc.Bytes(), "\r\n")
		fields := strings.Fields(string(b))
		if len(fields) == 0 {
			endSentence()
			continue
		}
		if fields[0] == "-DOCSTART-" {
			endDoc()
			continue
		}
		if len(fields) < 2 {
			return nil, &ParseError{Line: line, Err: ErrColumns}
		}
		pos := ""
		if len(fields) >= 3 {
			pos = fields[1]
		}
		cur.Tokens = append(cur.Tokens, fields[0])
		cur.POS = append(cur.POS, pos)
		cur.Tags = append(cur.Tags, fields[len(fields)-1])
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	endDoc()
	return docs, nil
}

// ReadFile reads a column file from disk.
func ReadFile(path string) ([]Document, error) {
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

// Sentences flattens documents into their sentences, in order.
func Sentences(docs []Document) []Sentence {
	var out []Sentence
	for _, d := range docs {
		out = append(out, d.Sentences...)
	}
	return out
}

package corpus

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// jsonArticle is one JSONL line. Either text or html carries the article;
// date and published are synonyms.
type jsonArticle struct {
	ID        json.RawMessage `json:"id"`
	URL       string          `json:"url"`
	Title     string          `json:"title"`
	Date      string          `json:"date"`
	Published string          `json:"published"`
	Text      *string         `json:"text"`
	HTML      *string         `json:"html"`
}

// decodeJSONL reads one article per line. A bad line becomes a Document
// with an error naming the line; the rest of the file is still read.
func (r *Reader) decodeJSONL(ctx context.Context, source string, rd io.Reader, h Handler) error {
	br := bufio.NewReaderSize(rd, 256<<10)
	limit := r.maxBytes()
	base := stem(source)
	lines, articles := 0, 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, tooLong, err := readLine(br, limit)
		if err != nil && !errors.Is(err, io.EOF) {
			return h(errorDoc(source, lines+1, err))
		}
		if len(line) == 0 && !tooLong && errors.Is(err, io.EOF) {
			break
		}
		lines++
		if tooLong {
			articles++
			if herr := h(errorDoc(source, lines, fmt.Errorf("%w: line longer than %s", ErrTooLarge, formatBytes(limit)))); herr != nil {
				return herr
			}
		} else if len(bytes.TrimSpace(line)) > 0 {
			articles++
			if herr := h(r.decodeJSONLine(source, base, lines, line)); herr != nil {
				return herr
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
	}
	if articles == 0 {
		return h(errorDoc(source, 0, ErrEmpty))
	}
	return nil
}

// readLine reads up to and without "\n". A line longer than limit is
// skipped to its end and reported as tooLong.
func readLine(br *bufio.Reader, limit int64) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, isPrefix, err := br.ReadLine()
		if err != nil {
			return buf, tooLong, err
		}
		if !tooLong {
			if int64(len(buf)+len(chunk)) > limit {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if !isPrefix {
			return buf, tooLong, nil
		}
	}
}

func (r *Reader) decodeJSONLine(source, base string, lineNo int, line []byte) *Document {
	src := fmt.Sprintf("%s:%d", source, lineNo)
	id := ""
	fail := func(err error) *Document {
		d := errorDoc(source, lineNo, err)
		if id != "" {
			d.ID = id
		}
		return d
	}
	var a jsonArticle
	if err := json.Unmarshal(line, &a); err != nil {
		return fail(fmt.Errorf("%w: %v", ErrBadJSON, jsonErrorText(err)))
	}
	id = jsonID(a.ID)
	if id == "" && a.URL != "" {
		sum := sha256.Sum256([]byte(a.URL))
		id = "url-" + hex.EncodeToString(sum[:8])
	}
	if id == "" {
		id = fmt.Sprintf("%s-%d", base, lineNo)
	}
	var d *Document
	switch {
	case a.Text != nil && strings.TrimSpace(*a.Text) != "":
		text, warning, err := decodeText([]byte(*a.Text))
		if err != nil {
			return fail(err)
		}
		d = &Document{Source: src, Format: FormatJSONL, Raw: text, Warning: warning}
		if looksLikeHTML(text) {
			d = r.decodeArticle(src, id, FormatHTML, []byte(text))
		}
	case a.HTML != nil && strings.TrimSpace(*a.HTML) != "":
		d = r.decodeArticle(src, id, FormatHTML, []byte(*a.HTML))
	case a.Text != nil || a.HTML != nil:
		return fail(fmt.Errorf("%w: \"text\" or \"html\" holds only white space", ErrEmpty))
	default:
		return fail(fmt.Errorf("%w: no \"text\" or \"html\"", ErrNoField))
	}
	d.ID, d.Source = id, src
	if d.Err != nil {
		var re *ReadError
		if errors.As(d.Err, &re) {
			re.Source, re.Line = source, lineNo
		}
	}
	if a.URL != "" {
		d.URL = a.URL
	}
	if a.Title != "" {
		d.Title = strings.TrimSpace(a.Title)
	}
	date := a.Date
	if date == "" {
		date = a.Published
	}
	if date != "" {
		t, err := ParseDate(date)
		if err != nil {
			d.Warning = joinWarnings(d.Warning, fmt.Sprintf("ignored the date field: %v", err))
		} else {
			d.Published = t
		}
	}
	return d
}

// jsonID accepts a string or a number.
func jsonID(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	return strings.TrimSpace(string(raw))
}

func jsonErrorText(err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Sprintf("%v (at byte %d)", se, se.Offset)
	}
	return err.Error()
}

func joinWarnings(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}

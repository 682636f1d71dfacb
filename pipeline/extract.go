package pipeline

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/timeline"
)

// ExtractSchema names the version of the extract format: the first line
// of every extract file says {"schema": "timeline-extract/v1", ...}. A
// change that a reader of this version could not read bumps it.
const ExtractSchema = "timeline-extract/v1"

// ErrSchema is wrapped by the error of a file that is not an extract file
// of version [ExtractSchema].
var ErrSchema = errors.New("not a " + ExtractSchema + " file")

// ExtractHeader is the first line of an extract file.
type ExtractHeader struct {
	Schema string `json:"schema"` // ExtractSchema
	Window Window `json:"window"` // the co-mention unit the groups were made with
}

// ExtractError reports a problem with one line of an extract file.
type ExtractError struct {
	File string // the file's name, "-" for standard input
	Line int    // 1-based; 0 when the file as a whole is at fault
	Err  error
}

// Error names the file and line.
func (e *ExtractError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

// Unwrap returns the underlying error.
func (e *ExtractError) Unwrap() error { return e.Err }

// ExtractWriter writes per-article results as an extract file: a header
// line, then one line per article, in the order written.
type ExtractWriter struct {
	w   *bufio.Writer
	buf bytes.Buffer
}

// NewExtractWriter writes the header (its Schema is set to ExtractSchema)
// and returns a writer for the articles. Call Flush at the end.
func NewExtractWriter(w io.Writer, h ExtractHeader) (*ExtractWriter, error) {
	h.Schema = ExtractSchema
	if h.Window == "" {
		h.Window = WindowSentence
	}
	ew := &ExtractWriter{w: bufio.NewWriterSize(w, 256<<10)}
	line, err := json.Marshal(h)
	if err != nil {
		return nil, err
	}
	ew.w.Write(line)
	if err := ew.w.WriteByte('\n'); err != nil {
		return nil, err
	}
	return ew, nil
}

// Write writes one article's result.
func (ew *ExtractWriter) Write(r *DocResult) error {
	ew.buf.Reset()
	if err := AppendDocResult(&ew.buf, r); err != nil {
		return err
	}
	_, err := ew.w.Write(ew.buf.Bytes())
	return err
}

// Flush writes any buffered data.
func (ew *ExtractWriter) Flush() error { return ew.w.Flush() }

// AppendDocResult writes r to buf as one JSON line of the extract format,
// newline included.
func AppendDocResult(buf *bytes.Buffer, r *DocResult) error {
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	return enc.Encode(toExtractDoc(r))
}

// MarshalDocResult returns r as one JSON line of the extract format,
// without the newline.
func MarshalDocResult(r *DocResult) ([]byte, error) {
	var buf bytes.Buffer
	if err := AppendDocResult(&buf, r); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// UnmarshalDocResult reads one article line of the extract format.
func UnmarshalDocResult(line []byte) (*DocResult, error) {
	var x extractDoc
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&x); err != nil {
		return nil, err
	}
	return x.result()
}

// ExtractReader reads an extract file.
type ExtractReader struct {
	name   string
	br     *bufio.Reader
	line   int
	header ExtractHeader
}

// NewExtractReader reads and checks the header of the extract file r,
// whose name is used in errors. A file of another version, or that is
// not an extract file, gives an *ExtractError wrapping ErrSchema.
func NewExtractReader(r io.Reader, name string) (*ExtractReader, error) {
	er := &ExtractReader{name: name, br: bufio.NewReaderSize(r, 256<<10)}
	first, err := er.next()
	if err == io.EOF {
		return nil, &ExtractError{File: name, Err: fmt.Errorf("%w: the file is empty", ErrSchema)}
	}
	if err != nil {
		return nil, err
	}
	var h ExtractHeader
	if json.Unmarshal(first, &h) != nil || h.Schema == "" {
		return nil, &ExtractError{File: name, Line: er.line, Err: fmt.Errorf("%w: the first line has no \"schema\" (write extract files with timeline extract)", ErrSchema)}
	}
	if h.Schema != ExtractSchema {
		return nil, &ExtractError{File: name, Line: er.line, Err: fmt.Errorf("%w: it is %q; extract it again with this version of timeline", ErrSchema, h.Schema)}
	}
	if _, err := ParseWindow(string(h.Window)); err != nil {
		return nil, &ExtractError{File: name, Line: er.line, Err: err}
	}
	er.header = h
	return er, nil
}

// Header returns the file's header.
func (er *ExtractReader) Header() ExtractHeader { return er.header }

// Read returns the next article's result, or io.EOF after the last.
func (er *ExtractReader) Read() (*DocResult, error) {
	line, err := er.next()
	if err != nil {
		return nil, err
	}
	r, err := UnmarshalDocResult(line)
	if err != nil {
		return nil, &ExtractError{File: er.name, Line: er.line, Err: err}
	}
	return r, nil
}

// next returns the next non-blank line.
func (er *ExtractReader) next() ([]byte, error) {
	for {
		line, err := er.br.ReadBytes('\n')
		if len(line) > 0 {
			er.line++
			if t := bytes.TrimSpace(line); len(t) > 0 {
				return t, nil
			}
		}
		if err == io.EOF {
			return nil, io.EOF
		}
		if err != nil {
			return nil, &ExtractError{File: er.name, Line: er.line + 1, Err: err}
		}
	}
}

// The JSON shapes of the extract format. They mirror DocResult field for
// field; TestExtractCoversEveryField fails when a field is added to one of
// the types it carries without being added here.
type extractDoc struct {
	ID        string           `json:"id"`
	Source    string           `json:"source"`
	URL       string           `json:"url,omitempty"`
	Title     string           `json:"title,omitempty"`
	DCT       string           `json:"dct,omitempty"`
	DCTSource corpus.DCTSource `json:"dct_source,omitempty"`
	DCTTime   extractTime      `json:"dct_time,omitzero"`
	Status    corpus.Status    `json:"status"`
	Error     string           `json:"error,omitempty"`
	Warning   string           `json:"warning,omitempty"`
	Bytes     int              `json:"bytes"`
	Dropped   int              `json:"dropped,omitempty"`
	Sentences int              `json:"sentences"`
	Mentions  int              `json:"mentions"`
	Timexes   int              `json:"timexes"`
	Entities  []extractLocal   `json:"entities,omitempty"`
	Groups    [][]int          `json:"groups,omitempty"`
	Events    []extractEvent   `json:"events,omitempty"`
}

type extractLocal struct {
	Name     string        `json:"name"`
	Kind     entities.Kind `json:"type"`
	Aliases  []string      `json:"aliases,omitempty"`
	Roles    []string      `json:"roles,omitempty"`
	Mentions []int         `json:"mentions,omitempty"`
	Country  string        `json:"country,omitempty"`
	Place    string        `json:"place,omitempty"`
	Lat      float64       `json:"lat,omitempty"`
	Lon      float64       `json:"lon,omitempty"`
	HasCoord bool          `json:"has_coord,omitempty"`
	Definite bool          `json:"definite,omitempty"`
	Apart    []int         `json:"apart,omitempty"`
	// Nicknamed: names a person goes by that the article writes only
	// around a nickname ("Jerry Ortiz").
	Nicknamed []string `json:"nicknamed,omitempty"`
}

type extractEvent struct {
	Sentence      int          `json:"sentence"`
	SentenceText  string       `json:"sentence_text"`
	Trigger       string       `json:"trigger"`
	TriggerSpan   [2]int       `json:"trigger_span"`
	TriggerOffset int          `json:"trigger_offset"`
	Also          [][2]int     `json:"also,omitempty"`
	Class         string       `json:"class"`
	Verb          bool         `json:"verb,omitempty"`
	Future        bool         `json:"future,omitempty"`
	Date          *extractDate `json:"date,omitempty"`
	Weekday       int          `json:"weekday,omitempty"`
	TimeText      string       `json:"time_text,omitempty"`
	TimeSpan      [2]int       `json:"time_span"`
	TimeOffset    int          `json:"time_offset"`
	Participants  []int        `json:"participants,omitempty"`
	Subject       bool         `json:"subject,omitempty"`
	Place         int          `json:"place"`
	PlacePrep     string       `json:"place_prep,omitempty"`
	Object        string       `json:"object,omitempty"`
	SubjectPhrase string       `json:"subject_phrase,omitempty"`
	Patient       string       `json:"patient,omitempty"`
	Phrase        string       `json:"phrase,omitempty"`
	DocDate       *extractDate `json:"doc_date,omitempty"`
}

type extractDate struct {
	Value       string      `json:"value"`
	Start       extractTime `json:"start,omitzero"`
	End         extractTime `json:"end,omitzero"`
	Granularity string      `json:"granularity"`
}

// extractTime is a time written as a day ("2017-04-13") when it is
// midnight UTC, which dates always are, and in RFC 3339 otherwise.
type extractTime struct{ time.Time }

func (t extractTime) MarshalJSON() ([]byte, error) {
	// Any zone of offset zero is UTC here: a file's "T00:00:00+00:00"
	// must read back as the day it is.
	if _, off := t.Zone(); off == 0 && t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0 {
		return json.Marshal(t.Format(time.DateOnly))
	}
	return json.Marshal(t.Format(time.RFC3339Nano))
}

func (t *extractTime) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := time.Parse(time.DateOnly, s)
	if err != nil {
		if v, err = time.Parse(time.RFC3339Nano, s); err != nil {
			return fmt.Errorf("time %q is neither a day nor RFC 3339", s)
		}
	}
	t.Time = v
	return nil
}

func toExtractDoc(r *DocResult) *extractDoc {
	d := r.Doc
	x := &extractDoc{
		ID: d.ID, Source: d.Source, URL: d.URL, Title: d.Title, DCT: d.DCT, DCTSource: d.DCTSource,
		DCTTime: extractTime{r.DCT}, Status: d.Status, Error: d.Error, Warning: d.Warning, Bytes: d.Bytes,
		Dropped: d.Dropped, Sentences: d.Sentences, Mentions: d.Mentions, Timexes: d.Timexes,
		Groups: r.Groups,
	}
	for _, l := range r.Locals {
		x.Entities = append(x.Entities, extractLocal{Name: l.Name, Kind: l.Kind, Aliases: l.Aliases,
			Roles: l.Roles, Mentions: l.Mentions, Country: l.Country, Place: l.Place, Lat: l.Lat, Lon: l.Lon,
			HasCoord: l.HasCoord, Definite: l.Definite, Apart: l.Apart, Nicknamed: l.Nicknamed})
	}
	for _, c := range r.Candidates {
		e := extractEvent{
			Sentence: c.Sentence, SentenceText: c.SentenceText, Trigger: c.Trigger,
			TriggerSpan: spanOut(c.TriggerSpan), TriggerOffset: c.TriggerOffset, Class: c.Class,
			Verb: c.Verb, Future: c.Future, Date: dateOut(c.Date), Weekday: c.Weekday,
			TimeText: c.TimeText, TimeSpan: spanOut(c.TimeSpan), TimeOffset: c.TimeOffset,
			Participants: c.Participants, Subject: c.Subject, Place: c.Place, PlacePrep: c.PlacePrep,
			Object: c.Object, SubjectPhrase: c.SubjectPhrase, Patient: c.Patient, Phrase: c.Phrase, DocDate: dateOut(c.DocDate),
		}
		for _, sp := range c.Also {
			e.Also = append(e.Also, spanOut(sp))
		}
		x.Events = append(x.Events, e)
	}
	return x
}

func spanOut(s corpus.Span) [2]int { return [2]int{s.Start, s.End} }

func spanIn(s [2]int) corpus.Span { return corpus.Span{Start: s[0], End: s[1]} }

// dateOut leaves out a zero date.
func dateOut(d timeline.Date) *extractDate {
	if d == (timeline.Date{}) {
		return nil
	}
	return &extractDate{Value: d.Value, Start: extractTime{d.Start}, End: extractTime{d.End}, Granularity: d.Granularity}
}

func dateIn(d *extractDate) timeline.Date {
	if d == nil {
		return timeline.Date{}
	}
	return timeline.Date{Value: d.Value, Start: d.Start.Time, End: d.End.Time, Granularity: d.Granularity}
}

// result converts the line back, checking that every index it holds
// points inside the article's entities, so that a damaged file cannot
// make the merge fail later.
func (x *extractDoc) result() (*DocResult, error) {
	if x.ID == "" {
		return nil, errors.New("article without an \"id\"")
	}
	r := &DocResult{
		Doc: DocInfo{ID: x.ID, Source: x.Source, URL: x.URL, Title: x.Title, DCT: x.DCT, DCTSource: x.DCTSource,
			Status: x.Status, Error: x.Error, Warning: x.Warning, Bytes: x.Bytes, Dropped: x.Dropped,
			Sentences: x.Sentences, Mentions: x.Mentions, Timexes: x.Timexes},
		DCT:    x.DCTTime.Time,
		Groups: x.Groups,
	}
	n := len(x.Entities)
	for _, l := range x.Entities {
		r.Locals = append(r.Locals, entities.Local{Name: l.Name, Kind: l.Kind, Aliases: l.Aliases,
			Roles: l.Roles, Mentions: l.Mentions, Country: l.Country, Place: l.Place, Lat: l.Lat, Lon: l.Lon,
			HasCoord: l.HasCoord, Definite: l.Definite, Apart: l.Apart, Nicknamed: l.Nicknamed})
	}
	for _, g := range x.Groups {
		for _, i := range g {
			if i < 0 || i >= n {
				return nil, fmt.Errorf("group refers to entity %d of %d", i, n)
			}
		}
	}
	for _, l := range x.Entities {
		for _, i := range l.Apart {
			if i < 0 || i >= n {
				return nil, fmt.Errorf("entity kept apart from entity %d of %d", i, n)
			}
		}
	}
	for _, e := range x.Events {
		for _, i := range e.Participants {
			if i < 0 || i >= n {
				return nil, fmt.Errorf("event participant %d of %d entities", i, n)
			}
		}
		if e.Place < -1 || e.Place >= n {
			return nil, fmt.Errorf("event place %d of %d entities", e.Place, n)
		}
		c := timeline.Candidate{
			Sentence: e.Sentence, SentenceText: e.SentenceText, Trigger: e.Trigger,
			TriggerSpan: spanIn(e.TriggerSpan), TriggerOffset: e.TriggerOffset, Class: e.Class,
			Verb: e.Verb, Future: e.Future, Date: dateIn(e.Date), Weekday: e.Weekday,
			TimeText: e.TimeText, TimeSpan: spanIn(e.TimeSpan), TimeOffset: e.TimeOffset,
			Participants: e.Participants, Subject: e.Subject, Place: e.Place, PlacePrep: e.PlacePrep,
			Object: e.Object, SubjectPhrase: e.SubjectPhrase, Patient: e.Patient, Phrase: e.Phrase, DocDate: dateIn(e.DocDate),
		}
		for _, sp := range e.Also {
			c.Also = append(c.Also, spanIn(sp))
		}
		r.Candidates = append(r.Candidates, c)
	}
	return r, nil
}

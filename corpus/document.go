package corpus

import (
	"time"
)

// Span is a half-open range [Start, End) of byte offsets into a document's
// cleaned text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// DCTSource says where a document's creation time (its publication date)
// came from.
type DCTSource string

// The sources of a document creation time, from most to least trusted.
const (
	DCTMetadata  DCTSource = "metadata"  // a JSONL field or HTML metadata
	DCTFlag      DCTSource = "flag"      // the --date flag
	DCTText      DCTSource = "text"      // a dateline or byline near the top
	DCTURL       DCTSource = "url"       // a date in the article's URL path
	DCTEstimated DCTSource = "estimated" // inferred from the article's own dates
	DCTNone      DCTSource = "none"      // unknown
)

// Status says whether a document could be read and processed.
type Status string

// Document statuses.
const (
	StatusOK    Status = "ok"
	StatusError Status = "error"
)

// Format is the input format a document was read from.
type Format string

// Input formats.
const (
	FormatText  Format = "text"
	FormatHTML  Format = "html"
	FormatJSONL Format = "jsonl"
)

// Document is one news article.
//
// Readers fill ID, Source, URL, Title, Format, Raw (or Err) and, when the
// input states it, Published. Text, Blocks, DCT and DCTSource are filled by
// the cleaning and dating stages.
type Document struct {
	ID     string // stable: file name stem, JSONL id, or a hash of the URL
	Source string // where it was read from: a path, "path:line" for JSONL, or "-"
	URL    string // the article's URL, if known
	Title  string
	Format Format

	// Raw is the article text as read: plain text, or the main content
	// that HTML extraction produced (entities decoded, tags removed).
	Raw string

	// Published is the publication date stated by the input's metadata
	// (a JSONL field or an HTML meta tag); zero when not stated.
	Published time.Time

	// Text is the cleaned article: Raw without the blocks judged to be
	// boilerplate. All spans of later stages are byte offsets into Text.
	Text string

	// Dropped counts the blocks of Raw that cleaning removed.
	Dropped int

	// DCT is the document creation time that anchors relative dates; zero
	// when unknown. DCTPrecision says how much of it is known.
	DCT          time.Time
	DCTPrecision Precision
	DCTSource    DCTSource

	// Warning notes a problem that did not stop reading, such as text
	// that was not UTF-8 and was decoded as Windows-1252.
	Warning string

	// Err is non-nil when the document could not be read or processed.
	Err error
}

// Status reports whether the document was read and processed.
func (d *Document) Status() Status {
	if d.Err != nil {
		return StatusError
	}
	return StatusOK
}

// Precision is how much of a calendar date is known.
type Precision int

// Precisions, coarsest last.
const (
	PrecisionNone Precision = iota
	PrecisionDay
	PrecisionMonth
	PrecisionYear
)

// String returns the name of the precision.
func (p Precision) String() string {
	switch p {
	case PrecisionDay:
		return "day"
	case PrecisionMonth:
		return "month"
	case PrecisionYear:
		return "year"
	}
	return "none"
}

// FormatDCT writes the document's creation time at its known precision
// ("2017-04-13", "2017-04", "2017"), or "" when it is unknown.
func (d *Document) FormatDCT() string {
	if d.DCT.IsZero() {
		return ""
	}
	switch d.DCTPrecision {
	case PrecisionMonth:
		return d.DCT.Format("2006-01")
	case PrecisionYear:
		return d.DCT.Format("2006")
	}
	return d.DCT.Format("2006-01-02")
}

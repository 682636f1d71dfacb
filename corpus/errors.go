package corpus

import (
	"errors"
	"fmt"
)

// Reasons an input cannot be read. A [*ReadError] wraps one of them, so
// callers can test with errors.Is.
var (
	ErrNotFound   = errors.New("no such file or directory")
	ErrNoArticles = errors.New("no articles found (want .txt, .html, .htm, .jsonl or .ndjson files)")
	ErrEmpty      = errors.New("empty: no text")
	ErrBinary     = errors.New("binary data, not text")
	ErrTooLarge   = errors.New("too large")
	ErrNoText     = errors.New("no article text found")
	ErrBadJSON    = errors.New("not valid JSON")
	ErrNoField    = errors.New("missing field")
	ErrBadDate    = errors.New("unreadable date")
)

// ReadError says which input could not be read and why.
type ReadError struct {
	Source string // the path, or "-" for standard input
	Line   int    // 1-based line of a JSONL input, 0 otherwise
	Err    error  // the reason; often wraps one of the Err* values
}

// Error returns "source:line: reason".
func (e *ReadError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Source, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Source, e.Err)
}

// Unwrap returns the reason.
func (e *ReadError) Unwrap() error { return e.Err }

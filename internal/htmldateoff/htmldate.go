// Package htmldate stands in for github.com/markusmobius/go-htmldate in the
// timeline binary: the same API as the parts go-trafilatura uses, finding no
// date. See README.md for why.
package htmldate

import (
	"errors"
	"time"

	"golang.org/x/net/html"
)

// Options mirrors go-htmldate's options; they are ignored.
type Options struct {
	ExtractTime         bool
	UseOriginalDate     bool
	URL                 string
	MinDate             time.Time
	MaxDate             time.Time
	SkipExtensiveSearch bool
	EnableLog           bool
}

// Result mirrors go-htmldate's result.
type Result struct {
	DateTime    time.Time
	HasTime     bool
	HasTimezone bool
	SrcString   string
}

// IsZero reports whether the result is empty; it always is.
func (r Result) IsZero() bool { return r.DateTime.IsZero() }

// ErrDisabled is what FromDocument returns.
var ErrDisabled = errors.New("htmldate: publication dates are not read from HTML in this build")

// FromDocument finds no date.
func FromDocument(doc *html.Node, opts Options) (Result, error) { return Result{}, ErrDisabled }

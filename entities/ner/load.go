package ner

import (
	"bytes"
	_ "embed"
)

// embedded is the model trained by "timeline train ner" on CoNLL-2003 and
// GMB; see README.md and NOTICE.
//
//go:embed model.gz
var embedded []byte

// Load decodes the embedded model. Decoding takes a fraction of a second
// and some tens of megabytes: callers load once and share the model, which
// is safe for concurrent use.
func Load() (*Model, error) {
	return Decode(bytes.NewReader(embedded))
}

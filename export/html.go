package export

import (
	"io"

	"github.com/timelinehq/timeline/pipeline"
)

// WriteHTML writes a self-contained page that explores the result offline.
func WriteHTML(w io.Writer, r *pipeline.Result) error { return errNotImplemented }

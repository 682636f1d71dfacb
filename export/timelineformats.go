package export

import (
	"io"

	"github.com/timelinehq/timeline/pipeline"
)

// WriteTimelineJS writes the events as TimelineJS3 JSON.
func WriteTimelineJS(w io.Writer, r *pipeline.Result) error { return errNotImplemented }

// WriteVis writes the events as vis-timeline items.
func WriteVis(w io.Writer, r *pipeline.Result) error { return errNotImplemented }

// WriteEventsCSV writes the events as CSV.
func WriteEventsCSV(w io.Writer, r *pipeline.Result) error { return errNotImplemented }

// WriteMarkdown writes the events as a Markdown chronology.
func WriteMarkdown(w io.Writer, r *pipeline.Result) error { return errNotImplemented }

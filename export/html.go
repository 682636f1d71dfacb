package export

import (
	"encoding/json"
	"io"

	"github.com/timelinehq/timeline/explorer"
	"github.com/timelinehq/timeline/pipeline"
)

// WriteHTML writes a self-contained page that explores the result offline:
// the explorer's page (package explorer) with the JSON of the contract
// inside it.
func WriteHTML(w io.Writer, r *pipeline.Result) error {
	data, err := json.Marshal(Build(r))
	if err != nil {
		return err
	}
	return explorer.WritePage(w, data)
}

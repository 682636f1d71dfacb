package export

import (
	"io"

	"github.com/timelinehq/timeline/pipeline"
)

// WriteGEXF writes the co-mention graph as GEXF 1.3.
func WriteGEXF(w io.Writer, r *pipeline.Result) error { return errNotImplemented }

// WriteGraphML writes the co-mention graph as GraphML.
func WriteGraphML(w io.Writer, r *pipeline.Result) error { return errNotImplemented }

// WriteCytoscape writes the co-mention graph as Cytoscape.js elements.
func WriteCytoscape(w io.Writer, r *pipeline.Result) error { return errNotImplemented }

// WriteD3 writes the co-mention graph as D3 node-link JSON.
func WriteD3(w io.Writer, r *pipeline.Result) error { return errNotImplemented }

// WriteGeoJSON writes the places with coordinates as GeoJSON.
func WriteGeoJSON(w io.Writer, r *pipeline.Result) error { return errNotImplemented }

// WriteGraphCSV writes the co-mention graph as CSV.
func WriteGraphCSV(w io.Writer, r *pipeline.Result) error { return errNotImplemented }

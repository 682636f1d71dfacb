package pipeline_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/timelinehq/timeline/pipeline"
)

// FuzzExtractReader reads arbitrary extract files: no panic, and every
// article that reads writes back a line that reads again to the same
// line, with as many groups, events and entities.
func FuzzExtractReader(f *testing.F) {
	f.Add([]byte(`{"schema":"timeline-extract/v1","window":"sentence"}` + "\n" +
		`{"id":"a","source":"a.txt","status":"ok","bytes":3,"sentences":1,"mentions":2,"timexes":1,` +
		`"entities":[{"name":"Vladimir Putin","type":"PERSON","aliases":["Putin"],"mentions":[0,1]},{"name":"Moscow","type":"LOCATION","mentions":[2],"lat":55.75,"lon":37.62,"has_coord":true}],` +
		`"groups":[[0,1]],"events":[{"sentence":0,"sentence_text":"Putin met in Moscow on Wednesday.","trigger":"met","trigger_span":[6,9],"trigger_offset":6,"class":"meet",` +
		`"date":{"value":"2017-04-12","start":"2017-04-12","end":"2017-04-12","granularity":"day"},"time_text":"Wednesday","time_span":[23,32],"time_offset":23,"participants":[0],"place":1}]}` + "\n"))
	f.Add([]byte(`{"schema":"timeline-extract/v1","window":"document"}` + "\n" + `{"id":"b","dct_time":"2017-04-13T10:00:00+02:00","status":"error","error":"empty"}`))
	f.Add([]byte(`{"schema":"timeline-extract/v2"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		er, err := pipeline.NewExtractReader(bytes.NewReader(data), "fuzz")
		if err != nil {
			return
		}
		for {
			r, err := er.Read()
			if err == io.EOF || err != nil {
				return
			}
			line, err := pipeline.MarshalDocResult(r)
			if err != nil {
				t.Fatalf("cannot write back %+v: %v", r, err)
			}
			again, err := pipeline.UnmarshalDocResult(line)
			if err != nil {
				t.Fatalf("cannot read back %s: %v", line, err)
			}
			line2, _ := pipeline.MarshalDocResult(again)
			if !bytes.Equal(line, line2) {
				t.Fatalf("round trip changed the line:\n%s\n%s", line, line2)
			}
			if len(again.Groups) != len(r.Groups) || len(again.Candidates) != len(r.Candidates) || len(again.Locals) != len(r.Locals) {
				t.Fatalf("round trip lost groups, events or entities:\n%s", line)
			}
		}
	})
}

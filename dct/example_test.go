package dct_test

import (
	"fmt"
	"time"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/dct"
)

func ExampleDetect() {
	doc := &corpus.Document{Raw: "Putin receives US envoy\n\n16 April, 2017, 00:53 | Author: Cecelia Webb\n\nThe talks ended on Wednesday."}
	r := dct.Detect(doc, dct.Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
	fmt.Println(r.Time.Format("2006-01-02"), r.Source, "from", r.Evidence)
	// Output:
	// 2017-04-16 text from 16 April, 2017, 00:53 | Author: Cecelia Webb
}

func ExampleEstimate() {
	// "Yesterday, Lavrov and Trump met" and "a May 10 meeting": the article
	// was written on May 11.
	ms := []dct.Mention{{Text: "May 10, 2017", Value: "2017-05-10"}, {Text: "May 10", Value: "XXXX-05-10"}, {Text: "Yesterday", Value: "PAST_REF"}}
	r := dct.Estimate(ms, time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(r.Time.Format("2006-01-02"), r.Precision, r.Source)
	// Output:
	// 2017-05-11 day estimated
}

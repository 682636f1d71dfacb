package segment_test

import (
	"fmt"

	"github.com/timelinehq/timeline/segment"
)

func ExampleSentences() {
	text := "Mr. Putin met the U.S. envoy on Wednesday. The Kremlin said so.\n\nTalks resume"
	for _, s := range segment.Sentences(text) {
		fmt.Printf("%d-%d %s\n", s.Start, s.End, text[s.Start:s.End])
	}
	// Output:
	// 0-42 Mr. Putin met the U.S. envoy on Wednesday.
	// 43-63 The Kremlin said so.
	// 65-77 Talks resume
}

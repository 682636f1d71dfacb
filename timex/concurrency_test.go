package timex_test

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/timelinehq/timeline/timex"
)

// TestConcurrentTag runs one Tagger from several goroutines (run with
// -race) and checks that they all get the same answer.
func TestConcurrentTag(t *testing.T) {
	tg := timex.New()
	text := "Putin met Tillerson on Wednesday. Two days later, talks resumed. Last week, on April 5, 2017, the attack came."
	dct := time.Date(2017, 4, 13, 0, 0, 0, 0, time.UTC)
	want := fmt.Sprint(tg.Tag(text, dct))
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				if got := fmt.Sprint(tg.Tag(text, dct)); got != want {
					errs <- got
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent Tag gave %s, want %s", e, want)
	}
}

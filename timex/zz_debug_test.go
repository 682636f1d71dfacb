package timex

import (
	"fmt"
	"os"
	"testing"
	"time"
)

func TestZZDebug(t *testing.T) {
	text := os.Getenv("TX")
	if text == "" {
		t.Skip()
	}
	dct, _ := time.Parse("2006-01-02", os.Getenv("DCT"))
	for _, x := range New().Tag(text, dct) {
		fmt.Printf("%q %s %s %s mod=%s iv=%s..%s\n", x.Text, x.Type, x.Value, x.Granularity, x.Mod, x.Interval.Start.Format("2006-01-02"), x.Interval.End.Format("2006-01-02"))
	}
}

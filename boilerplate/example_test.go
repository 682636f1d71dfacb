package boilerplate_test

import (
	"fmt"

	"github.com/timelinehq/timeline/boilerplate"
)

func ExampleClean() {
	raw := `Talks end without a deal
By Jane Roe

The talks in Geneva ended on Tuesday without a deal, officials said.

Subscribe to our newsletter for more.`
	res := boilerplate.Clean(raw)
	fmt.Println(res.Title)
	fmt.Println("--")
	fmt.Println(res.Text)
	for _, u := range res.Units {
		if !u.Keep {
			fmt.Printf("dropped %q: %s\n", u.Text, u.Reason)
		}
	}
	// Output:
	// Talks end without a deal
	// --
	// Talks end without a deal
	//
	// The talks in Geneva ended on Tuesday without a deal, officials said.
	// dropped "By Jane Roe": byline, dateline or page furniture
	// dropped "Subscribe to our newsletter for more.": site furniture: subscribe
}

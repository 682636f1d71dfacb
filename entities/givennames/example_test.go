package givennames_test

import (
	"fmt"

	"github.com/timelinehq/timeline/entities/givennames"
)

func ExampleTable_Gender() {
	t := givennames.Default()
	fmt.Println(t.Gender("Ronald"), t.Gender("Nancy"), t.Gender("Kelly"))
	// Output: male female unknown
}

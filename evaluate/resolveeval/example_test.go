package resolveeval_test

import (
	"fmt"
	"strings"

	"github.com/timelinehq/timeline/evaluate/resolveeval"
)

// Score compares a system's clustering of five mentions with the gold
// one: the system split the first entity and merged a part of it with the
// second.
func ExampleScore() {
	gold := []string{"putin", "putin", "putin", "putin", "lavrov"}
	sys := []string{"e1", "e1", "e2", "e2", "e2"}
	c := resolveeval.Score(gold, sys)
	fmt.Printf("pairwise P %.2f R %.2f\n", c.Pairwise.P, c.Pairwise.R)
	fmt.Printf("B-cubed  P %.2f R %.2f\n", c.BCubed.P, c.BCubed.R)
	// Output:
	// pairwise P 0.50 R 0.33
	// B-cubed  P 0.73 R 0.60
}

// PlaceCodes maps a Reuters-21578 place to the ISO codes that count as
// finding it; a former state counts through any of its successors.
func ExamplePlaceCodes() {
	fmt.Println(resolveeval.PlaceCodes("el-salvador"))
	fmt.Println(resolveeval.PlaceCodes("west-germany"))
	fmt.Println(resolveeval.PlaceCodes("czechoslovakia"))
	// Output:
	// [SV]
	// [DE]
	// [CZ SK]
}

func ExampleParseReuters() {
	sgml := `<REUTERS NEWID="1"><PLACES><D>usa</D></PLACES><TEXT><TITLE>PITT-DES MOINES SELLS UNIT</TITLE>
<DATELINE>    PITTSBURGH, March 5 - </DATELINE><BODY>Pitt-Des Moines Inc said it sold its
steel unit.
 Reuter
</BODY></TEXT></REUTERS>`
	docs, err := resolveeval.ParseReuters(strings.NewReader(sgml))
	if err != nil {
		fmt.Println(err)
		return
	}
	d := docs[0]
	fmt.Println(d.ID, d.Places)
	fmt.Println(d.ArticleText(false))
	// Output:
	// 1 [usa]
	// PITTSBURGH, March 5 - Pitt-Des Moines Inc said it sold its
	// steel unit.
}

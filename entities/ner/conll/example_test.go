package conll_test

import (
	"fmt"
	"strings"

	"github.com/timelinehq/timeline/entities/ner/conll"
)

func ExampleEntities() {
	const gmb = `President NNP B-per
Putin NNP I-per
visited VBD O
Syrian JJ B-gpe
troops NNS O
in IN O
Syria NNP B-gpe
. . O
`
	docs, err := conll.Read(strings.NewReader(gmb))
	if err != nil {
		panic(err)
	}
	s := docs[0].Sentences[0]
	for _, c := range conll.Entities(s, conll.Options{Scheme: conll.DetectScheme(docs), GPE: conll.GPEProper}) {
		fmt.Println(c.Type, s.Tokens[c.Start:c.End])
	}
	// Output:
	// PER [President Putin]
	// LOC [Syria]
}

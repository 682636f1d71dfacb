package ner_test

import (
	"fmt"

	"github.com/timelinehq/timeline/entities/ner"
)

func ExampleTokenize() {
	for _, t := range ner.Tokenize("Putin's US-Russia talks.") {
		fmt.Printf("%q ", t.Text)
	}
	fmt.Println()
	// Output: "Putin" "'s" "US" "-" "Russia" "talks" "."
}

func ExampleModel_TagDocument() {
	m, err := ner.Load()
	if err != nil {
		panic(err)
	}
	article := []string{
		"Russian President Vladimir Putin met U.S. Secretary of State Rex Tillerson in Moscow on Wednesday.",
		"The Kremlin said Putin and Tillerson discussed Syria.",
	}
	var sentences [][]string
	for _, s := range article {
		var toks []string
		for _, t := range ner.Tokenize(s) {
			toks = append(toks, t.Text)
		}
		sentences = append(sentences, toks)
	}
	for i, spans := range m.TagDocument(sentences) {
		for _, sp := range spans {
			fmt.Println(sp.Type, sentences[i][sp.Start:sp.End])
		}
	}
	// Output:
	// PER [Vladimir Putin]
	// LOC [U.S.]
	// PER [Rex Tillerson]
	// LOC [Moscow]
	// ORG [Kremlin]
	// PER [Putin]
	// PER [Tillerson]
	// LOC [Syria]
}

package entities_test

import (
	"fmt"

	"github.com/timelinehq/timeline/corpus"
	"github.com/timelinehq/timeline/entities"
	"github.com/timelinehq/timeline/segment"
)

// A Tagger finds the names of an article, with their kinds and roles;
// Group joins those of one article that name the same entity.
func ExampleGroup() {
	tag, err := entities.LoadTagger()
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "MOSCOW, April 12 - Russian Foreign Minister Sergey Lavrov met Rex Tillerson. Lavrov said the talks were frank."
	ms := tag.Recognize(text, segment.Sentences(text))
	locals, _ := entities.Group(ms)
	for _, l := range locals {
		fmt.Println(l.Kind, l.Name, l.Aliases, l.Roles, l.Country)
	}
	// Output:
	// LOCATION Moscow [MOSCOW] [] RU
	// PERSON Sergey Lavrov [Sergey Lavrov Lavrov] [Russian Foreign Minister] RU
	// PERSON Rex Tillerson [Rex Tillerson] []
}

// A Grouper groups article after article as Group does, remembering what
// the gazetteer said of each name: one per goroutine, for a stream of
// articles.
func ExampleGrouper() {
	g := entities.NewGrouper()
	for _, article := range [][]entities.Mention{
		{{Text: "U.S.", Kind: entities.Location}, {Text: "United States", Kind: entities.Location}},
		{{Text: "Paris", Kind: entities.Location}, {Text: "U.S.", Kind: entities.Location}},
	} {
		locals, owner := g.Group(article)
		for _, l := range locals {
			fmt.Print(l.Name, " ", l.Place, "; ")
		}
		fmt.Println(owner)
	}
	// Output:
	// United States country/US; [0 0]
	// Paris city/2988507; United States country/US; [0 1]
}

// A Resolver merges the local entities of many articles: the surname of
// one article joins the full name of another, and every entity gets a
// stable ID.
func ExampleResolver() {
	r := entities.NewResolver()
	articles := map[string][]entities.Mention{
		"a": {{Text: "Sergey Lavrov", Kind: entities.Person}, {Text: "Moscow", Kind: entities.Location}},
		"b": {{Text: "Sergei Lavrov", Kind: entities.Person}, {Text: "Mr Lavrov", Kind: entities.Person}},
		"c": {{Text: "Lavrov", Kind: entities.Person}, {Text: "Kremlin", Kind: entities.Organization}},
	}
	for _, doc := range []string{"a", "b", "c"} {
		locals, _ := entities.Group(articles[doc])
		r.Add(doc, locals)
	}
	ents, _ := r.Finish()
	for _, e := range ents {
		fmt.Println(e.ID, e.Aliases, e.Documents)
	}
	// Output:
	// location/moscow [Moscow] [a]
	// organization/kremlin [Kremlin] [c]
	// person/sergey-lavrov [Lavrov Mr Lavrov Sergei Lavrov Sergey Lavrov] [a b c]
}

// Trim keeps the name alone in a mention: the title becomes its role,
// the honorific is kept apart.
func ExampleTrim() {
	text := "Mr President Vladimir Putin said"
	m := entities.Mention{Span: corpus.Span{Start: 0, End: 27}, Text: text[:27], Kind: entities.Person}
	m, ok := entities.Trim(text, corpus.Span{Start: 0, End: len(text)}, m)
	fmt.Printf("%q role %q honorific %q %v\n", m.Text, m.Role, m.Honorific, ok)
	// Output:
	// "Vladimir Putin" role "President" honorific "Mr" true
}

func ExampleRoleBefore() {
	text := "Russian Foreign Minister Sergey Lavrov arrived."
	fmt.Println(entities.RoleBefore(text, 0, 25))
	// Output:
	// Russian Foreign Minister
}

func ExampleMakeID() {
	fmt.Println(entities.MakeID(entities.Person, "Bashar al-Assad"))
	fmt.Println(entities.MakeID(entities.Location, "São Paulo"))
	fmt.Println(entities.Slug("U.S."))
	// Output:
	// person/bashar-al-assad
	// location/sao-paulo
	// us
}

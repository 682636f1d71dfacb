package gazetteer_test

import (
	"fmt"

	"github.com/timelinehq/timeline/entities/gazetteer"
)

// A name may name several places; Lookup lists them, most prominent
// first.
func ExampleGazetteer_Lookup() {
	g := gazetteer.Default()
	for _, p := range g.Lookup("Georgia") {
		fmt.Println(p.ID, p.Kind, p.Country)
	}
	// Output:
	// country/GE country GE
	// region/US.GA region US
}

// Resolve picks a place in the light of the others an article names:
// Springfield, Missouri rather than the state capital of Illinois.
func ExampleGazetteer_Resolve() {
	g := gazetteer.Default()
	ctx := gazetteer.Context{Countries: map[string]bool{"US": true}, Regions: map[string]bool{"region/US.MO": true}}
	p, _ := g.Resolve("Springfield", ctx)
	fmt.Printf("%s, %s (%.1f, %.1f)\n", p.Name, p.Region, p.Lat, p.Lon)
	// Output:
	// Springfield, region/US.MO (37.2, -93.3)
}

func ExampleGazetteer_CountryCode() {
	g := gazetteer.Default()
	fmt.Println(g.CountryCode("Russian Federation"), g.CountryCode("U.S."), g.CountryCode("Soviet Union"))
	// Output:
	// RU US RU
}

func ExampleDemonym() {
	fmt.Println(gazetteer.Demonym("Iraqis"), gazetteer.Demonym("British"), gazetteer.Demonym("Japanese"))
	// Output:
	// IQ GB JP
}

func ExampleGazetteer_Abbreviation() {
	p, ok := gazetteer.Default().Abbreviation("Calif.")
	fmt.Println(p.Name, p.Country, ok)
	// Output:
	// California US true
}

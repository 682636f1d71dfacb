package timex_test

import "testing"

func TestSets(t *testing.T) {
	runCases(t, []tagCase{
		{"daily", "Rallies are held almost daily.", "", []string{"daily=P1D (SET)"}},
		{"every day", "They rally every day.", "", []string{"every day=P1D (SET)"}},
		{"each weekday", "A flight leaves each Thursday.", "", []string{"each Thursday=XXXX-WXX-4 (SET)"}},
		{"every month name", "The festival returns each July.", "", []string{"each July=XXXX-07 (SET)"}},
		{"every n years", "Elections are held every four years.", "", []string{"every four years=P4Y (SET)"}},
		{"twice a year", "The board meets twice a year.", "", []string{"twice a year=P1Y (SET)"}},
		{"weekday nights", "Flights leave on Tuesday nights.", "", []string{"Tuesday nights=XXXX-WXX-2TNI (SET)"}},
	})
}

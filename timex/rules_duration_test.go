package timex_test

import "testing"

func TestDurations(t *testing.T) {
	runCases(t, []tagCase{
		{"years", "He lived there for three years.", "", []string{"three years=P3Y"}},
		{"fraction", "They lived in camps for 2 1/2 years.", "", []string{"2 1/2 years=P2Y6M"}},
		{"hours and a half", "The flight took 5 1/2 hours.", "", []string{"5 1/2 hours=PT5H30M"}},
		{"couple", "It will not change for a couple of years.", "", []string{"a couple of years=P2Y"}},
		{"vague", "The jury deliberated for several months.", "", []string{"several months=PXM"}},
		{"the past", "Stocks plunged in the past three months.", "", []string{"the past three months=P3M"}},
		{"the first nine months", "Sales rose in the first nine months.", "", []string{"the first nine months=P9M"}},
		{"modifier kept", "He spoke for more than four hours.", "", []string{"more than four hours=PT4H"}},
		{"modifier left out", "He spent about five hours in Tanzania.", "", []string{"five hours=PT5H"}},
		{"over a", "The tour is likely to last over a week.", "", []string{"over a week=P1W"}},
		{"over is a preposition", "The money can be used over three years.", "", []string{"three years=P3Y"}},
		{"adjective", "After a two-hour meeting, he left.", "", []string{"two-hour=PT2H"}},
		{"half an hour", "The call lasted half an hour.", "", []string{"half an hour=PT30M"}},
		{"decades", "Afghanistan has been at war for two decades.", "", []string{"two decades=P20Y"}},
		{"bare plural", "The region was ruled from Moscow for centuries.", "", []string{"centuries=PXC"}},
		{"age is not a duration", "A 44-year-old man, 52 years old, was arrested.", "", nil},
		{"rate is not a duration", "It pays a dividend of $1.76 a year.", "", nil},
		{"additional", "The loan may be extended for an additional year.", "", []string{"an additional year=P1Y"}},
		{"range keeps first", "Shipments resume within two to three weeks.", "", []string{"two to three weeks=P2W"}},
	})
}

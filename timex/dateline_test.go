package timex_test

import "testing"

func TestDateline(t *testing.T) {
	runCases(t, []tagCase{
		// 1999-03-12 is a Friday; the archive dated the story Monday 03-15.
		{"re-dated story", "WASHINGTON, March 12 (Xinhua) --\n\nThe ministers met today and yesterday.", "1999-03-15",
			[]string{"March 12=1999-03-12", "today=1999-03-12", "yesterday=1999-03-11"}},
		{"same day", "WASHINGTON, March 15 (Xinhua) --\n\nThe ministers met today.", "1999-03-15",
			[]string{"March 15=1999-03-15", "today=1999-03-15"}},
		{"dash after the date", "NAIROBI, Kenya, Aug. 7 -- Bombs exploded today.", "1998-08-08",
			[]string{"Aug. 7=1998-08-07", "today=1998-08-07"}},
		{"too far from the DCT", "WASHINGTON, March 1 (Xinhua) --\n\nThe ministers met today.", "1999-03-15",
			[]string{"March 1=1999-03-01", "today=1999-03-15"}},
		{"not at a line start", "The talks ended March 12 (in Paris). They resume today.", "1999-03-15",
			[]string{"March 12=1999-03-12", "today=1999-03-15"}},
	})
}

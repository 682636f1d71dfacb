package timex_test

import "testing"

func TestWeekdays(t *testing.T) {
	runCases(t, []tagCase{
		// 2017-04-13 is a Thursday, 2017-04-16 a Sunday.
		{"past by default", "Putin met Tillerson on Wednesday.", "2017-04-13", []string{"Wednesday=2017-04-12"}},
		{"same day", "Peskov said on Thursday that the talks went well.", "2017-04-13", []string{"Thursday=2017-04-13"}},
		{"past from sunday", "They held talks in Moscow Wednesday.", "2017-04-16", []string{"Wednesday=2017-04-12"}},
		{"future tense", "The ministers will meet on Wednesday.", "2017-04-13", []string{"Wednesday=2017-04-19"}},
		{"ahead of is no future", "Putin met Tillerson on Wednesday ahead of a summit.", "2017-04-13", []string{"Wednesday=2017-04-12"}},
		{"the future ahead of it", "Putin will meet Tillerson on Wednesday ahead of a summit.", "2017-04-13", []string{"Wednesday=2017-04-19"}},
		{"scheduled", "The peace process is set to resume Monday in Belfast.", "1998-03-22", []string{"Monday=1998-03-23"}},
		{"possessive is past", "They would look for ways to get around Wednesday's ruling.", "2000-01-07", []string{"Wednesday=2000-01-05"}},
		{"planned event", "The team planned to leave Nairobi on Thursday.", "1998-09-30", []string{"Thursday=1998-10-01"}},
		{"one day per article", "The ruling was announced Wednesday. Officials met Wednesday night. His parents could be located Wednesday.", "2000-01-06",
			[]string{"Wednesday=2000-01-05", "Wednesday night=2000-01-05TNI", "Wednesday=2000-01-05"}},
		{"a tie leaves each clause", "He arrived Wednesday. He will leave Wednesday.", "2000-01-06",
			[]string{"Wednesday=2000-01-05", "Wednesday=2000-01-12"}},
		{"last weekday", "He arrived last Friday.", "2017-04-13", []string{"last Friday=2017-04-07"}},
		{"next weekday", "He leaves next Monday.", "2017-04-13", []string{"next Monday=2017-04-17"}},
		{"this coming", "The vote is this coming Sunday.", "2017-04-13", []string{"this coming Sunday=2017-04-16"}},
		{"part of day", "The bomb exploded Friday morning.", "1998-08-08", []string{"Friday morning=1998-08-07TMO (TIME)"}},
		{"early weekday", "Crowds gathered early Tuesday.", "1998-03-03", []string{"early Tuesday=1998-03-03"}},
		{"plural is a set", "The market is closed on Sundays.", "1998-03-03", []string{"Sundays=XXXX-WXX-7 (SET)"}},
		{"unknown dct", "Putin met Tillerson on Wednesday.", "", []string{"Wednesday=XXXX-WXX-3"}},
		{"not a holiday name", "Good Friday is a holiday.", "1998-04-14", []string{"Good Friday=1998-04-10"}},
	})
}

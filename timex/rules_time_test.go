package timex_test

import "testing"

func TestTimes(t *testing.T) {
	runCases(t, []tagCase{
		{"clock", "The blast occurred at 10:35 a.m. local time.", "1998-08-07", []string{"10:35 a.m.=1998-08-07T10:35 (TIME)"}},
		{"clock and weekday", "He was seized at 10 p.m. Wednesday.", "1998-02-13", []string{"10 p.m. Wednesday=1998-02-11T22:00"}},
		{"noon weekday", "Talks broke off at noon Thursday.", "1998-02-13", []string{"noon Thursday=1998-02-12T12:00"}},
		{"midnight is the day's end", "The offer expired at midnight Friday.", "1989-10-30", []string{"midnight Friday=1989-10-27T24:00"}},
		{"clock and date", "The offer runs until 5 p.m. EST, Nov. 6.", "1989-10-30", []string{"5 p.m. EST, Nov. 6=1989-11-06T17:00"}},
		{"about is left out", "The blast occurred at about 10:35 a.m.", "1998-08-07", []string{"10:35 a.m.=1998-08-07T10:35"}},
		{"a score is not a time", "The Yankees won 10:3 on Sunday.", "1998-08-07", []string{"Sunday=1998-08-02"}},
		{"mid-afternoon", "By mid-afternoon, Serb sources spoke.", "1998-03-06", []string{"mid-afternoon=1998-03-06TAF"}},
		{"a 24-hour clock with its zone", "The conference is set to begin at 1530 EST.", "1987-03-09", []string{"1530 EST=1987-03-09T15:30 (TIME)"}},
		{"an early 24-hour clock", "Trading resumes at 0900 GMT.", "1987-03-09", []string{"0900 GMT=1987-03-09T09:00"}},
		{"a restated time is not a second time", "The blast occurred at 10:35 a.m. (0735 GMT).", "1998-08-07", []string{"10:35 a.m.=1998-08-07T10:35"}},
		{"a 24-hour clock with its day", "Subscriptions close at 1400 GMT on March 13.", "1987-03-09", []string{"1400 GMT on March 13=1987-03-13T14:00"}},
		{"a day that is no day is left out", "Orders must come in by 1530 hrs\non expiration Fridays.", "1987-03-12", []string{"1530 hrs=1987-03-12T15:30", "Fridays=XXXX-WXX-5"}},
		{"hours, zone and day", "It matures on March 25, 1997. Bids are due by 1500 hrs EST today.", "1987-03-17", []string{"March 25, 1997=1997-03-25", "1500 hrs EST today=1987-03-17T15:00"}},
		{"a clock with its zone", "As of 14:48 UTC, the index dropped.", "2008-10-24", []string{"14:48 UTC=2008-10-24T14:48"}},
		{"no zone, no clock", "The fort was built in 1530 by the Spanish.", "1987-03-09", []string{"1530=1530"}},
	})
}

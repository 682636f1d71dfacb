package timex_test

import "testing"

func TestPeriods(t *testing.T) {
	runCases(t, []tagCase{
		{"quarter adjective", "The company posted a third-quarter loss.", "1989-11-02", []string{"third-quarter=1989-Q3"}},
		{"the quarter", "Net income rose in the fourth quarter.", "1989-11-02", []string{"the fourth quarter=1989-Q4"}},
		{"quarter of year", "Profit fell in the third quarter of 1984.", "1989-11-02", []string{"the third quarter of 1984=1984-Q3"}},
		{"this year's quarter", "In this year's third quarter, net was $10 million.", "1989-10-26", []string{"this year's third quarter=1989-Q3"}},
		{"year ago quarter", "Net rose in the third quarter. In the year-ago quarter, it fell.", "1989-11-02", []string{"the third quarter=1989-Q3", "the year-ago quarter=1988-Q3"}},
		{"a year earlier", "Third-quarter sales rose to $5 billion from $4 billion a year earlier.", "1989-11-02", []string{"Third-quarter=1989-Q3", "a year earlier=1988-Q3"}},
		{"latest quarter", "Charges were taken in the latest quarter.", "1989-11-02", []string{"the latest quarter=1989-Q3"}},
		{"first half", "Profit rose in the first half of 1990.", "1989-11-02", []string{"the first half of 1990=1990-H1"}},
		{"fiscal year ended", "Revenue was $76 million for the year ended March 31.", "1989-11-01", []string{"the year=P1Y (DURATION)", "March 31=1989-03-31"}},
	})
}

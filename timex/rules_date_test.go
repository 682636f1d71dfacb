package timex_test

import "testing"

func TestDates(t *testing.T) {
	runCases(t, []tagCase{
		{"a day written as a word, as wire stories do", "The rights expire April Three unless extended.", "1987-03-09", []string{"April Three=1987-04-03"}},
		{"the fall after that is a decline", "INSEE said that the fall was due to lower purchases.", "1987-03-09", nil},
		{"the fall after in is the season", "Prices rose in the fall.", "1987-03-09", []string{"the fall=1986-FA"}},
		{"a month in lower case before its day", "She resigned from the firm on february 17.", "1987-03-09", []string{"february 17=1987-02-17"}},
		{"march and may in lower case are no months", "Troops march 5 miles; he may 5 times.", "1987-03-09", nil},
		{"a lower-case number after a month is no day", "In March two years ago prices fell.", "1987-03-09", []string{"March=1987-03", "two years ago=1985"}},
		{"end- before a month", "The loan is due at end-March.", "1987-03-09", []string{"end-March=1987-03"}},
		{"month day", "The talks resumed on Aug. 7.", "1998-08-10", []string{"Aug. 7=1998-08-07"}},
		{"month day year", "He was born on March 5, 1946, in Ohio.", "1998-08-10", []string{"March 5, 1946=1946-03-05"}},
		{"explicit year kept", "Since July 1, 2024, we have disabled all ads.", "2017-05-11", []string{"July 1, 2024=2024-07-01"}},
		{"weekday and date", "He spoke on Wednesday, April 5, 2017, at the U.N.", "2017-04-13", []string{"Wednesday, April 5, 2017=2017-04-05"}},
		{"day month year", "The treaty was signed on 7 August 1998.", "1998-09-01", []string{"7 August 1998=1998-08-07"}},
		{"ordinal of month", "Women's Day is on the eighth of March.", "1998-03-05", []string{"the eighth of March=1998-03-08"}},
		{"month year", "It was built in February 1947.", "1998-02-27", []string{"February 1947=1947-02"}},
		{"month year in words", "He left in January nineteen ninety-seven.", "1998-01-15", []string{"January nineteen ninety-seven=1997-01"}},
		{"past month takes last year", "The rebels attacked in August, officials said.", "2013-03-20", []string{"August=2012-08"}},
		{"future month takes this year", "The shuttle will fly a mission in December.", "1998-03-04", []string{"December=1998-12"}},
		{"deadline month", "The talks are supposed to conclude by May.", "1998-03-22", []string{"May=1998-05"}},
		{"payable date after new year", "The dividend is payable Jan. 2 to holders of record.", "1989-11-02", []string{"Jan. 2=1990-01-02"}},
		{"last month name", "The presidents signed the treaty last May.", "1998-02-27", []string{"last May=1997-05"}},
		{"month of last year", "The leadership split in June last year.", "1998-02-19", []string{"June last year=1997-06"}},
		{"early month", "The ratification began in early October.", "1998-12-03", []string{"early October=1998-10"}},
		{"mid month", "Results are due in mid-November.", "1989-10-27", []string{"mid-November=1989-11"}},
		{"range of days", "The June 7-8 summit would be a good occasion.", "2017-05-11", []string{"June 7-8=2017-06-07"}},
		{"season of year", "Prices fell in the winter of 1994.", "1998-02-23", []string{"the winter of 1994=1994-WI"}},
		{"season alone", "Sales should recover in the summer.", "1989-10-26", []string{"the summer=1990-SU"}},
		{"week of", "A hearing is set for the week of March 6.", "2000-02-24", []string{"the week of March 6=2000-W10"}},
		{"iso date", "The file is dated 2017-04-12.", "", []string{"2017-04-12=2017-04-12"}},
		{"slash date", "The memo of 4/12/2017 was leaked.", "", []string{"4/12/2017=2017-04-12"}},
		{"dotted date is day first", "The memo of 12.04.2017 was leaked, up 1.5 points.", "", []string{"12.04.2017=2017-04-12"}},
		{"range end follows its start", "The fair ran from Dec. 28 to Jan. 3.", "2017-04-13", []string{"Dec. 28=2016-12-28", "Jan. 3=2017-01-03"}},
		{"unknown dct", "The talks resumed on Aug. 7.", "", []string{"Aug. 7=XXXX-08-07"}},
	})
}

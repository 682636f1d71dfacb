package corpus

import (
	"errors"
	"testing"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		name, in, want string
		wantErr        bool
	}{
		{"iso day", "2017-04-13", "2017-04-13", false},
		{"rfc3339", "2017-04-13T09:30:00+03:00", "2017-04-13", false},
		{"rfc3339 utc", "2017-04-13T09:30:00Z", "2017-04-13", false},
		{"space time", "2017-04-13 09:30:00", "2017-04-13", false},
		{"reuters", "26-FEB-1987 15:01:01.79", "1987-02-26", false},
		{"rfc1123", "Thu, 13 Apr 2017 09:30:00 GMT", "2017-04-13", false},
		{"prose", "April 13, 2017", "2017-04-13", false},
		{"compact", "20170413", "2017-04-13", false},
		{"empty", "  ", "", true},
		{"junk", "yesterday", "", true},
		{"impossible day", "2017-02-30", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if tt.wantErr {
				if !errors.Is(err, ErrBadDate) {
					t.Fatalf("ParseDate(%q) error = %v, want ErrBadDate", tt.in, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseDate(%q): %v", tt.in, err)
			}
			if s := got.Format("2006-01-02"); s != tt.want {
				t.Errorf("ParseDate(%q) = %s, want %s", tt.in, s, tt.want)
			}
		})
	}
}

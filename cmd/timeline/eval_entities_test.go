package main

import (
	"slices"
	"testing"
)

// TestParseRanges checks the -topics syntax of eval entities ecb and eval
// events ecb.
func TestParseRanges(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []int
		wantErr bool
	}{
		{"empty means every topic", "", nil, false},
		{"one", "7", []int{7}, false},
		{"list with spaces", "1, 3,5", []int{1, 3, 5}, false},
		{"range", "1-4", []int{1, 2, 3, 4}, false},
		{"ranges and numbers", "1-2,5,8-9", []int{1, 2, 5, 8, 9}, false},
		{"not a number", "a", nil, true},
		{"empty item", "1,,2", nil, true},
		{"backward range", "5-3", nil, true},
		{"open range", "3-", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseRanges(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("error %v, want error %v", err, tt.wantErr)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

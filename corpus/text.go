package corpus

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// decodeText turns raw bytes into UTF-8 text with "\n" line ends. It
// honours UTF-8 and UTF-16 byte-order marks, rejects binary data, and
// decodes text that is not valid UTF-8 as Windows-1252 (a superset of
// Latin-1 for printable text), saying so in the warning.
func decodeText(data []byte) (text, warning string, err error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		out, derr := dec.Bytes(data)
		if derr != nil {
			return "", "", fmt.Errorf("%w: bad UTF-16 (%v)", ErrBinary, derr)
		}
		data, warning = out, "UTF-16 text, converted to UTF-8"
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return "", "", ErrEmpty
	}
	if isBinary(data) {
		return "", "", ErrBinary
	}
	if !utf8.Valid(data) {
		out, derr := charmap.Windows1252.NewDecoder().Bytes(data)
		if derr != nil {
			return "", "", fmt.Errorf("%w: not UTF-8 and not Windows-1252", ErrBinary)
		}
		data, warning = out, "not valid UTF-8; read as Windows-1252 (Latin-1)"
	}
	text = string(data)
	if strings.Contains(text, "\r") {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	return text, warning, nil
}

// isBinary reports whether data looks like a binary file: a NUL byte, or
// many control characters, in its first 8 KiB.
func isBinary(data []byte) bool {
	head := data
	if len(head) > 8<<10 {
		head = head[:8<<10]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, b := range head {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			ctl++
		}
	}
	return ctl*20 > len(head) // more than 5%
}

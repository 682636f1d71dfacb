package explorer_test

import (
	"crypto/sha256"
	"encoding/base64"
)

func hashOf(b []byte) string {
	sum := sha256.Sum256(b)
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

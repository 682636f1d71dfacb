package ner

import (
	"errors"
)

// Load decodes the embedded model. Callers load once and share the model.
func Load() (*Model, error) {
	return nil, errors.New("ner: no embedded model yet")
}

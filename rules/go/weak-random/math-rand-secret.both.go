package keys

import (
	"crypto/rand"
	"encoding/hex"
	mrand "math/rand"
)

func newAPIKey() (string, error) {
	b := make([]byte, 24)
	// safe: weak-random
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

func newShortToken() string {
	const digits = "0123456789"
	out := make([]byte, 8)
	for i := range out {
		// expect: weak-random
		out[i] = digits[mrand.Intn(len(digits))]
	}
	return string(out)
}

package auth

import (
	"crypto/rand"
	"encoding/base64"
	"math/big"
)

func generateToken() (string, error) {
	b := make([]byte, 32)
	// safe: weak-random
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

func newOTP() (string, error) {
	// safe: weak-random
	n, err := rand.Int(rand.Reader, big.NewInt(1000000))
	if err != nil {
		return "", err
	}
	return n.String(), nil
}

func randomPassword(length int) string {
	const chars = "abcdefghijkmnpqrstuvwxyz23456789"
	out := make([]byte, length)
	for i := range out {
		// safe: weak-random
		n, _ := rand.Int(rand.Reader, big.NewInt(int64(len(chars))))
		out[i] = chars[n.Int64()]
	}
	return string(out)
}

// class: weak-random — math/rand (v1 and v2) for tokens, passwords, ids, nonces and cookie/header/URL values; jitter and shuffles as near-misses
package auth

import (
	crand "crypto/rand"
	"encoding/hex"
	"fmt"
	"math/rand"
	randv2 "math/rand/v2"
	"net/http"
	"strconv"
	"time"
)

const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

func ResetToken() string {
	b := make([]byte, 32)
	for i := range b {
		// expect: weak-random
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

func ResetTokenSafe() (string, error) {
	b := make([]byte, 32)
	// safe: weak-random
	if _, err := crand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

func TemporaryPassword() string {
	// expect: weak-random
	return fmt.Sprintf("Tmp-%06d", randv2.IntN(1000000))
}

func SessionID() string {
	// expect: weak-random
	return strconv.FormatUint(randv2.Uint64(), 36)
}

func SessionIDSafe() string {
	// safe: weak-random
	return crand.Text()
}

func IssueCSRF(w http.ResponseWriter) {
	r := rand.New(rand.NewSource(time.Now().UnixNano()))
	// expect: weak-random
	http.SetCookie(w, &http.Cookie{Name: "csrf", Value: strconv.FormatInt(r.Int63(), 16), Secure: true, HttpOnly: true})
}

func TraceHeader(w http.ResponseWriter) {
	// expect: weak-random
	w.Header().Set("X-Request-Nonce", fmt.Sprintf("%x", rand.Uint32()))
}

func InviteLink(base string) string {
	// expect: weak-random
	return base + "/invite?code=" + strconv.Itoa(randv2.N(90000000)+10000000)
}

func Backoff(attempt int) time.Duration {
	// safe: weak-random
	jitter := time.Duration(randv2.Int64N(int64(250 * time.Millisecond)))
	return time.Duration(attempt)*time.Second + jitter
}

func ShuffleTiles(tiles []string) {
	// safe: weak-random
	rand.Shuffle(len(tiles), func(i, j int) { tiles[i], tiles[j] = tiles[j], tiles[i] })
}

func SampleForMetrics() bool {
	// safe: weak-random
	return randv2.Float64() < 0.01
}

package links

import (
	"fmt"
	"math/rand/v2"
	"net/http"
	"strconv"
	"time"
)

func resetLink(email string) string {
	// expect: weak-random
	code := rand.IntN(900000) + 100000
	return fmt.Sprintf("https://example.com/reset?email=%s&code=%d", email, code)
}

func newInviteCode() string {
	seeded := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	// expect: weak-random
	return strconv.FormatUint(seeded.Uint64(), 36)
}

func setVisitor(w http.ResponseWriter) {
	// expect: weak-random
	http.SetCookie(w, &http.Cookie{Name: "vid", Value: strconv.Itoa(rand.Int()), HttpOnly: true, Secure: true})
}

func retryDelay(attempt int) time.Duration {
	// safe: weak-random
	return time.Duration(attempt)*time.Second + time.Duration(rand.Int64N(int64(time.Second)))
}

func sample(rate float64) bool {
	// safe: weak-random
	return rand.Float64() < rate
}

func pickColor(colors []string) string {
	r := rand.New(rand.NewPCG(1, 2))
	// safe: weak-random
	return colors[r.IntN(len(colors))]
}

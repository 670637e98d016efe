package auth

import (
	"fmt"
	"math/rand"
	"time"
)

const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

func generateToken(n int) string {
	rand.Seed(time.Now().UnixNano())
	b := make([]byte, n)
	for i := range b {
		// expect: weak-random
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

func newOTP() string {
	// expect: weak-random
	return fmt.Sprintf("%06d", rand.Intn(1000000))
}

func newSessionID() string {
	buf := make([]byte, 16)
	// expect: weak-random
	rand.Read(buf)
	return fmt.Sprintf("%x", buf)
}

func jitter(base time.Duration) time.Duration {
	// safe: weak-random
	return base + time.Duration(rand.Int63n(int64(base/2)))
}

func pickBackend(backends []string) string {
	// safe: weak-random
	return backends[rand.Intn(len(backends))]
}

func shuffleQuestions(qs []string) {
	// safe: weak-random
	rand.Shuffle(len(qs), func(i, j int) { qs[i], qs[j] = qs[j], qs[i] })
}

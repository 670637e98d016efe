package auth

import (
	"fmt"

	"github.com/golang-jwt/jwt/v5"
)

func parseChecked(raw string, key []byte) (*jwt.Token, error) {
	// safe: jwt
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected signing method %v", t.Header["alg"])
		}
		return key, nil
	})
}

func parseWithOption(raw string, key []byte) (*jwt.Token, error) {
	// safe: jwt
	return jwt.ParseWithClaims(raw, &jwt.RegisteredClaims{}, func(t *jwt.Token) (interface{}, error) {
		return key, nil
	}, jwt.WithValidMethods([]string{"HS256"}))
}

func issue(sub string, key []byte) (string, error) {
	// safe: jwt
	t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": sub})
	return t.SignedString(key)
}

package auth

import (
	"net/http"
	"strings"

	"github.com/golang-jwt/jwt/v5"
)

var jwtKey = []byte(mustEnv("JWT_SECRET"))

func authMiddleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		// expect: jwt
		token, err := jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
			return jwtKey, nil
		})
		if err != nil || !token.Valid {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func userFromToken(raw string) string {
	claims := jwt.MapClaims{}
	// expect: jwt
	jwt.NewParser().ParseUnverified(raw, claims)
	return claims["sub"].(string)
}

func issueUnsigned(sub string) string {
	// expect: jwt
	t := jwt.NewWithClaims(jwt.SigningMethodNone, jwt.MapClaims{"sub": sub})
	// expect: jwt
	s, _ := t.SignedString(jwt.UnsafeAllowNoneSignatureType)
	return s
}

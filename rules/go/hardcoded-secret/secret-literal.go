package config

import (
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

// expect: hardcoded-secret
const jwtSecret = "s3cr3t-signing-key-2024"

// expect: hardcoded-secret
var stripeKey = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"

type Config struct {
	DBPassword string
	APIKey     string
}

func load() Config {
	return Config{
		// expect: hardcoded-secret
		DBPassword: "Pr0duction!Pass",
		APIKey:     os.Getenv("API_KEY"),
	}
}

func connect() (*sql.DB, error) {
	// expect: hardcoded-secret
	return sql.Open("postgres", "postgres://admin:hunter22@db.internal:5432/app?sslmode=require")
}

func sign(claims jwt.MapClaims) (string, error) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	// expect: hardcoded-secret
	return token.SignedString([]byte("my-secret-key"))
}

func mac(msg []byte) []byte {
	// expect: hardcoded-secret
	apiSecret := []byte("d41d8cd98f00b204e9800998ecf8427e")
	h := hmac.New(sha256.New, apiSecret)
	h.Write(msg)
	return h.Sum(nil)
}

// safe: hardcoded-secret
const passwordEnv = "DB_PASSWORD"

// safe: hardcoded-secret
const tokenHeader = "X-Auth-Token"

func loadSafe() Config {
	// safe: hardcoded-secret
	secret := os.Getenv("JWT_SECRET")
	// safe: hardcoded-secret
	password := ""
	_ = password
	return Config{
		// safe: hardcoded-secret
		DBPassword: secret,
		APIKey:     os.Getenv("API_KEY"),
	}
}

func connectSafe() (*sql.DB, error) {
	// safe: hardcoded-secret
	return sql.Open("postgres", os.Getenv("DATABASE_URL"))
}

// safe: hardcoded-secret
const passwordMinLength = "12"

func gormDSN() string {
	// expect: hardcoded-secret
	dsn := "root:toor1234@tcp(127.0.0.1:3306)/shop?parseTime=true"
	return dsn
}

func dsnTemplate() string {
	// safe: hardcoded-secret
	return "user:password@tcp(localhost:3306)/dbname"
}

func cacheLookup(id string) string {
	// safe: hardcoded-secret
	key := "session_store"
	return key + ":" + id
}

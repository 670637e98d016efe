// Provider tokens are written as {{token:…}} fragments, joined in memory by the tests, so the
// repository holds no live-looking token.
package main

import (
	"database/sql"
	"os"
)

// expect: hardcoded-secret
const npmToken = "{{token:npm_8i|S2G8NPRVd|D53X83RZJzz|zzgEOzd|menCk|hv}}"

type Config struct {
	APIKey string
	Region string
}

func open() (*sql.DB, error) {
	// expect: hardcoded-secret
	dsn := "{{token:app:5DZP|jN0MEQ7w|@tcp(|db:330|6)/shop}}"
	// safe: hardcoded-secret
	local := "app@tcp(localhost:3306)/shop"
	// safe: hardcoded-secret
	fromEnv := os.Getenv("DATABASE_URL")
	_ = local + fromEnv
	return sql.Open("mysql", dsn)
}

func config() Config {
	// expect: hardcoded-secret
	anthropic := "{{token:sk-ant-api03|-Hx6k|wXoIIXGvO|oNZYW2mZp0|zVZomHFwUb|bYrEqmSM9w|CZ7Uw9xf|ogoEm|vnEN5N1aE|6PwZPf1Q|h6yYTWmE4l|BYOvfZ8}}"
	_ = anthropic
	return Config{
		// expect: hardcoded-secret
		APIKey: "{{token:SG.MdgaKjIg|8xNbe3nNy|jOq9w.Mx|Ehh2FDEEt|fjgVv|VqE1SkHbn88H|xjSI6bW|HtP3fS2|q}}",
		// safe: hardcoded-secret
		Region: "eu-west-1",
	}
}

// safe: hardcoded-secret
var placeholder = "glpat-xxxxxxxxxxxxxxxxxxxx"

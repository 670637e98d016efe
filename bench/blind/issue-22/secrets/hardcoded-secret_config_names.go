// class: hardcoded-secret — name-based secrets in Go config structs and constants, with near-misses
package config

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
)

type SMTP struct {
	Host     string
	User     string
	Password string
}

type OAuth struct {
	ClientID     string
	ClientSecret string
	RedirectURL  string
}

// expect: hardcoded-secret
const signingSecret = "tP4#nW9!xK2@qL7$"

// safe: hardcoded-secret
const sessionKeyName = "acme_session_id"

// expect: hardcoded-secret
var adminAPIKey = "9b1f7d3e5a2c8f4b6d0e1a3c5f7b9d2e"

// safe: hardcoded-secret
var apiKeyHeader = "X-Api-Key"

func Mailer() SMTP {
	return SMTP{
		Host: "smtp.mailgun.org",
		User: "postmaster@mg.acme.io",
		// expect: hardcoded-secret
		Password: "Rw6Tz1Kx8Nq3Vb5M",
	}
}

func MailerFromEnv() SMTP {
	return SMTP{
		Host: "smtp.mailgun.org",
		// safe: hardcoded-secret
		Password: os.Getenv("SMTP_PASSWORD"),
	}
}

func GoogleOAuth() OAuth {
	return OAuth{
		ClientID: "118234567890-4k2m8p1q7r3s9t5v6w0x.apps.googleusercontent.com",
		// expect: hardcoded-secret
		ClientSecret: "{{token:GOCSPX-E_ki|zMCY1wnTaH|ocDdkvGzwgn43Z}}",
		RedirectURL:  "https://app.acme.io/auth/callback",
	}
}

func AzureOAuth() OAuth {
	return OAuth{
		ClientID: "3f1b6c2e-8d4a-4f7b-9c1e-2a5d7f9b3c6e",
		// expect: hardcoded-secret
		ClientSecret: "{{token:tA82Q~|8W8gd5vnEYt|.FlzW|jTBM4NtscLS|QQ05BM1}}",
	}
}

func LocalOAuth() OAuth {
	// safe: hardcoded-secret
	return OAuth{ClientID: "local-dev", ClientSecret: "test"}
}

// safe: hardcoded-secret
func cacheKey(tenant, path string) string {
	sum := sha256.Sum256([]byte(tenant + "|" + path))
	return hex.EncodeToString(sum[:])
}

// safe: hardcoded-secret
const defaultAvatarHash = "d41d8cd98f00b204e9800998ecf8427e"

// expect: hardcoded-secret
const oktaAPIToken = "{{token:00SSRRGKcq1|hkefJwGGOoWFSA|c8O-Z|wgucsws_3Xh5}}"

// safe: hardcoded-secret
const tokenTTLSeconds = "86400"

// class: hardcoded-secret — an EC private key and a PGP key block inlined in a Go TLS helper
package tlsutil

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"os"
	"strings"
)

// safe: hardcoded-secret
const serverCertPEM = `-----BEGIN CERTIFICATE-----
MIIBhTCCASugAwIBAgIQIRi6zePL6mKjOipn+dNuaTAKBggqhkjOPQQDAjASMRAw
{{token:AfrixaO55o6r9c4|pWfTX|gHhDFW3|JPihvW1eb|etvg8rlaVclDvLd|ydLoA7bN61L2A}}
{{token:sKgJ19ncrMwcBPM|ZpbwqsztvoF8H|/4jnUlB/CDWW0c|VuzD3lKhyc|etTVW|kpyhR8g}}
-----END CERTIFICATE-----`

// expect: hardcoded-secret
const serverKeyPEM = `-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIBkg{{token:GLY23KermWvUm|tQJMWRAF|oVayUurtK5v|ykKykWQHwa|Nlzk5FBkDBkJ|A493oC1cEi}}
{{token:Xn6YxPHFD|GiZqKdzo|thy17QpvJ|d746eEJiABbG3glV|ZZ0KwBgAl|LjvUjXQatxzTy}}
-----END EC PRIVATE KEY-----`

// safe: hardcoded-secret
const keyBlockType = "EC PRIVATE KEY"

func ServerConfig() (*tls.Config, error) {
	cert, err := tls.X509KeyPair([]byte(serverCertPEM), []byte(serverKeyPEM))
	if err != nil {
		return nil, err
	}
	return &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}, nil
}

func LoadKey(path string) (any, error) {
	// safe: hardcoded-secret
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	block, _ := pem.Decode(raw)
	if block == nil || block.Type != keyBlockType {
		return nil, errors.New("not an EC key")
	}
	return x509.ParseECPrivateKey(block.Bytes)
}

// safe: hardcoded-secret
func IsPrivateKey(s string) bool { return strings.Contains(s, "-----BEGIN PRIVATE KEY-----") }

// expect: hardcoded-secret
const releaseSigningKey = `-----BEGIN PGP PRIVATE KEY BLOCK-----

lQOYBGVx{{token:hRds0q8Q|/h0eofXOD|hBH1NFd|TSVZ5vCABYU|Bicma32VkHcc|7YZvyA|2VjYpNpN5Nv}}
{{token:l9JXmqHSnjsW|MnxxaRuP|eOOnnh|OlbkBFx+|KIte4|6RKKfrN3vTj3oMzW|wuUzXiK93}}
{{token:/1RKim|VyjLm|I6GmoWMsWiP|5DZAL/W|SJbZRRz|jyMQn/T/|OiwqTArwdhbgd|r7W1A5m}}
=Qk3v
-----END PGP PRIVATE KEY BLOCK-----`

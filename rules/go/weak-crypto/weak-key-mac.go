package keys

import (
	"crypto/dsa"
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
)

const legacyBits = 1024

func newSigningKey() (*rsa.PrivateKey, error) {
	// expect: weak-crypto
	return rsa.GenerateKey(rand.Reader, 1024)
}

func newDeviceKey() (*rsa.PrivateKey, error) {
	// expect: weak-crypto
	return rsa.GenerateKey(rand.Reader, legacyBits)
}

func newDSAParams() error {
	var params dsa.Parameters
	// expect: weak-crypto
	return dsa.GenerateParameters(&params, rand.Reader, dsa.L1024N160)
}

func signWebhook(secret, body []byte) string {
	// expect: weak-crypto
	mac := hmac.New(sha1.New, secret)
	mac.Write(body)
	return hex.EncodeToString(mac.Sum(nil))
}

func signCookie(key []byte, value string) string {
	// expect: weak-crypto
	mac := hmac.New(md5.New, key)
	mac.Write([]byte(value))
	return hex.EncodeToString(mac.Sum(nil))
}

func newServerKey() (*rsa.PrivateKey, error) {
	// safe: weak-crypto
	return rsa.GenerateKey(rand.Reader, 3072)
}

func newKey(bits int) (*rsa.PrivateKey, error) {
	// safe: weak-crypto
	return rsa.GenerateKey(rand.Reader, bits)
}

func signPayload(secret, body []byte) string {
	// safe: weak-crypto
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	return hex.EncodeToString(mac.Sum(nil))
}

// RFC 6238 TOTP is defined over HMAC-SHA1.
func totpCode(secret []byte, counter uint64) uint32 {
	var msg [8]byte
	binary.BigEndian.PutUint64(msg[:], counter)
	// safe: weak-crypto
	mac := hmac.New(sha1.New, secret)
	mac.Write(msg[:])
	sum := mac.Sum(nil)
	offset := sum[len(sum)-1] & 0x0f
	return (binary.BigEndian.Uint32(sum[offset:]) & 0x7fffffff) % 1000000
}

// class: weak-crypto — md5/sha1 for passwords, signatures and tokens, hmac with md5/sha1, DES/RC4, ECB by hand, small RSA keys, static nonce
package security

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"crypto/rc4"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"io"

	"golang.org/x/crypto/bcrypt"
)

func HashPassword(password string) string {
	// expect: weak-crypto
	sum := md5.Sum([]byte(password))
	return hex.EncodeToString(sum[:])
}

func HashPasswordSafe(password string) (string, error) {
	// safe: weak-crypto
	h, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	return string(h), err
}

func SignWebhook(secret, body []byte) string {
	// expect: weak-crypto
	mac := hmac.New(md5.New, secret)
	mac.Write(body)
	return hex.EncodeToString(mac.Sum(nil))
}

func SignWebhookSHA1(secret, body []byte) string {
	// expect: weak-crypto
	mac := hmac.New(sha1.New, secret)
	mac.Write(body)
	return hex.EncodeToString(mac.Sum(nil))
}

func SignWebhookSafe(secret, body []byte) string {
	// safe: weak-crypto
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	return hex.EncodeToString(mac.Sum(nil))
}

func ResetToken(email string, issued int64) string {
	h := sha1.New()
	// expect: weak-crypto
	h.Write([]byte(email + ":" + string(rune(issued))))
	return hex.EncodeToString(h.Sum(nil))
}

func EncryptLegacy(key, plaintext []byte) ([]byte, error) {
	// expect: weak-crypto
	block, err := des.NewTripleDESCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(plaintext))
	cipher.NewCBCEncrypter(block, make([]byte, des.BlockSize)).CryptBlocks(out, plaintext)
	return out, nil
}

func Obfuscate(key, data []byte) []byte {
	// expect: weak-crypto
	c, _ := rc4.NewCipher(key)
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out
}

func EncryptECB(key, plaintext []byte) []byte {
	block, _ := aes.NewCipher(key)
	out := make([]byte, len(plaintext))
	for i := 0; i+aes.BlockSize <= len(plaintext); i += aes.BlockSize {
		// expect: weak-crypto
		block.Encrypt(out[i:i+aes.BlockSize], plaintext[i:i+aes.BlockSize])
	}
	return out
}

var fixedNonce = []byte("nonce-012345")

func SealStatic(key, plaintext []byte) []byte {
	block, _ := aes.NewCipher(key)
	gcm, _ := cipher.NewGCM(block)
	// expect: weak-crypto
	return gcm.Seal(nil, fixedNonce, plaintext, nil)
}

func Seal(key, plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return nil, err
	}
	// safe: weak-crypto
	return gcm.Seal(nonce, nonce, plaintext, nil), nil
}

func SigningKey() (*rsa.PrivateKey, error) {
	// expect: weak-crypto
	return rsa.GenerateKey(rand.Reader, 1024)
}

func SigningKeySafe() (*rsa.PrivateKey, error) {
	// safe: weak-crypto
	return rsa.GenerateKey(rand.Reader, 3072)
}

func ContentAddress(blob []byte) string {
	// safe: weak-crypto
	sum := sha256.Sum256(blob)
	return hex.EncodeToString(sum[:])
}

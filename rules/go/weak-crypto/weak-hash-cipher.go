package auth

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/md5"
	"crypto/rand"
	"crypto/rc4"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"io"

	"golang.org/x/crypto/bcrypt"
)

func hashPassword(password string) string {
	// expect: weak-crypto
	sum := md5.Sum([]byte(password))
	return hex.EncodeToString(sum[:])
}

func checkPassword(user User, pwd string) bool {
	// expect: weak-crypto
	h := sha1.New()
	h.Write([]byte(user.Salt + pwd))
	return hex.EncodeToString(h.Sum(nil)) == user.PasswordHash
}

func encryptLegacy(key, data []byte) []byte {
	// expect: weak-crypto
	block, _ := des.NewCipher(key)
	out := make([]byte, len(data))
	block.Encrypt(out, data)
	// expect: weak-crypto
	stream, _ := rc4.NewCipher(key)
	stream.XORKeyStream(out, out)
	return out
}

func encryptCBC(key, plaintext []byte) []byte {
	block, _ := aes.NewCipher(key)
	iv := []byte("0123456789abcdef")
	// expect: weak-crypto
	mode := cipher.NewCBCEncrypter(block, iv)
	out := make([]byte, len(plaintext))
	mode.CryptBlocks(out, plaintext)
	return out
}

func fileChecksum(r io.Reader) string {
	h := md5.New()
	io.Copy(h, r)
	// safe: weak-crypto
	return hex.EncodeToString(h.Sum(nil))
}

func etag(body []byte) string {
	// safe: weak-crypto
	sum := sha1.Sum(body)
	return hex.EncodeToString(sum[:])
}

func hashPasswordSafe(password string) ([]byte, error) {
	// safe: weak-crypto
	return bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
}

func fingerprint(token string) string {
	// safe: weak-crypto
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

func encryptGCM(key, plaintext []byte) ([]byte, error) {
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

// ECB written by hand: each block encrypted on its own with the raw block cipher.
func encryptECB(key, plaintext []byte) []byte {
	block, _ := aes.NewCipher(key)
	out := make([]byte, len(plaintext))
	for i := 0; i < len(plaintext); i += aes.BlockSize {
		// expect: weak-crypto
		block.Encrypt(out[i:i+aes.BlockSize], plaintext[i:i+aes.BlockSize])
	}
	return out
}

// One block with a fresh key (key wrapping style): no repeated blocks to compare.
func sealBlock(key, in []byte) []byte {
	block, _ := aes.NewCipher(key)
	out := make([]byte, aes.BlockSize)
	// safe: weak-crypto
	block.Encrypt(out, in)
	return out
}

import os

from Crypto.Cipher import AES, DES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY = os.environ['APP_KEY'].encode()
STATIC_IV = b'0000000000000000'


def encrypt_legacy(data):
    # expect: weak-crypto
    cipher = DES.new(KEY[:8], DES.MODE_CBC)
    return cipher.encrypt(data)


def encrypt_ecb(data):
    # expect: weak-crypto
    cipher = AES.new(KEY, AES.MODE_ECB)
    return cipher.encrypt(data)


def encrypt_static(data):
    # expect: weak-crypto
    cipher = AES.new(KEY, AES.MODE_CBC, STATIC_IV)
    return cipher.encrypt(data)


def encrypt_fresh(data):
    iv = os.urandom(16)
    # safe: weak-crypto
    cipher = AES.new(KEY, AES.MODE_CBC, iv)
    return iv + cipher.encrypt(data)


def encrypt_gcm(data):
    # safe: weak-crypto
    cipher = AES.new(KEY, AES.MODE_GCM)
    return cipher.nonce + cipher.encrypt(data)


def encrypt_hazmat(data):
    # expect: weak-crypto
    enc = Cipher(algorithms.AES(KEY), modes.ECB()).encryptor()
    nonce = os.urandom(16)
    # safe: weak-crypto
    ctr = Cipher(algorithms.AES(KEY), modes.CTR(nonce)).encryptor()
    # expect: weak-crypto
    cbc = Cipher(algorithms.AES(KEY), modes.CBC(b'\x00' * 16)).encryptor()
    return enc.update(data) + ctr.update(data) + cbc.update(data)

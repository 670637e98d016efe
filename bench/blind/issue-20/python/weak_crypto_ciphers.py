# class: weak-crypto — pycryptodome/cryptography DES, 3DES, RC4, Blowfish, ARC2, XOR, ECB and static IVs (incl. import aliases) vs AES-GCM with random nonces
import os

from Crypto.Cipher import AES
from Crypto.Cipher import AES as Aes
from Crypto.Cipher import ARC2, ARC4, DES, DES3, Blowfish, XOR
from Crypto.Random import get_random_bytes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

STATIC_IV = b"0000000000000000"


def des_encrypt(key: bytes, data: bytes) -> bytes:
    # expect: weak-crypto
    return DES.new(key, DES.MODE_CBC, iv=get_random_bytes(8)).encrypt(data)


def triple_des(key: bytes, data: bytes) -> bytes:
    # expect: weak-crypto
    return DES3.new(key, DES3.MODE_EAX).encrypt(data)


def rc4(key: bytes, data: bytes) -> bytes:
    # expect: weak-crypto
    return ARC4.new(key).encrypt(data)


def blowfish(key: bytes, data: bytes) -> bytes:
    # expect: weak-crypto
    return Blowfish.new(key, Blowfish.MODE_CBC, iv=get_random_bytes(8)).encrypt(data)


def rc2(key: bytes, data: bytes) -> bytes:
    # expect: weak-crypto
    return ARC2.new(key, ARC2.MODE_CFB, iv=get_random_bytes(8)).encrypt(data)


def xor_obfuscate(key: bytes, data: bytes) -> bytes:
    # expect: weak-crypto
    return XOR.new(key).encrypt(data)


def aes_ecb(key: bytes, block: bytes) -> bytes:
    # expect: weak-crypto
    return AES.new(key, AES.MODE_ECB).encrypt(block)


def aes_static_iv(key: bytes, data: bytes) -> bytes:
    # expect: weak-crypto
    return Aes.new(key, Aes.MODE_CBC, iv=STATIC_IV).encrypt(data)


def aes_gcm(key: bytes, data: bytes) -> tuple:
    # safe: weak-crypto
    cipher = AES.new(key, AES.MODE_GCM, nonce=get_random_bytes(12))
    return cipher.encrypt_and_digest(data)


def crypto_tdes(key: bytes, block: bytes) -> bytes:
    # expect: weak-crypto
    cipher = Cipher(algorithms.TripleDES(key), modes.CBC(os.urandom(8)))
    return cipher.encryptor().update(block)


def crypto_ecb(key: bytes, block: bytes) -> bytes:
    # expect: weak-crypto
    cipher = Cipher(algorithms.AES(key), modes.ECB())
    return cipher.encryptor().update(block)


def crypto_zero_iv(key: bytes, data: bytes) -> bytes:
    # expect: weak-crypto
    cipher = Cipher(algorithms.AES(key), modes.CBC(b"\x00" * 16))
    return cipher.encryptor().update(data)


def crypto_random_iv(key: bytes, data: bytes) -> bytes:
    iv = os.urandom(16)
    # safe: weak-crypto
    cipher = Cipher(algorithms.AES(key), modes.CBC(iv))
    return iv + cipher.encryptor().update(data)


def aead(key: bytes, data: bytes) -> bytes:
    nonce = os.urandom(12)
    # safe: weak-crypto
    return nonce + AESGCM(key).encrypt(nonce, data, None)

# class: weak-crypto — hashlib md5/sha1/new('md5'|'sha1') and cryptography hashes.MD5/SHA1, graded by context; usedforsecurity=False is fine
import hashlib
import hmac
from hashlib import md5 as fast_md5

from cryptography.hazmat.primitives import hashes


def hash_password(password: str, salt: bytes) -> str:
    # expect: weak-crypto
    return hashlib.md5(salt + password.encode()).hexdigest()


def sign_webhook(secret: bytes, payload: bytes) -> str:
    # expect: weak-crypto
    return hmac.new(secret, payload, hashlib.sha1).hexdigest()


def reset_token_digest(token: str) -> str:
    # expect: weak-crypto
    return hashlib.new("sha1", token.encode()).hexdigest()


def legacy_api_signature(body: bytes) -> bytes:
    # expect: weak-crypto
    digest = hashes.Hash(hashes.MD5())
    digest.update(body)
    return digest.finalize()


def certificate_thumbprint(der: bytes) -> bytes:
    # expect: weak-crypto
    digest = hashes.Hash(hashes.SHA1())
    digest.update(der)
    return digest.finalize()


def etag(body: bytes) -> str:
    # expect: weak-crypto
    return fast_md5(body).hexdigest()


def cache_key(url: str) -> str:
    # safe: weak-crypto
    return hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()


def dedupe_key(row: bytes) -> str:
    # safe: weak-crypto
    return hashlib.sha1(row, usedforsecurity=False).hexdigest()


def content_address(blob: bytes) -> str:
    # safe: weak-crypto
    return hashlib.sha256(blob).hexdigest()


def password_hash(password: str, salt: bytes) -> bytes:
    # safe: weak-crypto
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)


def sign_webhook_v2(secret: bytes, payload: bytes) -> str:
    # safe: weak-crypto
    return hmac.new(secret, payload, hashlib.sha256).hexdigest()


def file_checksum(path: str) -> str:
    # expect: weak-crypto
    h = hashlib.new("md5")
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()

import hashlib
from hashlib import md5 as file_digest

from cryptography.hazmat.primitives import hashes


def upload_fingerprint(stream):
    # expect: weak-crypto
    h = hashlib.md5()
    for chunk in iter(lambda: stream.read(65536), b''):
        h.update(chunk)
    return h.hexdigest()


def artifact_id(data):
    # expect: weak-crypto
    return hashlib.sha1(data).hexdigest()


def legacy_digest(data):
    # expect: weak-crypto
    h = hashlib.new('sha1', data)
    # expect: weak-crypto
    d = file_digest(data).hexdigest()
    # expect: weak-crypto
    x = hashes.Hash(hashes.MD5())
    return h.hexdigest(), d, x


def etag(body):
    # safe: weak-crypto
    return hashlib.md5(body, usedforsecurity=False).hexdigest()


def content_hash(data):
    # safe: weak-crypto
    s = hashlib.sha256(data).hexdigest()
    # safe: weak-crypto
    t = hashlib.new('sha256', data).hexdigest()
    # safe: weak-crypto
    u = hashes.Hash(hashes.SHA256())
    return s, t, u


def md5(text):
    return text[::-1]


def not_hashlib(text):
    # safe: weak-crypto
    return md5(text)

import hashlib
import hmac
from hashlib import md5

from flask import Flask, request

app = Flask(__name__)


@app.route('/register', methods=['POST'])
def register():
    username = request.form['username']
    password = request.form['password']
    # expect: weak-crypto
    password_hash = hashlib.md5(password.encode()).hexdigest()
    save_user(username, password_hash)
    return 'ok'


def hash_password(pw):
    # expect: weak-crypto
    return hashlib.sha1(pw.encode('utf-8')).hexdigest()


def check_login(user, supplied):
    # expect: weak-crypto
    return user.pw_hash == md5(supplied.encode()).hexdigest()


def create_admin(name, raw):
    # expect: weak-crypto
    return dict(name=name, password=hashlib.md5(raw.encode()).hexdigest())


def file_checksum(path):
    with open(path, 'rb') as fh:
        # A checksum: not a password, only py/weak-crypto/weak-hash's information (issue 20).
        # expect: weak-crypto
        return hashlib.md5(fh.read()).hexdigest()


def cache_key(url):
    # safe: weak-crypto
    return hashlib.sha1(url.encode(), usedforsecurity=False).hexdigest()


def sign(body, key):
    # safe: weak-crypto
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def etag(content):
    # safe: weak-crypto
    return hashlib.sha256(content).hexdigest()


def store_password(user, password, salt):
    # safe: weak-crypto
    user.password_hash = hashlib.pbkdf2_hmac('sha256', password.encode(), salt, 600_000)


def save_user(name, digest):
    return name, digest


def sign_payload(payload, secret):
    # expect: weak-crypto
    return hmac.new(secret, payload, hashlib.md5).hexdigest()


def sign_strong(payload, secret):
    # safe: weak-crypto
    return hmac.new(secret, payload, hashlib.sha256).hexdigest()


def issue_reset(user_id, now):
    # expect: weak-crypto
    reset_token = hashlib.md5(f"{user_id}:{now}".encode()).hexdigest()
    return reset_token


def store_sha256(user, password):
    # safe: weak-crypto
    user.digest = hashlib.sha256(password.encode()).hexdigest()


class LegacyMD5PasswordHasher:
    # Verifies hashes imported from the old system, then rehashes them with the current hasher.
    algorithm = 'md5'

    def verify(self, password, encoded):
        # Only weak-hash's information: a class named for the scheme implements it on purpose.
        # expect: weak-crypto
        return hashlib.md5(password.encode()).hexdigest() == encoded

import os

import jwt
from flask import Flask, abort, g, request
from jose import jwt as jose_jwt

app = Flask(__name__)
SECRET_KEY = os.environ['JWT_SECRET']


@app.before_request
def load_user():
    token = request.headers.get('Authorization', '').removeprefix('Bearer ')
    # expect: jwt
    claims = jwt.decode(token, options={'verify_signature': False})
    g.user_id = claims['sub']


def current_user(token):
    # safe: jwt
    claims = jwt.decode(token, SECRET_KEY, algorithms=['HS256'])
    return claims['sub']


def legacy_user(token):
    # expect: jwt
    return jwt.decode(token, SECRET_KEY, verify=False)['sub']


def role_of(token):
    # expect: jwt
    return jose_jwt.get_unverified_claims(token).get('role')


def key_id(token):
    # safe: jwt
    return jwt.get_unverified_header(token).get('kid')


def strict(token):
    # safe: jwt
    return jwt.decode(token, SECRET_KEY, algorithms=['HS256'], options={'verify_signature': True, 'require': ['exp']})


def lenient(token):
    # safe: jwt
    return jwt.decode(token, SECRET_KEY, algorithms=['HS256'], options={'verify_exp': False})

import hmac
import os

import jwt
from cryptography.fernet import Fernet
from flask import Flask, request
from itsdangerous import URLSafeTimedSerializer

app = Flask(__name__)
JWT_SECRET = os.environ['JWT_SECRET']


def issue_token(user_id):
    # expect: hardcoded-secret
    return jwt.encode({'sub': user_id}, 'k9Vq2Lx7Rz4Wb1Nc', algorithm='HS256')


def read_token(token):
    # expect: hardcoded-secret
    return jwt.decode(token, key='k9Vq2Lx7Rz4Wb1Nc', algorithms=['HS256'])


def read_token_env(token):
    # safe: hardcoded-secret
    return jwt.decode(token, JWT_SECRET, algorithms=['HS256'])


def sign(body):
    # expect: hardcoded-secret
    return hmac.new(b'w3bh00k-S1gning-K3y', body, 'sha256').hexdigest()


def serializer():
    # expect: hardcoded-secret
    links = URLSafeTimedSerializer('R7t!pQ2zX9vL4mW8')
    # safe: hardcoded-secret
    same = URLSafeTimedSerializer(os.environ['LINK_SECRET'])
    # safe: hardcoded-secret
    test_only = Fernet(b'changeme')
    return links, same, test_only


@app.route('/admin', methods=['POST'])
def admin_login():
    # expect: hardcoded-secret
    if request.form['password'] == 'Adm1n!Pa55w0rd':
        return 'welcome'
    # safe: hardcoded-secret
    if request.form['password'] == '':
        return 'empty password'
    # safe: hardcoded-secret
    if request.form['password_type'] == 'temporary':
        return 'temporary'
    return 'denied'

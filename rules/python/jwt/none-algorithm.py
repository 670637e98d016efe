import os

import jwt

SECRET_KEY = os.environ['JWT_SECRET']


def issue(user_id):
    # expect: jwt
    return jwt.encode({'sub': user_id}, None, algorithm='none')


def issue_signed(user_id):
    # safe: jwt
    return jwt.encode({'sub': user_id}, SECRET_KEY, algorithm='HS256')


def accept(token):
    # expect: jwt
    return jwt.decode(token, SECRET_KEY, algorithms=['HS256', 'none'])


def accept_signed(token):
    # safe: jwt
    return jwt.decode(token, SECRET_KEY, algorithms=['HS256', 'RS256'])


def accept_any(token):
    # expect: jwt
    return jwt.decode(token, '', algorithms=["NONE"])


def describe(alg='none'):
    # safe: jwt
    return {'algorithm': alg}

from django.http import JsonResponse
from fastapi import FastAPI, Response
from flask import Flask, make_response, request

app = Flask(__name__)
api = FastAPI()


@app.route('/login', methods=['POST'])
def login():
    token = create_session(request.form['username'])
    resp = make_response({'ok': True})
    # expect: insecure-cookie
    resp.set_cookie('session_id', token)
    # safe: insecure-cookie
    resp.set_cookie('session_id', token, secure=True, httponly=True, samesite='Lax', max_age=3600)
    return resp


@app.route('/prefs')
def prefs():
    resp = make_response('saved')
    # expect: insecure-cookie
    resp.set_cookie('theme', request.args.get('theme', 'light'), httponly=True, secure=False, samesite='Strict', max_age=86400)
    # safe: insecure-cookie
    resp.set_cookie('theme', '', expires=0)
    return resp


@api.post('/token')
def issue_token(response: Response):
    # expect: insecure-cookie
    response.set_cookie(key='access_token', value='Bearer x', httponly=True, max_age=1800)
    return {'ok': True}


def remember_me(request):
    resp = JsonResponse({'ok': True})
    # expect: insecure-cookie
    resp.set_cookie('password', request.POST['password'], secure=True, httponly=True, samesite='Strict', max_age=600)
    # safe: insecure-cookie
    resp.set_signed_cookie('uid', '42', secure=True, httponly=True, samesite='Strict', expires=None, max_age=600)
    return resp


def with_defaults(resp, name, value, **cookie_options):
    # safe: insecure-cookie
    resp.set_cookie(name, value, **cookie_options)
    return resp


def create_session(user):
    return user


def remember_device(resp, device_id):
    # Secure and HttpOnly set: a missing SameSite (or expiry) alone is not a finding.
    # safe: insecure-cookie
    resp.set_cookie('device', device_id, secure=True, httponly=True)
    # expect: insecure-cookie
    resp.set_cookie('tracking', device_id, secure=True, samesite='None')
    return resp

# class: insecure-cookie — Flask/Starlette/Django set_cookie: missing Secure/HttpOnly, explicit False, SameSite=None without Secure; no expiry alone is fine
from django.http import HttpResponse
from flask import Flask, make_response
from starlette.responses import JSONResponse

app = Flask(__name__)


@app.post("/login")
def login():
    resp = make_response("ok")
    # expect: insecure-cookie
    resp.set_cookie("session_id", "abc", path="/")
    return resp


@app.post("/login-secure")
def login_secure():
    resp = make_response("ok")
    # safe: insecure-cookie
    resp.set_cookie("session_id", "abc", secure=True, httponly=True, samesite="Lax")
    return resp


@app.post("/prefs")
def prefs():
    resp = make_response("ok")
    resp.set_cookie(
        "prefs",
        "compact",
        httponly=True,
        # expect: insecure-cookie
        secure=False,
        max_age=3600,
    )
    return resp


@app.post("/embed")
def embed():
    resp = make_response("ok")
    # expect: insecure-cookie
    resp.set_cookie("embed", "1", httponly=True, samesite="None")
    return resp


@app.post("/embed-secure")
def embed_secure():
    resp = make_response("ok")
    # safe: insecure-cookie
    resp.set_cookie("embed", "1", httponly=True, secure=True, samesite="None")
    return resp


async def starlette_login(request):
    response = JSONResponse({"ok": True})
    # expect: insecure-cookie
    response.set_cookie("token", "abc", httponly=True)
    return response


async def starlette_login_secure(request):
    response = JSONResponse({"ok": True})
    # safe: insecure-cookie
    response.set_cookie("token", "abc", httponly=True, secure=True, samesite="strict")
    return response


def django_theme(request):
    response = HttpResponse("ok")
    # expect: insecure-cookie
    response.set_cookie("theme", request.GET.get("theme", "light"), secure=True)
    return response


def django_session(request):
    response = HttpResponse("ok")
    # safe: insecure-cookie
    response.set_cookie("sessionid", "abc", secure=True, httponly=True, samesite="Strict", max_age=None)
    return response

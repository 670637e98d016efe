# Flags taken from the project's settings, and session cookies with no expiry: a missing expiry
# alone is not a finding (policy.md, "Cookies"); it is mentioned when the cookie reports anyway.
from django.conf import settings
from django.http import HttpResponse


def store_messages(request, data):
    response = HttpResponse()
    # safe: insecure-cookie
    response.set_cookie(
        'messages', data,
        secure=settings.SESSION_COOKIE_SECURE or None,
        httponly=settings.SESSION_COOKIE_HTTPONLY or None,
        samesite=settings.SESSION_COOKIE_SAMESITE,
    )
    # safe: insecure-cookie
    response.set_cookie('cart', data, secure=True, httponly=True, samesite='Lax')
    # expect: insecure-cookie
    response.set_cookie('cart_backup', data, httponly=True, samesite='Lax')
    # expect: insecure-cookie
    response.set_cookie('prefs', data, secure=True, samesite='Lax')
    # safe: insecure-cookie
    response.set_cookie('csrf_hint', data, secure=True, httponly=True, samesite='Strict')
    return response

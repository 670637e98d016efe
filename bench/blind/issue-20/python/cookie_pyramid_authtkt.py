# class: insecure-cookie — Pyramid AuthTktCookieHelper with default flags vs secure=True/http_only=True
from pyramid.authentication import AuthTktCookieHelper
from pyramid.security import forget
from pyramid.view import view_config


class SessionSecurityPolicy:
    def __init__(self, secret):
        self.helper = AuthTktCookieHelper(secret, hashalg="sha512")

    def identity(self, request):
        return self.helper.identify(request)

    def remember(self, request, userid, **kw):
        # expect: insecure-cookie
        return self.helper.remember(request, userid, **kw)

    def forget(self, request, **kw):
        return self.helper.forget(request, **kw)


class HardenedSecurityPolicy:
    def __init__(self, secret):
        self.helper = AuthTktCookieHelper(secret, hashalg="sha512", secure=True, http_only=True, samesite="Lax")

    def identity(self, request):
        return self.helper.identify(request)

    def remember(self, request, userid, **kw):
        # safe: insecure-cookie
        return self.helper.remember(request, userid, **kw)

    def forget(self, request, **kw):
        return self.helper.forget(request, **kw)


@view_config(route_name="logout")
def logout(request):
    headers = forget(request)
    request.response.headerlist.extend(headers)
    return request.response

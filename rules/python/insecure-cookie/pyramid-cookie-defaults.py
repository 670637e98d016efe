import os

from pyramid.authentication import AuthTktAuthenticationPolicy, AuthTktCookieHelper
from pyramid.config import Configurator
from pyramid.session import SignedCookieSessionFactory

SECRET = os.environ['AUTH_SECRET']


class SecurityPolicy:
    def __init__(self, secret):
        # expect: insecure-cookie
        self.helper = AuthTktCookieHelper(secret)
        # safe: insecure-cookie
        self.strict = AuthTktCookieHelper(secret, secure=True, http_only=True, samesite='Lax', hashalg='sha512')


def main(global_config, **settings):
    config = Configurator(settings=settings)
    policy = AuthTktAuthenticationPolicy(SECRET, secure=True, hashalg='sha512')
    sessions = SignedCookieSessionFactory(SECRET)
    # safe: insecure-cookie
    safe_sessions = SignedCookieSessionFactory(SECRET, secure=True, httponly=True)
    # expect: insecure-cookie
    config.set_session_factory(sessions)
    # expect: insecure-cookie
    config.set_authentication_policy(policy)
    # safe: insecure-cookie
    config.set_session_factory(safe_sessions)
    return config.make_wsgi_app()

# Settings that set the session cookie's Secure flag: the middleware entry is not reported.
import os

INSTALLED_APPS = ['django.contrib.sessions', 'blog']
MIDDLEWARE = [
    # safe: insecure-cookie
    'django.contrib.sessions.middleware.SessionMiddleware',
]
# safe: insecure-cookie
SESSION_COOKIE_SECURE = os.environ.get('HTTPS', '1') == '1'
# safe: insecure-cookie
SESSION_COOKIE_HTTPONLY = True

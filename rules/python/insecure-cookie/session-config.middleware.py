# A Django project's settings that never set SESSION_COOKIE_SECURE: the session cookie (Django's
# default Secure=False) takes effect through the SessionMiddleware entry.
import os

DEBUG = os.environ.get('DJANGO_DEBUG') == '1'
INSTALLED_APPS = [
    'django.contrib.auth',
    'django.contrib.contenttypes',
    'django.contrib.sessions',
    'shop',
]
MIDDLEWARE = [
    # safe: insecure-cookie
    'django.middleware.security.SecurityMiddleware',
    # expect: insecure-cookie
    'django.contrib.sessions.middleware.SessionMiddleware',
    # safe: insecure-cookie
    'django.middleware.csrf.CsrfViewMiddleware',
]
# safe: insecure-cookie
SESSION_ENGINE = 'django.contrib.sessions.backends.db'

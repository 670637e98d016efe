# class: hardcoded-secret/insecure-cookie — Django settings: literal SECRET_KEY and session/CSRF cookie flags turned off
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# expect: hardcoded-secret
SECRET_KEY = "django-insecure-7f#k2@x!q9m$v3z&w8r1t6y0p4n5b^c"

DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "shop",
]

# expect: insecure-cookie
SESSION_COOKIE_SECURE = False
# expect: insecure-cookie
SESSION_COOKIE_HTTPONLY = False
# expect: insecure-cookie
CSRF_COOKIE_SECURE = False
# expect: insecure-cookie
SESSION_COOKIE_SAMESITE = "None"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        # safe: hardcoded-secret
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "HOST": "db",
    }
}

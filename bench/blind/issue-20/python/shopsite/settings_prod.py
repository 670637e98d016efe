# class: hardcoded-secret/insecure-cookie — Django production settings: secret from the environment, hardened cookie flags, no expiry settings needed
import os

# safe: hardcoded-secret
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]

# safe: insecure-cookie
SESSION_COOKIE_SECURE = True
# safe: insecure-cookie
SESSION_COOKIE_HTTPONLY = True
# safe: insecure-cookie
CSRF_COOKIE_SECURE = True
# safe: insecure-cookie
SESSION_COOKIE_SAMESITE = "Lax"
# safe: insecure-cookie
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

EMAIL_HOST = "smtp.example.com"
# safe: hardcoded-secret
EMAIL_HOST_PASSWORD = "<set-in-vault>"

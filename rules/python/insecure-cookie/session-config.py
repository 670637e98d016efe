from flask import Flask

app = Flask(__name__)
# expect: insecure-cookie
app.config['SESSION_COOKIE_SECURE'] = False
# safe: insecure-cookie
app.config['SESSION_COOKIE_SECURE'] = True
# expect: insecure-cookie
app.config.update(SESSION_COOKIE_HTTPONLY=False, SESSION_COOKIE_SAMESITE='Lax')
# safe: insecure-cookie
app.config.update(SESSION_COOKIE_HTTPONLY=True, SEND_FILE_MAX_AGE_DEFAULT=False)

# Django settings
# expect: insecure-cookie
CSRF_COOKIE_SECURE = False
# safe: insecure-cookie
SECURE_SSL_REDIRECT = False
# safe: insecure-cookie
CSRF_COOKIE_HTTPONLY = True

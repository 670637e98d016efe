# Django settings: the language cookie holds a language code, and the CSRF cookie is read by the
# page's own JavaScript on purpose (Django's docs: HttpOnly on it gives no practical protection).
# Secure stays required on the session and CSRF cookies.
# safe: insecure-cookie
LANGUAGE_COOKIE_SECURE = False
# safe: insecure-cookie
LANGUAGE_COOKIE_HTTPONLY = False
# safe: insecure-cookie
CSRF_COOKIE_HTTPONLY = False
# expect: insecure-cookie
SESSION_COOKIE_SECURE = False
# expect: insecure-cookie
SESSION_COOKIE_HTTPONLY = False
# expect: insecure-cookie
CSRF_COOKIE_SECURE = False

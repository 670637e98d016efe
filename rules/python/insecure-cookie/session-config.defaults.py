# A framework's list of defaults (INSTALLED_APPS empty: no site is configured here); every
# project's settings module overrides these, and that is where a finding belongs.
INSTALLED_APPS = []
# safe: insecure-cookie
SESSION_COOKIE_SECURE = False
# safe: insecure-cookie
CSRF_COOKIE_SECURE = False
# safe: insecure-cookie
SESSION_COOKIE_HTTPONLY = True

# class: hardcoded-secret — name-based secrets and their near-misses in a Django-style settings module
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# expect: hardcoded-secret
SECRET_KEY = "k9#v2!pq8z@x4m$w7r&t1y^b6n*c3j(h5g)f0d-s+a"

# safe: hardcoded-secret
SECRET_KEY_FALLBACK = os.environ.get("DJANGO_SECRET_KEY_FALLBACK", "")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop_app",
        # expect: hardcoded-secret
        "PASSWORD": "vR7mQ2xL9kT4wB8z",
        "HOST": "shop-db.internal",
    },
    "analytics": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "analytics",
        # safe: hardcoded-secret
        "PASSWORD": os.environ["ANALYTICS_DB_PASSWORD"],
    },
}

# expect: hardcoded-secret
EMAIL_HOST_PASSWORD = "mZ4tR8wQ1vN6yK3p"

# safe: hardcoded-secret
PASSWORD_RESET_TIMEOUT = 259200

# expect: hardcoded-secret
secret12 = "Yh3Bn8Kq2Wx7Lp5Z"

# safe: hardcoded-secret
api_key = "changeme"

# safe: hardcoded-secret
STRIPE_API_KEY = "your-stripe-api-key-here"

# safe: hardcoded-secret
webhook_secret = "<WEBHOOK_SECRET>"

# safe: hardcoded-secret
admin_password = "secret"

# safe: hardcoded-secret
SOCIAL_AUTH_GITHUB_SECRET = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

# safe: hardcoded-secret
pin_code = "4821"

# safe: hardcoded-secret
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]

# expect: hardcoded-secret
JWT_SIGNING_KEY = "a8F3kL9pQ2wE7rT5yU1iO4"

# safe: hardcoded-secret
JWT_AUTH_HEADER_TYPES = ("Bearer",)

# expect: hardcoded-secret
FIELD_ENCRYPTION_KEY = "{{token:lwTcI84Pv|AhWorlALwrCv|mMtmq+7G5jiM/2|l0EDYVB1=}}"

# safe: hardcoded-secret
AUTH_TOKEN_CLASSES = "rest_framework_simplejwt.tokens.AccessToken"

# expect: hardcoded-secret
db_pass = "Lk8#Vm2!Qx5@"

# safe: hardcoded-secret
dummy_password = "dummy"

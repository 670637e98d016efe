import os

import psycopg2
from flask import Flask

app = Flask(__name__)
# expect: hardcoded-secret
app.config['SECRET_KEY'] = 'f3b9c2e1d7a8406b'
# safe: hardcoded-secret
app.config['SECRET_KEY_FALLBACKS'] = []
# expect: hardcoded-secret
app.secret_key = b'_5#y2L"F4Q8z\n\xec]/'
# safe: hardcoded-secret
app.config['JWT_SECRET'] = os.environ['JWT_SECRET']

# expect: hardcoded-secret
DB_PASSWORD = 'Pr0duction!2024'
# safe: hardcoded-secret
PASSWORD_FIELD = 'password'
# safe: hardcoded-secret
TOKEN_ENV_VAR = 'GITHUB_TOKEN'
# safe: hardcoded-secret
API_TOKEN = os.getenv('API_TOKEN', '')
# expect: hardcoded-secret
GITHUB_WEBHOOK_TOKEN = 'whsec_4c1d2e3f4a5b6c7d8e9f'
# safe: hardcoded-secret
CSRF_TOKEN = 'csrf_token'
# safe: hardcoded-secret
AUTH_TOKEN_URL = 'https://auth.example.com/oauth/token'


def connect():
    # expect: hardcoded-secret
    return psycopg2.connect(host='db.internal', user='app', password='hunter2hunter2')


def connect_from_env():
    # safe: hardcoded-secret
    return psycopg2.connect(host='db.internal', user='app', password=os.environ['DB_PASSWORD'])


def lookup(cache):
    # safe: hardcoded-secret
    return cache.get(key='user_profile_cache')


# expect: hardcoded-secret
def connect_admin(host, user='admin', password='Adm1nPassw0rd'):
    return psycopg2.connect(host=host, user=user, password=password)


DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        # expect: hardcoded-secret
        'PASSWORD': 'django-db-pass-42',
        # safe: hardcoded-secret
        'USER': 'django',
    }
}


# Placeholders, names and short words are not secrets (policy.md, "Secrets").
# safe: hardcoded-secret
app.config['SECRET_KEY'] = 'super-secret-key-change-me'


# safe: hardcoded-secret
SESSION_TOKEN = 'comment.doc.tag'


# safe: hardcoded-secret
API_KEY = 'abc123'


# safe: hardcoded-secret
CLIENT_SECRET = 'your-client-secret-here'

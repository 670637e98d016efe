# Provider tokens are written as {{token:…}} fragments, joined in memory by the tests, so the
# repository holds no live-looking token.
import os

import boto3
import requests
from sqlalchemy import create_engine

s3 = boto3.client(
    's3',
    # expect: hardcoded-secret
    aws_access_key_id='{{token:AKIAZDOCIS|2JHTL|GMXGE}}',
    # safe: hardcoded-secret
    region_name='eu-west-1',
)
# expect: hardcoded-secret
engine = create_engine('{{token:postg|resql://ap|p:UzDzV8fUk|kibjL@|db.internal:|5432/shop}}')
# safe: hardcoded-secret
local = create_engine('postgresql://app@localhost/shop')
# safe: hardcoded-secret
docs_key = 'AKIAIOSFODNN7EXAMPLE'
# expect: hardcoded-secret
GITHUB_TOKEN = '{{token:ghp_u8jz|Pde0IgxLd|6GncfBAepfJB|d0Kh8oO|OL8d}}'
# expect: hardcoded-secret
requests.get('https://api.example.com', headers={'Authorization': 'Bearer {{token:sk-proj-T|y4Qwb8Dw|kNhFdnXs|iVpzz63Ffk|CzJr4i0B|3JrTAwR|4y9ojf}}'})
# safe: hardcoded-secret
template = 'postgresql://{user}:{password}@{host}/{db}'
# safe: hardcoded-secret
stripe_key = os.environ.get('STRIPE_KEY', 'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx')
# safe: hardcoded-secret
header_only = '-----BEGIN RSA PRIVATE KEY-----'
# expect: hardcoded-secret
SIGNING_KEY = '{{token:-----B|EGIN RS|A PRIVATE K|EY---|--\ntqcbnr3|yBdGB|LEPH1qhT6|1qtc4xatw|s8phP9nh|FyJfm5|di4PzJ5|9FHz5r1pY4O|jE\n}}'

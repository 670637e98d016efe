import boto3
from sqlalchemy import create_engine

s3 = boto3.client(
    's3',
    # expect: hardcoded-secret
    aws_access_key_id='AKIAQ3EGRTYUIOPLKJHG',
    # safe: hardcoded-secret
    region_name='eu-west-1',
)
# expect: hardcoded-secret
engine = create_engine('postgresql://app:S3cr3tPass@db.internal:5432/shop')
# safe: hardcoded-secret
local = create_engine('postgresql://app@localhost/shop')
# safe: hardcoded-secret
docs_key = 'AKIAIOSFODNN7EXAMPLE'
# expect: hardcoded-secret
SLACK = 'xoxb-2048-1234567890-AbCdEfGhIjKlMnOp'
# safe: hardcoded-secret
template = 'postgresql://{user}:{password}@{host}/{db}'

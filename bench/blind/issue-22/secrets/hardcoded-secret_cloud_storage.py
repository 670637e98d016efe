# class: hardcoded-secret — AWS, Alibaba, DigitalOcean and Azure credentials in a Python upload service
import os

import boto3
from azure.storage.blob import BlobServiceClient

# expect: hardcoded-secret
AWS_ACCESS_KEY_ID = "{{token:AKIAFCCBLYJZI|BPFK6VR}}"
# expect: hardcoded-secret
AWS_SECRET_ACCESS_KEY = "{{token:VlyLTiqt/x8c8KC|QYyEYNG6|BRrWxe4izthp+|xjwl}}"

# safe: hardcoded-secret
DOCS_EXAMPLE_KEY_ID = "AKIAIOSFODNN7EXAMPLE"

# safe: hardcoded-secret
REGION = os.environ.get("AWS_REGION", "eu-west-1")


def s3_client():
    return boto3.client(
        "s3",
        aws_access_key_id=AWS_ACCESS_KEY_ID,
        aws_secret_access_key=AWS_SECRET_ACCESS_KEY,
        region_name=REGION,
    )


def temporary_client():
    # expect: hardcoded-secret
    session = boto3.Session(aws_access_key_id="{{token:ASIASFN|DFOQVQAQD|35AP}}", aws_secret_access_key="{{token:HRhhay|weEDY8uPfF|DtVbH|4bYrXZP|Dz8p1AbVcstI}}", aws_session_token="FwoGZXIvYXdzEBYaDH")
    return session.client("sts")


def env_client():
    # safe: hardcoded-secret
    key_id = os.environ["AWS_ACCESS_KEY_ID"]
    secret = os.environ["AWS_SECRET_ACCESS_KEY"]
    return boto3.client("s3", aws_access_key_id=key_id, aws_secret_access_key=secret)


def azure_container(name: str):
    # expect: hardcoded-secret
    conn = "DefaultEndpointsProtocol=https;AccountName=acmeuploads;AccountKey={{token:Fw8K3+o|fraWpWoYPINGD1Fd|g4mok1h|3B2TgE0Xqo|Mn/pzWJR7lQoW01|QlEAs0DGtxMbJEeG|Sk1AAZ+oK2JnDc|e==}};EndpointSuffix=core.windows.net"
    return BlobServiceClient.from_connection_string(conn).get_container_client(name)


def azure_dev_container(name: str):
    # safe: hardcoded-secret
    conn = "UseDevelopmentStorage=true"
    return BlobServiceClient.from_connection_string(conn).get_container_client(name)


# expect: hardcoded-secret
ALIYUN_ACCESS_KEY_ID = "{{token:LTAIRR6MMz|4X7GyjzFFRRva3}}"

# safe: hardcoded-secret
ALIYUN_BUCKET = "acme-prod-assets.oss-cn-hangzhou"

# expect: hardcoded-secret
DIGITALOCEAN_TOKEN = "{{token:dop_v1_|09ce430ba0|e973f33b6|556eb3836dcc28|74ab77|77a5f|abdc007cd7a|2476cc283}}"

# safe: hardcoded-secret
DIGITALOCEAN_TOKEN_PLACEHOLDER = "dop_v1_your-token-here"

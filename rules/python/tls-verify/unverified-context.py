import ssl
import urllib.request

import pymongo

# expect: tls-verify
ssl._create_default_https_context = ssl._create_unverified_context


def download(url):
    # expect: tls-verify
    ctx = ssl._create_unverified_context()
    with urllib.request.urlopen(url, context=ctx, timeout=10) as resp:
        return resp.read()


def legacy_context():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    # expect: tls-verify
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def strict_context():
    # safe: tls-verify
    ctx = ssl.create_default_context(cafile='/etc/ssl/corp-ca.pem')
    # safe: tls-verify
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def is_insecure(ctx):
    # safe: tls-verify
    return ctx.verify_mode == ssl.CERT_NONE


def mongo(uri):
    # expect: tls-verify
    return pymongo.MongoClient(uri, ssl=True, ssl_cert_reqs=ssl.CERT_NONE)

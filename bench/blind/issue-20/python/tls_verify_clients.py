# class: tls-verify — verify=False in requests/httpx, aiohttp ssl=False, unverified contexts, CERT_NONE, check_hostname=False, urllib3 cert_reqs
import ssl
import urllib.request

import aiohttp
import httpx
import requests
import urllib3

PARTNER_URL = "https://partner.example.com/api/v2/orders"
CA_BUNDLE = "/etc/ssl/certs/partner-ca.pem"


def fetch_orders():
    # expect: tls-verify
    resp = requests.get(PARTNER_URL, verify=False, timeout=10)
    return resp.json()


def fetch_orders_pinned_ca():
    # safe: tls-verify
    resp = requests.get(PARTNER_URL, verify=CA_BUNDLE, timeout=10)
    return resp.json()


def make_client():
    # expect: tls-verify
    return httpx.Client(base_url="https://inventory.internal", verify=False)


def make_client_default():
    # safe: tls-verify
    return httpx.Client(base_url="https://inventory.internal", timeout=5.0)


async def poll_status(session: aiohttp.ClientSession):
    # expect: tls-verify
    async with session.get("https://status.internal/health", ssl=False) as resp:
        return await resp.text()


def legacy_download(url: str) -> bytes:
    # expect: tls-verify
    ctx = ssl._create_unverified_context()
    return urllib.request.urlopen(url, context=ctx).read()


def relaxed_context():
    ctx = ssl.create_default_context()
    # expect: tls-verify
    ctx.check_hostname = False
    # expect: tls-verify
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def strict_context():
    # safe: tls-verify
    ctx = ssl.create_default_context(cafile=CA_BUNDLE)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def pool():
    # expect: tls-verify
    return urllib3.PoolManager(cert_reqs="CERT_NONE")


def pool_short():
    # expect: tls-verify
    return urllib3.PoolManager(cert_reqs="NONE")


def pool_verified():
    # safe: tls-verify
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=CA_BUNDLE)


def quiet_logs():
    # safe: tls-verify
    urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

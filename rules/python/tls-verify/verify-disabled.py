import aiohttp
import httpx
import requests
import urllib3

urllib3.disable_warnings()
CA_BUNDLE = '/etc/ssl/corp-ca.pem'


def fetch_invoices(api_url, token):
    # expect: tls-verify
    resp = requests.get(api_url, headers={'Authorization': f'Bearer {token}'}, verify=False, timeout=10)
    # safe: tls-verify
    same = requests.get(api_url, headers={'Authorization': f'Bearer {token}'}, verify=CA_BUNDLE, timeout=10)
    return resp.json(), same.json()


def make_session():
    session = requests.Session()
    # expect: tls-verify
    session.verify = False
    # safe: tls-verify
    session.trust_env = False
    return session


def make_client():
    # expect: tls-verify
    return httpx.Client(base_url='https://internal.example.com', verify=False)


def make_strict_client():
    # safe: tls-verify
    return httpx.Client(base_url='https://internal.example.com', verify=True, follow_redirects=False)


def upload(url, data):
    # safe: tls-verify
    return requests.post(url, data=data, stream=False, allow_redirects=False, timeout=5)


async def fetch_status(url):
    async with aiohttp.ClientSession() as session:
        # expect: tls-verify
        async with session.get(url, ssl=False) as resp:
            status = resp.status
        # safe: tls-verify
        async with session.get(url) as resp2:
            status2 = resp2.status
    # expect: tls-verify
    connector = aiohttp.TCPConnector(ssl=False, limit=10)
    # safe: tls-verify
    verified = aiohttp.TCPConnector(limit=10)
    # expect: tls-verify
    insecure = aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=False))
    # safe: tls-verify
    secure = aiohttp.ClientSession(connector=verified)
    return status, status2, connector, insecure, secure

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

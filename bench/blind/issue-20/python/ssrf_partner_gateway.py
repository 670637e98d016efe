# class: ssrf — a partner gateway: fixed scheme+host with user path/query segments (not SSRF) next to user-chosen base URLs (SSRF)
import urllib.parse

import httpx
import requests
from fastapi import FastAPI, HTTPException

app = FastAPI()
PARTNER_BASE = "https://partner.example.com"
REGION_HOSTS = {"eu": "https://eu.partner.example.com", "us": "https://us.partner.example.com"}


@app.get("/partner/orders/{order_id}")
def partner_order(order_id: str):
    safe_id = urllib.parse.quote(order_id, safe="")
    # safe: ssrf
    resp = requests.get(f"{PARTNER_BASE}/v2/orders/{safe_id}", timeout=5)
    return resp.json()


@app.get("/partner/region/{region}/catalog")
def partner_catalog(region: str, page: int = 1):
    base = REGION_HOSTS.get(region)
    if base is None:
        raise HTTPException(status_code=404)
    # safe: ssrf
    resp = httpx.get(base + "/catalog", params={"page": page}, timeout=5)
    return resp.json()


@app.get("/partner/proxy")
def partner_proxy(base_url: str, path: str = "/"):
    # expect: ssrf
    resp = requests.get(base_url + path, timeout=5)
    return {"status": resp.status_code}


@app.get("/partner/search")
def partner_search(term: str):
    with httpx.Client(base_url=PARTNER_BASE, timeout=5) as client:
        # safe: ssrf
        resp = client.get("/v2/search", params={"term": term})
    return resp.json()


@app.get("/partner/callback-check")
def callback_check(callback: str):
    with httpx.Client(timeout=5) as client:
        # expect: ssrf
        resp = client.head(callback)
    return {"reachable": resp.status_code < 400}

# class: ssrf — requests/httpx/urllib/urllib3/aiohttp/http.client with request-controlled URL or host vs fixed scheme+host with a user path
import http.client
import urllib.parse
import urllib.request

import aiohttp
import httpx
import requests
import urllib3
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
http = urllib3.PoolManager()
ALLOWED_HOSTS = {"images.example.com", "cdn.example.com"}


@app.get("/preview")
def preview():
    url = request.args["url"]
    # expect: ssrf
    resp = requests.get(url, timeout=5)
    return jsonify(status=resp.status_code)


@app.get("/partner/status")
def partner_status():
    region = request.args["region"]
    # expect: ssrf
    resp = httpx.get(f"https://{region}.partner-api.com/status", timeout=5)
    return jsonify(status=resp.status_code)


@app.get("/users/<user_id>/profile")
def user_profile(user_id):
    # safe: ssrf
    resp = requests.get(f"https://api.example.com/v1/users/{user_id}", timeout=5)
    return jsonify(resp.json())


@app.get("/search")
def search():
    q = request.args["q"]
    # safe: ssrf
    resp = httpx.get("https://search.example.com/api", params={"q": q}, timeout=5)
    return jsonify(resp.json())


@app.get("/fetch")
def fetch():
    target = request.args["target"]
    # expect: ssrf
    body = urllib.request.urlopen(target, timeout=5).read()
    return jsonify(size=len(body))


@app.get("/image")
def image():
    src = request.args["src"]
    if urllib.parse.urlparse(src).hostname not in ALLOWED_HOSTS:
        abort(400)
    # safe: ssrf
    body = requests.get(src, timeout=5).content
    return jsonify(size=len(body))


@app.get("/mirror")
def mirror():
    # expect: ssrf
    r = http.request("GET", request.args["source"])
    return jsonify(status=r.status)


@app.get("/health-check")
def health_check():
    host = request.args["host"]
    # expect: ssrf
    conn = http.client.HTTPSConnection(host, timeout=5)
    conn.request("GET", "/health")
    return jsonify(status=conn.getresponse().status)


@app.get("/docs/<path:page>")
def docs(page):
    # safe: ssrf
    conn = http.client.HTTPSConnection("docs.example.com", timeout=5)
    conn.request("GET", "/" + page)
    return conn.getresponse().read()


@app.get("/feed")
async def feed():
    feed_url = request.args["feed"]
    async with aiohttp.ClientSession() as session:
        # expect: ssrf
        async with session.get(feed_url) as resp:
            return jsonify(status=resp.status)


@app.post("/webhook/test")
def webhook_test():
    callback = request.json["callback"]
    # expect: ssrf
    requests.post(callback, json={"event": "test"}, timeout=5)
    return "", 204

from urllib.parse import urlparse
from urllib.request import urlopen

import httpx
import requests
from fastapi import FastAPI
from flask import Flask, abort, request

app = Flask(__name__)
api = FastAPI()
API_BASE = 'https://api.example.com'
ALLOWED_HOSTS = {'images.example.com'}


@app.route('/fetch')
def fetch():
    url = request.args['url']
    # expect: ssrf
    return requests.get(url, timeout=5).text


@app.route('/preview', methods=['POST'])
def preview():
    target = request.json.get('link')
    # expect: ssrf
    with urlopen(target) as resp:
        return resp.read()


@api.get('/proxy')
async def proxy(host: str, path: str):
    async with httpx.AsyncClient() as client:
        # expect: ssrf
        resp = await client.get(f"http://{host}/{path}")
    return resp.text


@app.route('/user/<user_id>')
def user(user_id):
    # safe: ssrf
    profile = requests.get(f"https://api.example.com/users/{user_id}", timeout=5)
    # safe: ssrf
    repos = requests.get(API_BASE + '/repos/' + user_id, timeout=5)
    return profile.text + repos.text


@app.route('/image')
def image():
    url = request.args['src']
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        abort(400)
    # safe: ssrf
    return requests.get(url, timeout=5).content


def health(url):
    # safe: ssrf
    return requests.get(url, timeout=2).status_code


@app.route('/relay', methods=['POST'])
def relay():
    method = request.form.get('method', 'GET')
    # expect: ssrf
    return requests.request(method, request.form['target'], timeout=5).text


def ping_status():
    # safe: ssrf
    return requests.request('GET', 'https://status.example.com/api/v2/status.json', timeout=5).json()


@app.route('/mirror')
def mirror():
    with requests.Session() as session:
        # expect: ssrf
        return session.get(request.args['source'], timeout=5).text


@app.route('/purge', methods=['POST'])
def purge():
    client = httpx.Client()
    # expect: ssrf
    client.delete(request.form['resource'])
    return 'ok'

# "Go back" redirects to the Referer header are information only; other request data stays a
# warning under py/open-redirect/redirect-param.
from urllib.parse import urlparse

from django.http import HttpResponseRedirect
from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route('/cart/add', methods=['POST'])
def add_to_cart():
    # expect: py/open-redirect/referer-redirect
    # safe: py/open-redirect/redirect-param
    return redirect(request.referrer or url_for('cart'))


@app.route('/language', methods=['POST'])
def set_language():
    back = request.headers.get('Referer', '/')
    # expect: py/open-redirect/referer-redirect
    # safe: py/open-redirect/redirect-param
    return redirect(back)


def dismiss_banner(request):
    # expect: py/open-redirect/referer-redirect
    # safe: py/open-redirect/redirect-param
    return HttpResponseRedirect(request.META.get('HTTP_REFERER', '/'))


@app.route('/logout')
def logout():
    # expect: py/open-redirect/redirect-param
    # safe: py/open-redirect/referer-redirect
    return redirect(request.args.get('next') or request.referrer)


@app.route('/back')
def back():
    target = request.referrer or '/'
    if urlparse(target).netloc not in ('', request.host):
        target = '/'
    # safe: open-redirect
    return redirect(target)


@app.route('/home')
def home():
    # safe: open-redirect
    return redirect(url_for('index'))

from urllib.parse import urlencode, urlparse

from django.http import HttpResponseRedirect
from django.urls import reverse
from fastapi import FastAPI
from fastapi.responses import RedirectResponse
from flask import Flask, redirect, request, url_for

app = Flask(__name__)
api = FastAPI()


@app.route('/login', methods=['POST'])
def login():
    next_url = request.args.get('next', '/')
    # expect: open-redirect
    return redirect(next_url)


@app.route('/go')
def go():
    # expect: open-redirect
    return redirect(request.args['to'])


@api.get('/out')
def out(target: str):
    # expect: open-redirect
    return RedirectResponse(url=target)


def logout_view(request):
    # expect: open-redirect
    return HttpResponseRedirect(request.GET.get('return_to'))


@app.route('/done')
def done():
    # safe: open-redirect
    return redirect(url_for('profile', tab=request.args.get('tab')))


@app.route('/orders/<order_id>/confirm')
def confirm(order_id):
    # safe: open-redirect
    return redirect('/orders/' + order_id)


@app.route('/continue')
def continue_to():
    target = request.args.get('next', '/')
    if urlparse(target).netloc:
        target = '/'
    # safe: open-redirect
    return redirect(target)


@app.before_request
def force_https():
    if not request.is_secure:
        # safe: open-redirect
        return redirect(request.url.replace('http://', 'https://', 1), code=301)


def add_slash(request):
    # safe: open-redirect
    return HttpResponseRedirect('%s/' % request.path)


def bulk_action(request):
    # safe: open-redirect
    return HttpResponseRedirect(request.get_full_path())


def preserved_filters(request):
    return urlencode({'_filters': request.GET.urlencode()})


def saved(request, pk):
    url = reverse('orders:detail', args=(pk,))
    url = '%s?%s' % (url, preserved_filters(request))
    # safe: open-redirect
    return HttpResponseRedirect(url)


def saved_then_next(request, pk):
    url = '%s?%s' % (request.GET.get('next', '/'), preserved_filters(request))
    # expect: open-redirect
    return HttpResponseRedirect(url)

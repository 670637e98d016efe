import html

from django.http import HttpResponse
from django.utils.safestring import mark_safe
from flask import Flask, jsonify, render_template, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route('/hello')
def hello():
    name = request.args.get('name', 'guest')
    # expect: xss
    return f"<h1>Hello {name}!</h1>"


@app.route('/hello-safe')
def hello_safe():
    name = request.args.get('name', 'guest')
    # safe: xss
    return f"<h1>Hello {escape(name)}!</h1>"


@app.route('/search')
def search():
    q = request.args.get('q', '')
    body = '<p>Results for ' + q + '</p>'
    # expect: xss
    return body
    

@app.route('/api/search')
def api_search():
    q = request.args.get('q', '')
    # safe: xss
    return jsonify({'query': q, 'html': '<b>no results</b>'})


@app.route('/page')
def page():
    # safe: xss
    return render_template('page.html', title=request.args.get('title'))


def comment_view(request):
    text = request.POST['comment']
    # expect: xss
    note = mark_safe('<div class="comment">%s</div>' % text)
    # safe: xss
    quoted = HttpResponse('<div class="comment">%s</div>' % html.escape(text))
    # expect: xss
    return HttpResponse('<div>{}</div>'.format(text))


@app.route('/banner')
def banner():
    # expect: xss
    return Markup(request.args.get('banner', ''))


@app.route('/greet/<name>')
def greet(name):
    # expect: xss
    return 'Hello, ' + name + '!'


@app.route('/count')
def count():
    n = int(request.args.get('n', 0))
    # safe: xss
    return f"<p>{n} items</p>"


def export_view(request):
    rows = request.GET.get('rows', '')
    # safe: xss
    return HttpResponse('id,name\n' + rows, content_type='text/csv')


@app.route('/welcome')
def welcome():
    user = request.args.get('user', '')
    # expect: xss, code-injection
    return render_template_string('<p>Welcome back, ' + user + '</p>')


@app.route('/card')
def card():
    name = request.args.get('name', '')
    # Markup's format escapes its arguments.
    # safe: xss
    return Markup('<div class="card">{}</div>').format(name)


@app.route('/tags')
def tags():
    # Each item is escaped where it is formatted, not the list it comes from: no fix is offered.
    # expect: xss
    return '<ul>' + ''.join(f'<li>{tag}</li>' for tag in request.args.getlist('tag')) + '</ul>'


@app.route('/shout')
def shout():
    word = request.args.get('word', '')
    # expect: xss
    return f"<b>{word.upper()}</b>"

from django.utils.html import format_html
from flask import Flask, render_template, render_template_string, request
from jinja2 import Environment, select_autoescape
from mako.template import Template as MakoTemplate

app = Flask(__name__)
env = Environment(autoescape=select_autoescape(default_for_string=True))
BIO_PAGE = '<h1>{{ user }}</h1><div class="bio">{{ bio|safe }}</div>'
RAW_PAGE = '{% autoescape false %}<p>{{ comment }}</p>{% endautoescape %}'
PLAIN_PAGE = '<h1>{{ user }}</h1><div class="bio">{{ bio }}</div>'
ESCAPED_MAKO = MakoTemplate('<p>${comment}</p>', default_filters=['h'])


@app.route('/profile')
def profile():
    bio = request.args.get('bio', '')
    # expect: xss
    page = render_template_string(BIO_PAGE, user='me', bio=bio)
    # safe: xss
    plain = render_template_string(PLAIN_PAGE, user='me', bio=bio)
    # expect: xss
    raw = env.from_string(RAW_PAGE).render(comment=bio)
    # safe: xss
    escaped = env.from_string(PLAIN_PAGE).render(user='me', bio=bio)
    return {'page': page, 'plain': plain, 'raw': raw, 'escaped': escaped}


@app.route('/comment')
def comment():
    text = request.form['text']
    # expect: xss
    html = MakoTemplate('<p>${comment}</p>').render(comment=text)
    # safe: xss
    safe_html = ESCAPED_MAKO.render(comment=text)
    return {'html': html, 'safe': safe_html}


def badge(request):
    label = request.GET.get('label', '')
    # expect: xss
    bad = format_html(f'<span class="badge">{label}</span>')
    # safe: xss
    good = format_html('<span class="badge">{}</span>', label)
    return {'bad': bad, 'good': good}


@app.route('/note')
def note():
    body = request.args.get('body', '')
    # expect: xss
    page = render_template('note.txt', body=body)
    # safe: xss
    html_page = render_template('note.html', body=body)
    return {'page': page, 'html': html_page}

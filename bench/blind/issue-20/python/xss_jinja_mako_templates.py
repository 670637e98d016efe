# class: xss — Jinja Environment without autoescape, |safe and {% autoescape false %} in inline templates, Mako Template
import jinja2
from flask import Flask, render_template_string, request
from jinja2 import Environment, FileSystemLoader, PackageLoader, select_autoescape
from mako.template import Template as MakoTemplate

app = Flask(__name__)

# expect: xss
raw_env = Environment(loader=FileSystemLoader("templates"), autoescape=False)
plain_env = jinja2.Environment(loader=FileSystemLoader("templates"))
safe_env = Environment(loader=PackageLoader("shop"), autoescape=select_autoescape(["html", "xml"]))


@app.get("/product")
def product():
    name = request.args.get("name", "")
    return raw_env.get_template("product.html").render(name=name)


@app.get("/review")
def review():
    text = request.args.get("text", "")
    # expect: xss
    return plain_env.get_template("review.html").render(text=text)


@app.get("/review-safe")
def review_safe():
    text = request.args.get("text", "")
    # safe: xss
    return safe_env.get_template("review.html").render(text=text)


@app.get("/comment")
def comment():
    body = request.args.get("body", "")
    # expect: xss
    return render_template_string("<div class='comment'>{{ body|safe }}</div>", body=body)


@app.get("/comment-escaped")
def comment_escaped():
    body = request.args.get("body", "")
    # safe: xss
    return render_template_string("<div class='comment'>{{ body }}</div>", body=body)


@app.get("/note")
def note():
    body = request.args.get("body", "")
    # expect: xss
    return render_template_string("{% autoescape false %}<p>{{ body }}</p>{% endautoescape %}", body=body)


@app.get("/mako")
def mako_page():
    title = request.args.get("title", "")
    # expect: xss
    return MakoTemplate("<h1>${title}</h1>").render(title=title)


@app.get("/mako-safe")
def mako_page_safe():
    title = request.args.get("title", "")
    # safe: xss
    return MakoTemplate("<h1>${title | h}</h1>").render(title=title)


@app.get("/mako-default-filter")
def mako_default_filter():
    title = request.args.get("title", "")
    # safe: xss
    return MakoTemplate("<h1>${title}</h1>", default_filters=["h"]).render(title=title)

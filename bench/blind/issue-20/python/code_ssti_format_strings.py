# class: code-injection — SSTI via render_template_string/jinja2.Template/from_string, string.Template and str.format with attacker format strings
import string

import jinja2
from flask import Flask, render_template_string, request

app = Flask(__name__)
env = jinja2.Environment(autoescape=True)


class Account:
    def __init__(self, name, api_key):
        self.name = name
        self.api_key = api_key


@app.get("/preview")
def preview():
    template = request.args.get("template", "Hello")
    # expect: code-injection
    return render_template_string(template)


@app.get("/greet")
def greet():
    name = request.args.get("name", "guest")
    # safe: code-injection
    return render_template_string("<p>Hello {{ name }}</p>", name=name)


@app.get("/banner")
def banner():
    title = request.args.get("title", "")
    # expect: code-injection
    return render_template_string("<h1>" + title + "</h1>")


@app.post("/mail/preview")
def mail_preview():
    body = request.form["body"]
    # expect: code-injection
    return jinja2.Template(body).render(user="preview")


@app.post("/mail/from-string")
def mail_from_string():
    body = request.form["body"]
    # expect: code-injection
    return env.from_string(body).render(user="preview")


@app.post("/mail/fixed")
def mail_fixed():
    subject = request.form["subject"]
    # safe: code-injection
    return env.from_string("Subject: {{ subject }}").render(subject=subject)


@app.post("/notify")
def notify():
    fmt = request.form["format"]
    account = Account("ops", "k-live-1")
    # expect: code-injection
    message = string.Template(fmt).substitute(name=account.name, account=account)
    recipient = request.form["name"]

    # safe: code-injection
    footer = string.Template("Sent to $name").substitute(name=recipient)
    return message + footer


@app.post("/label")
def label():
    pattern = request.form["pattern"]
    account = Account("ops", "k-live-1")
    # expect: code-injection
    text = pattern.format(account=account)
    owner = request.form["owner"]

    # safe: code-injection
    note = "Label for {}".format(owner)
    return text + note

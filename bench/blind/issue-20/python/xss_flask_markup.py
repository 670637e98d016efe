# class: xss — Markup/markupsafe.Markup of built strings, make_response of built HTML, render_template of a non-HTML template vs escape()
import markupsafe
from flask import Flask, make_response, render_template, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.get("/badge")
def badge():
    name = request.args.get("name", "")
    # expect: xss
    label = Markup(f"<span class='badge'>{name}</span>")
    return render_template("badge.html", label=label)


@app.get("/badge-safe")
def badge_safe():
    name = request.args.get("name", "")
    # safe: xss
    label = Markup("<span class='badge'>{}</span>").format(name)
    return render_template("badge.html", label=label)


@app.get("/motd")
def motd():
    text = request.args.get("text", "")
    # expect: xss
    html = markupsafe.Markup("<marquee>" + text + "</marquee>")
    return render_template("motd.html", html=html)


@app.get("/hello")
def hello():
    who = request.args.get("who", "world")
    # expect: xss
    return make_response(f"<h1>Hello {who}</h1>")


@app.get("/hello-safe")
def hello_safe():
    who = request.args.get("who", "world")
    # safe: xss
    return make_response(f"<h1>Hello {escape(who)}</h1>")


@app.get("/search")
def search():
    q = request.args.get("q", "")
    # expect: xss
    return "<p>Results for " + q + "</p>"


@app.get("/receipt")
def receipt():
    note = request.args.get("note", "")
    # expect: xss
    return render_template("receipt.txt", note=note)


@app.get("/receipt-html")
def receipt_html():
    note = request.args.get("note", "")
    # safe: xss
    return render_template("receipt.html", note=note)


@app.get("/static-banner")
def static_banner():
    # safe: xss
    return Markup("<strong>Maintenance tonight</strong>")

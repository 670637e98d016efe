from string import Template as TextTemplate

from flask import Flask, render_template_string, request
from jinja2 import Environment, Template

app = Flask(__name__)
env = Environment()


@app.route('/hello')
def hello():
    name = request.args.get('name', 'world')
    # expect: code-injection
    return render_template_string(f"<h1>Hello {name}!</h1>")


@app.route('/hello2')
def hello_safe():
    name = request.args.get('name', 'world')
    # safe: code-injection
    return render_template_string("<h1>Hello {{ name }}!</h1>", name=name)


@app.route('/preview', methods=['POST'])
def preview():
    body = request.form['body']
    # expect: code-injection
    html = Template(body).render(user='demo')
    # expect: code-injection
    other = env.from_string('<div>' + body + '</div>').render()
    # safe: code-injection
    text = TextTemplate('Dear $name').substitute(name=body)
    # safe: code-injection
    page = env.from_string('<p>{{ body }}</p>').render(body=body)
    return html + other + text + page

import string

from flask import Flask, g, request

app = Flask(__name__)
GREETING = 'Hello {name}, you have {count} new messages'


@app.route('/greet')
def greet():
    template = request.args.get('template', GREETING)
    name = request.args.get('name', '')
    # expect: code-injection
    text = template.format(name=name, user=g.user)
    # expect: code-injection
    more = request.args['fmt'].format_map({'user': g.user})
    # expect: code-injection
    third = string.Template(request.args['tpl']).substitute(name=name)
    # safe: code-injection
    ok = 'Hello {name}'.format(name=name)
    # safe: code-injection
    ok2 = GREETING.format(name=name, count=3)
    # safe: code-injection
    ok3 = string.Template('Hello $name').safe_substitute(name=name)
    return ' '.join([text, more, third, ok, ok2, ok3])

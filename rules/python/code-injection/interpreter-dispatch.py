import code

from flask import Flask, abort, request

app = Flask(__name__)


def handle_add(payload):
    return payload


def handle_remove(payload):
    return payload


HANDLERS = {'add': handle_add, 'remove': handle_remove}


@app.route('/console', methods=['POST'])
def console():
    source = request.form['source']
    shell = code.InteractiveConsole(locals={'app': app})
    # expect: code-injection
    more = shell.push(source)
    interp = code.InteractiveInterpreter()
    # expect: code-injection
    interp.runsource(source, '<web>')
    # safe: code-injection
    interp.runsource('print(1)', '<startup>')
    return {'more': more}


@app.route('/action/<name>', methods=['POST'])
def action(name):
    payload = request.get_json()
    # expect: code-injection
    handler = globals()['handle_' + name]
    # expect: code-injection
    other = globals().get(request.args['fallback'])
    # safe: code-injection
    chosen = HANDLERS.get(name)
    if chosen is None:
        abort(404)
    # safe: code-injection
    default = globals()['handle_add']
    return {'result': handler(payload), 'other': str(other), 'chosen': chosen(payload), 'default': str(default)}

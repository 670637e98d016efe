import importlib

from flask import Flask, request

app = Flask(__name__)
PLUGINS = {'csv': 'exporters.csv', 'pdf': 'exporters.pdf'}


@app.route('/run', methods=['POST'])
def run_snippet():
    code = request.form['code']
    # expect: code-injection
    exec(code)
    # safe: code-injection
    exec('import json')
    return 'done'


@app.route('/export/<fmt>')
def export(fmt):
    # expect: code-injection
    module = importlib.import_module(fmt)
    # safe: code-injection
    same = importlib.import_module(PLUGINS[fmt])
    return module.render() + same.render()


def run_script(source):
    # expect: code-injection
    exec(compile(source, '<script>', 'exec'))


def load_default():
    # safe: code-injection
    return importlib.import_module('exporters.csv')

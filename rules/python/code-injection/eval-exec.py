import ast

from flask import Flask, jsonify, request

app = Flask(__name__)
OPERATIONS = {'sum': sum, 'max': max}


@app.route('/calc')
def calc():
    expression = request.args.get('expr', '')
    # expect: code-injection
    result = eval(expression)
    # safe: code-injection
    parsed = ast.literal_eval(expression)
    return jsonify(result=result, parsed=parsed)


@app.route('/filter', methods=['POST'])
def filter_rows():
    body = request.get_json()
    rule = f"row['{body['field']}'] > {body['value']}"
    # expect: code-injection
    keep = [row for row in load_rows() if eval(rule, {'row': row})]
    return jsonify(keep)


def evaluate_formula(formula, variables):
    # expect: code-injection
    return eval(formula, {'__builtins__': {}}, variables)


def version_tuple():
    # safe: code-injection
    return eval('(3, 11)')


def score(model, batch):
    model.eval()
    # safe: code-injection
    return model.eval(batch)


def load_rows():
    return [{'a': 1}]

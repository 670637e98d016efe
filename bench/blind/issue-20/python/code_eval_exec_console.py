# class: code-injection — eval/exec/compile and code.InteractiveConsole/InteractiveInterpreter with request data vs literal_eval
import ast
import code
import io
import contextlib

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.post("/calc")
def calc():
    expression = request.json["expression"]
    # expect: code-injection
    result = eval(expression, {"__builtins__": {}})
    return jsonify(result=result)


@app.post("/calc-literal")
def calc_literal():
    value = request.json["value"]
    # safe: code-injection
    parsed = ast.literal_eval(value)
    return jsonify(result=parsed)


@app.post("/hooks/run")
def run_hook():
    source = request.form["source"]
    namespace = {}
    # expect: code-injection
    exec(source, namespace)
    return jsonify(keys=sorted(namespace))


@app.post("/hooks/compile")
def compile_hook():
    snippet = request.get_data(as_text=True)
    # expect: code-injection
    compiled = compile(snippet, "<hook>", "exec")
    exec(compiled, {})
    return "ok"


@app.post("/console")
def console():
    line = request.form["line"]
    buffer = io.StringIO()
    interp = code.InteractiveConsole(locals={"app": app})
    with contextlib.redirect_stdout(buffer):
        # expect: code-injection
        interp.push(line)
    return buffer.getvalue()


@app.post("/console/source")
def console_source():
    source = request.form["source"]
    interp = code.InteractiveInterpreter()
    # expect: code-injection
    interp.runsource(source, "<web>")
    return "ok"


@app.get("/stats")
def stats():
    metric = request.args.get("metric", "count")
    formulas = {"count": "len(items)", "total": "sum(items)"}
    # safe: code-injection
    value = eval(formulas.get(metric, "len(items)"), {"len": len, "sum": sum, "items": [1, 2, 3]})
    return jsonify(value=value)


@app.get("/health")
def health():
    # safe: code-injection
    ok = eval("1 + 1") == 2
    return jsonify(ok=ok)

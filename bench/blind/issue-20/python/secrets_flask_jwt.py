# class: hardcoded-secret — literals in jwt.encode/decode, app.config SECRET_KEY / config.update, literal password comparisons; placeholders and env lookups are not secrets
import os
import datetime

import jwt
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
# expect: hardcoded-secret
app.config["SECRET_KEY"] = "q8Zt1vR4mW9pL2xN7bK5sD3f"
# expect: hardcoded-secret
app.config.update(SECRET_KEY="hL3$kq9!Vz0pWm2@Rt7y", SESSION_COOKIE_NAME="sid")

# safe: hardcoded-secret
app.config["JWT_SECRET"] = os.environ["JWT_SECRET"]

admin_app = Flask("admin")
# safe: hardcoded-secret
admin_app.config["SECRET_KEY"] = "changeme"

preview_app = Flask("preview")
# safe: hardcoded-secret
preview_app.config.update(SECRET_KEY="your-secret-key-here")


@app.post("/token")
def issue_token():
    claims = {"sub": request.json["user"], "exp": datetime.datetime.utcnow() + datetime.timedelta(hours=1)}
    # expect: hardcoded-secret
    token = jwt.encode(claims, "Xp7#rT2vQ9mK4wZ8nB1c", algorithm="HS256")

    # safe: hardcoded-secret
    token_env = jwt.encode(claims, app.config["JWT_SECRET"], algorithm="HS256")
    return jsonify(token=token, token_env=token_env)


@app.get("/me")
def me():
    raw = request.headers["Authorization"].removeprefix("Bearer ")
    # expect: hardcoded-secret
    claims = jwt.decode(raw, "Xp7#rT2vQ9mK4wZ8nB1c", algorithms=["HS256"])
    return jsonify(claims)


@app.post("/admin/login")
def admin_login():
    password = request.form["password"]
    # expect: hardcoded-secret
    if password == "Adm1n!Spring2024#":
        return jsonify(ok=True)
    abort(403)


@app.post("/maintenance/login")
def maintenance_login():
    password = request.form["password"]
    # safe: hardcoded-secret
    if password == os.environ.get("MAINTENANCE_PASSWORD"):
        return jsonify(ok=True)
    abort(403)

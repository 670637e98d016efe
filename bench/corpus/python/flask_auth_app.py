# Flask login / registration / password reset, as an assistant typically writes it.
import hashlib
import os
import random
import sqlite3
import string
from datetime import datetime, timedelta

import jwt
from flask import Flask, jsonify, make_response, redirect, request, session, url_for
from werkzeug.security import check_password_hash, generate_password_hash

app = Flask(__name__)
# expect: hardcoded-secret
app.config["SECRET_KEY"] = "my-super-secret-key-123"
# expect: hardcoded-secret
JWT_SECRET = "jwt-signing-secret-2024"
DB_PATH = os.environ.get("DB_PATH", "users.db")


def get_db():
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def generate_reset_token(length=24):
    chars = string.ascii_letters + string.digits
    # expect: weak-random
    return "".join(random.choice(chars) for _ in range(length))


@app.route("/register", methods=["POST"])
def register():
    data = request.get_json()
    username = data.get("username", "").strip()
    password = data.get("password", "")
    if len(username) < 3 or len(password) < 8:
        return jsonify({"error": "invalid username or password"}), 400
    db = get_db()
    # safe: sqli
    existing = db.execute("SELECT id FROM users WHERE username = ?", (username,)).fetchone()
    if existing:
        return jsonify({"error": "username taken"}), 409
    # safe: weak-crypto
    password_hash = generate_password_hash(password)
    db.execute("INSERT INTO users (username, password_hash) VALUES (?, ?)", (username, password_hash))
    db.commit()
    return jsonify({"message": "registered"}), 201


@app.route("/login", methods=["POST"])
def login():
    username = request.form.get("username")
    password = request.form.get("password")
    db = get_db()
    # expect: sqli
    user = db.execute(f"SELECT * FROM users WHERE username = '{username}'").fetchone()
    if user is None or not check_password_hash(user["password_hash"], password):
        return jsonify({"error": "invalid credentials"}), 401
    session["user_id"] = user["id"]
    token = jwt.encode({"sub": user["id"], "exp": datetime.utcnow() + timedelta(hours=1)}, JWT_SECRET, algorithm="HS256")
    resp = make_response(jsonify({"token": token}))
    # expect: insecure-cookie
    resp.set_cookie("auth_token", token, httponly=True)
    next_page = request.args.get("next")
    if next_page:
        # expect: open-redirect
        return redirect(next_page)
    return resp


@app.route("/me")
def me():
    token = request.cookies.get("auth_token", "")
    try:
        # safe: jwt
        claims = jwt.decode(token, JWT_SECRET, algorithms=["HS256"])
    except jwt.InvalidTokenError as e:
        # expect: info-leak
        return jsonify({"error": f"invalid token: {e}"}), 401
    return jsonify({"user_id": claims["sub"]})


@app.route("/profile")
def profile():
    token = request.headers.get("Authorization", "").replace("Bearer ", "")
    # expect: jwt
    claims = jwt.decode(token, options={"verify_signature": False})
    return jsonify({"user_id": claims.get("sub")})


@app.route("/forgot-password", methods=["POST"])
def forgot_password():
    email = request.form["email"]
    token = generate_reset_token()
    db = get_db()
    db.execute("UPDATE users SET reset_token = ? WHERE email = ?", (token, email))
    db.commit()
    return jsonify({"message": "if the address exists, a reset link was sent"})


@app.route("/legacy-login", methods=["POST"])
def legacy_login():
    username = request.form["username"]
    # expect: weak-crypto
    digest = hashlib.md5(request.form["password"].encode()).hexdigest()
    db = get_db()
    # safe: sqli
    user = db.execute("SELECT id FROM users WHERE username = ? AND legacy_hash = ?", (username, digest)).fetchone()
    return jsonify({"ok": user is not None})


@app.route("/avatar-etag")
def avatar_etag():
    data = open("static/avatar.png", "rb").read()
    # safe: weak-crypto
    return jsonify({"etag": hashlib.md5(data).hexdigest()})


@app.route("/logout")
def logout():
    session.clear()
    resp = make_response(redirect(url_for("login")))
    # safe: insecure-cookie
    resp.set_cookie("auth_token", "", expires=0)
    return resp


if __name__ == "__main__":
    # expect: info-leak
    app.run(host="0.0.0.0", port=5000, debug=True)

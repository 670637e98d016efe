import sqlite3

import psycopg2
from flask import Flask, jsonify, request

app = Flask(__name__)
TABLE = 'users'


def get_db():
    return sqlite3.connect('app.db')


@app.route('/users')
def search_users():
    name = request.args.get('name', '')
    conn = get_db()
    # expect: sqli
    rows = conn.execute(f"SELECT id, email FROM users WHERE name = '{name}'").fetchall()
    # safe: sqli
    same = conn.execute("SELECT id, email FROM users WHERE name = ?", (name,)).fetchall()
    return jsonify(rows + same)


@app.route('/orders/<order_id>')
def order(order_id):
    cur = psycopg2.connect('dbname=shop').cursor()
    query = "SELECT * FROM orders WHERE id = " + order_id
    # expect: sqli
    cur.execute(query)
    # safe: sqli
    cur.execute("SELECT * FROM orders WHERE id = %s", (order_id,))
    return jsonify(cur.fetchall())


def find_by_email(cursor, email):
    sql = "SELECT * FROM users WHERE email = '%s'" % email
    # expect: sqli
    cursor.execute(sql)
    return cursor.fetchone()


def update_status(cursor, status, user_id):
    # expect: sqli
    cursor.execute("UPDATE users SET status = '{}' WHERE id = {}".format(status, user_id))


@app.route('/count')
def count():
    cur = get_db().cursor()
    # safe: sqli
    cur.execute(f"SELECT COUNT(*) FROM {TABLE}")
    limit = int(request.args.get('limit', 10))
    # safe: sqli
    cur.execute(f"SELECT * FROM {TABLE} LIMIT {limit}")
    ids = request.args.getlist('id')
    placeholders = ', '.join('?' for _ in ids)
    # safe: sqli
    cur.execute(f"SELECT * FROM users WHERE id IN ({placeholders})", ids)
    return jsonify(cur.fetchall())


def run(cursor, statement, params):
    # expect: sqli
    cursor.execute(statement, params)


def run_query(sql):
    cur = get_db().cursor()
    # expect: sqli
    cur.execute(sql)
    return cur.fetchall()


@app.route('/by-city')
def by_city():
    return jsonify(run_query(f"SELECT * FROM users WHERE city = '{request.args['city']}'"))


@app.route('/raw-sql', methods=['POST'])
def raw_sql():
    cur = get_db().cursor()
    # expect: sqli
    cur.execute(request.form['sql'])
    return jsonify(cur.fetchall())


class SettingsCache:
    """A class of this file with a get method: request.args.get below is not this method."""

    def get(self, key):
        return 'constant'


@app.route('/by-status')
def by_status():
    status = request.args.get('status', '')
    cur = get_db().cursor()
    # expect: sqli
    cur.execute("SELECT * FROM orders WHERE status = '%s'" % status)
    return jsonify(cur.fetchall())

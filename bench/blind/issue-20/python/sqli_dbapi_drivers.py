# class: sqli — DB-API execute/executemany/executescript/mogrify on sqlite3, psycopg2, psycopg 3, pymysql, MySQLdb
import sqlite3

import MySQLdb
import psycopg
import psycopg2
import pymysql
from flask import Flask, jsonify, request
from psycopg import sql as pgsql

app = Flask(__name__)


@app.post("/sqlite/tags")
def sqlite_tags():
    conn = sqlite3.connect("/srv/app.db")
    tags = request.json["tags"]
    post_id = request.json["post_id"]
    rows = [(post_id, t) for t in tags]
    # expect: sqli
    conn.executemany(f"INSERT INTO post_tags (post_id, tag) VALUES (?, ?) -- {request.json['note']}", rows)
    # expect: sqli
    conn.executescript("DELETE FROM drafts WHERE author = '" + request.json["author"] + "';")
    conn.commit()
    # safe: sqli
    conn.executemany("INSERT INTO post_tags (post_id, tag) VALUES (?, ?)", rows)
    return "", 204


@app.get("/pg/orders")
def pg_orders():
    customer = request.args["customer"]
    with psycopg2.connect("dbname=shop") as conn, conn.cursor() as cur:
        # expect: sqli
        cur.execute("SELECT id FROM orders WHERE customer = '%s'" % customer)
        ids = cur.fetchall()
        # safe: sqli
        cur.execute("SELECT id FROM orders WHERE customer = %s", (customer,))
        return jsonify(ids=ids, again=cur.fetchall())


@app.get("/pg/mogrify")
def pg_mogrify():
    region = request.args["region"]
    with psycopg2.connect("dbname=shop") as conn, conn.cursor() as cur:
        # expect: sqli
        statement = cur.mogrify("SELECT id FROM stores WHERE region = '" + region + "' AND open = %s", (True,))
        cur.execute(statement)
        return jsonify(ids=cur.fetchall())


@app.get("/pg3/sorted")
def pg3_sorted():
    column = request.args.get("sort", "created")
    with psycopg.connect("dbname=shop") as conn:
        # expect: sqli
        rows = conn.execute("SELECT id FROM orders ORDER BY " + column).fetchall()

        # safe: sqli
        again = conn.execute(pgsql.SQL("SELECT id FROM orders ORDER BY {}").format(pgsql.Identifier(column))).fetchall()
    return jsonify(rows=rows, again=again)


@app.get("/mysql/users")
def mysql_users():
    email = request.args["email"]
    conn = pymysql.connect(host="db", user="app", database="crm")
    with conn.cursor() as cur:
        # expect: sqli
        cur.execute("SELECT id FROM users WHERE email = '{}'".format(email))
        first = cur.fetchone()
    with conn.cursor() as cur:
        # safe: sqli
        cur.execute("SELECT id FROM users WHERE email = %s", (email,))
        return jsonify(first=first, second=cur.fetchone())


@app.get("/mysqlclient/users")
def mysqlclient_users():
    team = request.args["team"]
    conn = MySQLdb.connect(host="db", user="app", db="crm")
    cur = conn.cursor()
    # expect: sqli
    cur.execute(f"SELECT name FROM users WHERE team = '{team}'")

    # safe: sqli
    cur.execute("SELECT name FROM users WHERE team = %(team)s", {"team": team})
    return jsonify(rows=cur.fetchall())

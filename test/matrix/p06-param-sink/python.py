# p06 param sink: a sink whose whole query or command is a parameter of the enclosing function
import os
import sqlite3

from flask import request


def run_query(conn, sql):
    # policy: origin-not-traced
    # expect: sqli
    return conn.execute(sql)


def run_command(cmd):
    # policy: origin-not-traced
    # expect: cmdi
    os.system(cmd)


def find_user(conn, name):
    # expect: sqli
    return conn.execute("SELECT * FROM users WHERE name = '" + name + "'")


def run_traced(conn, sql):
    # expect: sqli
    return conn.execute(sql)


def search():
    conn = sqlite3.connect("app.db")
    return run_traced(conn, request.args["q"])


def run_fixed(conn, sql):
    # safe: sqli
    return conn.execute(sql)


def count_users():
    conn = sqlite3.connect("app.db")
    return run_fixed(conn, "SELECT count(*) FROM users")


class Settings(dict):
    def __init__(self, script, defaults=None):
        # super().__init__ runs dict's __init__, not this one: it is no caller passing `defaults`.
        super().__init__(defaults or {})
        self.script = script

    def run_script(self):
        # policy: origin-not-traced
        # expect: cmdi
        os.system(self.script)

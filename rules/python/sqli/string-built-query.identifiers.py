# Identifiers (table, column, index names) cannot be bound as query parameters: they go into the
# SQL text through the backend's quoting function, and the values still go as parameters.
import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


def quote_ident(name):
    return '"%s"' % name.replace('"', '""')


class ArchiveStore:
    sql_count = "SELECT COUNT(*) FROM %(table)s"
    sql_purge = "DELETE FROM %(table)s WHERE %(column)s < ?"

    def __init__(self, connection, table):
        self.connection = connection
        self.table = table

    def quote_name(self, name):
        return quote_ident(name)

    def count(self):
        cursor = self.connection.cursor()
        # safe: sqli
        cursor.execute(self.sql_count % {"table": self.quote_name(self.table)})
        return cursor.fetchone()[0]

    def purge(self, column, before):
        qn = self.quote_name
        sql = self.sql_purge % {"table": qn(self.table), "column": qn(column)}
        cursor = self.connection.cursor()
        # safe: sqli
        cursor.execute(sql, (before,))

    def columns(self):
        cursor = self.connection.cursor()
        # safe: sqli
        cursor.execute("PRAGMA table_info(%s)" % quote_ident(self.table))
        return cursor.fetchall()

    def set_version(self, version):
        cursor = self.connection.cursor()
        # safe: sqli
        cursor.execute("PRAGMA user_version = %d" % (version + 1))

    def rename(self, new_name):
        cursor = self.connection.cursor()
        # expect: sqli
        cursor.execute("ALTER TABLE %s RENAME TO %s" % (self.quote_name(self.table), new_name))

    def rows_of(self, owner):
        cursor = self.connection.cursor()
        # expect: sqli
        cursor.execute("SELECT * FROM %s WHERE owner = '%s'" % (self.quote_name(self.table), owner))


@app.route('/tables/<name>/rows')
def rows(name):
    cursor = sqlite3.connect('app.db').cursor()
    # safe: sqli
    cursor.execute('SELECT * FROM %s LIMIT 10' % quote_ident(name))
    order = request.args.get('order', 'id')
    # expect: sqli
    cursor.execute('SELECT * FROM %s ORDER BY %s' % (quote_ident(name), order))
    return jsonify(cursor.fetchall())

# class: sqli/cmdi/path-traversal — Tornado get_argument/get_body_argument and Pyramid request.params/matchdict
import os
import subprocess

import pymysql
import tornado.web
from pyramid.response import FileResponse, Response
from pyramid.view import view_config


def db():
    return pymysql.connect(host="db", user="app", database="shop")


class StockHandler(tornado.web.RequestHandler):
    def get(self):
        warehouse = self.get_argument("warehouse")
        with db().cursor() as cur:
            # expect: sqli
            cur.execute("SELECT sku, qty FROM stock WHERE warehouse = '%s'" % warehouse)
            self.write({"rows": cur.fetchall()})

    def post(self):
        sku = self.get_body_argument("sku")
        with db().cursor() as cur:
            # safe: sqli
            cur.execute("UPDATE stock SET qty = qty - 1 WHERE sku = %s", (sku,))
        self.write({"ok": True})


class LabelHandler(tornado.web.RequestHandler):
    def post(self):
        printer = self.get_argument("printer")
        # expect: cmdi
        subprocess.call("lpr -P " + printer + " /srv/labels/next.pdf", shell=True)
        self.write("queued")


@view_config(route_name="invoice", renderer="json")
def invoice(request):
    number = request.params["number"]
    with db().cursor() as cur:
        # expect: sqli
        cur.execute(f"SELECT total FROM invoices WHERE number = '{number}'")
        return {"total": cur.fetchone()}


@view_config(route_name="manual")
def manual(request):
    lang = request.matchdict["lang"]
    # expect: path-traversal
    return FileResponse(os.path.join("/srv/manuals", lang, "manual.pdf"), request=request)


@view_config(route_name="manual_safe")
def manual_safe(request):
    lang = request.matchdict["lang"]
    if lang not in {"en", "de", "fr"}:
        return Response(status=404)
    # safe: path-traversal
    return FileResponse(os.path.join("/srv/manuals", lang, "manual.pdf"), request=request)

# class: sqli/cmdi/path-traversal/ssrf — FastAPI parameters and Starlette Request.query_params/form()/json()/path_params
import subprocess
from pathlib import Path

import httpx
import psycopg
from fastapi import Body, FastAPI, Query
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Route

api = FastAPI()
REPORTS = Path("/srv/reports")


def get_conn():
    return psycopg.connect("dbname=app")


@api.get("/customers")
def customers(country: str = Query(...)):
    with get_conn() as conn:
        # expect: sqli
        rows = conn.execute(f"SELECT id FROM customers WHERE country = '{country}'").fetchall()
    return {"ids": [r[0] for r in rows]}


@api.get("/customers/{customer_id}/orders")
def customer_orders(customer_id: int, status: str = "open"):
    with get_conn() as conn:
        # safe: sqli
        rows = conn.execute("SELECT id FROM orders WHERE customer_id = %s AND status = %s", (customer_id, status)).fetchall()
    return {"ids": [r[0] for r in rows]}


@api.get("/reports/{name}")
def report(name: str):
    # expect: path-traversal
    return PlainTextResponse((REPORTS / name).read_text())


@api.post("/webhooks/test")
async def test_webhook(target: str = Body(..., embed=True)):
    async with httpx.AsyncClient() as client:
        # expect: ssrf
        resp = await client.post(target, json={"ping": True})
    return {"status": resp.status_code}


async def archive(request: Request):
    form = await request.form()
    # expect: cmdi
    subprocess.Popen("tar czf /tmp/archive.tgz " + form["folder"], shell=True)
    return PlainTextResponse("started")


async def lookup(request: Request):
    sku = request.query_params["sku"]
    with get_conn() as conn:
        # expect: sqli
        row = conn.execute("SELECT price FROM items WHERE sku = '%s'" % sku).fetchone()
    return JSONResponse({"price": row[0] if row else None})


async def bulk(request: Request):
    body = await request.json()
    with get_conn() as conn:
        # expect: sqli
        conn.execute("DELETE FROM items WHERE sku IN (" + ",".join(body["skus"]) + ")")
    return JSONResponse({"ok": True})


async def attachment(request: Request):
    filename = request.path_params["filename"]
    # expect: path-traversal
    data = Path("/srv/attachments", filename).read_bytes()
    return PlainTextResponse(data)


app = Starlette(routes=[
    Route("/archive", archive, methods=["POST"]),
    Route("/lookup", lookup),
    Route("/bulk", bulk, methods=["POST"]),
    Route("/attachments/{filename}", attachment),
])

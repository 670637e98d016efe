# point 7: flow through lambdas stored in variables, conditional expressions, match, await and query chains
import httpx
from fastapi import FastAPI, Request
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import SessionLocal, Item

app = FastAPI()


@app.get("/search")
def search(q: str):
    session: Session = SessionLocal()
    # expect: sqli
    lookup = lambda term: session.execute(
        text("SELECT * FROM items WHERE name LIKE '%" + term + "%'")
    ).all()
    return lookup(q)


@app.get("/search/sorted")
def sorted_items(sort: str | None = None, direction: str = "asc"):
    session: Session = SessionLocal()
    column = sort if sort else "name"
    # expect: sqli
    rows = session.execute(text("SELECT * FROM items ORDER BY " + column)).all()
    order = "DESC" if direction == "desc" else "ASC"
    # safe: sqli
    more = session.execute(text("SELECT * FROM items ORDER BY name " + order)).all()
    return rows + more


@app.get("/search/table")
def by_kind(kind: str):
    session: Session = SessionLocal()
    match kind:
        case "book":
            table = "books"
        case "film":
            table = "films"
        case _:
            table = "items"
    # safe: sqli
    return session.execute(text("SELECT * FROM " + table)).all()


@app.get("/search/filtered")
def filtered(name: str):
    session: Session = SessionLocal()
    # expect: sqli
    return session.query(Item).filter(text("name = '" + name + "'")).order_by(Item.id).all()


@app.post("/search/remote")
async def remote(request: Request):
    payload = await request.json()
    host = payload["host"]
    async with httpx.AsyncClient() as client:
        # expect: ssrf
        resp = await client.get(f"https://{host}/api/search")
        # safe: ssrf
        status = await client.get("https://search.internal.example.com/health")
    return {"body": resp.text, "status": status.status_code}

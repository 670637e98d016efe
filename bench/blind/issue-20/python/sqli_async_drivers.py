# class: sqli — asyncpg fetch/fetchrow/fetchval/execute/cursor, aiopg execute, pg8000 run with built text vs $n / :name parameters
import aiopg
import asyncpg
import pg8000.native
from fastapi import FastAPI

app = FastAPI()
DSN = "postgresql://app@db/shop"


@app.get("/asyncpg/products")
async def products(brand: str, color: str, sku: str):
    conn = await asyncpg.connect(DSN)
    # expect: sqli
    rows = await conn.fetch(f"SELECT id FROM products WHERE brand = '{brand}'")
    # expect: sqli
    row = await conn.fetchrow("SELECT id FROM products WHERE color = '" + color + "'")
    # expect: sqli
    price = await conn.fetchval("SELECT price FROM products WHERE sku = '%s'" % sku)

    # safe: sqli
    again = await conn.fetch("SELECT id FROM products WHERE brand = $1", brand)
    await conn.close()
    return {"rows": len(rows), "row": dict(row or {}), "price": price, "again": len(again)}


@app.delete("/asyncpg/products")
async def delete_products(brand: str):
    conn = await asyncpg.connect(DSN)
    # expect: sqli
    await conn.execute(f"DELETE FROM products WHERE brand = '{brand}'")
    async with conn.transaction():
        # expect: sqli
        async for record in conn.cursor(f"SELECT id FROM products WHERE brand = '{brand}'"):
            print(record["id"])
    await conn.close()
    return {"ok": True}


@app.get("/aiopg/stores")
async def stores(city: str):
    async with aiopg.create_pool(DSN) as pool:
        async with pool.acquire() as conn:
            async with conn.cursor() as cur:
                # expect: sqli
                await cur.execute("SELECT id FROM stores WHERE city = '" + city + "'")
                first = await cur.fetchall()
                # safe: sqli
                await cur.execute("SELECT id FROM stores WHERE city = %s", (city,))
                return {"first": first, "second": await cur.fetchall()}


@app.get("/pg8000/suppliers")
def suppliers(country: str):
    con = pg8000.native.Connection("app", host="db", database="shop")
    # expect: sqli
    rows = con.run(f"SELECT name FROM suppliers WHERE country = '{country}'")

    # safe: sqli
    same = con.run("SELECT name FROM suppliers WHERE country = :country", country=country)
    return {"rows": rows, "same": same}

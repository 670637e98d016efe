import asyncpg
import pg8000.native
from fastapi import FastAPI
from sqlalchemy.orm import Session

from .models import Order

app = FastAPI()


@app.get('/orders')
async def orders(customer: str, status: str):
    conn = await asyncpg.connect('postgresql://localhost/shop')
    # expect: sqli
    rows = await conn.fetch(f"SELECT * FROM orders WHERE customer = '{customer}'")
    # expect: sqli
    first = await conn.fetchrow("SELECT * FROM orders WHERE status = '" + status + "'")
    # expect: sqli
    total = await conn.fetchval("SELECT count(*) FROM orders WHERE customer = '%s'" % customer)
    # safe: sqli
    same = await conn.fetch('SELECT * FROM orders WHERE customer = $1', customer)
    # safe: sqli
    count = await conn.fetchval('SELECT count(*) FROM orders')
    async with conn.transaction():
        # expect: sqli
        async for row in conn.cursor(f"SELECT id FROM orders WHERE status = '{status}'"):
            print(row)
    return {'rows': rows, 'first': first, 'total': total, 'same': same, 'count': count}


@app.get('/archive')
def archive(customer: str, session: Session):
    con = pg8000.native.Connection('shop')
    # expect: sqli
    con.run(f"DELETE FROM archive WHERE customer = '{customer}'")
    # safe: sqli
    con.run('DELETE FROM archive WHERE customer = :c', c=customer)
    with session.get_bind().connect() as raw:
        # expect: sqli
        raw.exec_driver_sql(f"SELECT * FROM archive WHERE customer = '{customer}'")
        # safe: sqli
        raw.exec_driver_sql('SELECT * FROM archive WHERE customer = %s', (customer,))
    # expect: sqli
    mine = session.query(Order).filter(f"customer = '{customer}'").all()
    # safe: sqli
    also = session.query(Order).filter(Order.customer == customer).all()
    return {'mine': len(mine), 'also': len(also)}

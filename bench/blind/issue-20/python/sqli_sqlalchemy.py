# class: sqli — SQLAlchemy text()/exec_driver_sql/execute(str) and text in filter/order_by/group_by/having vs bound parameters and column objects
from flask import Flask, jsonify, request
from sqlalchemy import Column, Integer, String, create_engine, func, select, text
from sqlalchemy.orm import Session, declarative_base

app = Flask(__name__)
engine = create_engine("postgresql+psycopg2://app@db/shop")
Base = declarative_base()


class Order(Base):
    __tablename__ = "orders"
    id = Column(Integer, primary_key=True)
    status = Column(String)
    region = Column(String)
    total = Column(Integer)


SORT_COLUMNS = {"total": Order.total, "id": Order.id}


@app.get("/orders/by-status")
def by_status():
    status = request.args["status"]
    with engine.connect() as conn:
        # expect: sqli
        rows = conn.execute(text(f"SELECT id FROM orders WHERE status = '{status}'")).all()

        # safe: sqli
        same = conn.execute(text("SELECT id FROM orders WHERE status = :status"), {"status": status}).all()
    return jsonify(rows=[r[0] for r in rows], same=[r[0] for r in same])


@app.get("/orders/driver-sql")
def driver_sql():
    region = request.args["region"]
    with engine.connect() as conn:
        # expect: sqli
        rows = conn.exec_driver_sql("SELECT id FROM orders WHERE region = '%s'" % region).all()
    return jsonify(rows=[r[0] for r in rows])


@app.get("/orders/legacy")
def legacy():
    region = request.args["region"]
    with Session(engine) as session:
        # expect: sqli
        rows = session.execute("SELECT id FROM orders WHERE region = '" + region + "'").all()
    return jsonify(rows=[r[0] for r in rows])


@app.get("/orders/filter")
def orm_filter():
    condition = request.args["where"]
    sort = request.args.get("sort", "id")
    with Session(engine) as session:
        # expect: sqli
        q = session.query(Order).filter(text(condition))
        # expect: sqli
        q = q.order_by(text(sort))
        return jsonify(ids=[o.id for o in q.all()])


@app.get("/orders/report")
def report():
    group = request.args["group"]
    minimum = request.args["min"]
    stmt = (
        select(Order.region, func.sum(Order.total))
        # expect: sqli
        .group_by(text(group))
        # expect: sqli
        .having(text("sum(total) > " + minimum))
    )
    with Session(engine) as session:
        return jsonify(rows=[list(r) for r in session.execute(stmt)])


@app.get("/orders/sorted")
def sorted_orders():
    column = SORT_COLUMNS.get(request.args.get("sort"), Order.id)
    status = request.args.get("status", "open")
    with Session(engine) as session:
        # safe: sqli
        rows = session.execute(select(Order).where(Order.status == status).order_by(column)).scalars().all()
    return jsonify(ids=[o.id for o in rows])


@app.get("/orders/count")
def count():
    with engine.connect() as conn:
        # safe: sqli
        total = conn.execute(text("SELECT count(*) FROM orders WHERE status = 'open'")).scalar_one()
    return jsonify(total=total)

import pandas as pd
from django.db.models.expressions import RawSQL
from fastapi import FastAPI
from peewee import SQL
from sqlalchemy import text

from .db import SessionLocal, engine
from .models import Product

app = FastAPI()


@app.get('/products')
def products(category: str):
    with SessionLocal() as session:
        # expect: sqli
        rows = session.execute(text(f"SELECT * FROM products WHERE category = '{category}'"))
        # safe: sqli
        same = session.execute(text("SELECT * FROM products WHERE category = :c"), {"c": category})
        return list(rows) + list(same)


def product_search(request):
    term = request.GET.get('q', '')
    # expect: sqli
    found = Product.objects.raw("SELECT * FROM shop_product WHERE name LIKE '%%" + term + "%%'")
    # safe: sqli
    again = Product.objects.raw("SELECT * FROM shop_product WHERE name LIKE %s", ['%' + term + '%'])
    # expect: sqli
    extra = Product.objects.extra(where=["name = '%s'" % term])
    # safe: sqli
    ordered = Product.objects.annotate(score=RawSQL("SELECT COUNT(*) FROM shop_review WHERE product_id = %s", (term,)))
    return found, again, extra, ordered


@app.get('/report')
def report(region: str):
    # expect: sqli
    return pd.read_sql(f"SELECT * FROM sales WHERE region = '{region}'", engine).to_dict()


def monthly_report():
    # safe: sqli
    return pd.read_sql("SELECT * FROM sales WHERE month = %(m)s", engine, params={'m': 5})


@app.get('/search')
def search(q: str):
    with SessionLocal() as session:
        stmt = text("SELECT * FROM products WHERE name LIKE :q").bindparams(q=f"%{q}%")
        # safe: sqli
        return list(session.execute(stmt))


def peewee_search(term):
    # expect: sqli
    found = Product.select().where(SQL(f"name LIKE '%{term}%'"))
    # safe: sqli
    bound = Product.select().where(SQL('name LIKE %s', [f'%{term}%']))
    # expect: sqli
    legacy = Product.objects.extra(where=[f"name = '{term}'"])
    return found, bound, legacy

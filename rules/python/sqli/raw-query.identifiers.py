# RawSQL and raw() with identifiers quoted by the backend, or numbers formatted with %d.
from django.db import connection
from django.db.models.expressions import RawSQL

from .models import Order


def by_position(index):
    # safe: sqli
    return RawSQL('%d' % (index + 1), ())


def in_table(table, order_id):
    qn = connection.ops.quote_name
    # safe: sqli
    return Order.objects.raw('SELECT * FROM %s WHERE id = %%s' % qn(table), [order_id])


def sorted_by(column):
    # expect: sqli
    return Order.objects.raw('SELECT * FROM shop_order ORDER BY %s' % column)

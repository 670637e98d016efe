# class: sqli — Django raw()/extra()/RawSQL/cursor.execute, Peewee raw/SQL, pandas read_sql with built text vs params
import pandas as pd
from django.db import connection
from django.db.models.expressions import RawSQL
from django.http import JsonResponse
from peewee import SQL, CharField, Model, PostgresqlDatabase

from .models import Ticket

pgdb = PostgresqlDatabase("helpdesk")


class Agent(Model):
    name = CharField()
    team = CharField()

    class Meta:
        database = pgdb


def tickets_by_owner(request):
    owner = request.GET["owner"]
    # expect: sqli
    tickets = Ticket.objects.raw("SELECT * FROM helpdesk_ticket WHERE owner = '%s'" % owner)

    # safe: sqli
    same = Ticket.objects.raw("SELECT * FROM helpdesk_ticket WHERE owner = %s", [owner])
    return JsonResponse({"ids": [t.id for t in tickets], "same": [t.id for t in same]})


def tickets_extra(request):
    priority = request.GET["priority"]
    # expect: sqli
    qs = Ticket.objects.extra(where=[f"priority = '{priority}'"])
    return JsonResponse({"ids": list(qs.values_list("id", flat=True))})


def tickets_annotated(request):
    weight = request.GET["weight"]
    # expect: sqli
    qs = Ticket.objects.annotate(score=RawSQL("priority * " + weight, []))

    # safe: sqli
    qs2 = Ticket.objects.annotate(score=RawSQL("priority * %s", [float(weight)]))
    return JsonResponse({"n": qs.count() + qs2.count()})


def close_tickets(request):
    team = request.POST["team"]
    with connection.cursor() as cursor:
        # expect: sqli
        cursor.execute(f"UPDATE helpdesk_ticket SET state = 'closed' WHERE team = '{team}'")
    return JsonResponse({"ok": True})


def agents(request):
    team = request.GET["team"]
    # expect: sqli
    rows = Agent.raw(f"SELECT * FROM agent WHERE team = '{team}'")
    # expect: sqli
    ordered = Agent.select().order_by(SQL(request.GET["order"]))

    # safe: sqli
    same = Agent.raw("SELECT * FROM agent WHERE team = %s", team)
    # safe: sqli
    filtered = Agent.select().where(Agent.team == team)
    return JsonResponse({"n": len(list(rows)) + len(list(ordered)) + len(list(same)) + filtered.count()})


def ticket_frame(request):
    since = request.GET["since"]
    # expect: sqli
    frame = pd.read_sql(f"SELECT * FROM helpdesk_ticket WHERE created > '{since}'", connection)

    # safe: sqli
    same = pd.read_sql("SELECT * FROM helpdesk_ticket WHERE created > %(since)s", connection, params={"since": since})
    return JsonResponse({"rows": len(frame) + len(same)})

# point 6: a sink whose whole query/command is a parameter — medium/info, high when a same-file caller passes request data
import subprocess

from django.db import connection
from django.http import JsonResponse


def run_query(sql):
    with connection.cursor() as cursor:
        # policy: origin-not-traced
        # expect: sqli
        cursor.execute(sql)
        return cursor.fetchall()


def run_search(sql):
    with connection.cursor() as cursor:
        # expect: sqli
        cursor.execute(sql)
        return cursor.fetchall()


def search(request):
    where = request.GET.get("where", "1=1")
    return JsonResponse({"rows": run_search("SELECT * FROM reports WHERE " + where)})


def by_owner(owner):
    with connection.cursor() as cursor:
        # safe: sqli
        cursor.execute("SELECT * FROM reports WHERE owner = %s", [owner])
        return cursor.fetchall()


def by_status(status):
    with connection.cursor() as cursor:
        # expect: sqli
        cursor.execute(f"SELECT * FROM reports WHERE status = '{status}'")
        return cursor.fetchall()


def run_tool(command):
    # policy: origin-not-traced
    # expect: cmdi
    subprocess.run(command, shell=True, check=True)


def compact():
    # safe: cmdi
    subprocess.run(["pg_repack", "--all"], check=True)

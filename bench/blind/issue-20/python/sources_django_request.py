# class: sqli/cmdi/path-traversal — Django request.GET/POST/FILES/COOKIES/META/body/headers as sources
import json
import os
import subprocess

from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_http_methods

MEDIA_ROOT = "/srv/media"


@require_http_methods(["GET"])
def search_orders(request):
    status = request.GET.get("status", "open")
    with connection.cursor() as cursor:
        # expect: sqli
        cursor.execute("SELECT id FROM orders WHERE status = '%s'" % status)
        rows = cursor.fetchall()
    return JsonResponse({"ids": [r[0] for r in rows]})


@require_http_methods(["POST"])
def rename_order(request):
    label = request.POST["label"]
    with connection.cursor() as cursor:
        # safe: sqli
        cursor.execute("UPDATE orders SET label = %s WHERE id = %s", [label, request.POST["id"]])
    return HttpResponse(status=204)


@require_http_methods(["POST"])
def upload_invoice(request):
    upload = request.FILES["invoice"]
    # expect: path-traversal
    with open(os.path.join(MEDIA_ROOT, upload.name), "wb") as dest:
        for chunk in upload.chunks():
            dest.write(chunk)
    return HttpResponse(status=201)


def theme_css(request):
    theme = request.COOKIES.get("theme", "light")
    # expect: path-traversal
    with open(f"/srv/themes/{theme}.css") as fh:
        return HttpResponse(fh.read(), content_type="text/css")


def client_report(request):
    agent = request.META.get("HTTP_USER_AGENT", "")
    with connection.cursor() as cursor:
        # expect: sqli
        cursor.execute(f"INSERT INTO agents (ua) VALUES ('{agent}')")
    return HttpResponse(status=204)


def webhook(request):
    event = json.loads(request.body)
    # expect: cmdi
    subprocess.run(f"/opt/hooks/run.sh {event['action']}", shell=True, check=False)
    return HttpResponse(status=202)


def trace(request):
    trace_id = request.headers.get("X-Trace-Id", "")
    # expect: cmdi
    os.popen("grep " + trace_id + " /var/log/app/trace.log").read()
    return HttpResponse(status=204)

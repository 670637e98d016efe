# Django views for an internal admin area: report export, server tools, imports.
import csv
import json
import logging
import os
import pickle
import subprocess

import yaml
from django.conf import settings
from django.contrib.auth.decorators import login_required, user_passes_test
from django.db import connection
from django.http import FileResponse, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect
from django.utils.html import escape
from lxml import etree

from .models import Order

logger = logging.getLogger(__name__)
REPORT_DIR = os.path.join(settings.BASE_DIR, "reports")
ALLOWED_TOOLS = {"disk": ["df", "-h"], "uptime": ["uptime"], "memory": ["free", "-m"]}


@login_required
def export_orders(request):
    status = request.GET.get("status", "open")
    with connection.cursor() as cursor:
        # expect: sqli
        cursor.execute("SELECT id, customer, total FROM shop_order WHERE status = '%s'" % status)
        rows = cursor.fetchall()
    response = HttpResponse(content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="orders.csv"'
    writer = csv.writer(response)
    writer.writerow(["id", "customer", "total"])
    writer.writerows(rows)
    return response


@login_required
def order_search(request):
    term = request.GET.get("q", "")
    # safe: sqli
    orders = Order.objects.raw("SELECT * FROM shop_order WHERE customer LIKE %s", [f"%{term}%"])
    # safe: xss
    items = "".join(f"<li>{escape(o.customer)}</li>" for o in orders)
    # expect: xss
    return HttpResponse(f"<h2>Results for {term}</h2><ul>{items}</ul>")


@user_passes_test(lambda u: u.is_superuser)
def run_tool(request):
    tool = request.GET.get("tool", "uptime")
    argv = ALLOWED_TOOLS.get(tool)
    if argv is None:
        return HttpResponseBadRequest("unknown tool")
    # safe: cmdi
    output = subprocess.run(argv, capture_output=True, text=True, timeout=10).stdout
    return JsonResponse({"output": output})


@user_passes_test(lambda u: u.is_superuser)
def ping_host(request):
    host = request.POST.get("host", "")
    # expect: cmdi
    stream = os.popen(f"ping -c 3 {host}")
    return JsonResponse({"output": stream.read()})


@login_required
def download_report(request):
    name = request.GET.get("name", "")
    # expect: path-traversal
    return FileResponse(open(os.path.join(REPORT_DIR, name), "rb"))


@login_required
def import_settings(request):
    if request.method != "POST":
        return HttpResponseBadRequest("POST only")
    fmt = request.POST.get("format", "json")
    payload = request.FILES["settings"].read()
    try:
        if fmt == "pickle":
            # expect: deserialization
            data = pickle.loads(payload)
        elif fmt == "yaml":
            # expect: deserialization
            data = yaml.load(payload, Loader=yaml.FullLoader)
        else:
            # safe: deserialization
            data = json.loads(payload)
    except Exception as exc:
        logger.exception("settings import failed")
        # expect: info-leak
        return JsonResponse({"error": str(exc)}, status=400)
    return JsonResponse({"imported": len(data)})


@login_required
def import_catalog(request):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    # safe: xxe
    tree = etree.fromstring(request.body, parser)
    names = [node.text for node in tree.iter("name")]
    return JsonResponse({"names": names})


@login_required
def switch_language(request):
    lang = request.GET.get("lang", "en")
    # expect: open-redirect
    response = redirect(request.GET.get("return_to", "/"))
    # expect: insecure-cookie
    response.set_cookie("lang", lang)
    return response


@login_required
def evaluate_discount(request):
    rule = request.POST.get("rule", "0")
    # expect: code-injection
    discount = eval(rule, {"__builtins__": {}}, {"total": 100})
    return JsonResponse({"discount": discount})

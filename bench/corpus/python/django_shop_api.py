# Django REST-style shop endpoints written by an assistant: checkout, invoices, webhooks, admin ops.
import hashlib
import json
import logging
import os
import random
import subprocess

import requests
import yaml
from django.conf import settings
from django.db import connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Coupon, Invoice

logger = logging.getLogger(__name__)
# expect: hardcoded-secret
STRIPE_SECRET_KEY = "sk_live_51H8xQ2KfG7yT3mN9pL4vR6wZ"
PAYMENT_API = "https://payments.example.com/v1"


def invoice_pdf(request, invoice_id):
    invoice = Invoice.objects.get(pk=invoice_id, owner=request.user)
    out = os.path.join(settings.MEDIA_ROOT, f"invoice-{invoice.pk}.pdf")
    # safe: cmdi
    subprocess.run(["wkhtmltopdf", invoice.html_path, out], check=True, timeout=60)
    with open(out, "rb") as fh:
        return HttpResponse(fh.read(), content_type="application/pdf")


def invoice_search(request):
    customer = request.GET.get("customer", "")
    with connection.cursor() as cursor:
        # expect: sqli
        cursor.execute("SELECT id, total FROM shop_invoice WHERE customer_name LIKE '%" + customer + "%'")
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


def invoice_detail(request, invoice_id):
    with connection.cursor() as cursor:
        # safe: sqli
        cursor.execute("SELECT id, total FROM shop_invoice WHERE id = %s", [invoice_id])
        row = cursor.fetchone()
    return JsonResponse({"row": row})


@require_POST
def create_coupon(request):
    # expect: weak-random
    code = "".join(random.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    Coupon.objects.create(code=code, percent=int(request.POST.get("percent", 10)))
    return JsonResponse({"code": code})


@csrf_exempt
@require_POST
def payment_webhook(request):
    signature = request.headers.get("X-Signature", "")
    # todo-expect: weak-crypto
    expected = hashlib.md5(request.body + STRIPE_SECRET_KEY.encode()).hexdigest()
    if signature != expected:
        return JsonResponse({"error": "bad signature"}, status=400)
    event = json.loads(request.body)
    return JsonResponse({"received": event.get("type")})


def checkout_return(request):
    order_id = request.GET.get("order")
    # expect: open-redirect
    return HttpResponseRedirect(request.GET.get("return_url", "/"))


def refund(request, invoice_id):
    try:
        resp = requests.post(f"{PAYMENT_API}/refunds", json={"invoice": invoice_id}, timeout=10)
        resp.raise_for_status()
    except requests.RequestException as exc:
        logger.exception("refund failed")
        # expect: info-leak
        return JsonResponse({"error": f"refund failed: {exc}"}, status=502)
    return JsonResponse({"status": "refunded"})


def greeting(request):
    name = request.GET.get("name", "customer")
    # expect: xss
    return HttpResponse("<p>Thanks for shopping with us, " + name + "!</p>")


@require_POST
def import_products(request):
    # expect: deserialization
    products = yaml.load(request.body, Loader=yaml.UnsafeLoader)
    return JsonResponse({"count": len(products)})


def fetch_image(request):
    image_url = request.GET["src"]
    # expect: ssrf
    data = requests.get(image_url, timeout=5).content
    return HttpResponse(data, content_type="image/png")


def set_currency(request):
    response = JsonResponse({"ok": True})
    # safe: insecure-cookie
    response.set_cookie("currency", request.GET.get("c", "EUR"), max_age=31536000, secure=True, httponly=True, samesite="Lax")
    return response

# class: sqli/ssrf/path-traversal — Django REST framework request.data and request.query_params
import os

import requests
from django.db import connection
from rest_framework.decorators import api_view
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Product


class ProductSearchView(APIView):
    def get(self, request):
        category = request.query_params.get("category")
        # expect: sqli
        products = Product.objects.raw(f"SELECT * FROM shop_product WHERE category = '{category}'")
        return Response([p.id for p in products])

    def post(self, request):
        name = request.data.get("name")
        # safe: sqli
        products = Product.objects.raw("SELECT * FROM shop_product WHERE name = %s", [name])
        return Response([p.id for p in products])


@api_view(["POST"])
def fetch_preview(request):
    url = request.data["url"]
    # expect: ssrf
    resp = requests.get(url, timeout=5)
    return Response({"status": resp.status_code, "length": len(resp.content)})


@api_view(["GET"])
def download_spec(request):
    version = request.query_params["version"]
    # expect: path-traversal
    with open(os.path.join("/srv/specs", version, "openapi.yaml")) as fh:
        return Response(fh.read())


@api_view(["DELETE"])
def purge_category(request):
    category = request.data.get("category")
    with connection.cursor() as cursor:
        # expect: sqli
        cursor.execute("DELETE FROM shop_product WHERE category = '" + category + "'")
    return Response(status=204)

import logging
import traceback

from django.http import JsonResponse
from fastapi import FastAPI, HTTPException
from flask import Flask, jsonify

app = Flask(__name__)
api = FastAPI()
log = logging.getLogger(__name__)


@app.route('/report')
def report():
    try:
        return build_report()
    except Exception as e:
        # expect: info-leak
        return jsonify({'error': str(e)}), 500


@app.route('/export')
def export():
    try:
        return build_report()
    except ValueError as err:
        log.warning('bad export request: %s', err)
        # safe: info-leak
        return jsonify({'error': 'invalid request'}), 400
    except Exception:
        # expect: info-leak
        return traceback.format_exc(), 500


@api.get('/items/{item_id}')
async def read_item(item_id: int):
    try:
        return load_item(item_id)
    except KeyError as exc:
        # expect: info-leak
        raise HTTPException(status_code=500, detail=f"lookup failed: {exc}")


def order_view(request, order_id):
    try:
        order = load_item(order_id)
    except Exception as e:
        log.exception('order lookup failed')
        # safe: info-leak
        return JsonResponse({'error': 'order not found', 'id': order_id}, status=404)
    # safe: info-leak
    return JsonResponse({'order': order})


def user_view(request):
    try:
        return JsonResponse(load_item(1))
    except Exception as e:
        # expect: info-leak
        return JsonResponse({'message': 'failed', 'detail': repr(e)}, status=500)


def parse_config(text):
    try:
        return load_item(text)
    except Exception as e:
        # safe: info-leak
        return str(e)


def build_report():
    return 'report'


def load_item(key):
    return {'key': key}


@app.errorhandler(Exception)
def handle_error(exc):
    log.exception('unhandled error')
    # expect: info-leak
    return jsonify({'error': 'internal', 'message': str(exc)}), 500


@app.errorhandler(404)
def not_found(error):
    # safe: info-leak
    return jsonify({'error': 'not found'}), 404


class OrderView:
    def get(self, request, order_id):
        try:
            return JsonResponse(load_item(order_id))
        except Exception as e:
            # expect: info-leak
            return JsonResponse({'error': str(e)}, status=500)


class Fetcher:
    def _send(self, request):
        try:
            return load_item(request)
        except Exception as e:
            # safe: info-leak
            return None, e

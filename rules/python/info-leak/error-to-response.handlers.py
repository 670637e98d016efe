# Handlers that pass the exception on (to the framework's handler, a middleware hook) return that
# handler's response; a traceback only when DEBUG is on is the debug page (DEBUG itself is the
# finding, elsewhere). The exception's own text in a response still reports.
import traceback

from asgiref.sync import sync_to_async

from django.conf import settings
from django.core.handlers.exception import response_for_exception
from django.http import HttpResponseServerError, JsonResponse


def convert_exceptions(get_response):
    def middleware(request):
        try:
            response = get_response(request)
        except Exception as exc:
            response = response_for_exception(request, exc)
        # safe: info-leak
        return response
    return middleware


def convert_exceptions_async(get_response):
    async def middleware(request):
        try:
            response = await get_response(request)
        except Exception as exc:
            response = await sync_to_async(response_for_exception)(request, exc)
        # safe: info-leak
        return response
    return middleware


def run_hooks(request, view, hooks):
    try:
        return view(request)
    except Exception as e:
        for hook in hooks:
            result = hook.process_exception(request, e)
            if result is not None:
                # safe: info-leak
                return result
        raise


def last_chance(request):
    try:
        return render_page(request)
    except Exception:
        # safe: info-leak
        return HttpResponseServerError(traceback.format_exc() if settings.DEBUG else 'Internal Server Error')


def report(request):
    try:
        return render_page(request)
    except Exception as exc:
        # expect: info-leak
        return HttpResponseServerError('failed: %s' % exc)


def report_json(request):
    try:
        return render_page(request)
    except Exception as exc:
        # expect: info-leak
        return JsonResponse({'error': str(exc), 'trace': traceback.format_exc()}, status=500)


def report_trace(request):
    try:
        return render_page(request)
    except Exception:
        # expect: info-leak
        return JsonResponse({'trace': traceback.format_exc()}, status=500)


def render_page(request):
    return JsonResponse({'ok': True})


def error_page(request, resolver, status_code, exception):
    try:
        callback = resolver.resolve_error_handler(status_code)
        response = callback(request, exception=exception)
    except Exception:
        response = handle_uncaught_exception(request, resolver)
    # safe: info-leak
    return response


def handle_uncaught_exception(request, resolver):
    return HttpResponseServerError('Internal Server Error')

# class: code-injection — importlib.import_module/__import__ and globals()/locals() dispatch with request data vs allow-lists
import importlib

from django.http import HttpResponse, JsonResponse

ALLOWED_EXPORTERS = {
    "csv": "reports.exporters.csv_exporter",
    "xlsx": "reports.exporters.xlsx_exporter",
}


def export_csv(rows):
    return "\n".join(",".join(map(str, r)) for r in rows)


def export_json(rows):
    return str(rows)


def load_plugin(request):
    plugin = request.GET["plugin"]
    # expect: code-injection
    module = importlib.import_module(plugin)
    return HttpResponse(getattr(module, "VERSION", "unknown"))


def load_exporter(request):
    fmt = request.GET.get("format", "csv")
    module_name = ALLOWED_EXPORTERS.get(fmt)
    if module_name is None:
        return HttpResponse(status=400)
    # safe: code-injection
    module = importlib.import_module(module_name)
    return HttpResponse(module.export([]))


def legacy_plugin(request):
    name = request.POST["module"]
    # expect: code-injection
    mod = __import__("plugins." + name, fromlist=["run"])
    return HttpResponse(mod.run())


def export(request):
    fmt = request.GET["format"]
    # expect: code-injection
    exporter = globals()["export_" + fmt]
    return HttpResponse(exporter([[1, 2]]))


def export_local(request):
    handlers = {"csv": export_csv, "json": export_json}
    action = request.GET["action"]
    # expect: code-injection
    fn = locals()[action]
    fmt = request.GET.get("format")

    # safe: code-injection
    chosen = handlers.get(fmt, export_csv)
    return JsonResponse({"fn": str(fn), "out": chosen([[1]])})


def fixed_module(request):
    # safe: code-injection
    json_mod = importlib.import_module("json")
    return HttpResponse(json_mod.dumps({"ok": True}))

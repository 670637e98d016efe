# class: cmdi — os.system reached through getattr(os, "system") and __import__("os"), vs constant commands
import os

from django.http import HttpResponse


def restart_worker(request):
    worker = request.GET["worker"]
    run = getattr(os, "system")
    # expect: cmdi
    run("supervisorctl restart " + worker)
    return HttpResponse("restarted")


def clear_cache(request):
    region = request.POST["region"]
    # expect: cmdi
    __import__("os").system(f"/opt/cache/clear.sh {region}")
    return HttpResponse("cleared")


def list_workers(request):
    # safe: cmdi
    output = getattr(os, "popen")("supervisorctl status").read()
    return HttpResponse(output, content_type="text/plain")


def reload_nginx(request):
    # safe: cmdi
    __import__("os").system("nginx -s reload")
    return HttpResponse("reloaded")


def pick_action(request):
    name = request.GET["name"]
    # expect: cmdi
    getattr(os, "popen")("id " + name).read()
    return HttpResponse("ok")

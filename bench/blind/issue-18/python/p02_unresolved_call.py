# point 2: unresolved calls with no tainted argument — unknown origin is reported, not treated as a constant
import os
import subprocess

from django.db import connection
from django.http import JsonResponse

from .helpers import get_cmd
from .settings_store import settings_store


def cleanup(request):
    # policy: origin-not-traced
    # expect: cmdi
    os.system(get_cmd())
    return JsonResponse({"ok": True})


def rotate(request):
    # expect: cmdi
    subprocess.run("logrotate " + settings_store.rotate_target(), shell=True)
    return JsonResponse({"ok": True})


def pending_jobs(request):
    with connection.cursor() as cursor:
        # expect: sqli
        cursor.execute("SELECT id FROM jobs WHERE queue = '%s'" % settings_store.current_queue())
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


def pending_jobs_safe(request):
    with connection.cursor() as cursor:
        # safe: sqli
        cursor.execute("SELECT id FROM jobs WHERE queue = %s", [settings_store.current_queue()])
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


def default_command():
    return "vacuumdb --all"


def vacuum(request):
    # safe: cmdi
    os.system(default_command())
    # safe: cmdi
    subprocess.run(["rsync", "-a", settings_store.sync_source(), "/backups/"], check=True)
    return JsonResponse({"ok": True})

# construct: f-string, % and .format building from request data, then extending
import os

from flask import request


def fstring_then_append():
    d = request.args.get("dir")
    c = f"ls {d}"
    c += " -l"
    # expect: cmdi
    os.system(c)


def percent_then_append():
    c = "ls %s" % request.args.get("dir")
    c += " -l"
    # expect: cmdi
    os.system(c)


def format_then_append():
    c = "ls {}".format(request.args.get("dir"))
    c += " -l"
    # expect: cmdi
    os.system(c)


def constants():
    d = "/srv"
    c = f"ls {d}"
    c += " -l"
    # safe: cmdi
    os.system(c)

# construct: collections (list append then index, dict set then get, tuples) carry what was put in
import os

from flask import request


def list_append():
    parts = []
    parts.append(request.args.get("dir"))
    # expect: cmdi
    os.system("ls " + parts[0])


def dict_get():
    opts = {}
    opts["cmd"] = request.args.get("cmd")
    opts["dir"] = "/tmp"
    # expect: cmdi
    os.system(opts.get("cmd"))

    # safe: cmdi
    os.system("ls " + opts.get("dir"))


def constant_list():
    parts = ["ls"]
    parts.append("-l")
    # safe: cmdi
    os.system(" ".join(parts))


def list_literal():
    words = ["ls", request.args.get("dir")]
    # expect: cmdi
    os.system(" ".join(words))

# construct: a StringIO buffer or a list of parts that request data is written into
import io
import os

from flask import request


def string_io():
    buf = io.StringIO()
    buf.write("ls ")
    buf.write(request.args.get("dir"))
    # expect: cmdi
    os.system(buf.getvalue())


def list_join():
    parts = ["ls"]
    parts.append(request.args.get("dir"))
    # expect: cmdi
    os.system(" ".join(parts))


def constant_parts():
    parts = ["ls"]
    parts.append("-l")
    # safe: cmdi
    os.system(" ".join(parts))

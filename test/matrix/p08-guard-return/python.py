# construct: a validation guard that leaves early cleans the variable it tests after it
from flask import abort

import os

from flask import request


def is_allowed(cmd):
    return cmd in ("ls", "pwd")


def guarded():
    cmd = request.args.get("cmd")
    if not is_allowed(cmd):
        return "bad command", 400
    # safe: cmdi
    os.system(cmd)


def guarded_abort():
    cmd = request.args.get("cmd")
    if not is_allowed(cmd):
        abort(400)
    # safe: cmdi
    os.system(cmd)


def guarded_raise():
    cmd = request.args.get("cmd")
    if not is_allowed(cmd):
        raise ValueError("bad command")
    # safe: cmdi
    os.system(cmd)


def unguarded():
    cmd = request.args.get("cmd")
    # expect: cmdi
    os.system(cmd)

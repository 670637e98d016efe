# construct: an assignment in try may not have happened in except; finally sees both
import os

from flask import request


def fallback_in_except():
    cmd = request.args.get("cmd")
    try:
        cmd = "ls " + str(int(cmd))
    except ValueError:
        # expect: cmdi
        os.system(cmd)


def finally_sees_try():
    cmd = "ls"
    try:
        cmd = request.args.get("cmd")
        cmd = "ls -l"
    finally:
        # expect: cmdi
        os.system(cmd)


def constant_everywhere():
    cmd = request.args.get("cmd")
    try:
        cmd = "ls"
    except RuntimeError:
        cmd = "ls -l"
    # safe: cmdi
    os.system(cmd)

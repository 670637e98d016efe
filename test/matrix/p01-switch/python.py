# construct: a match where one case leaves the tainted value in place
import os

from flask import request


def case_keeps_taint(mode):
    cmd = request.args.get("cmd")
    match mode:
        case 1:
            cmd = "ls"
        case 2:
            pass
        case _:
            cmd = "pwd"
    # expect: cmdi
    os.system(cmd)


def every_case_constant(mode):
    cmd = request.args.get("cmd")
    match mode:
        case 1:
            cmd = "ls"
        case _:
            cmd = "pwd"
    # safe: cmdi
    os.system(cmd)

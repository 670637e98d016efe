# construct: a match over constants whose default case leaves cleans the variable it matches
import os

from flask import request


def leaving_default():
    cmd = request.args.get("cmd")
    match cmd:
        case "ls" | "pwd":
            pass
        case _:
            return "bad command", 400
    # safe: cmdi
    os.system(cmd)


def staying_default():
    cmd = request.args.get("cmd")
    match cmd:
        case "ls":
            pass
        case _:
            print("other")
    # expect: cmdi
    os.system(cmd)

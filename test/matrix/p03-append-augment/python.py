# construct: taint already in a variable survives text appended to it with +=
import os

from flask import request


def append_to_copy():
    p = request.args.get("p")
    c = p
    c += " -l"
    # expect: cmdi
    os.system(c)


def append_constants():
    c = "ls"
    c += " -l"
    # safe: cmdi
    os.system(c)

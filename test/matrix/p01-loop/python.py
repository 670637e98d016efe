# construct: a definition inside a loop reaches the code after the loop and the next iteration
import os

from flask import request


def assigned_in_loop(names):
    cmd = "ls"
    for name in names:
        if name == "x":
            cmd = request.args.get(name)
    # expect: cmdi
    os.system(cmd)


def next_iteration(n):
    cmd = "ls"
    nxt = "ls"
    i = 0
    while i < n:
        # expect: cmdi
        os.system(cmd)
        cmd = nxt
        nxt = request.args.get("c")
        i += 1


def constant_in_loop(n):
    cmd = request.args.get("c")
    for _ in range(n):
        cmd = "ls"
        # safe: cmdi
        os.system(cmd)

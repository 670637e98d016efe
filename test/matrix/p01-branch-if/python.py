# construct: a variable assigned on one branch of an if keeps the other path's value after the join
import os

from flask import request


def default_on_one_branch():
    p = request.args.get("p")
    if p is None:
        p = ""
    # expect: cmdi
    os.system(p)


def tainted_else(verbose):
    cmd = "ls"
    if verbose:
        cmd = request.args.get("cmd")
    else:
        cmd = "ls -l"
    # expect: cmdi
    os.system(cmd)


def constant_on_both_branches(verbose):
    cmd = request.args.get("cmd")
    if verbose:
        cmd = "ls -l"
    elif cmd == "x":
        cmd = "pwd"
    else:
        cmd = "ls"
    # safe: cmdi
    os.system(cmd)

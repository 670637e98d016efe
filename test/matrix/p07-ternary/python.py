# construct: a conditional expression carries its arms, not its condition
import os

from flask import request


def tainted_arm(verbose):
    cmd = request.args.get("cmd") if verbose else "ls"
    # expect: cmdi
    os.system(cmd)


def tainted_condition():
    cmd = "ls -l" if request.args.get("mode") == "long" else "ls"
    # safe: cmdi
    os.system(cmd)

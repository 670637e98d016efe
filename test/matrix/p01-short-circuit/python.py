# construct: conditional expressions and and/or assignments carry either arm
import os

from flask import request


def or_default():
    p = request.args.get("p")
    p = p or ""
    # expect: cmdi
    os.system(p)


def conditional_default():
    p = request.args.get("p")
    p = "" if p is None else p
    # expect: cmdi
    os.system(p)


def both_arms_constant():
    p = request.args.get("p")
    cmd = "ls" if p else "ls -l"
    # safe: cmdi
    os.system(cmd)

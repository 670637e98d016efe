# construct: values returned by same-file helpers, through a chain deeper than three calls
import os

from flask import request


def one(v):
    return two(v)


def two(v):
    return three(v)


def three(v):
    return four(v)


def four(v):
    return "ls " + v


def fixed_one(v):
    return fixed_two(v)


def fixed_two(v):
    return fixed_three(v)


def fixed_three(v):
    return fixed_four(v)


def fixed_four(v):
    return "uptime"


def deep():
    # expect: cmdi
    os.system(one(request.args.get("dir")))


def deep_constant():
    # safe: cmdi
    os.system(fixed_one(request.args.get("dir")))

# construct: tuple unpacking takes each name from its own element
import os

from flask import request


def parallel():
    command, fixed = request.args.get("cmd"), "uptime"
    # expect: cmdi
    os.system(command)

    # safe: cmdi
    os.system(fixed)


def from_tuple():
    pair = (request.args.get("cmd"), "uptime")
    command, fixed = pair
    # expect: cmdi
    os.system(command)

    # safe: cmdi
    os.system(fixed)


def nested():
    (command, (fixed, other)) = (request.args.get("cmd"), ("uptime", "ls"))
    # safe: cmdi
    os.system(fixed + other)

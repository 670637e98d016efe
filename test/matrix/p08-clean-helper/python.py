# construct: a same-file helper that returns the cleaned value
import os

from flask import request

COMMANDS = {"ls", "pwd"}


def checked(cmd):
    if cmd not in COMMANDS:
        raise ValueError("bad command")
    return cmd


def pass_through(cmd):
    return cmd.strip()


def cleaned():
    cmd = checked(request.args.get("cmd"))
    # safe: cmdi
    os.system(cmd)


def not_cleaned():
    cmd = pass_through(request.args.get("cmd"))
    # expect: cmdi
    os.system(cmd)

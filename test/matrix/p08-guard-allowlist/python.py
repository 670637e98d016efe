# construct: membership in a constant collection or equality with a constant, tested before the sink
import os

from flask import request

COMMANDS = {"ls", "pwd"}


def member():
    cmd = request.args.get("cmd")
    if cmd not in COMMANDS:
        return "bad command", 400
    # safe: cmdi
    os.system(cmd)


def member_literal():
    cmd = request.args.get("cmd")
    if cmd in ("ls", "pwd"):
        # safe: cmdi
        os.system(cmd)


def equals_constant():
    cmd = request.args.get("cmd")
    if cmd == "ls":
        # safe: cmdi
        os.system(cmd)


def not_member():
    cmd = request.args.get("cmd")
    if cmd in COMMANDS:
        print("known")
    # expect: cmdi
    os.system(cmd)

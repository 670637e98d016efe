# construct: a check on another branch, on another variable, or a mere mention cleans nothing
import os

from flask import request

COMMANDS = {"ls", "pwd"}


def other_branch(strict):
    cmd = request.args.get("cmd")
    if strict:
        if cmd not in COMMANDS:
            return "bad command", 400
    # expect: cmdi
    os.system(cmd)


def other_variable():
    cmd = request.args.get("cmd")
    mode = request.args.get("mode")
    if mode not in COMMANDS:
        return "bad mode", 400
    # expect: cmdi
    os.system(cmd)


def mere_mention():
    cmd = request.args.get("cmd")
    print("allowed:", "ls" in COMMANDS)
    # expect: cmdi
    os.system(cmd)


def placed_right():
    cmd = request.args.get("cmd")
    if cmd not in COMMANDS:
        return "bad command", 400
    # safe: cmdi
    os.system(cmd)

# construct: lambdas and closures stored in a variable before being called
import os

from flask import request


def stored_lambda():
    get_command = lambda: request.args.get("cmd")
    # expect: cmdi
    os.system(get_command())


def ignores_input():
    fixed = lambda value: "uptime"
    # safe: cmdi
    os.system(fixed(request.args.get("cmd")))


def closure():
    directory = request.args.get("dir")

    def listing():
        return "ls " + directory

    run = listing
    # expect: cmdi
    os.system(run())


def runner_lambda():
    run = lambda c: os.system(c)
    # safe: cmdi
    run("uptime")


ACTIONS = {"status": lambda target: "uptime", "list": lambda target: "ls " + target}
FIXED_ACTIONS = {"status": lambda target: "uptime", "list": lambda target: "ls"}


def dispatch():
    # expect: cmdi
    os.system(ACTIONS[request.args.get("action")](request.args.get("target")))


def fixed_dispatch():
    # safe: cmdi
    os.system(FIXED_ACTIONS[request.args.get("action")](request.args.get("target")))

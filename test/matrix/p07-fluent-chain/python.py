# construct: fluent chains carry what enters them, and a function in the chain decides what leaves
import os

from flask import request


class Command:
    def __init__(self):
        self.parts = []

    def add(self, part):
        self.parts.append(part)
        return self

    def text(self):
        return " ".join(self.parts)


def builder():
    cmd = Command().add("ls").add(request.args.get("dir")).text()
    # expect: cmdi
    os.system(cmd)


def stripped():
    cmd = request.args.get("cmd", "").strip().lower()
    # expect: cmdi
    os.system(cmd)


def mapped_away():
    cmd = " ".join(map(lambda d: "uptime", [request.args.get("dir")]))
    # safe: cmdi
    os.system(cmd)


COMMANDS = {"ls", "pwd"}


def allow_listed():
    cmd = " ".join(filter(lambda c: c in COMMANDS, [request.args.get("cmd")]))
    # safe: cmdi
    os.system(cmd)

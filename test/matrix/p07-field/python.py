# construct: a class field set from the request in one method and read in another
import os

from flask import request


class Runner:
    def __init__(self):
        self.fixed = "ls"
        self.command = None

    def load(self):
        self.command = request.args.get("cmd")

    def run(self):
        # expect: cmdi
        os.system(self.command)

    def run_fixed(self):
        # safe: cmdi
        os.system(self.fixed)

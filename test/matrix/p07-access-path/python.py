# construct: fields and constant keys of a local object are tracked one by one (x.f, d["k"])
import os

from flask import request


class Job:
    pass


def fields():
    job = Job()
    job.command = request.args.get("cmd")
    job.directory = "/tmp"
    # expect: cmdi
    os.system(job.command)

    # safe: cmdi
    os.system("ls " + job.directory)


def keys():
    opts = {}
    opts["cmd"] = request.args.get("cmd")
    opts["dir"] = "/tmp"
    # expect: cmdi
    os.system(opts["cmd"])

    # safe: cmdi
    os.system("ls " + opts["dir"])


def overwritten():
    job = Job()
    job.command = request.args.get("cmd")
    job.command = "uptime"
    # safe: cmdi
    os.system(job.command)

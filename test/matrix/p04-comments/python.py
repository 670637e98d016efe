# p04-comments: comments inside a call (before the first argument, between arguments, before .method) hide nothing
import os
import subprocess
from flask import request


def before_first_argument():
    host = request.args.get("host")
    # expect: cmdi
    os.system(  # run the probe
        "ping -c 1 " + host)


def between_arguments():
    host = request.args.get("host")
    # expect: cmdi
    subprocess.run(["sh",  # the shell
                    "-c", "ping -c 1 " + host])


def before_method():
    name = request.args.get("name")
    # expect: path-traversal
    os  .remove(  # the upload
        "/srv/files/" + name)


def constant_with_comments():
    # safe: cmdi
    os.system(  # fixed command
        "uptime")

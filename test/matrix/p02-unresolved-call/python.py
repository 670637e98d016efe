# p02 unresolved call: a call Warden cannot resolve yields a value of unknown origin, not a constant
import os
import subprocess

from flask import request
from helpers import build_cmd, get_cmd

TOOLS = "/opt/tools"


def run_from_helper():
    # policy: origin-not-traced
    # expect: cmdi
    os.system(get_cmd())


def run_built_from_helper():
    cmd = "sh -c " + get_cmd()
    # expect: cmdi
    subprocess.call(cmd, shell=True)


def run_tainted_argument():
    # expect: cmdi
    os.system(build_cmd(request.args["x"]))


def local_cmd():
    return "ls -l"


def run_local_constant():
    # safe: cmdi
    os.system(local_cmd())


def run_joined_constant():
    # safe: cmdi
    os.system(os.path.join(TOOLS, "backup.sh"))


def run_counted(items):
    # safe: cmdi
    os.system("echo " + str(len(items)))

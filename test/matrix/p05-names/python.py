# p05-names: every spelling of an imported name (alias, member import, qualified) is the same symbol; a local that shadows it is not
import os
import os.path
import subprocess as sp
import flask
from flask import request as r
from os import system as run
from os import path
from shell_helpers import system as helper_system


def aliased_module():
    cmd = r.args.get("cmd")
    # expect: cmdi
    sp.call(cmd, shell=True)


def member_import_with_alias():
    cmd = flask.request.args.get("cmd")
    # expect: cmdi
    run("ping " + cmd)


def qualified_request():
    name = flask.request.args.get("name")
    # expect: path-traversal
    return open(path.join("/srv/files", name)).read()


def aliased_request():
    name = r.form["name"]
    # expect: path-traversal
    os.remove(os.path.join("/srv/files", name))


def shadowed_by_parameter(run, cmd):
    # safe: cmdi
    run("ping " + cmd)


def shadowed_module_alias(sp):
    cmd = r.args.get("cmd")
    # safe: cmdi
    sp.call(cmd, shell=True)


def same_name_other_module():
    cmd = r.args.get("cmd")
    # safe: cmdi
    helper_system(cmd)

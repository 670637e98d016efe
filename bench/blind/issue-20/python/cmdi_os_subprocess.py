# class: cmdi — os.system/popen/spawn*/exec*/posix_spawn and subprocess with shell=True or a shell as program vs argument lists
import os
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/convert")
def convert():
    src = request.form["src"]
    fmt = request.form["fmt"]
    # expect: cmdi
    subprocess.run(f"libreoffice --headless --convert-to {fmt} /srv/docs/{src}", shell=True, check=True)
    return "ok"


@app.post("/convert-safe")
def convert_safe():
    src = request.form["src"]
    fmt = request.form["fmt"]
    # safe: cmdi
    subprocess.run(["libreoffice", "--headless", "--convert-to", fmt, "--", f"/srv/docs/{src}"], check=True)
    return "ok"


@app.post("/grep")
def grep():
    pattern = request.form["pattern"]
    # expect: cmdi
    out = subprocess.check_output(["/bin/bash", "-c", "grep -rn " + pattern + " /srv/logs"])
    return out


@app.post("/grep-quoted")
def grep_quoted():
    pattern = request.form["pattern"]
    # safe: cmdi
    out = subprocess.check_output("grep -rn " + shlex.quote(pattern) + " /srv/logs", shell=True)
    return out


@app.post("/spawn")
def spawn():
    job = request.form["job"]
    # expect: cmdi
    os.spawnl(os.P_NOWAIT, "/bin/sh", "sh", "-c", "/opt/jobs/run " + job)
    return "spawned"


@app.post("/exec")
def exec_tool():
    tool = request.form["tool"]
    pid = os.fork()
    if pid == 0:
        # expect: cmdi
        os.execvp(tool, [tool, "--version"])
    return "forked"


@app.post("/posix-spawn")
def posix_spawn():
    cmd = request.form["cmd"]
    # expect: cmdi
    os.posix_spawn("/bin/sh", ["sh", "-c", cmd], os.environ)
    return "spawned"


@app.post("/disk")
def disk():
    mount = request.args.get("mount", "/")
    # expect: cmdi
    usage = os.popen(f"df -h {mount}").read()
    return usage


@app.get("/uptime")
def uptime():
    # safe: cmdi
    return subprocess.run("uptime", shell=True, capture_output=True, text=True).stdout


@app.get("/version")
def version():
    # safe: cmdi
    return os.popen("git rev-parse HEAD").read()

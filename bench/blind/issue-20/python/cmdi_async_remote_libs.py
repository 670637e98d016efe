# class: cmdi — asyncio subprocess APIs, paramiko exec_command, sh, plumbum, pexpect, fabric with request data
import asyncio

import paramiko
import pexpect
import sh
from fabric import Connection
from plumbum import local
from starlette.requests import Request
from starlette.responses import PlainTextResponse


async def restart_service(request: Request):
    service = request.query_params["service"]
    # expect: cmdi
    proc = await asyncio.create_subprocess_exec("sh", "-c", f"systemctl restart {service}")
    await proc.wait()
    # safe: cmdi
    proc2 = await asyncio.create_subprocess_exec("systemctl", "status", "--", service)
    await proc2.wait()
    return PlainTextResponse("ok")


async def tail_log(request: Request):
    name = request.query_params["name"]
    loop = asyncio.get_running_loop()
    # expect: cmdi
    transport, _ = await loop.subprocess_shell(asyncio.SubprocessProtocol, "tail -n 50 /var/log/" + name)
    transport.close()
    # safe: cmdi
    transport2, _ = await loop.subprocess_exec(asyncio.SubprocessProtocol, "tail", "-n", "50", "/var/log/app.log")
    transport2.close()
    return PlainTextResponse("ok")


async def remote_disk(request: Request):
    path = request.query_params["path"]
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect("backup.internal", username="ops")
    # expect: cmdi
    _, stdout, _ = client.exec_command("du -sh " + path)
    usage = stdout.read()

    # safe: cmdi
    _, uptime, _ = client.exec_command("uptime")
    return PlainTextResponse(usage + uptime.read())


async def compress(request: Request):
    form = await request.form()
    # expect: cmdi
    sh.bash("-c", f"gzip -k {form['file']}")
    # expect: cmdi
    local["sh"]["-c", "bzip2 -k " + form["file"]]()
    return PlainTextResponse("ok")


async def remote_copy(request: Request):
    host = request.query_params["host"]
    # expect: cmdi
    child = pexpect.spawn(f"scp /srv/export.tgz ops@{host}:/tmp/")
    child.expect(pexpect.EOF)
    # expect: cmdi
    pexpect.run("ssh ops@" + host + " uptime")
    return PlainTextResponse("ok")


async def deploy(request: Request):
    branch = request.query_params["branch"]
    conn = Connection("app.internal")
    # expect: cmdi
    conn.run(f"cd /srv/app && git checkout {branch}")
    # expect: cmdi
    conn.sudo("systemctl reload app-" + branch)
    # expect: cmdi
    conn.local(f"git tag deploy-{branch}")

    # safe: cmdi
    conn.run("systemctl is-active app")
    return PlainTextResponse("deployed")

import asyncio
import os
import subprocess

import pexpect
import sh
from flask import Flask, request
from plumbum import local

app = Flask(__name__)
TOOLS = {'png': '/usr/bin/optipng', 'jpg': '/usr/bin/jpegoptim'}


@app.route('/optimize')
def optimize():
    tool = request.args['tool']
    path = request.args.get('path')
    # expect: cmdi
    os.execl(tool, tool, '-v')
    # expect: cmdi
    os.execvp(tool, [tool, '--', path])
    # expect: cmdi
    os.spawnlp(os.P_WAIT, tool, tool, path)
    # expect: cmdi
    os.posix_spawn(tool, [tool, path], os.environ)
    # safe: cmdi
    os.execv('/usr/bin/optipng', ['optipng', '--', path])
    # safe: cmdi
    os.spawnv(os.P_WAIT, TOOLS[tool], [TOOLS[tool], '--', path])
    # expect: cmdi
    subprocess.run(tool)
    # safe: cmdi
    subprocess.run(['optipng', '--', path])
    argv = ['jpegoptim', '--', path]
    # safe: cmdi
    subprocess.run(argv, check=True)
    return 'ok'


@app.route('/probe')
async def probe():
    program = request.args.get('program')
    host = request.args.get('host')
    # expect: cmdi
    proc = await asyncio.create_subprocess_exec(program, host)
    # safe: cmdi
    proc = await asyncio.create_subprocess_exec('ping', '-c', '1', host)
    loop = asyncio.get_running_loop()
    # expect: cmdi
    await loop.subprocess_exec(asyncio.SubprocessProtocol, program, host)
    # safe: cmdi
    await loop.subprocess_exec(asyncio.SubprocessProtocol, 'ping', '-c', '1', host)
    return str(await proc.wait())


@app.route('/remote')
def remote():
    host = request.form['host']
    name = request.form['name']
    # expect: cmdi
    pexpect.run('ssh ' + host)
    # expect: cmdi
    child = pexpect.spawn(f'ping -c 1 {host}')
    # safe: cmdi
    pexpect.spawn('ping', ['-c', '1', host])
    # expect: cmdi
    sh.Command(name)()
    # safe: cmdi
    sh.ping('-c', '1', host)
    # expect: cmdi
    local[name]()
    # safe: cmdi
    local['ping']('-c', '1', host)
    return child.before

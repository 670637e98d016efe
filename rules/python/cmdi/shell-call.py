import asyncio
import os
import subprocess
import sys

import paramiko
from fabric import Connection
from fastapi import FastAPI

app = FastAPI()
BACKUP_DIR = '/var/backups'


@app.post('/backup')
def backup(database: str):
    # expect: cmdi
    os.system(f"pg_dump {database} > {BACKUP_DIR}/{database}.sql")
    # safe: cmdi
    os.system(f"pg_dump main > {BACKUP_DIR}/main.sql")
    return {'ok': True}


@app.get('/whois')
def whois(domain: str):
    # expect: cmdi
    return os.popen('whois ' + domain).read()


@app.get('/run')
def run_tool(tool: str, target: str):
    # expect: cmdi
    subprocess.run(['bash', '-c', f'{tool} {target}'], check=True)
    # safe: cmdi
    subprocess.run(['nmap', '-sV', target], check=True)
    # expect: cmdi
    subprocess.run([tool, target], check=True)
    return {'ok': True}


def main():
    # expect: cmdi
    os.system('git clone ' + sys.argv[1])
    # safe: cmdi
    subprocess.run(['git', 'clone', '--', sys.argv[1]], check=True)
    # safe: cmdi
    os.system('clear')


@app.get('/dns')
async def dns(host: str):
    # expect: cmdi
    proc = await asyncio.create_subprocess_exec('sh', '-c', 'dig ' + host)
    # expect: cmdi
    os.execl('/bin/bash', 'bash', '-c', f'host {host}')
    # safe: cmdi
    os.execl('/usr/bin/dig', 'dig', '+short', host)
    loop = asyncio.get_running_loop()
    # expect: cmdi
    await loop.subprocess_shell(asyncio.SubprocessProtocol, 'nslookup ' + host)
    # safe: cmdi
    await loop.subprocess_shell(asyncio.SubprocessProtocol, 'nslookup example.com')
    # expect: cmdi
    getattr(os, 'system')('ping -c 1 ' + host)
    # expect: cmdi
    __import__('os').popen('whois ' + host)
    # safe: cmdi
    getattr(os, 'getcwd')()
    return await proc.wait()


@app.get('/remote-logs')
def remote_logs(service: str):
    client = paramiko.SSHClient()
    client.connect('logs.internal', username='ops')
    # expect: cmdi
    _, out, _ = client.exec_command('journalctl -u ' + service)
    # safe: cmdi
    client.exec_command('uptime')
    conn = Connection('web1.internal')
    # expect: cmdi
    conn.run(f'systemctl status {service}')
    # expect: cmdi
    conn.sudo('systemctl restart ' + service)
    # safe: cmdi
    conn.run('uptime')
    return out.read()

import os
import subprocess
import sys

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

import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route('/ping')
def ping():
    host = request.args.get('host')
    # expect: cmdi
    out = subprocess.check_output('ping -c 1 ' + host, shell=True)
    # safe: cmdi
    out2 = subprocess.run(['ping', '-c', '1', host], capture_output=True)
    return out + out2.stdout


@app.route('/convert', methods=['POST'])
def convert():
    name = request.form['name']
    # expect: cmdi
    subprocess.run(f"convert uploads/{name} -resize 200x200 thumbs/{name}", shell=True, check=True)
    # safe: cmdi
    subprocess.run(f"convert uploads/{shlex.quote(name)} thumbs/out.png", shell=True, check=True)
    return 'ok'


def archive(directory):
    # expect: cmdi
    return subprocess.getoutput('tar -czf /tmp/backup.tgz %s' % directory)


def lookup(domain):
    cmd = "nslookup {}".format(domain)
    # expect: cmdi
    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)
    return proc.communicate()[0]


def disk_usage():
    # safe: cmdi
    return subprocess.check_output('df -h | tail -n 1', shell=True)


@app.route('/logs')
def tail_logs():
    lines = int(request.args.get('n', 20))
    # safe: cmdi
    return subprocess.check_output(f"tail -n {lines} /var/log/app.log", shell=True)


@app.route('/trace')
def trace():
    host = request.args.get('host', '')
    # expect: cmdi
    subprocess.Popen(args='traceroute ' + host, shell=True)
    # safe: cmdi
    subprocess.Popen(args=['traceroute', host], shell=False)
    # safe: cmdi
    subprocess.Popen(args='traceroute example.com', shell=True)
    return 'ok'

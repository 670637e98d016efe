import base64
import json
import pickle
import socket

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route('/import', methods=['POST'])
def import_settings():
    # expect: deserialization
    settings = pickle.loads(request.data)
    # safe: deserialization
    same = json.loads(request.data)
    return jsonify(settings=settings, same=same)


@app.route('/session')
def restore_session():
    blob = base64.b64decode(request.cookies.get('state', ''))
    # expect: deserialization
    state = pickle.loads(blob)
    return jsonify(state)


def receive(sock: socket.socket):
    payload = sock.recv(65536)
    # expect: deserialization
    return pickle.loads(payload)


def load_cache():
    with open('/var/cache/app/index.pkl', 'rb') as fh:
        # safe: deserialization
        return pickle.load(fh)


def default_settings():
    # safe: deserialization
    return pickle.loads(b'\x80\x04\x95\x02\x00\x00\x00\x00\x00\x00\x00}\x94.')

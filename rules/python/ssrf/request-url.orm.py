# No HTTP client is imported here: session, client and db are an ORM session and a cache client,
# whose get/delete/request methods send no HTTP request.
from flask import Flask, jsonify, request
from sqlalchemy.orm import Session

from .cache import client
from .db import engine
from .models import Note

app = Flask(__name__)


@app.route('/notes/<int:note_id>', methods=['DELETE'])
def delete_note(note_id):
    with Session(engine) as session:
        note = session.get(Note, request.view_args['note_id'])
        # safe: ssrf
        session.delete(note)
        # safe: ssrf
        session.delete(request.json['draft'])
        session.commit()
    return jsonify(ok=True)


@app.route('/cache')
def cached():
    key = request.args['key']
    # safe: ssrf
    value = client.get(key)
    # safe: ssrf
    client.delete(request.args['stale'])
    return jsonify(value=value)

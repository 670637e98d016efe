import os
import pickle
import zlib

from flask import Flask, request

app = Flask(__name__)
DEFAULTS = b'\x80\x04\x95\x02\x00\x00\x00\x00\x00\x00\x00}\x94.'


class FileCache:
    def __init__(self, directory):
        self.directory = directory

    def _path(self, key):
        return os.path.join(self.directory, '%s.cache' % abs(hash(key)))

    def set(self, key, value):
        with open(self._path(key), 'wb') as fh:
            # safe: deserialization
            fh.write(zlib.compress(pickle.dumps(value, pickle.HIGHEST_PROTOCOL)))

    def get(self, key, default=None):
        try:
            with open(self._path(key), 'rb') as fh:
                # expect: deserialization
                return pickle.loads(zlib.decompress(fh.read()))
        except FileNotFoundError:
            return default


class MemoryCache:
    def __init__(self):
        self._store = {}

    def set(self, key, value):
        # safe: deserialization
        self._store[key] = pickle.dumps(value)

    def get(self, key):
        blob = self._store.get(key)
        # expect: deserialization
        return None if blob is None else pickle.loads(blob)


class SessionStore:
    def save(self, db, session_key, data):
        db.execute('UPDATE sessions SET data = ? WHERE key = ?', (pickle.dumps(data), session_key))

    def load(self, db, session_key):
        row = db.execute('SELECT data FROM sessions WHERE key = ?', (session_key,)).fetchone()
        # expect: deserialization
        return pickle.loads(row[0]) if row else {}


@app.route('/restore', methods=['POST'])
def restore():
    # expect: deserialization
    state = pickle.loads(request.get_data())
    # safe: deserialization
    defaults = pickle.loads(DEFAULTS)
    return {'state': str(state), 'defaults': defaults}

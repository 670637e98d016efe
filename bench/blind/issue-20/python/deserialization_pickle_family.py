# class: deserialization — pickle/cPickle/_pickle/dill/cloudpickle/joblib/marshal/shelve loads by name or alias; dumps is fine
import _pickle
import base64
import json
import marshal
import pickle
import pickle as pkl
import shelve

import cloudpickle
import dill
import joblib
from flask import Flask, jsonify, request

try:
    import cPickle as compat_pickle
except ImportError:
    import pickle as compat_pickle

app = Flask(__name__)


@app.post("/session/restore")
def restore():
    # expect: deserialization
    state = pickle.loads(request.data)
    return jsonify(keys=list(state))


@app.post("/session/restore-cookie")
def restore_cookie():
    blob = base64.b64decode(request.cookies["state"])
    # expect: deserialization
    state = pkl.loads(blob)
    return jsonify(keys=list(state))


@app.post("/session/restore-fast")
def restore_fast():
    # expect: deserialization
    state = _pickle.loads(request.get_data())
    return jsonify(keys=list(state))


@app.post("/session/restore-compat")
def restore_compat():
    # expect: deserialization
    state = compat_pickle.loads(request.get_data())
    return jsonify(keys=list(state))


@app.post("/jobs/submit")
def submit_job():
    # expect: deserialization
    func = dill.loads(request.files["job"].read())
    # expect: deserialization
    callback = cloudpickle.loads(request.files["callback"].read())
    return jsonify(name=getattr(func, "__name__", "?"), cb=getattr(callback, "__name__", "?"))


@app.post("/models/upload")
def upload_model():
    # expect: deserialization
    model = joblib.load(request.files["model"])
    return jsonify(kind=type(model).__name__)


@app.post("/code/load")
def load_code():
    # expect: deserialization
    code_obj = marshal.loads(request.data)
    return jsonify(name=code_obj.co_name)


@app.get("/cache/<name>")
def cache(name):
    # expect: deserialization
    with shelve.open("/srv/cache/" + request.args["db"]) as db:
        return jsonify(value=str(db.get(name)))


@app.post("/session/save")
def save():
    state = {"cart": request.json.get("cart", [])}
    # safe: deserialization
    blob = pickle.dumps(state)
    return jsonify(size=len(blob))


@app.post("/session/restore-json")
def restore_json():
    # safe: deserialization
    state = json.loads(request.data)
    return jsonify(keys=list(state))


def snapshot_to_disk(state: dict) -> None:
    with open("/srv/app/snapshots/latest.pkl", "wb") as fh:
        # safe: deserialization
        pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)

# class: deserialization — yaml.load Loader choices, ruamel YAML(typ='unsafe'), jsonpickle.decode, torch.load weights_only, numpy allow_pickle, multiprocessing recv
from multiprocessing.connection import Listener

import jsonpickle
import numpy as np
import torch
import yaml
from fastapi import FastAPI, File, Request, UploadFile
from ruamel.yaml import YAML

app = FastAPI()


@app.post("/config/import")
async def import_config(request: Request):
    body = await request.body()
    # expect: deserialization
    config = yaml.load(body)

    # safe: deserialization
    same = yaml.load(body, Loader=yaml.SafeLoader)
    return {"keys": list(config), "same": list(same)}


@app.post("/config/import-full")
async def import_full(request: Request):
    body = await request.body()
    # expect: deserialization
    config = yaml.load(body, Loader=yaml.Loader)
    # expect: deserialization
    unsafe = yaml.unsafe_load(body)

    # safe: deserialization
    plain = yaml.safe_load(body)
    return {"n": len(config) + len(unsafe) + len(plain)}


@app.post("/config/ruamel")
async def import_ruamel(request: Request):
    body = await request.body()
    # expect: deserialization
    data = YAML(typ="unsafe").load(body)

    # safe: deserialization
    same = YAML(typ="safe").load(body)
    return {"n": len(data) + len(same)}


@app.post("/state/restore")
async def restore_state(request: Request):
    # expect: deserialization
    state = jsonpickle.decode((await request.body()).decode())
    return {"type": type(state).__name__}


@app.post("/models/weights")
async def load_weights(upload: UploadFile = File(...)):
    # expect: deserialization
    model = torch.load(upload.file)

    # safe: deserialization
    weights = torch.load(upload.file, weights_only=True)
    return {"model": type(model).__name__, "tensors": len(weights)}


@app.post("/arrays")
async def load_array(upload: UploadFile = File(...)):
    # expect: deserialization
    arr = np.load(upload.file, allow_pickle=True)

    # safe: deserialization
    plain = np.load(upload.file)
    return {"shape": list(arr.shape), "plain": list(plain.shape)}


def worker_loop():
    with Listener(("0.0.0.0", 6000)) as listener:
        with listener.accept() as conn:
            # expect: deserialization
            task = conn.recv()
            conn.send_bytes(repr(task).encode())

import io
import pickle

import jsonpickle
import numpy as np
import torch
from fastapi import FastAPI, UploadFile
from flask import Flask, request

app = Flask(__name__)
api = FastAPI()
MODEL_PATH = '/models/classifier.pt'


@app.route('/restore', methods=['POST'])
def restore():
    # expect: deserialization
    obj = jsonpickle.decode(request.get_data(as_text=True))
    # expect: deserialization
    other = pickle.Unpickler(io.BytesIO(request.data)).load()
    return str(obj) + str(other)


@app.route('/model', methods=['POST'])
def upload_model():
    f = request.files['model']
    # expect: deserialization
    model = torch.load(f)
    # safe: deserialization
    weights = torch.load(f, weights_only=True)
    # safe: deserialization
    arr = np.load(request.files['arr'])
    return str(model) + str(weights) + str(arr)


def load_default_model():
    # safe: deserialization
    return torch.load(MODEL_PATH)

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from flask import Flask, request
from flask_cors import CORS, cross_origin

app = Flask(__name__)
api = FastAPI()
admin_api = FastAPI()
ALLOWED_ORIGINS = {'https://app.example.com'}

# expect: cors
CORS(app, supports_credentials=True)
# safe: cors
CORS(app, origins=['https://app.example.com'], supports_credentials=True)
# safe: cors
CORS(app, resources={r'/public/*': {'origins': '*'}})

# expect: cors
api.add_middleware(CORSMiddleware, allow_origins=['*'], allow_credentials=True, allow_methods=['*'], allow_headers=['*'])
# safe: cors
admin_api.add_middleware(CORSMiddleware, allow_origins=['https://admin.example.com'], allow_credentials=True, allow_methods=['*'])
# safe: cors
api.add_middleware(CORSMiddleware, allow_origins=['*'], allow_methods=['GET'])


@app.route('/api/profile')
# expect: cors
@cross_origin(origins='*', supports_credentials=True)
def profile():
    return {'name': 'demo'}


@app.after_request
def add_cors(response):
    # expect: cors
    response.headers['Access-Control-Allow-Origin'] = request.headers.get('Origin')
    response.headers['Access-Control-Allow-Credentials'] = 'true'
    return response


@app.after_request
def add_cors_checked(response):
    origin = request.headers.get('Origin')
    allowed = origin if origin in ALLOWED_ORIGINS else 'https://app.example.com'
    # safe: cors
    response.headers['Access-Control-Allow-Origin'] = allowed
    return response

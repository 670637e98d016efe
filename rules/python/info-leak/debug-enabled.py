import os

from fastapi import FastAPI
from flask import Flask

app = Flask(__name__)
# expect: info-leak
app.config['DEBUG'] = True
# safe: info-leak
app.config['TESTING'] = True
# expect: info-leak
api = FastAPI(title='Orders', debug=True)
# safe: info-leak
docs_api = FastAPI(title='Docs', debug=False)


class Config:
    # expect: info-leak
    DEBUG = True
    # safe: info-leak
    SQLALCHEMY_TRACK_MODIFICATIONS = True


def test_settings():
    # safe: info-leak
    DEBUG = True
    return DEBUG


if __name__ == '__main__':
    # expect: info-leak
    app.run(host='0.0.0.0', port=5000, debug=True)
    # safe: info-leak
    app.run(debug=os.environ.get('FLASK_DEBUG') == '1')

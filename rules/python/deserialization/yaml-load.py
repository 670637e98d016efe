import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route('/config', methods=['POST'])
def upload_config():
    # expect: deserialization
    config = yaml.load(request.form['config'])
    # safe: deserialization
    safe_config = yaml.safe_load(request.form['config'])
    # expect: deserialization
    full = yaml.load(request.data, Loader=yaml.FullLoader)
    # safe: deserialization
    checked = yaml.load(request.data, Loader=yaml.SafeLoader)
    return jsonify(config=config, safe=safe_config, full=full, checked=checked)


def parse_manifest(text):
    # expect: deserialization
    return list(yaml.unsafe_load_all(text))


def load_defaults():
    with open('defaults.yaml') as fh:
        # safe: deserialization
        return yaml.load(fh, yaml.CSafeLoader)


def load_plugins():
    with open('plugins.yaml') as fh:
        # expect: deserialization
        return yaml.load(fh, Loader=yaml.Loader)

# class: xxe — lxml.etree parsers with resolve_entities=True / no_network=False / default parser on uploads vs hardened parser and defusedxml
import xml.etree.ElementTree as ET

import defusedxml.ElementTree as DET
from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.post("/feeds/import")
def import_feed():
    # expect: xxe
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(request.data, parser)
    return jsonify(items=len(root.findall("item")))


@app.post("/feeds/remote-dtd")
def import_remote_dtd():
    # expect: xxe
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    tree = etree.parse(request.files["feed"], parser)
    return jsonify(root=tree.getroot().tag)


@app.post("/feeds/default")
def import_default():
    # expect: xxe
    root = etree.fromstring(request.get_data())
    return jsonify(root=root.tag)


@app.post("/feeds/hardened")
def import_hardened():
    parser = etree.XMLParser(resolve_entities=False, no_network=True, dtd_validation=False, load_dtd=False)
    # safe: xxe
    root = etree.fromstring(request.data, parser)
    return jsonify(items=len(root.findall("item")))


@app.post("/feeds/defused")
def import_defused():
    # safe: xxe
    root = DET.fromstring(request.data)
    return jsonify(root=root.tag)


@app.get("/feeds/sample")
def sample():
    # safe: xxe
    root = ET.fromstring("<feed><item id='1'/></feed>")
    return jsonify(root=root.tag)

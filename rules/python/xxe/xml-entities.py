import xmlrpc.client
import xml.sax
from xml.sax.handler import feature_external_ges
from xmlrpc.server import DocXMLRPCServer, SimpleXMLRPCRequestHandler, SimpleXMLRPCServer

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route('/import', methods=['POST'])
def import_xml():
    # expect: xxe
    parser = etree.XMLParser(resolve_entities=True)
    # safe: xxe
    safe_parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=True)
    root = etree.fromstring(request.data, parser)
    other = etree.fromstring(request.data, safe_parser)
    return str(len(root) + len(other))


@app.route('/feed', methods=['POST'])
def feed():
    # expect: xxe
    doc = etree.fromstring(request.data)
    return doc.findtext('title')


def dtd_parser():
    # expect: xxe
    return etree.XMLParser(load_dtd=True, no_network=False)


def sax_parse(stream, handler):
    parser = xml.sax.make_parser()
    # expect: xxe
    parser.setFeature(feature_external_ges, True)
    # safe: xxe
    parser.setFeature(feature_external_ges, False)
    parser.setContentHandler(handler)
    parser.parse(stream)


def load_static():
    # safe: xxe
    return etree.parse('/etc/app/static.xml')


def serve_rpc(register):
    # expect: xxe
    server = SimpleXMLRPCServer(('0.0.0.0', 8000), allow_none=False)
    register(server)
    # safe: xxe
    listing = SimpleXMLRPCRequestHandler.rpc_paths
    # expect: xxe
    docs = DocXMLRPCServer(('127.0.0.1', 8001))
    # safe: xxe
    client = xmlrpc.client.ServerProxy('https://rpc.example.com/')
    return server, listing, docs, client

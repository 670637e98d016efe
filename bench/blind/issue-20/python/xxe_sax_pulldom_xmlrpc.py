# class: xxe — xml.sax / pulldom with external general entities enabled, xmlrpc servers; import of xml alone is not a finding
# safe: xxe
import xml
import xml.sax
from xml.dom import pulldom
from xml.sax.handler import ContentHandler, feature_external_ges
from xmlrpc.server import SimpleXMLRPCServer


class CountHandler(ContentHandler):
    def __init__(self):
        super().__init__()
        self.count = 0

    def startElement(self, name, attrs):
        self.count += 1


def count_elements(upload_path: str) -> int:
    parser = xml.sax.make_parser()
    # expect: xxe
    parser.setFeature(feature_external_ges, True)
    handler = CountHandler()
    parser.setContentHandler(handler)
    parser.parse(upload_path)
    return handler.count


def count_elements_default(upload_path: str) -> int:
    parser = xml.sax.make_parser()
    handler = CountHandler()
    parser.setContentHandler(handler)
    # safe: xxe
    parser.parse(upload_path)
    return handler.count


def stream_orders(upload_path: str):
    parser = xml.sax.make_parser()
    # expect: xxe
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    events = pulldom.parse(upload_path, parser=parser)
    for event, node in events:
        if event == pulldom.START_ELEMENT and node.tagName == "order":
            events.expandNode(node)
            yield node.toxml()


def stream_orders_default(upload_path: str):
    # safe: xxe
    events = pulldom.parse(upload_path)
    for event, node in events:
        if event == pulldom.START_ELEMENT:
            yield node.tagName


def serve_rpc():
    # expect: xxe
    server = SimpleXMLRPCServer(("0.0.0.0", 8001), allow_none=True)
    server.register_function(pow)
    server.serve_forever()


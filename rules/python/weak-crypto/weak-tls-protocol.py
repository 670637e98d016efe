import socket
import ssl

from OpenSSL import SSL


def legacy_client(host):
    # expect: weak-crypto
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    # safe: weak-crypto
    modern = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # expect: weak-crypto
    modern.minimum_version = ssl.TLSVersion.TLSv1
    # safe: weak-crypto
    modern.maximum_version = ssl.TLSVersion.TLSv1_3
    return ctx, modern


def server_context():
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    # safe: weak-crypto
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    # expect: weak-crypto
    ctx.set_ciphers('RC4-SHA:DES-CBC3-SHA:HIGH')
    # safe: weak-crypto
    ctx.set_ciphers('ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5:!DES')
    return ctx


def pyopenssl_context():
    # expect: weak-crypto
    old = SSL.Context(SSL.TLSv1_METHOD)
    # safe: weak-crypto
    new = SSL.Context(SSL.TLS_METHOD)
    return old, new


def raw_socket(host):
    sock = socket.create_connection((host, 443))
    # expect: weak-crypto
    tls = ssl.wrap_socket(sock)
    # safe: weak-crypto
    verified = ssl.wrap_socket(sock, cert_reqs=ssl.CERT_REQUIRED, ca_certs='/etc/ssl/certs/ca-certificates.crt')
    return tls, verified


def describe(ctx):
    # safe: weak-crypto
    return 'legacy' if ctx.protocol == ssl.PROTOCOL_TLSv1 else 'modern'

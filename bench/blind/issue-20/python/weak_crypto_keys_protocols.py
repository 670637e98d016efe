# class: weak-crypto — RSA/DSA < 2048, EC curves < 224 bits, ssl/pyOpenSSL legacy protocols, wrap_socket without verification, weak cipher suites
import socket
import ssl

from Crypto.PublicKey import RSA as PyRSA
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa
from OpenSSL import SSL


def signing_key():
    # expect: weak-crypto
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)


def signing_key_strong():
    # safe: weak-crypto
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def dsa_key():
    # expect: weak-crypto
    return dsa.generate_private_key(key_size=1024)


def ec_key():
    # expect: weak-crypto
    return ec.generate_private_key(ec.SECP192R1())


def ec_key_strong():
    # safe: weak-crypto
    return ec.generate_private_key(ec.SECP256R1())


def legacy_rsa():
    # expect: weak-crypto
    return PyRSA.generate(1024)


def tls1_context():
    # expect: weak-crypto
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1)


def tls11_context():
    # expect: weak-crypto
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1_1)


def client_context():
    # safe: weak-crypto
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def openssl_context():
    # expect: weak-crypto
    return SSL.Context(SSL.TLSv1_METHOD)


def openssl_sslv3():
    # expect: weak-crypto
    return SSL.Context(SSL.SSLv3_METHOD)


def openssl_modern():
    # safe: weak-crypto
    return SSL.Context(SSL.TLS_CLIENT_METHOD)


def raw_connect(host: str):
    sock = socket.create_connection((host, 443))
    # expect: weak-crypto
    return ssl.wrap_socket(sock)


def weak_suites():
    ctx = ssl.create_default_context()
    # expect: weak-crypto
    ctx.set_ciphers("RC4-SHA:DES-CBC3-SHA:NULL-MD5")
    return ctx


def strong_suites():
    ctx = ssl.create_default_context()
    # safe: weak-crypto
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20")
    return ctx

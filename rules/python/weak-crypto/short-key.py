from Crypto.PublicKey import DSA, ECC, RSA
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa


def signing_keys():
    # expect: weak-crypto
    k1 = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    # safe: weak-crypto
    k2 = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    # expect: weak-crypto
    k3 = rsa.generate_private_key(65537, 512)
    # expect: weak-crypto
    k4 = dsa.generate_private_key(key_size=1024)
    # safe: weak-crypto
    k5 = dsa.generate_private_key(key_size=2048)
    return k1, k2, k3, k4, k5


def pycryptodome_keys():
    # expect: weak-crypto
    r = RSA.generate(1024)
    # safe: weak-crypto
    s = RSA.generate(2048)
    # expect: weak-crypto
    d = DSA.generate(1024)
    return r, s, d


def curve_keys():
    # expect: weak-crypto
    a = ec.generate_private_key(ec.SECP192R1())
    # safe: weak-crypto
    b = ec.generate_private_key(ec.SECP256R1())
    # expect: weak-crypto
    c = ECC.generate(curve='P-192')
    # safe: weak-crypto
    d = ECC.generate(curve='P-256')
    return a, b, c, d

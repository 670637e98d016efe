# class: hardcoded-secret — private key blocks (with a body) and public keys in a Python signing module
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

# expect: hardcoded-secret
SIGNING_KEY_PEM = b"""-----BEGIN RSA PRIVATE KEY-----
MIIEpAIBAAKCAQEA{{token:W10FLeJ|2IuDptnyLOE8|uw+just2|hwSWpIbQWDFc|UKRWVvfkR|jKMQaEGmE/af|SbXr}}
{{token:h708bNuVnBM9|voE9ELljTQfyV78C|q5HPgkLwXlVd3eUL|v3kDVtCF|b5aHl37o|beiY}}
{{token:MSz+uFqHyCCr|JWMiPsItz|gecScHlW2J3vUNc|lD10JgCurHDD|N219NFWG|Hos6mARe}}
{{token:ZTpMezxsPwx|XpzKquVLDs5lC|ZH22DGUGRI/|dcKDDjXbtu3|XTls+HrRqCv7ly|5P3S}}
-----END RSA PRIVATE KEY-----
"""

# safe: hardcoded-secret
VERIFY_KEY_PEM = b"""-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA{{token:5O+HKmLy|zzxA8|GEXwfgd|64z4D2|vZp02Xd|e6LFwFYNmu|3+krhQI0a+|/Qvo0RAoPPw}}
{{token:xvwQmbCj22jM4cjN|482ImOJShw|lhC7oS|43wwkBA4FnB|Z1nZjV|7hpsscjz|UpfoVZH}}
{{token:ny4TkW29ftm|X/voLH2qLkgS|sa07F/1gwvnL4+UV|NnDpbChPCBDPX|Iuoj/oJxwDT7}}
mwIDAQAB
-----END PUBLIC KEY-----
"""

# safe: hardcoded-secret
PEM_HEADER = "-----BEGIN RSA PRIVATE KEY-----"


def load_signer(pem: bytes = SIGNING_KEY_PEM):
    if not pem.decode().startswith(PEM_HEADER):
        raise ValueError("expected a PKCS#1 key")
    return serialization.load_pem_private_key(pem, password=None)


def sign(payload: bytes) -> bytes:
    return load_signer().sign(payload, padding.PKCS1v15(), hashes.SHA256())


def load_from_disk(path: str):
    # safe: hardcoded-secret
    with open(path, "rb") as fh:
        return serialization.load_pem_private_key(fh.read(), password=None)


# expect: hardcoded-secret
DEPLOY_SSH_KEY = """-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
{{token:3raYF+G|qvBGcPTlSxUYR|ZC/Qqgm|uuK8srQM|51fqblxCc|BtbRzFOOTc+usUy|IPg/5}}
{{token:PrqIUAnG4|JWy6jw1O4TFu|5AeNQqwbYf3v17|NxP1K0Xl0D|XQ/ALFKX|MfwSb1J7P6K}}
-----END OPENSSH PRIVATE KEY-----"""

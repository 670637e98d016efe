// The calls that act on what a High-tier topic is about (hash a password, charge a card, sign a
// token, store or log personal data). A High-tier topic makes a file High only with two signals:
// a keyword and one of these calls, or a keyword and a Warden finding of its classes.

export const HIGH_TIER_CALLS: Record<string, RegExp[]> = {
  authentication: [
    /\b(bcrypt|argon2|scrypt|pbkdf2|passlib)\w*\.\w+\(|\b(checkpw|hashpw|verify_password|check_password|make_password|compareSync|hashSync)\s*\(|\bauthenticate\w*\s*\(|\blog_?in(_user)?\s*\(|\bpassport\.\w+\(|\b(req\.)?session\s*\[|\bsession\.(get|set|regenerate|invalidate)\w*\(|\bHttpSession\b|\bSecurityContextHolder\b|\bPasswordEncoder\b|\bexecuteQuery\s*\(|\bprepareStatement\s*\(/,
  ],
  crypto: [
    /\b(createHash|createHmac|createCipheriv|createDecipheriv|randomBytes|randomUUID|pbkdf2Sync|scryptSync|generateKeyPair\w*)\s*\(|\bhashlib\.\w+\(|\bhmac\.\w+\(|\bsecrets\.\w+\(|\bos\.urandom\(|\b(AES|DES|RSA|Fernet|AESGCM)\.?\w*\(|\bCipher\.getInstance\(|\bMessageDigest\.getInstance\(|\bMac\.getInstance\(|\bSecureRandom\b|\b(aes|cipher|hmac|sha256|sha1|md5|rsa|ecdsa|ed25519|rand)\.\w+\(|\bcrypto\.subtle\.\w+\(|\bjwt\.(sign|verify|decode)\(/,
  ],
  jwt: [/\bjwt\.\w+\(|\bJwts\.\w+\(|\bParseWithClaims\(|\bNewWithClaims\(|\bjose\.\w+\(|\bverify\w*\(/],
  payments: [
    /\bstripe\.\w+\.\w+\(|\b(paymentIntents|charges|refunds|checkout\.sessions|customers|subscriptions)\.(create|update|capture|confirm)\(|\bpaypal\w*\.\w+\(|\bbraintree\.\w+\(|\bPaymentIntent\.create\(|\bcharge\w*\s*\(/,
  ],
  'personal-data': [
    /\.(save|insert\w*|execute|query|create|update\w*|write\w*|send\w*)\s*\(|\b(log(ger)?|logging|console)\.\w+\(|\bprint(ln|f)?\s*\(|\bjsonify\(|\bres\.(json|send)\(|\bcsv\.\w*writer\(/,
  ],
};

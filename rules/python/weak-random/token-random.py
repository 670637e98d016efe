import random
import secrets
import string

from flask import Flask, jsonify

app = Flask(__name__)


def generate_token(length=32):
    alphabet = string.ascii_letters + string.digits
    # expect: weak-random
    return ''.join(random.choice(alphabet) for _ in range(length))


@app.route('/reset', methods=['POST'])
def request_reset():
    # expect: weak-random
    reset_code = random.randint(100000, 999999)
    # safe: weak-random
    reset_code2 = secrets.randbelow(900000) + 100000
    return jsonify(sent=True, debug=(reset_code, reset_code2))


def new_api_key():
    # expect: weak-random
    key = '%032x' % random.getrandbits(128)
    return key


def temp_password():
    # expect: weak-random
    password = ''.join(random.choices(string.ascii_letters, k=12))
    return password


def pick_greeting():
    # safe: weak-random
    greeting = random.choice(['Hello', 'Hi', 'Welcome'])
    return greeting


def shuffle_questions(questions):
    # safe: weak-random
    random.shuffle(questions)
    return questions


def retry_delay(attempt):
    # safe: weak-random
    return min(30, 2 ** attempt) + random.uniform(0, 1)

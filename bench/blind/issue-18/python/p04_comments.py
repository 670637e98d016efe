# point 4: a comment between the opening parenthesis and the first argument does not hide the call
import subprocess

from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("postgresql://app@localhost/app")


@app.route("/accounts/find")
def find_account():
    email = request.args["email"]
    with engine.connect() as conn:
        # expect: sqli
        rows = conn.exec_driver_sql(  # look the account up by email
            "SELECT id FROM accounts WHERE email = '" + email + "'"
        ).fetchall()
        # safe: sqli
        total = conn.execute(  # all accounts
            text("SELECT COUNT(*) FROM accounts")
        ).scalar()
    return {"rows": [r[0] for r in rows], "total": total}


@app.route("/accounts/export")
def export_account():
    name = request.args["name"]
    # expect: cmdi
    subprocess.run(  # the export tool takes a shell line
        "export-account " + name,
        shell=True,
    )
    # safe: cmdi
    subprocess.run(  # fixed argv, no shell
        ["/usr/bin/sync"],
    )
    return "ok"

# class: sqli/cmdi/path-traversal/ssrf — AWS Lambda event fields and sys.argv / input() / os.environ (medium-confidence sources)
import json
import os
import sqlite3
import subprocess
import sys
import urllib.request

import boto3

s3 = boto3.client("s3")


def handler(event, context):
    params = event["queryStringParameters"]
    conn = sqlite3.connect("/tmp/cache.db")
    # expect: sqli
    rows = conn.execute("SELECT v FROM kv WHERE k = '" + params["key"] + "'").fetchall()

    body = json.loads(event["body"])
    # expect: ssrf
    urllib.request.urlopen(body["callback_url"], timeout=5)

    # safe: sqli
    count = conn.execute("SELECT COUNT(*) FROM kv WHERE k = ?", (params["key"],)).fetchone()
    return {"statusCode": 200, "body": json.dumps({"rows": rows, "count": count})}


def s3_handler(event, context):
    key = event["Records"][0]["s3"]["object"]["key"]
    # expect: path-traversal
    with open(os.path.join("/tmp", key), "wb") as fh:
        s3.download_fileobj("uploads-bucket", key, fh)
    # expect: cmdi
    subprocess.run(f"clamscan /tmp/{key}", shell=True, check=False)


def main():
    table = sys.argv[1]
    conn = sqlite3.connect(os.environ.get("APP_DB", "app.db"))
    # expect: sqli
    conn.execute(f"DELETE FROM {table} WHERE created < date('now', '-30 day')")

    folder = input("Folder to compress: ")
    # expect: cmdi
    os.system("zip -r /tmp/out.zip " + folder)

    log_dir = os.environ["LOG_DIR"]
    # expect: path-traversal
    with open(log_dir + "/maintenance.log", "a") as fh:
        fh.write("done\n")


if __name__ == "__main__":
    main()

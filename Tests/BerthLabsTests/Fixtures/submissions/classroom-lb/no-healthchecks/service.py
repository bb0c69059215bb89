import os
import random
import string

import psycopg2
import redis
from flask import Flask, jsonify, redirect, request

app = Flask(__name__)

INSTANCE = os.environ.get("INSTANCE_NAME", os.uname().nodename)

cache = redis.Redis(host=os.environ["REDIS_HOST"], port=6379, decode_responses=True)


def get_db():
    return psycopg2.connect(
        host=os.environ["DB_HOST"],
        dbname=os.environ["DB_NAME"],
        user=os.environ["DB_USER"],
        password=os.environ["DB_PASS"],
    )


def new_code(length=7):
    return "".join(random.choices(string.ascii_letters + string.digits, k=length))


@app.route("/instance")
def instance():
    return jsonify(instance=INSTANCE)


@app.route("/shorten", methods=["POST"])
def shorten():
    long_url = request.get_json(force=True).get("url")
    if not long_url:
        return jsonify(error="url is required"), 400
    code = new_code()
    with get_db() as conn, conn.cursor() as cur:
        cur.execute("INSERT INTO urls (code, long_url) VALUES (%s, %s)", (code, long_url))
    cache.set(code, long_url)
    return jsonify(code=code, short_url=request.host_url + code)


@app.route("/expand")
def expand():
    code = request.args.get("url", "").rsplit("/", 1)[-1]
    long_url = cache.get(code)
    if long_url is None:
        with get_db() as conn, conn.cursor() as cur:
            cur.execute("SELECT long_url FROM urls WHERE code = %s", (code,))
            row = cur.fetchone()
        if row is None:
            return jsonify(error="not found"), 404
        long_url = row[0]
        cache.set(code, long_url)
    return jsonify(url=long_url)


@app.route("/<code>")
def follow(code):
    long_url = cache.get(code)
    if long_url is None:
        with get_db() as conn, conn.cursor() as cur:
            cur.execute("SELECT long_url FROM urls WHERE code = %s", (code,))
            row = cur.fetchone()
        if row is None:
            return jsonify(error="not found"), 404
        long_url = row[0]
    return redirect(long_url, code=302)


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000)

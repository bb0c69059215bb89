"""The backend's `GET /api/hello` in Flask, for bench/backend.sh to run under gunicorn."""
import os
import socket

from flask import Flask, jsonify

app = Flask(__name__)
# Like the backend: INSTANCE_ID names the replica, the hostname when it is unset or empty.
instance = os.environ.get("INSTANCE_ID") or socket.gethostname()


@app.get("/api/hello")
def hello():
    return jsonify(message="Hello, World!", instance=instance)

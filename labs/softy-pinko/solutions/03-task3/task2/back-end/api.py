"""The Softy Pinko back-end: one route, GET /api/hello."""
from flask import Flask

app = Flask(__name__)


@app.route("/api/hello")
def hello():
    return "Hello, World!"


if __name__ == "__main__":
    # 0.0.0.0 is every interface of the container: 127.0.0.1 would be reachable
    # from inside the container only, never through a published port.
    app.run(host="0.0.0.0", port=5252)

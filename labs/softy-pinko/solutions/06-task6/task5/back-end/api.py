"""The Softy Pinko back-end: one route, GET /api/hello, callable from the front-end's page."""
from flask import Flask
from flask_cors import CORS

app = Flask(__name__)

# The page is served from http://localhost:9000 and calls this API on port 5252:
# another origin, so the browser needs the CORS headers that flask-cors adds.
# Importing flask_cors is not enough; this line is what turns it on.
CORS(app, origins=["http://localhost:9000"])


@app.route("/api/hello")
def hello():
    return "Hello, World!"


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5252)

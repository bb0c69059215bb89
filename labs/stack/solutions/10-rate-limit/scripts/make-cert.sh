#!/bin/sh
# Writes a self-signed certificate for localhost, valid 30 days, into proxy/certs/,
# where the proxy reads it. Run it once before `docker compose up`, and again when
# it expires. Browsers warn about it (nobody they trust signed it); curl needs -k.
set -eu

certs="$(cd "$(dirname "$0")/.." && pwd)/proxy/certs"
mkdir -p "$certs"

# The key is readable by its owner only, from the moment it is written.
umask 077
openssl req -x509 -newkey rsa:2048 -nodes -days 30 \
    -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout "$certs/localhost.key" -out "$certs/localhost.crt" 2>/dev/null
chmod 600 "$certs/localhost.key"
chmod 644 "$certs/localhost.crt"

echo "wrote $certs/localhost.crt and $certs/localhost.key"

#!/bin/sh
# Loads the edited proxy/nginx.conf into the running proxy without dropping a
# request: nginx -t checks the files the container sees, and only if they pass does
# nginx -s reload start new workers with them while the old ones finish their
# requests. A broken config is reported and the old one keeps serving.
set -eu
cd "$(dirname "$0")/.."

docker compose exec -T proxy nginx -t
docker compose exec -T proxy nginx -s reload
echo "proxy reloaded"

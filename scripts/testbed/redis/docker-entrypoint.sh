#!/bin/sh
# The official image's entrypoint conventions: options alone run redis-server, /data
# belongs to redis, the server drops root, and it listens on every address with
# protected mode off (the official image compiles that in) unless a config file
# given on the command line says otherwise.
set -e

case "$1" in
    -*|*.conf) set -- redis-server "$@" ;;
esac

if [ "$1" = "redis-server" ]; then
    shift
    config=""
    case "$1" in
        ""|-*) ;;
        *) config="$1"; shift ;;
    esac
    # Defaults go between the config file and the caller's options, so both override them.
    sets() { [ -n "$config" ] && grep -qiE "^[[:space:]]*$1[[:space:]]" "$config" 2>/dev/null; }
    defaults=""
    sets bind || defaults="--bind 0.0.0.0"
    sets protected-mode || defaults="$defaults --protected-mode no"
    # shellcheck disable=SC2086 # the defaults are whitespace-separated words on purpose
    set -- redis-server ${config:+"$config"} $defaults "$@"
    if [ "$(id -u)" = "0" ]; then
        find . \! -user redis -exec chown redis '{}' + 2>/dev/null || true
        exec setpriv --reuid=redis --regid=redis --init-groups "$@"
    fi
fi

exec "$@"

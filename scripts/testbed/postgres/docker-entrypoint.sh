#!/bin/bash
# The official image's entrypoint conventions: POSTGRES_USER / _PASSWORD / _DB (and
# their _FILE forms), POSTGRES_INITDB_ARGS, POSTGRES_HOST_AUTH_METHOD, and
# /docker-entrypoint-initdb.d/ (*.sh, *.sql, *.sql.gz) run once, on an empty PGDATA.
set -Eeo pipefail

# VAR from the environment, or from the file VAR_FILE names (Docker secrets).
file_env() {
    local var="$1" file="${1}_FILE" default="${2:-}"
    if [ -n "${!var:-}" ] && [ -n "${!file:-}" ]; then
        echo "error: both $var and $file are set (but are exclusive)" >&2
        exit 1
    fi
    local value="$default"
    if [ -n "${!var:-}" ]; then value="${!var}"; elif [ -n "${!file:-}" ]; then value="$(<"${!file}")"; fi
    export "$var"="$value"
    unset "$file"
}

psql_run() {
    PGPASSWORD="${PGPASSWORD:-$POSTGRES_PASSWORD}" psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" \
        --no-password --no-psqlrc "$@"
}

initialize() {
    file_env POSTGRES_PASSWORD
    file_env POSTGRES_USER postgres
    file_env POSTGRES_DB "$POSTGRES_USER"
    file_env POSTGRES_INITDB_ARGS
    local auth="${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}"
    if [ -z "$POSTGRES_PASSWORD" ] && [ "$auth" != trust ]; then
        cat >&2 <<'MESSAGE'
Error: Database is uninitialized and superuser password is not specified.
       You must specify POSTGRES_PASSWORD to a non-empty value for the
       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".

       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all
       connections without a password. This is *not* recommended.
MESSAGE
        exit 1
    fi

    # shellcheck disable=SC2086 # POSTGRES_INITDB_ARGS is a list of words, as in the official image
    if [ -n "$POSTGRES_PASSWORD" ]; then
        initdb --username="$POSTGRES_USER" --pwfile=<(printf '%s\n' "$POSTGRES_PASSWORD") $POSTGRES_INITDB_ARGS
    else
        initdb --username="$POSTGRES_USER" $POSTGRES_INITDB_ARGS
    fi
    printf '\nhost all all all %s\n' "$auth" >>"$PGDATA/pg_hba.conf"

    # A server on a private socket only, so neither clients nor a pg_isready health check
    # see it before the scripts ran; PGHOST points the scripts' own psql at it.
    local socket
    socket=$(mktemp -d /tmp/postgres-init.XXXXXX)
    export PGHOST="$socket"
    pg_ctl -D "$PGDATA" -o "-c listen_addresses='' -c unix_socket_directories='$socket' -p ${PGPORT:-5432}" -w start
    if [ "$POSTGRES_DB" != postgres ]; then
        psql_run --dbname postgres --set db="$POSTGRES_DB" <<<'CREATE DATABASE :"db" ;'
    fi
    local script
    for script in /docker-entrypoint-initdb.d/*; do
        case "$script" in
            *.sh)
                if [ -x "$script" ]; then
                    echo "$0: running $script"
                    "$script"
                else
                    echo "$0: sourcing $script"
                    # shellcheck disable=SC1090 # the image's user supplies these scripts
                    . "$script"
                fi ;;
            *.sql) echo "$0: running $script"; psql_run --dbname "$POSTGRES_DB" -f "$script" ;;
            *.sql.gz) echo "$0: running $script"; gunzip -c "$script" | psql_run --dbname "$POSTGRES_DB" ;;
            *.sql.xz) echo "$0: running $script"; xzcat "$script" | psql_run --dbname "$POSTGRES_DB" ;;
            *) if [ -e "$script" ]; then echo "$0: ignoring $script"; fi ;;
        esac
    done
    pg_ctl -D "$PGDATA" -m fast -w stop
    unset PGHOST
    rm -rf "$socket"
    echo
    echo 'PostgreSQL init process complete; ready for start up.'
    echo
}

if [ "${1:0:1}" = '-' ]; then
    set -- postgres "$@"
fi

if [ "$1" = 'postgres' ]; then
    if [ "$(id -u)" = '0' ]; then
        mkdir -p "$PGDATA" /var/run/postgresql
        chown postgres:postgres "$PGDATA" /var/run/postgresql
        chmod 700 "$PGDATA"
        chmod 3777 /var/run/postgresql
        exec setpriv --reuid=postgres --regid=postgres --init-groups "$0" "$@"
    fi
    if [ -s "$PGDATA/PG_VERSION" ]; then
        echo
        echo 'PostgreSQL Database directory appears to contain a database; Skipping initialization'
        echo
    else
        initialize
    fi
fi

exec "$@"

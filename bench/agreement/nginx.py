#!/usr/bin/env python3
"""Compare `berth parse nginx FILE --json` with `crossplane parse FILE` file by file.

Usage: nginx.py --berth PATH --peer PATH [--cwd here|file] FILE...

Both tools run on the same path, in the current directory (`--cwd here`, the default)
or in each file's own folder (`--cwd file`, for fixture folders that are each a
repository); that directory is the repository berth reads in. Their outputs are
compared after normalising what may legitimately differ: file paths (made absolute and
resolved), the ` in FILE:LINE` suffix of error messages and the quoted path of
Python's `[Errno 2] No such file or directory: 'PATH'` (the path part), and files
outside the repository, which crossplane reads from the host (`include
/etc/nginx/mime.types`) and berth by design never does: they are dropped from
crossplane's output, with the include indices pointing at them, and the per-file line
says so. The last line reads `nginx: N/M files agree (P%)`.
"""

import argparse
import json
import os
import re
import subprocess
import sys

ERROR_SUFFIX = re.compile(r"^(?P<message>.*) in (?P<file>.+?)(?::(?P<line>\d+))?$", re.S)
OS_ERROR = re.compile(r"^(?P<message>\[Errno \d+\] [^:]*: )'(?P<file>.*)'$", re.S)


def normal_path(path, base):
    """`path` made absolute from `base` (the folder the tools ran in), symlinks resolved."""
    return os.path.realpath(os.path.join(base, path)) if path is not None else None


def normal_error(text, base):
    # Python's own errors (a missing include) name the path inside quotes instead.
    os_error = OS_ERROR.match(text or "")
    if os_error:
        return "%s'%s'" % (os_error["message"], normal_path(os_error["file"], base))
    match = ERROR_SUFFIX.match(text or "")
    if not match:
        return text
    return "%s in %s:%s" % (match["message"], normal_path(match["file"], base), match["line"])


def inside(path, root):
    return path == root or path.startswith(root.rstrip("/") + "/")


def renumber(statement, kept):
    """The statement with include indices mapped through `kept` (old index -> new), others dropped."""
    result = dict(statement)
    if "includes" in result:
        result["includes"] = [kept[index] for index in result["includes"] if index in kept]
    if "block" in result:
        result["block"] = [renumber(child, kept) for child in result["block"]]
    return result


def drop_outside(payload, base):
    """crossplane's payload without the files outside `base`, and the names it dropped."""
    root = os.path.realpath(base)
    configs = payload["config"]
    kept = {}
    dropped = []
    for index, config in enumerate(configs):
        if index == 0 or inside(normal_path(config["file"], base), root):
            kept[index] = len(kept)
        else:
            dropped.append(config["file"])
    if not dropped:
        return payload, []
    errors = [e for e in payload["errors"] if inside(normal_path(e["file"], base), root)]
    result = {
        "status": "ok" if not errors else payload["status"],
        "errors": errors,
        "config": [
            dict(config, parsed=[renumber(s, kept) for s in config["parsed"]])
            for index, config in enumerate(configs)
            if index in kept
        ],
    }
    return result, dropped


def normalise(payload, base):
    """The payload with paths resolved, so the two tools' spellings compare equal."""
    return {
        "status": payload["status"],
        "errors": [
            {"file": normal_path(e["file"], base), "error": normal_error(e["error"], base), "line": e["line"]}
            for e in payload["errors"]
        ],
        "config": [
            {
                "file": normal_path(config["file"], base),
                "status": config["status"],
                "errors": [{"error": normal_error(e["error"], base), "line": e["line"]} for e in config["errors"]],
                "parsed": config["parsed"],
            }
            for config in payload["config"]
        ],
    }


def run(command, cwd):
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=cwd)
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
    parser.add_argument("--cwd", choices=["here", "file"], default="here",
                        help="run both tools here, or in each file's folder (the repository berth reads in)")
    parser.add_argument("files", nargs="+", metavar="FILE")
    options = parser.parse_args()
    berth = os.path.abspath(options.berth)
    peer = os.path.abspath(options.peer) if os.sep in options.peer else options.peer

    agreed = 0
    for path in options.files:
        folder = os.path.dirname(os.path.abspath(path)) if options.cwd == "file" else os.getcwd()
        target = os.path.basename(path) if options.cwd == "file" else path
        ours, our_problem = run([berth, "parse", "nginx", target, "--json"], folder)
        theirs, their_problem = run([peer, "parse", target], folder)
        dropped = []
        if theirs is not None:
            theirs, dropped = drop_outside(theirs, folder)
        if our_problem or their_problem:
            print("disagree  %s" % path)
            for problem, tool in ((our_problem, "berth"), (their_problem, "peer")):
                if problem:
                    print("    %s: %s" % (tool, problem))
            continue
        diff = differences(normalise(ours, folder), normalise(theirs, folder))
        if diff:
            print("disagree  %s" % path)
            for line in diff:
                print("    " + line)
        else:
            agreed += 1
            print("agree     %s" % path)
        for name in dropped:
            print("    note: crossplane also read %s, outside the repository; berth never does" % name)
    total = len(options.files)
    print("nginx: %d/%d files agree (%.1f%%)" % (agreed, total, 100.0 * agreed / total if total else 0.0))
    return 0


if __name__ == "__main__":
    sys.exit(main())

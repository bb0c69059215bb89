#!/usr/bin/env python3
"""Compare berth's Dockerfile rules with hadolint, file by file.

Usage: dockerfile.py --berth PATH/TO/berth --peer PATH/TO/hadolint FILE...

For every rule berth maps to a hadolint code (DockerfileRules.hadolintEquivalents in
Sources/BerthLint/Rules/Dockerfile/DockerfileRules.swift), the set of instructions each tool
flags must be equal. hadolint reports the line an instruction starts on, berth the exact
token (which may sit on a continuation line), so berth's findings are compared by the
instruction that contains them.

hadolint 2.15 cannot parse a heredoc terminator followed directly by a comment line
(hadolint/hadolint#960, DL1000). When that is its only complaint, the comparison is made
on a temporary copy with those comment lines blanked (line numbers unchanged) and the
file is reported with a note.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

RULES_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                          "Sources", "BerthLint", "Rules", "Dockerfile", "DockerfileRules.swift")


def load_mapping():
    """berth id -> hadolint code, read from the Swift source so the two never drift apart."""
    with open(RULES_FILE, encoding="utf-8") as handle:
        source = handle.read()
    match = re.search(r"hadolintEquivalents\s*:[^=]*=\s*\[(.*?)\]", source, re.S)
    mapping = dict(re.findall(r'"(BL\d+)":\s*"(DL\d+)"', match.group(1) if match else ""))
    if not mapping:
        raise SystemExit(f"no hadolintEquivalents table found in {RULES_FILE}")
    return mapping


def run_berth(berth, path):
    result = subprocess.run([berth, "parse", "dockerfile", path, "--json", "--lint"],
                            capture_output=True, text=True)
    if result.returncode not in (0, 1):
        raise RuntimeError(f"berth exited {result.returncode}: {result.stderr.strip()}")
    return json.loads(result.stdout)


def run_peer(peer, path):
    result = subprocess.run([peer, "--no-color", "--format", "json", path], capture_output=True, text=True)
    if result.returncode not in (0, 1) or not result.stdout.strip():
        raise RuntimeError(f"hadolint exited {result.returncode}: {result.stderr.strip().splitlines()[:1]}")
    try:
        return json.loads(result.stdout or "[]")
    except json.JSONDecodeError as error:
        raise RuntimeError(f"hadolint printed no JSON (exit {result.returncode}): {result.stderr.strip()}") from error


def instruction_spans(model):
    spans = [(item["line"], item["endLine"]) for item in model["preamble"]]
    for stage in model["stages"]:
        spans += [(item["line"], item["endLine"]) for item in stage["instructions"]]
    return spans


def berth_lines(model, mapping):
    """hadolint code -> lines of the instructions berth flags for it."""
    spans = instruction_spans(model)
    flagged = {}
    for finding in model.get("findings", []):
        code = mapping.get(finding["rule"])
        if code is None:
            continue
        line = next((start for start, end in spans if start <= finding["line"] <= end), finding["line"])
        flagged.setdefault(code, set()).add(line)
    return flagged


def peer_lines(results, codes):
    flagged = {}
    for result in results:
        if result["code"] in codes:
            flagged.setdefault(result["code"], set()).add(result["line"])
    return flagged


def blank_comments_after_heredocs(peer, path):
    """Re-runs hadolint on a copy with each comment line it trips over blanked; returns
    (results, blanked line numbers), or (results, None) when a DL1000 is on another line."""
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    blanked = []
    with tempfile.TemporaryDirectory() as scratch:
        copy = os.path.join(scratch, "Dockerfile")
        for _ in range(len(lines)):
            with open(copy, "w", encoding="utf-8") as handle:
                handle.write("\n".join(lines))
            results = run_peer(peer, copy)
            errors = [r for r in results if r["code"] == "DL1000"]
            if not errors:
                return results, blanked
            number = errors[0]["line"]
            if number < 1 or number > len(lines) or not lines[number - 1].lstrip().startswith("#"):
                return results, None
            lines[number - 1] = ""
            blanked.append(number)
    return results, None


def compare(berth, peer, path, mapping):
    model = run_berth(berth, path)
    results = run_peer(peer, path)
    notes = []
    if any(r["code"] == "DL1000" for r in results):
        results, blanked = blank_comments_after_heredocs(peer, path)
        if blanked is None:
            return False, ["hadolint cannot parse the file: "
                           + "; ".join(f"{r['line']}: {r['message'].splitlines()[0]}" for r in results if r["code"] == "DL1000")]
        notes.append(f"hadolint#960 workaround: comment line(s) {', '.join(map(str, blanked))} blanked for hadolint")
    berth_errors = [e for e in model["errors"] if e["severity"] == "error"]
    if berth_errors:
        notes.append("berth parse errors: " + "; ".join(f"{e['line']}:{e['column']} {e['message']}" for e in berth_errors))
    codes = set(mapping.values())
    ours = berth_lines(model, mapping)
    theirs = peer_lines(results, codes)
    reverse = {code: rule for rule, code in mapping.items()}
    differences = []
    for code in sorted(codes):
        mine, other = ours.get(code, set()), theirs.get(code, set())
        if mine != other:
            differences.append(f"{code} ({reverse[code]}): berth only {sorted(mine - other)}, hadolint only {sorted(other - mine)}")
    return not differences and not berth_errors, notes + differences


def main():
    parser = argparse.ArgumentParser(description="Compare berth's Dockerfile rules with hadolint.")
    parser.add_argument("--berth", required=True, help="the berth executable")
    parser.add_argument("--peer", required=True, help="the hadolint executable")
    parser.add_argument("files", nargs="+", help="Dockerfiles to compare")
    arguments = parser.parse_args()
    mapping = load_mapping()
    agreed = 0
    for path in arguments.files:
        try:
            same, details = compare(arguments.berth, arguments.peer, path, mapping)
        except (RuntimeError, json.JSONDecodeError, OSError) as error:
            same, details = False, [f"could not compare: {error}"]
        agreed += same
        print(f"{'agree' if same else 'DISAGREE'}  {path}")
        for detail in details:
            print(f"    {detail}")
    total = len(arguments.files)
    print(f"dockerfile: {agreed}/{total} files agree ({100.0 * agreed / total:.0f}%)")
    return 0 if agreed == total else 1


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Front matter as libyaml (PyYAML's CSafeLoader, what Jekyll's Psych wraps too) and tomllib read it.

Reads a JSON list of {"id", "text"} (whole files, LF line endings) on stdin and writes a JSON list
of {"id", "format", "value"} or {"id", "format", "error"}. The block is found as Jekyll finds it
(YAML_FRONT_MATTER_REGEXP in jekyll/document.rb) and, for TOML, between `+++` lines as Hugo does.
Dates and times, which JSON has no type for, are tagged: {"$date": "2016-03-22"},
{"$datetime": <ms since the epoch, a time without zone taken as UTC>}, {"$time": "07:32:00"}.
Used by scripts/frontmatter-oracle.mjs and tests/frontmatter-pyyaml.test.ts; not a dependency.
"""
import datetime
import json
import math
import re
import sys

import yaml

try:
    import tomllib
except ImportError:  # Python < 3.11
    tomllib = None

YAML_BLOCK = re.compile(r"\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)", re.M | re.S)
TOML_BLOCK = re.compile(r"\A\+\+\+[ \t]*\n(.*?)^\+\+\+[ \t]*$", re.M | re.S)
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def key(k):
    # As a JavaScript object names its keys (yaml's toJS): null is '', booleans are lower case.
    if k is None:
        return ""
    if isinstance(k, bool):
        return "true" if k else "false"
    return str(k)


def tag(value):
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=datetime.timezone.utc)
        return {"$datetime": round(value.timestamp() * 1000)}
    if isinstance(value, datetime.date):
        return {"$date": value.isoformat()}
    if isinstance(value, datetime.time):
        return {"$time": value.isoformat()}
    if isinstance(value, float) and not math.isfinite(value):
        return {"$float": repr(value)}
    if isinstance(value, dict):
        return {key(k): tag(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [tag(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(tag(v) for v in value)
    if isinstance(value, bytes):
        return {"$bytes": len(value)}
    return value


def read(text):
    m = YAML_BLOCK.match(text)
    if m:
        # Jekyll hands Psych the opening fence too; it is a document start marker.
        try:
            return "yaml", tag(yaml.load(m.group(1), Loader=LOADER)), None
        except yaml.YAMLError as e:
            return "yaml", None, str(e).replace("\n", " ")
    m = TOML_BLOCK.match(text)
    if m and tomllib is not None:
        try:
            return "toml", tag(tomllib.loads(m.group(1))), None
        except tomllib.TOMLDecodeError as e:
            return "toml", None, str(e)
    return None, None, None


out = []
for item in json.load(sys.stdin):
    fmt, value, error = read(item["text"])
    entry = {"id": item["id"], "format": fmt}
    if error is None:
        entry["value"] = value
    else:
        entry["error"] = error
    out.append(entry)
json.dump(out, sys.stdout)

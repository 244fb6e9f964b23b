#!/usr/bin/env python3
"""Validates plan files against the JSON Schema with the reference Python validator, as a
cross-check on the Swift tests. Usage: validate-schema.py SCHEMA FILE..."""
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
validator = jsonschema.Draft202012Validator(schema)
failed = 0
for path in sys.argv[2:]:
    errors = list(validator.iter_errors(json.load(open(path, encoding="utf-8"))))
    for error in errors:
        pointer = "/" + "/".join(str(part) for part in error.absolute_path)
        print(f"{path}: {pointer}: {error.message[:300]}")
    failed += bool(errors)
    print(f"{path}: {'INVALID' if errors else 'valid'}")
sys.exit(1 if failed else 0)

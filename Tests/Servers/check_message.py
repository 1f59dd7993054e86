#!/usr/bin/env python3
"""Reads mail messages back with Python's own email package, for the CLI tests.

Usage: check_message.py FILE...
Prints one JSON object per file (a list): the headers as a reader sees them
(RFC 2047 decoded), the header names in order, the longest line, whether every
line ends in CRLF, the MIME structure, and each text part decoded (with its file name when it is an
attachment).
"""
import email
import email.policy
import json
import sys


def describe(path):
    raw = open(path, "rb").read()
    lines = raw.split(b"\r\n")
    message = email.message_from_bytes(raw, policy=email.policy.default)
    parts = []
    for part in message.walk():
        if part.is_multipart():
            continue
        parts.append({
            "type": part.get_content_type(),
            "charset": part.get_content_charset(),
            "encoding": part.get("Content-Transfer-Encoding"),
            "attachment": part.get_filename() if part.get_content_disposition() == "attachment" else None,
            "text": part.get_content(),
        })
    return {
        "headers": {name: str(value) for name, value in message.items()},
        "headerNames": [name for name, _ in message.items()],
        "type": message.get_content_type(),
        "longestLine": max(len(line) for line in lines),
        "bareNewlines": raw.replace(b"\r\n", b"").count(b"\n") + raw.replace(b"\r\n", b"").count(b"\r"),
        "defects": [type(defect).__name__ for part in message.walk() for defect in part.defects],
        "parts": parts,
    }


print(json.dumps([describe(path) for path in sys.argv[1:]], ensure_ascii=False))

#!/usr/bin/env python3
"""A calendar feed server on loopback, started by the CLI tests (never mocked).

Usage: feed_server.py CALENDAR_FILE LOG_FILE
Prints the port it listens on, then serves until killed:

  /SECRET/basic.ics   the calendar file (read on every request), with an ETag of
                      its content and a Last-Modified; 304 when If-None-Match matches
  /dated/basic.ics    the same with Last-Modified only; 304 on If-Modified-Since
  /moved              302 to /SECRET/basic.ics
  /loop               302 to itself, for ever
  /big                claims and streams 100 MiB
  /slow               answers after 30 seconds
  /gone               404

Each request is logged as one line: path, If-None-Match, If-Modified-Since.
"""
import hashlib
import http.server
import sys
import time
import urllib.parse

CALENDAR, LOG = sys.argv[1], sys.argv[2]
LAST_MODIFIED = "Mon, 02 Mar 2026 08:00:00 GMT"


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        with open(LOG, "a") as log:
            log.write(f"{self.path}\t{self.headers.get('If-None-Match', '-')}\t{self.headers.get('If-Modified-Since', '-')}\n")
        path = urllib.parse.urlsplit(self.path).path
        if path.endswith("/basic.ics"):
            self.calendar(dated_only=path.startswith("/dated/"))
        elif path == "/moved":
            self.redirect("/s3cr3t-t0ken-1234567890/basic.ics")
        elif path.endswith("/loop"):
            self.redirect(path)
        elif path == "/big":
            self.big()
        elif path == "/slow":
            time.sleep(30)
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

    def calendar(self, dated_only):
        with open(CALENDAR, "rb") as file:
            body = file.read()
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if dated_only:
            fresh = self.headers.get("If-Modified-Since") == LAST_MODIFIED
        else:
            fresh = self.headers.get("If-None-Match") == etag
        if fresh:
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/calendar; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        if not dated_only:
            self.send_header("ETag", etag)
        self.send_header("Last-Modified", LAST_MODIFIED)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def big(self):
        self.send_response(200)
        self.send_header("Content-Length", str(100 << 20))
        self.end_headers()
        chunk = b"BEGIN:VCALENDAR\r\n" * 4096
        try:
            for _ in range((100 << 20) // len(chunk)):
                self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print(server.server_address[1], flush=True)
server.serve_forever()

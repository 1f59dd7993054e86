#!/usr/bin/env python3
"""A real SMTP server on loopback (aiosmtpd), started by the digest tests.

Usage: smtp_server.py DIRECTORY MODE [--auth USER:PASSWORD] [--reject ADDRESS]...
MODE is one of:
  plain      no TLS offered
  starttls   STARTTLS offered and required before MAIL
  tls        TLS from the first byte (SMTPS)
  silent     accepts connections and never says a word (for timeouts)

For starttls and tls, trustme makes a throwaway CA and a certificate for
127.0.0.1 and localhost; the CA is written to DIRECTORY/ca.pem (a client trusts
it only when told to). With --auth, AUTH PLAIN/LOGIN is required and only that
user and password are accepted. A recipient given with --reject is refused (550).

Prints the port it listens on, then serves until killed. Each message received
is written to DIRECTORY/N.eml (its bytes as sent) and DIRECTORY/N.json (the
envelope: mail_from, rcpt_tos, and the user that logged in).
"""
import argparse
import asyncio
import json
import logging
import os
import ssl
import sys
import warnings

import trustme
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Recorder:
    def __init__(self, directory, rejected):
        self.directory = directory
        self.rejected = {address.lower() for address in rejected}
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.rejected:
            return "550 5.1.1 <%s>: no such user here" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.directory, str(self.count))
        with open(base + ".eml", "wb") as message:
            message.write(envelope.original_content)
        with open(base + ".json", "w") as info:
            json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                       "login": session.auth_data.login.decode() if isinstance(session.auth_data, LoginPassword) else None,
                       "tls": server.transport.get_extra_info("ssl_object") is not None}, info)
        return "250 Message accepted"


def authenticator(user, password):
    def check(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user and auth_data.password.decode() == password
        return AuthResult(success=ok, handled=False, auth_data=auth_data)
    return check


async def main():
    # A refused handshake is what some tests want: no traceback on the test's stderr.
    logging.getLogger("mail.log").setLevel(logging.CRITICAL)
    warnings.simplefilter("ignore")
    parser = argparse.ArgumentParser()
    parser.add_argument("directory")
    parser.add_argument("mode", choices=["plain", "starttls", "tls", "silent"])
    parser.add_argument("--auth")
    parser.add_argument("--reject", action="append", default=[])
    options = parser.parse_args()

    loop = asyncio.get_running_loop()
    if options.mode == "silent":
        async def never_answer(reader, writer):
            await asyncio.sleep(3600)
        server = await asyncio.start_server(never_answer, "127.0.0.1", 0)
    else:
        context = None
        if options.mode in ("starttls", "tls"):
            ca = trustme.CA()
            ca.cert_pem.write_to_path(os.path.join(options.directory, "ca.pem"))
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
        recorder = Recorder(options.directory, options.reject)
        settings = {"hostname": "altitude-test-smtp"}
        if options.auth:
            user, password = options.auth.split(":", 1)
            settings.update(authenticator=authenticator(user, password), auth_required=True,
                            auth_require_tls=options.mode != "plain")
        if options.mode == "starttls":
            settings.update(tls_context=context, require_starttls=True)
        server = await loop.create_server(lambda: SMTP(recorder, **settings), "127.0.0.1", 0,
                                          ssl=context if options.mode == "tls" else None)
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)

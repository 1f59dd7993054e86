#!/usr/bin/env python3
"""An SMTP server on loopback that fails at one stage of the session, started by the
digest tests to hold Altitude's timeouts and failure messages to what happened.

Usage: faulty_smtp_server.py DIRECTORY FAULT STAGE
FAULT is one of:
  stall   stop answering at STAGE, keeping the connection open
  drop    close the connection at STAGE
  defer   answer STAGE with 451 ("not now, try again later") and go on
STAGE is one of:
  greeting  before the 220 greeting
  ehlo      on EHLO (or HELO)
  mail      on MAIL FROM
  data      in the middle of the message, after DATA's 354 and its first lines
  dot       after the message's final ".", before confirming it

Before STAGE it speaks plain SMTP: no STARTTLS, no AUTH, every recipient taken.
Prints the port it listens on, then serves until killed. Each stage reached is
appended to DIRECTORY/stages (one line each), so a test can tell how far a session
went; a message that was read whole is written to DIRECTORY/N.eml.
"""
import argparse
import asyncio
import os
import sys


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("directory")
    parser.add_argument("fault", choices=["stall", "drop", "defer"])
    parser.add_argument("stage", choices=["greeting", "ehlo", "mail", "data", "dot"])
    options = parser.parse_args()
    count = 0

    def record(stage):
        with open(os.path.join(options.directory, "stages"), "a") as log:
            log.write(stage + "\n")

    async def answer(stage, writer, usual):
        """Records the stage and answers it as usual, unless it is the one to fail at.
        Returns whether the session goes on."""
        record(stage)
        if stage != options.stage:
            writer.write(usual)
        elif options.fault == "defer":
            writer.write(b"451 4.3.0 Temporary failure, try again later\r\n")
        elif options.fault == "drop":
            writer.close()
            return False
        else:
            await asyncio.sleep(3600)
            return False
        return True

    async def session(reader, writer):
        nonlocal count
        record("connected")
        if not await answer("greeting", writer, b"220 faulty.test ESMTP\r\n"):
            return
        while line := await reader.readline():
            verb = line.split(b" ")[0].strip().upper()
            if verb in (b"EHLO", b"HELO"):
                usual = b"250-faulty.test\r\n250 8BITMIME\r\n" if verb == b"EHLO" else b"250 faulty.test\r\n"
                if not await answer("ehlo", writer, usual):
                    return
            elif verb == b"MAIL":
                if not await answer("mail", writer, b"250 OK\r\n"):
                    return
            elif verb == b"RCPT":
                writer.write(b"250 OK\r\n")
            elif verb == b"DATA":
                writer.write(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                await writer.drain()
                message = b""
                while (part := await reader.readline()) and part != b".\r\n":
                    message += part
                    if message.count(b"\r\n") == 3 and not await answer("data", writer, b""):
                        return
                if not part:
                    return
                count += 1
                with open(os.path.join(options.directory, "%d.eml" % count), "wb") as file:
                    file.write(message)
                if not await answer("dot", writer, b"250 Message accepted\r\n"):
                    return
            elif verb == b"QUIT":
                writer.write(b"221 Bye\r\n")
                await writer.drain()
                writer.close()
                return
            elif verb in (b"NOOP", b"RSET"):
                writer.write(b"250 OK\r\n")
            else:
                writer.write(b"502 Command not implemented\r\n")
            await writer.drain()

    server = await asyncio.start_server(session, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)

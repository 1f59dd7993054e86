#!/usr/bin/env python3
"""Kills sending digest runs at random moments and counts what the recipients got.

Each trial sends one week's digest of the SampleData VP to two recipients through a
sendmail stand-in that reads the message and delivers it (a file in its inbox) 0.1-0.5 s
later, kills the run with SIGKILL or SIGTERM 0.02-0.7 s after it starts, then runs the
digest again as cron's next run would. A digest is lost when a recipient got no copy,
duplicated when one got two, and the copies of one digest should share a Message-ID.
Then the store: every delivered digest should be recorded as sent.

    scripts/digest_kill_trials.py --altitude .build/debug/altitude [--trials 24]
"""
import argparse
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECIPIENTS = ["m@x.example", "n@x.example"]
NOW = "2026-11-23T09:00:00Z"
MAILER = """#!/bin/sh
cat > "$0.$$.tmp"
sleep "$(cat "$0.delay")"
mkdir -p "$0.inbox"
mv "$0.$$.tmp" "$0.inbox/$$.eml"
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--altitude", required=True)
    parser.add_argument("--trials", type=int, default=24, help="one ISO week each, from 2026-W22 (the data's first)")
    arguments = parser.parse_args()
    altitude = str(Path(arguments.altitude).resolve())
    rng = random.Random(7)
    work = Path(tempfile.mkdtemp(prefix="altitude-kill-"))
    try:
        (work / "config/altitude").mkdir(parents=True)
        mailer = work / "sendmail"
        mailer.write_text(MAILER)
        mailer.chmod(0o755)
        (work / "config/altitude/config.yaml").write_text(
            f"mail:\n  from: a@x.example\n  to: [{', '.join(RECIPIENTS)}]\n  sendmail: {{path: {mailer}}}\n")
        env = dict(os.environ, ALTITUDE_STORE=str(work / "store.sqlite"), XDG_CONFIG_HOME=str(work / "config"), TZ="UTC",
                   ALTITUDE_NOW=NOW)
        subprocess.run([altitude, "import", str(ROOT / "SampleData/vp-google.ics"), "--profile",
                        str(ROOT / "SampleData/profile.yaml"), "--quiet"], env=env, check=True, stdout=subprocess.DEVNULL)
        killed = lost = duplicated = differing = 0
        for trial in range(arguments.trials):
            week = f"2026-W{22 + trial:02d}"
            (work / "sendmail.delay").write_text(f"{rng.uniform(0.1, 0.5):.2f}")
            how = rng.choice([signal.SIGKILL, signal.SIGTERM])
            run = subprocess.Popen([altitude, "digest", "--week", week], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.02, 0.7))
            run.send_signal(how)
            killed += run.wait() != 0
            time.sleep(0.6)  # a mailer left behind would deliver by now
            (work / "sendmail.delay").write_text("0")
            subprocess.run([altitude, "digest", "--week", week], env=env, capture_output=True)
            copies = {recipient: [] for recipient in RECIPIENTS}
            for message in (work / "sendmail.inbox").glob("*.eml"):
                text = message.read_text(errors="replace")
                if not re.search(rf"^Subject: .*{week}", text, re.M):
                    continue
                to = re.search(r"^To: (.*)$", text, re.M).group(1)
                copies.setdefault(to, []).append(re.search(r"^Message-ID: (.*)$", text, re.M).group(1))
            lost += sum(1 for ids in copies.values() if not ids)
            duplicated += sum(1 for ids in copies.values() if len(ids) > 1)
            differing += sum(1 for ids in copies.values() if len(set(ids)) > 1)
        with sqlite3.connect(work / "store.sqlite") as db:
            rows, unrecorded = db.execute("SELECT count(*), count(*) - count(sentAt) FROM digest").fetchone()
        print(f"{arguments.trials} trials x {len(RECIPIENTS)} recipients, {killed} runs ended by the signal: "
              f"{lost} lost, {duplicated} duplicated, {differing} with differing Message-IDs; "
              f"store: {rows - unrecorded} of {rows} recorded as sent")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

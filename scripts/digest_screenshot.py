#!/usr/bin/env python3
"""Renders the HTML part of the SampleData VP's digest (2026-W47) with headless Chromium
(Debian's `chromium` package), for the README: at a desktop mail client's width
(docs/digest-sample-vp.png, 900 px) and a phone's (docs/digest-sample-vp-phone.png, 400 px).

Usage: scripts/digest_screenshot.py [--altitude BIN] [--chromium BIN]
"""
import argparse
import email
import email.policy
import os
import pathlib
import subprocess
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLE = [ROOT / "SampleData" / "vp-google.ics", ROOT / "SampleData" / "vp-outlook.ics"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--altitude", default=str(ROOT / ".build" / "release" / "altitude"))
    parser.add_argument("--chromium", default="chromium")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        scratch = pathlib.Path(scratch)
        # Pinned: the message says when the calendar was read, and the import keeps 26 weeks after "today".
        environment = {**os.environ, "ALTITUDE_NOW": "2026-11-23T09:00:00Z", "XDG_CONFIG_HOME": str(scratch)}
        store = str(scratch / "store.sqlite")
        subprocess.run([args.altitude, "import", *map(str, SAMPLE), "--profile", str(ROOT / "SampleData" / "profile.yaml"),
                        "--store", store, "--quiet"], check=True, env=environment, stdout=subprocess.DEVNULL)
        raw = subprocess.run([args.altitude, "digest", "--dry-run", "--week", "2026-W47", "--store", store], check=True,
                             env=environment, capture_output=True).stdout
        message = email.message_from_bytes(raw, policy=email.policy.default)
        html = next(part for part in message.walk() if part.get_content_type() == "text/html").get_content()
        page = scratch / "digest.html"
        page.write_text(html, encoding="utf-8")
        for name, size in (("digest-sample-vp.png", "900,1500"), ("digest-sample-vp-phone.png", "400,1900")):
            target = ROOT / "docs" / name
            target.parent.mkdir(exist_ok=True)
            subprocess.run([args.chromium, "--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars",
                            f"--screenshot={target}", f"--window-size={size}", page.as_uri()],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            print(f"wrote {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

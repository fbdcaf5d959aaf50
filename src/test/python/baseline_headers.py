#!/usr/bin/env python3
"""Baseline for the mbox import benchmark: how fast the Python standard library reads the
headers Tickler needs (From, To, Cc, Date, Subject, Message-ID) from every message of a
Takeout mbox. Usage: python3 baseline_headers.py <file.mbox>"""
import email.parser
import email.policy
import mailbox
import os
import sys
import time


def main(path):
    size = os.path.getsize(path)
    parser = email.parser.BytesParser(policy=email.policy.default)
    started = time.perf_counter()
    box = mailbox.mbox(path, create=False)
    count = 0
    for key in box.iterkeys():
        message = parser.parsebytes(box.get_bytes(key), headersonly=True)
        for name in ("From", "To", "Cc", "Date", "Subject", "Message-ID"):
            try:
                value = message[name]
                if value is not None:
                    str(value)
            except Exception:
                # A malformed header is the importer's problem to skip, not the baseline's.
                pass
        count += 1
    seconds = time.perf_counter() - started
    print(f"messages: {count}")
    print(f"seconds: {seconds:.2f}")
    print(f"messages/s: {count / seconds:.0f}")
    print(f"MB/s: {size / 1e6 / seconds:.1f}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: baseline_headers.py <file.mbox>")
    main(sys.argv[1])

#!/usr/bin/env python3
"""Baseline for the mbox import benchmark: how fast the Python standard library reads every
message of a Takeout mbox whole, as Tickler does: the headers it needs (From, To, Cc, Date,
Subject, Message-ID) and the decoded text of the message's text parts.
Usage: python3 baseline_messages.py <file.mbox>"""
import email.parser
import email.policy
import mailbox
import os
import sys
import time

HEADERS = ("From", "To", "Cc", "Date", "Subject", "Message-ID")


def read(message):
    for name in HEADERS:
        try:
            value = message[name]
            if value is not None:
                str(value)
        except Exception:
            # A malformed header is the importer's problem to skip, not the baseline's.
            pass
    for part in message.walk():
        if part.get_content_maintype() == "text" and not part.is_attachment():
            try:
                part.get_content()
            except Exception:
                pass


def main(path):
    size = os.path.getsize(path)
    parser = email.parser.BytesParser(policy=email.policy.default)
    started = time.perf_counter()
    box = mailbox.mbox(path, create=False)
    count = 0
    for key in box.iterkeys():
        read(parser.parsebytes(box.get_bytes(key)))
        count += 1
    seconds = time.perf_counter() - started
    print(f"messages: {count}")
    print(f"seconds: {seconds:.2f}")
    print(f"messages/s: {count / seconds:.0f}")
    print(f"MB/s: {size / 1e6 / seconds:.1f}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: baseline_messages.py <file.mbox>")
    main(sys.argv[1])

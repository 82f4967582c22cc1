"""Time the temporal tagger alone: ``python -m generator.temporal.bench FILE... [--anchor 2025-01-01]``.

Reads the files (text; TimeML markup is stripped), joins them into one body repeated to at least
``--min-mb`` megabytes, runs ``tag_dates`` on it once and prints characters per second, so a benchmark can
time tagging apart from cleaning, splitting and the other analysers.
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from .tagger import tag_dates

TAG = re.compile(r"<[^>]+>")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--anchor", default="2025-01-01", help="publication date the expressions resolve against")
    ap.add_argument("--min-mb", type=float, default=2.0)
    a = ap.parse_args(argv)
    text = "\n\n".join(TAG.sub("", f.read_text(encoding="utf-8", errors="replace")) for f in a.files)
    body = text * max(1, int(a.min_mb * 1e6 / max(len(text), 1)) + 1)
    start = time.perf_counter()
    found = tag_dates(body, a.anchor)
    elapsed = time.perf_counter() - start
    mb = len(body.encode("utf-8")) / 1e6
    print(f"temporal-bench: {mb:.2f} MB in {elapsed:.2f} s = {mb / elapsed:.2f} MB/s ({len(found)} expressions)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

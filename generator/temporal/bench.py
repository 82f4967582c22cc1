"""Time the temporal tagger alone: ``python -m generator.temporal.bench FILE... [--anchor 2025-01-01]``.

Reads the files (text; TimeML markup is stripped), joins them into one body repeated to at least
``--min-mb`` megabytes, runs ``tag_dates`` on it once and prints megabytes per second, by the wall clock and
by CPU time (per core, not disturbed by other processes), so a benchmark can time tagging alone.
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
    wall, cpu = time.perf_counter(), time.process_time()
    found = tag_dates(body, a.anchor)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    mb = len(body.encode("utf-8")) / 1e6
    print(
        f"temporal-bench: {mb:.2f} MB, {len(found)} expressions; wall {wall:.2f} s = {mb / wall:.2f} MB/s; "
        f"cpu {cpu:.2f} s = {mb / cpu:.2f} MB/s per core"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

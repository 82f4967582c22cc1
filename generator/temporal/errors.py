"""Where the tagger's remaining TIMEX3 value errors come from: ``python -m generator.temporal.errors DIR``.

Runs the shared scorer (``../shared/eval/score_timeml.py --explain``, the measuring stick itself, not a
copy) over a folder of TimeML files, sorts every wrong value into a class and prints, per class, how many
there are and the value F1 the run would reach if that class and every class above it were counted right.

Value F1 is ``2 x right values / (reported + gold)``, so the table reads as a ceiling: the first classes
are annotation conventions a corpus applies unevenly (the same "last week" written ``1989-WXX`` in one
file and ``1998-W12`` in the next), the later ones are choices a rule could still get right or wrong.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

DEFAULT_SCORER = Path(__file__).resolve().parents[3] / "shared" / "eval" / "score_timeml.py"
WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d(?:T.*)?$")
PART_OF_DAY = re.compile(r"T(?:MO|AF|EV|NI)$")
YEAR_AGO = re.compile(r"year[-\s](?:ago|earlier)|last year", re.I)
VALUE_LINE = re.compile(r"^(?P<doc>[^:]+): (?P<text>'.*'|\".*\") value (?P<pred>\S*) != (?P<gold>\S*)$")
COUNTS = re.compile(r"^documents (?P<docs>\d+)\s+gold timexes (?P<gold>\d+)\s+reported (?P<pred>\d+)")
MISSED = re.compile(r"^[^:]+: missed ")

# (key, what it means), in the order the ceiling table adds them up.
CLASSES: tuple[tuple[str, str], ...] = (
    ("week-form", "convention: a week written WXX, or without its leading zero (2000-W7)"),
    ("year-form", "convention: a plain year written YYYY-XX or YYYY-XX-XX"),
    ("part-of-day", "convention: a part of day (TNI, TMO) kept on one day and dropped on another"),
    ("decade-form", "convention: a decade or century written with a trailing X (196X, 19XX)"),
    ("weekday", "a weekday resolved to another week than the nearest one in the tense's direction"),
    ("year-ago", "'a year ago/earlier', 'last year': year, quarter, month or day"),
    ("kind", "a duration, a date or a PAST/PRESENT/FUTURE reference, the one read as the other"),
    ("other", "everything else: wrong year, wrong quarter, wrong offset, ..."),
)


@dataclass(frozen=True, slots=True)
class Report:
    docs: int
    gold: int
    reported: int
    missed: int
    errors: Counter[str]

    @property
    def right(self) -> int:
        """Right values: gold expressions found (overlapping a reported one), less the wrong values."""
        return self.gold - self.missed - sum(self.errors.values())


def error_class(text: str, predicted: str, gold: str) -> str:
    """The class of one wrong value (a key of ``CLASSES``), from the expression and the two values."""
    if "WXX" in gold or re.search(r"-W\d$", gold):
        return "week-form"
    if re.fullmatch(r"\d{4}-XX(?:-XX)?", gold):
        return "year-form"
    if PART_OF_DAY.sub("", predicted) == PART_OF_DAY.sub("", gold):
        return "part-of-day"
    if gold.endswith("X") and gold.rstrip("X") == predicted:
        return "decade-form"
    if WEEKDAY.search(text) and DAY_VALUE.match(gold) and DAY_VALUE.match(predicted):
        return "weekday"
    if YEAR_AGO.search(text):
        return "year-ago"
    if gold.startswith("P") != predicted.startswith("P") or gold.endswith("_REF") != predicted.endswith("_REF"):
        return "kind"
    return "other"


def parse(output: str) -> Report:
    """The scorer's ``--explain`` output as counts and classified value errors."""
    errors: Counter[str] = Counter()
    counts = None
    missed = 0
    for line in output.splitlines():
        if m := VALUE_LINE.match(line):
            errors[error_class(ast.literal_eval(m["text"]), m["pred"], m["gold"])] += 1
        elif m := COUNTS.match(line):
            counts = m
        else:
            missed += MISSED.match(line) is not None
    if counts is None:
        raise ValueError("the scorer printed no summary (is it score_timeml.py?)")
    return Report(int(counts["docs"]), int(counts["gold"]), int(counts["pred"]), missed, errors)


def table(report: Report) -> str:
    total = report.reported + report.gold
    right = report.right
    lines = [
        f"timeml-errors: {report.docs} documents, {report.gold} gold, {report.reported} reported, "
        f"{sum(report.errors.values())} wrong values; value F1 {2 * right / total:.3f}",
        f"{'n':>5}  {'class':12} {'value F1 if counted right':>26}  meaning",
    ]
    for key, meaning in CLASSES:
        right += report.errors[key]
        lines.append(f"{report.errors[key]:5d}  {key:12} {2 * right / total:26.3f}  {meaning}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dir", type=Path, help="a folder of TimeML files (*.tml), e.g. ../shared/corpora/timebank-aquaint")
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="score_timeml.py (default: %(default)s)")
    ap.add_argument("--cmd", default="briefsite extract --format json", help="extract command the scorer runs")
    a = ap.parse_args(argv)
    if not a.scorer.is_file():
        print(f"{a.scorer}: scorer not found (pass --scorer)", file=sys.stderr)
        return 2
    run = subprocess.run(
        [sys.executable, str(a.scorer), "--cmd", a.cmd, str(a.dir), "--explain"], capture_output=True, text=True
    )
    if run.returncode != 0:
        print(f"{a.scorer}: exit {run.returncode}: {run.stderr.strip()[-2000:]}", file=sys.stderr)
        return 1
    print(table(parse(run.stdout)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

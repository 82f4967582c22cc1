"""Hard-wrapped text: newswire and e-mail copy break paragraphs into lines of about 70 characters.

A run of lines between blank lines is one paragraph when its lines are of a similar, middling length
and most of them stop mid-sentence; it is then joined back (the joined raw text keeps its newlines, so
offsets into the source stay exact). Everything else passes through line by line.
"""

from __future__ import annotations

from collections.abc import Iterator

# A wrapped line is at least this long and at most this long ...
WRAP_MIN = 40
WRAP_MAX = 120
# ... its lengths vary by at most this much inside one paragraph ...
WRAP_SPREAD = 30
# ... and at least this share of them stop without sentence punctuation.
WRAP_OPEN_SHARE = 0.6
SENTENCE_END = ".!?:\"'”’)"


def unwrap(lines: list[str], line_offset: int = 0) -> Iterator[tuple[str, int, int]]:
    """(text, 1-based line number, offset) of each non-blank line or joined paragraph."""
    pos = 0
    run: list[tuple[str, int, int]] = []
    for i, line in enumerate(lines):
        if line.strip():
            run.append((line, i + 1 + line_offset, pos))
        else:
            yield from _flush(run)
            run = []
        pos += len(line) + 1
    yield from _flush(run)


def _flush(run: list[tuple[str, int, int]]) -> Iterator[tuple[str, int, int]]:
    if len(run) >= 2 and _wrapped([line for line, _, _ in run]):
        yield "\n".join(line for line, _, _ in run), run[0][1], run[0][2]
    else:
        yield from run


def _wrapped(lines: list[str]) -> bool:
    body = [line.rstrip() for line in lines[:-1]]
    lengths = [len(line) for line in body]
    if min(lengths) < WRAP_MIN or max(lengths) > WRAP_MAX or max(lengths) - min(lengths) > WRAP_SPREAD:
        return False
    open_lines = sum(1 for line in body if line[-1:] not in SENTENCE_END)
    return open_lines >= WRAP_OPEN_SHARE * len(body)

"""The caveat detectors' cue phrases and thresholds, read once from ``data/caveats.yml``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml


@dataclass(frozen=True, slots=True)
class Cues:
    """Compiled cue patterns (case-insensitive unless noted) and the thresholds that go with them."""

    speculative: re.Pattern[str]
    speculative_share: float
    speculative_min: int
    reported: re.Pattern[str]  # reported speech or a quotation: a hedge there is the speaker's
    prescription: re.Pattern[str]
    not_prescription: re.Pattern[str]
    conclusion_share: float
    unattributed: re.Pattern[str]  # anonymous sourcing of facts
    unnamed_experts: re.Pattern[str]
    unnamed_experts_min: int
    quotation: re.Pattern[str]  # a quoted passage of two words or more
    reporting: re.Pattern[str]  # a reporting verb: who said it
    unsourced_quotes_min: int
    figure: re.Pattern[str]
    estimate: re.Pattern[str]
    contested: re.Pattern[str]
    record: re.Pattern[str]  # figures of record: market moves, deal prices, accounts
    attribution: re.Pattern[str]
    follow_up: re.Pattern[str]
    translated_marker: re.Pattern[str]
    conversion: re.Pattern[str]
    machine_notes: re.Pattern[str]
    spun: re.Pattern[str]
    machine_furniture: frozenset[str]
    residue_furniture: frozenset[str]
    residue_text: re.Pattern[str]
    toc_label: re.Pattern[str]
    titles: str  # an alternation of titles, case-sensitive (titles are capitalised before names)
    dated_deixis: re.Pattern[str]
    deixis_date: re.Pattern[str]  # groups: word, month, day, year (optional)


def pattern(text: str) -> str:
    """A pattern written over several YAML lines: the lines joined without breaks and indents."""
    return "".join(line.strip() for line in text.splitlines())


def _re(text: str) -> re.Pattern[str]:
    return re.compile(pattern(text), re.IGNORECASE)


@cache
def cues() -> Cues:
    raw = resources.files("generator").joinpath("data/caveats.yml").read_text(encoding="utf-8")
    d: dict[str, Any] = yaml.safe_load(raw)
    spec, opin, figs, trans, mach = d["speculative"], d["opinion"], d["figures"], d["translated"], d["machine"]
    unat = d["unattributed"]
    return Cues(
        speculative=_re(spec["cue"]),
        speculative_share=float(spec["share"]),
        speculative_min=int(spec["min_sentences"]),
        reported=_re(spec["reported"]),
        prescription=_re(opin["prescription"]),
        not_prescription=_re(opin["not_prescription"]),
        conclusion_share=float(opin["conclusion_share"]),
        unattributed=_re(unat["anonymous"]),
        unnamed_experts=_re(unat["unnamed_experts"]),
        unnamed_experts_min=int(unat["unnamed_experts_min"]),
        quotation=_re(unat["quotation"]),
        reporting=_re(unat["reporting"]),
        unsourced_quotes_min=int(unat["unsourced_quotes_min"]),
        figure=_re(figs["figure"]),
        estimate=_re(figs["estimate"]),
        contested=_re(figs["contested"]),
        record=_re(figs["record"]),
        attribution=_re(figs["attribution"]),
        follow_up=_re(figs["follow_up"]),
        translated_marker=_re(trans["marker"]),
        conversion=_re(trans["conversion"]),
        machine_notes=_re(mach["notes"]),
        spun=_re(mach["spun"]),
        machine_furniture=frozenset(mach["furniture"]),
        residue_furniture=frozenset(d["residue_furniture"]),
        residue_text=_re(d["residue_text"]),
        toc_label=_re(d["toc_labels"]),
        titles=pattern(d["titles"]),
        dated_deixis=_re(d["dated_deixis"]),
        deixis_date=_re(d["deixis_date"]),
    )

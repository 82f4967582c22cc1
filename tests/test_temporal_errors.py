"""The error-class report of ``python -m generator.temporal.errors``: classes and the ceiling arithmetic."""

from __future__ import annotations

import pytest

from generator.temporal.errors import CLASSES, error_class, parse, table


@pytest.mark.parametrize(
    ("text", "predicted", "gold", "key"),
    [
        ("last week", "2024-W12", "2024-WXX", "week-form"),
        ("this week", "2024-W07", "2024-W7", "week-form"),
        ("1968", "1968", "1968-XX", "year-form"),
        ("Friday night", "2024-01-05TNI", "2024-01-05", "part-of-day"),
        ("the 1960s", "196", "196X", "decade-form"),
        ("Tuesday", "2024-08-13", "2024-08-06", "weekday"),
        ("a year earlier", "2023-Q3", "2023", "year-ago"),
        ("three days later", "2024-10-15", "P3D", "kind"),
        ("recent years", "PAST_REF", "PXY", "kind"),
        ("March", "2025-03", "2024-03", "other"),
    ],
)
def test_error_class(text: str, predicted: str, gold: str, key: str) -> None:
    assert error_class(text, predicted, gold) == key


EXPLAIN = """\
doc1: 'last week' value 2024-W12 != 2024-WXX
doc1: missed 'daily' [SET P1D]
doc2: "Friday's" value 2024-01-05 != 2024-01-12
doc2: 'March' value 2025-03 != 2024-03
doc2: spurious 'now' [PRESENT_REF]

documents 2  gold timexes 10  reported 10
relaxed  P 0.900  R 0.900  F1 0.900
timeml: docs=2 relaxed_f1=0.900 strict_f1=0.800 value_acc=0.667 value_f1=0.600
"""


def test_parse_counts_right_values_and_the_table_adds_classes_up_to_the_relaxed_ceiling() -> None:
    report = parse(EXPLAIN)
    assert (report.gold, report.reported, report.missed, report.right) == (10, 10, 1, 6)
    assert report.errors == {"week-form": 1, "weekday": 1, "other": 1}
    rows = table(report).splitlines()
    assert "value F1 0.600" in rows[0]
    assert [row.split()[:3] for row in rows[2:]] == [
        ["1", "week-form", "0.700"],
        ["0", "year-form", "0.700"],
        ["0", "part-of-day", "0.700"],
        ["0", "decade-form", "0.700"],
        ["1", "weekday", "0.800"],
        ["0", "year-ago", "0.800"],
        ["0", "kind", "0.800"],
        ["1", "other", "0.900"],
    ]
    assert len(rows) == 2 + len(CLASSES)


def test_parse_refuses_output_without_a_summary() -> None:
    with pytest.raises(ValueError, match="no summary"):
        parse("doc1: 'May' value 2024-05 != 2023-05\n")

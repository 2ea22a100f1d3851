"""The IKM follows Permenpan RB 14/2017: checked against an example computed by hand."""

from decimal import Decimal

import pytest

from transparency import ikm

# Five respondents, scores for U1 persyaratan … U9 sarana (1 worst, 4 best).
WORKED_EXAMPLE = [
    # U1 U2 U3 U4 U5 U6 U7 U8 U9
    (4, 3, 3, 4, 3, 4, 4, 2, 3),
    (3, 3, 2, 4, 3, 3, 4, 3, 3),
    (4, 4, 3, 4, 4, 3, 4, 3, 4),
    (3, 3, 3, 4, 3, 3, 3, 2, 3),
    (4, 3, 2, 4, 3, 4, 4, 3, 3),
]
# Sums per element:   18 16 13 20 16 17 19 13 16          (total 148)
# Means (NRR = sum/5): 3.6 3.2 2.6 4.0 3.2 3.4 3.8 2.6 3.2  (total 29.6)
# Weighted 1/9 each and added: 29.6 / 9 = 3.28888…
# IKM = 3.28888… * 25 = 82.2222… → 82.22, in B (76.61–88.30): "Baik".
EXPECTED_MEANS = [3.6, 3.2, 2.6, 4.0, 3.2, 3.4, 3.8, 2.6, 3.2]


def sums_of(rows):
    return {field: sum(row[i] for row in rows) for i, field in enumerate(ikm.ELEMENT_FIELDS)}


def test_worked_example_gives_82_22_and_grade_b():
    index = ikm.compute(len(WORKED_EXAMPLE), sums_of(WORKED_EXAMPLE))
    assert [float(index.element_means[f]) for f in ikm.ELEMENT_FIELDS] == EXPECTED_MEANS
    assert index.score == Decimal("82.22")
    assert index.grade == "B"
    assert str(index.grade_label) == "Baik"  # Indonesian, the default language


def test_everyone_answering_best_gives_100_and_worst_gives_25():
    assert ikm.compute(3, dict.fromkeys(ikm.ELEMENT_FIELDS, 12)).score == Decimal("100.00")
    assert ikm.compute(3, dict.fromkeys(ikm.ELEMENT_FIELDS, 3)).score == Decimal("25.00")


@pytest.mark.parametrize(
    ("score", "grade"),
    [("100", "A"), ("88.31", "A"), ("88.30", "B"), ("76.61", "B"), ("76.60", "C"),
     ("65.00", "C"), ("64.99", "D"), ("25.00", "D")],
)  # fmt: skip
def test_grades_follow_the_regulation_intervals(score, grade):
    assert ikm.grade_for(Decimal(score))[0] == grade


def test_the_nine_elements_are_those_of_the_regulation_in_its_order():
    assert ikm.ELEMENT_FIELDS == [
        "requirements", "procedure", "time", "cost", "product", "competence", "conduct",
        "complaint_handling", "facilities",
    ]  # fmt: skip
    assert all(len(answers) == 4 for *_rest, answers in ikm.ELEMENTS)

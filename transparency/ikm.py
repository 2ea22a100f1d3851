"""The Community Satisfaction Index (IKM) of Permenpan RB 14/2017.

Each of the nine elements is answered on a 4-point scale (1 worst, 4 best). An element's mean
value (NRR) is weighted 1/9, the nine weighted means are added up (a value from 1 to 4) and
multiplied by 25, which gives the IKM on the 25–100 scale. The quality grade follows from the
regulation's intervals: A 88.31–100, B 76.61–88.30, C 65.00–76.60, D 25.00–64.99.

Sums are exact integers from the database, so the score is computed with fractions and
rounded once, half up, to two decimals, the precision the intervals are written in.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

#: The nine elements in the regulation's order of this survey: (field, name, question, answers
#: from 1 to 4). Questions follow the regulation's sample questionnaire.
ELEMENTS = [
    ("requirements", pgettext_lazy("SKM element", "Requirements"),
     _("How well did the requirements match the service you needed?"),
     [_("Not suitable"), _("Somewhat suitable"), _("Suitable"), _("Very suitable")]),
    ("procedure", pgettext_lazy("SKM element", "Procedure"),
     _("How easy was the procedure of this service?"),
     [_("Not easy"), _("Somewhat easy"), _("Easy"), _("Very easy")]),
    ("time", pgettext_lazy("SKM element", "Service time"),
     _("How fast was the service?"),
     [_("Not fast"), _("Somewhat fast"), _("Fast"), _("Very fast")]),
    ("cost", pgettext_lazy("SKM element", "Cost"),
     _("How fair was the cost of the service?"),
     [_("Very expensive"), _("Rather expensive"), _("Cheap"), _("Free")]),
    ("product", pgettext_lazy("SKM element", "Service product"),
     _("Did what you received match what the service standard promises?"),
     [_("Not suitable"), _("Somewhat suitable"), _("Suitable"), _("Very suitable")]),
    ("competence", pgettext_lazy("SKM element", "Staff competence"),
     _("How competent were the officers who served you?"),
     [_("Not competent"), _("Somewhat competent"), _("Competent"), _("Very competent")]),
    ("conduct", pgettext_lazy("SKM element", "Staff conduct"),
     _("How polite and friendly were the officers?"),
     [_("Not polite and friendly"), _("Somewhat polite and friendly"),
      _("Polite and friendly"), _("Very polite and friendly")]),
    ("complaint_handling", pgettext_lazy("SKM element", "Complaint handling"),
     _("How were complaints from service users handled?"),
     [_("There is no complaint handling"), _("It exists but does not work"),
      _("It works, but not fully"), _("It is well managed")]),
    ("facilities", pgettext_lazy("SKM element", "Facilities"),
     _("How good were the facilities and infrastructure?"),
     [_("Poor"), _("Adequate"), _("Good"), _("Very good")]),
]  # fmt: skip
ELEMENT_FIELDS = [field for field, *_rest in ELEMENTS]
SCALE = (1, 2, 3, 4)
CONVERSION = 25
#: (lowest IKM of the grade, grade, what it means), best first.
GRADES = [
    (Decimal("88.31"), "A", pgettext_lazy("IKM grade", "Very good")),
    (Decimal("76.61"), "B", pgettext_lazy("IKM grade", "Good")),
    (Decimal("65.00"), "C", pgettext_lazy("IKM grade", "Not good")),
    (Decimal("25.00"), "D", pgettext_lazy("IKM grade", "Poor")),
]
#: A unit's or a service's IKM is published once it has this many responses.
MIN_RESPONSES = 5
TWO_PLACES = Decimal("0.01")


def to_two_places(value):
    """A fraction rounded half up to two decimals, as the regulation's tables are written."""
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        TWO_PLACES, rounding=ROUND_HALF_UP
    )


@dataclass(frozen=True)
class IKM:
    responses: int
    element_means: dict  # field -> Fraction, the NRR of each element
    score: Decimal  # 25.00 to 100.00

    @property
    def grade(self):
        return grade_for(self.score)[0]

    @property
    def grade_label(self):
        return grade_for(self.score)[1]


def grade_for(score):
    """(letter, meaning) of an IKM on the 25–100 scale."""
    for lowest, letter, meaning in GRADES:
        if score >= lowest:
            return letter, meaning
    raise ValueError(f"An IKM is at least 25, not {score}")


def compute(responses, sums):
    """The IKM of `responses` answers whose scores add up to `sums[field]` for each element."""
    if responses <= 0:
        raise ValueError("An IKM needs at least one response")
    means = {field: Fraction(sums[field], responses) for field in ELEMENT_FIELDS}
    weighted_total = sum(mean * Fraction(1, len(ELEMENT_FIELDS)) for mean in means.values())
    return IKM(
        responses=responses,
        element_means=means,
        score=to_two_places(weighted_total * CONVERSION),
    )

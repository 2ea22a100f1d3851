"""Answers to the satisfaction survey (SKM, Permenpan RB 14/2017) and the invitations to it.

A response holds the nine scores, an optional suggestion and what it is about (a closed
complaint, or a service procedure), never who gave it: no name, contact or address is asked
for or kept. Only aggregates of responses are published (`transparency.figures`).
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..ikm import ELEMENTS, SCALE


def score_field(label):
    return models.PositiveSmallIntegerField(
        label,
        choices=[(value, str(value)) for value in SCALE],
        validators=[MinValueValidator(SCALE[0]), MaxValueValidator(SCALE[-1])],
    )


class SurveyResponse(models.Model):
    class Channel(models.TextChoices):
        COMPLAINT = "complaint", _("After a complaint")
        SERVICE = "service", _("After a service procedure")

    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices)
    # One response per complaint: the database refuses a second one.
    complaint = models.OneToOneField(
        "forms.Complaint",
        verbose_name=_("complaint"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="survey_response",
    )
    # The default-language page, so that answers given in either language count together.
    service = models.ForeignKey(
        "services.ServicePage",
        verbose_name=_("service"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    unit = models.ForeignKey(
        "services.Unit",
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="survey_responses",
    )
    language = models.CharField(_("language"), max_length=10, default="id")
    created_at = models.DateTimeField(_("answered at"), default=timezone.now, db_index=True)
    suggestion = models.TextField(_("suggestion"), blank=True)

    requirements = score_field(ELEMENTS[0][1])
    procedure = score_field(ELEMENTS[1][1])
    time = score_field(ELEMENTS[2][1])
    cost = score_field(ELEMENTS[3][1])
    product = score_field(ELEMENTS[4][1])
    competence = score_field(ELEMENTS[5][1])
    conduct = score_field(ELEMENTS[6][1])
    complaint_handling = score_field(ELEMENTS[7][1])
    facilities = score_field(ELEMENTS[8][1])

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("survey response")
        verbose_name_plural = _("survey responses")

    def __str__(self):
        return f"{self.get_channel_display()} {self.created_at:%Y-%m-%d}"


class SurveyInvitation(models.Model):
    """That a complaint's reporter was invited to the survey: at most once per complaint, even
    when a complaint is closed again after a review."""

    complaint = models.OneToOneField(
        "forms.Complaint", on_delete=models.CASCADE, related_name="survey_invitation"
    )
    created_at = models.DateTimeField(default=timezone.now)
    emailed = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("survey invitation")

    def __str__(self):
        return f"{self.complaint}: {self.created_at:%Y-%m-%d}"

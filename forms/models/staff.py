"""Which units' complaints a member of staff handles (services/ is not ours to change)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class ComplaintStaffProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="complaint_staff_profile",
    )
    units = models.ManyToManyField(
        "services.Unit",
        verbose_name=_("units"),
        related_name="complaint_staff",
        help_text=_("This person sees and handles the complaints assigned to these units."),
    )
    # Where a unit's head is found: the Kasat or Kapolsek is emailed (at the address of their
    # user account) when a deadline of one of the unit's complaints passes.
    heads = models.ManyToManyField(
        "services.Unit",
        verbose_name=_("head of"),
        blank=True,
        related_name="complaint_heads",
        help_text=_(
            "The units this person leads: they are emailed when a deadline of one of the "
            "unit's complaints passes."
        ),
    )

    panels = [FieldPanel("user"), FieldPanel("units"), FieldPanel("heads")]

    class Meta:
        verbose_name = _("complaint staff member")
        verbose_name_plural = _("complaint staff members")

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()

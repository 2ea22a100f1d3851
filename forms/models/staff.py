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

    panels = [FieldPanel("user"), FieldPanel("units")]

    class Meta:
        verbose_name = _("complaint staff member")
        verbose_name_plural = _("complaint staff members")

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()

"""A record of each run of `anonymise_expired_complaints`, so supervisors can see that the
retention schedule (UU 27/2022) really runs (forms.dashboard)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class RetentionRun(models.Model):
    finished_at = models.DateTimeField(_("finished at"), default=timezone.now, db_index=True)
    anonymised = models.PositiveIntegerField(_("complaints anonymised"), default=0)

    class Meta:
        verbose_name = _("anonymisation run")
        verbose_name_plural = _("anonymisation runs")
        get_latest_by = "finished_at"

    def __str__(self):
        return f"{self.finished_at:%Y-%m-%d %H:%M} ({self.anonymised})"

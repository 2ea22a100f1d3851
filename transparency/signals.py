"""What the transparency section does when complaints change, without `forms` knowing it.

- Any change to what the figures are made of (complaints, their timeline and replies, survey
  responses, categories, units, joint leave days, service pages) invalidates the cached
  figures.
- When a complaint's timeline gains a closing step, its reporter is invited to the survey:
  on the tracking page (see `wagtail_hooks`), and by email through the complaint outbox when
  they gave an address. The invitation row is created in the same transaction as the step, so
  the email is queued exactly once, or not at all if the closing is rolled back, and a
  complaint closed again after a review is not invited twice.
- An anonymised complaint's survey suggestion is anonymised with it.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from forms.models import CLOSED_STATUSES, Complaint, ComplaintCategory, Reply, StatusChange
from home.models import JointLeaveDay
from services.models import Unit

from . import figures, invitations

FIGURE_SOURCES = (Complaint, StatusChange, Reply, ComplaintCategory, Unit, JointLeaveDay)


def invite_when_closed(sender, instance, created, raw=False, **kwargs):
    if created and not raw and instance.to_status in CLOSED_STATUSES:
        invitations.invite(instance.complaint)


def anonymise_suggestion(sender, instance, raw=False, **kwargs):
    if raw or instance.anonymised_at is None:
        return
    from .models import SurveyResponse

    SurveyResponse.objects.filter(complaint=instance).exclude(suggestion="").update(
        suggestion="[dianonimkan]"
    )


def figures_changed_on_commit(**kwargs):
    figures.figures_changed()
    # A view that read the figures inside the same transaction must not keep them either.
    transaction.on_commit(figures.figures_changed)


def connect():
    from .models import SurveyResponse

    for model in (*FIGURE_SOURCES, SurveyResponse):
        for signal in (post_save, post_delete):
            signal.connect(
                figures_changed_on_commit,
                sender=model,
                dispatch_uid=f"transparency-figures-{signal is post_save}-{model.__name__}",
            )
    for signal in (page_published, page_unpublished):
        signal.connect(figures_changed_on_commit, dispatch_uid=f"transparency-pages-{id(signal)}")
    post_save.connect(invite_when_closed, sender=StatusChange, dispatch_uid="transparency-invite")
    post_save.connect(anonymise_suggestion, sender=Complaint, dispatch_uid="transparency-anonymise")

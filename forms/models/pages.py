"""The complaint form page at /pengaduan/: form, receipt and tracking (/pengaduan/lacak/)."""

import hashlib
import logging
from functools import cached_property

from csp.decorators import csp_update
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, InterfaceError, OperationalError, connection, models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.contrib.forms.models import AbstractFormField, FormMixin
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.models import BasePage

from ..permissions import can_list_complaints
from ..ratelimit import (
    complaint_limit_reached,
    count_complaint,
    count_message,
    count_review_request,
    count_tracking_miss,
    message_limit_reached,
    rate_limited_response,
    review_limit_reached,
    tracking_guess_limit_reached,
)
from ..tracking_codes import (
    hash_secret,
    hash_token,
    is_submission_token,
    new_submission_token,
    tracking_code_for,
)
from .categories import ComplaintCategory
from .complaints import Complaint

logger = logging.getLogger(__name__)
# `forms.forms` and `forms.intake` import the complaint models, so the methods below import
# them when called, not this module.

# reCAPTCHA's script and challenge frame come from Google; the form page allows them, no
# other page does.
RECAPTCHA_CONTENT_SECURITY_POLICY = {
    "script-src": ["https://www.google.com/recaptcha/", "https://www.gstatic.com/recaptcha/"],
    "frame-src": ["https://www.google.com/recaptcha/", "https://recaptcha.google.com/recaptcha/"],
}
# Wagtail hook: functions (request, complaint, tracking code) returning HTML for the tracking
# page of a complaint, or "" for none.
TRACKING_SECTIONS_HOOK = "complaint_tracking_sections"
TOKEN_COOKIE = "pengaduan_token"  # noqa: S105 - a cookie name, not a secret
TOKEN_MAX_AGE = 24 * 3600
# A used token is kept for this long, so "back" and "send again" shows the same receipt.
TOKEN_REUSE_SECONDS = 30 * 60
# After the first visit with ?kode=, the tracking code travels in this signed cookie (for the
# whole site, so the page in the other language finds it too), never again in an address.
TRACKING_COOKIE = "pengaduan_lacak"
TRACKING_COOKIE_SALT = "forms.tracking-code"
TRACKING_COOKIE_MAX_AGE = 12 * 3600


class ComplaintFormField(TranslatableMixin, AbstractFormField):
    """An extra question editors add with the form builder; translated with the page."""

    page = ParentalKey(
        "forms.ComplaintFormPage", on_delete=models.CASCADE, related_name="form_fields"
    )

    translatable_fields = [
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
    ]

    class Meta(AbstractFormField.Meta):
        unique_together = [("translation_key", "locale")]


class ComplaintFormPageForm(WagtailAdminFormPageForm):
    def clean(self):
        from ..forms import CORE_FIELD_NAMES

        cleaned = super().clean()
        formset = self.formsets.get("form_fields")
        if formset is not None:
            for form in formset.forms:
                if not form.is_valid() or form.cleaned_data.get("DELETE"):
                    continue
                field = form.instance
                field.label = form.cleaned_data.get("label", "")
                if field.get_field_clean_name() in CORE_FIELD_NAMES:
                    form.add_error(
                        "label",
                        _("This label is used by a built-in field of the complaint form."),
                    )
        return cleaned


# Storage or database trouble that passes: a full disk, a read-only evidence directory, a
# database restart. The citizen gets the form back, never a server error.
TRANSIENT_ERRORS = (OSError, OperationalError, InterfaceError)


class ComplaintFormPage(RoutablePageMixin, FormMixin, BasePage):
    """Citizens' complaints: a Wagtail form page whose submissions are `Complaint` records.

    The core fields are fixed in code (`forms.forms.CoreComplaintForm`); editors add extra
    questions with the form builder. Emails go to each category's inbox through the outbox
    (`forms.outbox`), so the page has no email settings of its own.
    """

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A few sentences above the form: what can be reported here."),
    )
    receipt_text = models.TextField(
        _("receipt text"),
        blank=True,
        help_text=_("Shown with the reference number after a complaint is sent."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page the consent checkbox links to."),
    )

    base_form_class = ComplaintFormPageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("privacy_page"),
        InlinePanel("form_fields", label=_("Extra questions")),
        FieldPanel("receipt_text"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "forms/complaint_form_page.html"
    landing_page_template = "forms/complaint_receipt.html"
    preview_modes = [("form", _("Form")), ("landing", _("Receipt"))]

    class Meta:
        verbose_name = _("complaint form page")
        verbose_name_plural = _("complaint form pages")

    # -- the form -----------------------------------------------------------------------------

    def get_form_class(self):
        from ..forms import ComplaintFormBuilder

        return ComplaintFormBuilder(self.get_form_fields()).get_form_class()

    def get_form_parameters(self):
        return {"categories": self.categories(), "captcha": settings.COMPLAINT_CAPTCHA_ENABLED}

    def categories(self):
        """Active categories in this page's language, falling back to the default language."""
        active = ComplaintCategory.objects.filter(active=True)
        localised = active.filter(locale_id=self.locale_id)
        if not localised.exists():
            localised = active.filter(locale=Locale.get_default())
        return localised.select_related("handling_unit", "locale")

    def get_submission_class(self):
        return Complaint

    def get_submissions(self):
        return Complaint.objects.filter(page=self)

    def serve_submissions_list_view(self, request, *args, **kwargs):
        """Wagtail's generic submission list would bypass the unit rules and the audit log:
        complaints are only listed in the Pengaduan inbox."""
        if can_list_complaints(request.user):
            return redirect("forms_complaint:index")
        raise PermissionDenied

    @cached_property
    def localized_privacy_page(self):
        """The privacy notice in the visitor's language (the form and the consent record both
        need it; a page object lives for one request)."""
        return self.privacy_page.localized if self.privacy_page else None

    @property
    def privacy_notice_version(self):
        page = self.localized_privacy_page
        if page is None:
            return "-"
        revision = page.live_revision_id or page.latest_revision_id or 0
        published = page.last_published_at or page.latest_revision_created_at
        when = timezone.localtime(published).strftime("%Y-%m-%d") if published else "-"
        return f"{page.title[:40]} (halaman {page.pk}, revisi {revision}, {when})"

    def content_fingerprint(self, form):
        data = form.cleaned_data
        text = f"{data['category'].translation_key}|{' '.join(data['description'].split())}"
        return hashlib.sha256(text.encode()).hexdigest()

    def process_form_submission(self, form, token=None):
        """Store the complaint, its attachments, its timeline start and its emails at once."""
        from ..intake import submit_complaint

        data = form.cleaned_data
        return submit_complaint(
            self,
            answers={**data, "category": data["category"].source},
            token=token,
            extra_answers=form.extra_answers(),
            attachments=data.get("attachments") or [],
        )

    # -- routes -------------------------------------------------------------------------------

    @path("", name="form")
    @csp_update(RECAPTCHA_CONTENT_SECURITY_POLICY)
    def index_route(self, request, *args, **kwargs):
        token = self._token_for(request)
        status = 200
        if request.method == "POST":
            if complaint_limit_reached(request):
                return rate_limited_response(request, self)
            posted_token = request.POST.get("submission_token", "")
            if is_submission_token(posted_token):
                token = posted_token
            form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
            if form.is_valid():
                try:
                    complaint, token, created = self._store_once(form, token)
                except TRANSIENT_ERRORS as error:
                    status = self._not_stored(form, error)
                else:
                    if created:
                        count_complaint(request)
                    response = self.render_landing_page(
                        request, complaint, tracking_code=tracking_code_for(token)
                    )
                    return self._finish(request, response, token)
        else:
            if request.GET.get("baru"):
                token = new_submission_token()
            form = self.get_form(page=self, user=request.user)
        from ..forms import sign_start_time

        form.data = form.data.copy() if form.is_bound else form.data
        if form.is_bound:
            form.data["form_started"] = sign_start_time()
            form.data["submission_token"] = token
        else:
            form.initial.update({"form_started": sign_start_time(), "submission_token": token})
        from ..emergency import looks_like_emergency

        context = self.get_context(request)
        context["form"] = form
        context["emergency_detected"] = looks_like_emergency(request.POST.get("description"))
        response = TemplateResponse(request, self.get_template(request), context, status=status)
        if status == 503:
            response["Retry-After"] = "60"
        return self._finish(request, response, token)

    @staticmethod
    def _not_stored(form, error):
        """Storage or the database failed and nothing was kept (the intake removes any file
        it wrote): the form comes back with what was typed, and a connection the database
        dropped is reopened for showing it."""
        logger.error("Complaint not stored: %s", type(error).__name__)
        if not connection.in_atomic_block:
            connection.close()
        form.add_error(
            None,
            _(
                "Your complaint could not be saved because of a problem on our side, and "
                "nothing was stored. What you wrote is still below: send it again in a few "
                "minutes. Attached files must be chosen again."
            ),
        )
        return 503

    @path("lacak/", name="tracking")
    @csp_update(RECAPTCHA_CONTENT_SECURITY_POLICY)
    def tracking_route(self, request):
        """The code comes once, in ?kode= (the receipt's link) or the posted form; it is then
        kept in a signed cookie and the visitor is sent to the address without it."""
        data = request.POST if request.method == "POST" else request.GET
        entered = data.get("kode", "").strip()
        if entered:
            if tracking_guess_limit_reached(request):
                return rate_limited_response(request, self)
            complaint = self._complaint_for(request, entered)
            if complaint is None:
                return self._tracking_response(request, entered, None)
            return self._remember_code(request, redirect(self.tracking_path), entered)
        code = self.remembered_code(request)
        complaint = self._complaint_for(request, code, count_miss=False)
        return self._tracking_response(request, code, complaint)

    @path("lacak/pesan/", name="message")
    @csp_update(RECAPTCHA_CONTENT_SECURITY_POLICY)
    def message_route(self, request):
        """The reporter's message (POST from the tracking page), its complaint found through
        the cookie. What they typed comes back with the reason when it cannot be accepted."""
        from django.core.exceptions import ValidationError

        from ..forms import ReporterMessageForm

        if request.method != "POST":
            return redirect(self.tracking_path)
        code = self.remembered_code(request)
        complaint = self._complaint_for(request, code, count_miss=False)
        if complaint is None:
            return self._tracking_response(request, "", None, status=403, expired=True)
        if message_limit_reached(request, complaint):
            return rate_limited_response(request, self)
        form = ReporterMessageForm(
            request.POST, request.FILES, captcha=settings.COMPLAINT_CAPTCHA_ENABLED
        )
        if form.is_valid():
            try:
                complaint.receive_message(
                    form.cleaned_data["body"], form.cleaned_data.get("attachments") or []
                )
            except ValidationError as error:
                form.add_error(None, error)
            except TRANSIENT_ERRORS as error:
                self._not_stored(form, error)
            else:
                count_message(request, complaint)
                return redirect(self.tracking_path + "?terkirim=1#percakapan")
        form.data = form.data.copy()
        from ..forms import MESSAGE_STARTED_SALT, sign_start_time

        form.data["form_started"] = sign_start_time(salt=MESSAGE_STARTED_SALT)
        return self._tracking_response(request, code, complaint, message_form=form, status=400)

    @path("lacak/tinjau/", name="review")
    def review_route(self, request):
        """The reporter asks for a review of their closed complaint (POST from the tracking
        page). What they typed comes back with the reason when it cannot be accepted."""
        from django.core.exceptions import ValidationError

        from ..forms import ReviewRequestForm

        if request.method != "POST":
            return redirect(self.tracking_path)
        if tracking_guess_limit_reached(request) or review_limit_reached(request):
            return rate_limited_response(request, self)
        code = request.POST.get("kode", "").strip()
        complaint = self._complaint_for(request, code)
        if complaint is None:
            return self._tracking_response(request, code, None, status=404)
        form = ReviewRequestForm(request.POST)
        if form.is_valid():
            try:
                complaint.request_review(form.cleaned_data["reason"])
            except ValidationError as error:
                form.add_error(None, error)
            else:
                count_review_request(request)
                response = redirect(self.tracking_path + "#peninjauan")
                return self._remember_code(request, response, code)
        return self._tracking_response(request, code, complaint, review_form=form, status=400)

    @path("lacak/kirim-tautan/", name="email_link")
    def email_link_route(self, request):
        """The receipt's "email me the link" (`forms.receipt`): the code comes in the POST
        body, never in the address."""
        from ..receipt import email_link_response

        if request.method != "POST":
            return redirect(self.tracking_path)
        if tracking_guess_limit_reached(request):
            return rate_limited_response(request, self)
        code = request.POST.get("kode", "").strip()
        complaint = self._complaint_for(request, code)
        if complaint is None:
            return self._tracking_response(request, code, None, status=404)
        return email_link_response(self, request, complaint, code)

    @path("lacak/kode-hilang/", name="lost_code")
    def lost_code_route(self, request):
        """ "Lost your code?": a new code by email, with an answer that reveals nothing
        (`forms.receipt`)."""
        from ..receipt import lost_code_response

        return lost_code_response(self, request)

    @property
    def tracking_path(self):
        return self.url + self.reverse_subpage("tracking")

    def remembered_code(self, request):
        return request.get_signed_cookie(
            TRACKING_COOKIE, default="", salt=TRACKING_COOKIE_SALT, max_age=TRACKING_COOKIE_MAX_AGE
        )

    @staticmethod
    def _remember_code(request, response, code):
        response.set_signed_cookie(
            TRACKING_COOKIE,
            code,
            salt=TRACKING_COOKIE_SALT,
            max_age=TRACKING_COOKIE_MAX_AGE,
            httponly=True,
            samesite="Lax",
            secure=request.is_secure(),
        )
        add_never_cache_headers(response)
        response["Referrer-Policy"] = "no-referrer"
        return response

    def _complaint_for(self, request, code, count_miss=True):
        """The complaint of a tracking code; a wrong code counts against the guessing limit
        (one from the signed cookie was right once, and only expired or was anonymised)."""
        if not code:
            return None
        complaint = (
            Complaint.objects.filter(tracking_code_hash=hash_secret(code))
            .select_related("category", "assigned_unit", "review")
            .prefetch_related("status_changes", "deadline_alerts")
            .first()
        )
        if complaint is None and count_miss:
            count_tracking_miss(request)
        return complaint

    def _tracking_response(
        self,
        request,
        code,
        complaint,
        review_form=None,
        message_form=None,
        status=200,
        expired=False,
    ):
        from ..forms import ReporterMessageForm, ReviewRequestForm

        context = self.get_context(request)
        context["code"] = code
        context["lost_code_url"] = self.url + self.reverse_subpage("lost_code")
        context["expired"] = expired
        if code and complaint is None:
            context["not_found"] = True
        elif complaint is not None:
            context.update(
                {
                    "complaint": complaint,
                    "category_name": self._category_name(complaint.category),
                    "stages": complaint.stages(),
                    "timeline": complaint.public_timeline(),
                    "review": complaint.review_or_none,
                    "review_form": review_form or ReviewRequestForm(),
                    "review_action": self.url + self.reverse_subpage("review"),
                    "thread": complaint.public_thread(),
                    "message_form": message_form
                    or ReporterMessageForm(captcha=settings.COMPLAINT_CAPTCHA_ENABLED),
                    "message_action": self.url + self.reverse_subpage("message"),
                    "message_sent": request.GET.get("terkirim") == "1" and message_form is None,
                    # Sections other apps add (the satisfaction survey of a closed complaint).
                    "tracking_sections": [
                        section
                        for section_for in hooks.get_hooks(TRACKING_SECTIONS_HOOK)
                        if (section := section_for(request, complaint, code))
                    ],
                }
            )
        response = TemplateResponse(
            request, "forms/complaint_tracking.html", context, status=status
        )
        add_never_cache_headers(response)
        # The origin only, never the address. Not "no-referrer": under it
        # browsers send "Origin: null" with a form posted from the page (the review request,
        # the survey section), which Django's CSRF check refuses.
        response["Referrer-Policy"] = "strict-origin"
        if code:
            # The empty form is listed in the sitemap so citizens find it; a page that answered
            # a code is nobody else's business.
            response["X-Robots-Tag"] = "noindex"
        return response

    def serve_preview(self, request, mode_name):
        if mode_name == "landing":
            return self.render_landing_page(request)
        return super().serve_preview(request, mode_name)

    def render_landing_page(
        self,
        request,
        form_submission=None,
        *args,
        tracking_code="",
        status=200,
        extra_context=None,
        **kwargs,
    ):
        from ..receipt import receipt_context

        context = self.get_context(request)
        context["complaint"] = form_submission
        context["tracking_code"] = tracking_code
        if form_submission is not None:
            context["tracking_url"] = self.tracking_url(tracking_code)
            context["category_name"] = self._category_name(form_submission.category)
            context.update(receipt_context(self, form_submission, tracking_code))
        context.update(extra_context or {})
        response = TemplateResponse(
            request, self.get_landing_page_template(request), context, status=status
        )
        add_never_cache_headers(response)
        # The origin only, as on the tracking page: under "no-referrer" the receipt's own form
        # (the link by email) would post "Origin: null", which Django's CSRF check refuses.
        response["Referrer-Policy"] = "strict-origin"
        return response

    # -- helpers ------------------------------------------------------------------------------

    def tracking_url(self, code):
        return f"{self.url}{self.reverse_subpage('tracking')}?kode={code}"

    def full_tracking_url(self, code):
        return f"{self.full_url}{self.reverse_subpage('tracking')}?kode={code}"

    def _category_name(self, category):
        translation = category.get_translation_or_none(self.locale)
        return (translation or category).name

    def _token_for(self, request):
        """The browser's current one-time token, kept in a signed cookie so that a double
        click, a refresh or "back and send again" carries the same one."""
        token = request.get_signed_cookie(TOKEN_COOKIE, default="", max_age=TOKEN_MAX_AGE)
        if not token:
            return new_submission_token()
        used = (
            Complaint.objects.filter(submission_token_hash=hash_token(token))
            .values_list("submit_time", flat=True)
            .first()
        )
        if used and (timezone.now() - used).total_seconds() > TOKEN_REUSE_SECONDS:
            return new_submission_token()
        return token

    def _store_once(self, form, token):
        """(complaint, token, created): the complaint this token already made when its content
        is the same, otherwise a new one (with a fresh token if this one was used)."""
        fingerprint = self.content_fingerprint(form)
        existing = Complaint.objects.filter(submission_token_hash=hash_token(token)).first()
        if existing is not None:
            if self._fingerprint_of(existing) == fingerprint:
                return existing, token, False
            token = new_submission_token()
        try:
            return self.process_form_submission(form, token=token), token, True
        except IntegrityError:
            # Two clicks raced: the other request stored it first.
            existing = Complaint.objects.filter(submission_token_hash=hash_token(token)).first()
            if existing is None:
                raise
            return existing, token, False

    @staticmethod
    def _fingerprint_of(complaint):
        text = f"{complaint.category.translation_key}|{' '.join(complaint.description.split())}"
        return hashlib.sha256(text.encode()).hexdigest()

    def _finish(self, request, response, token):
        add_never_cache_headers(response)
        response.set_signed_cookie(
            TOKEN_COOKIE,
            token,
            max_age=TOKEN_MAX_AGE,
            httponly=True,
            samesite="Lax",
            secure=request.is_secure(),
        )
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from ..emergency import CLIENT_HINTS

        context["emergency_words"] = "|".join(CLIENT_HINTS)
        privacy_page = self.localized_privacy_page
        context["privacy_url"] = privacy_page.url if privacy_page else ""
        return context

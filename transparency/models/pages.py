"""The public pages of the transparency section: the statistics page (`/statistik/`) and the
satisfaction survey (`/survei-kepuasan/`), each placed once below a language's home page."""

import datetime
import math

from csp.decorators import csp_update
from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import get_usage
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Locale

from forms.models import Complaint
from forms.models.pages import RECAPTCHA_CONTENT_SECURITY_POLICY
from forms.ratelimit import (
    count_tracking_miss,
    seconds_until_allowed,
    tracking_guess_limit_reached,
)
from forms.tracking_codes import hash_secret
from home.models import BasePage
from services.models import ServicePage

from .. import charts, ikm, opendata
from ..figures import PERIODS, figures_key, published_figures
from .survey import SurveyResponse

SURVEY_RATE_GROUP = "survey.submit"
#: The summary table's rows: (field, heading, how it is written).
SUMMARY_ROWS = [
    ("received", _("Complaints received"), "count"),
    ("resolved", _("Closed as resolved"), "count"),
    ("rejected", _("Rejected"), "count"),
    ("transferred", _("Transferred to another authority"), "count"),
    ("open", _("Still being handled"), "count"),
    ("first_response_median", _("Median working days to the first response"), "days"),
    ("resolution_median", _("Median working days to closure"), "days"),
    ("within_deadline_percent", _("Closed within the deadline"), "percent"),
]


class StatisticsPage(RoutablePageMixin, BasePage):
    """`/statistik/`: how the complaint service performs, in public numbers.

    Editors place the page and write its introduction; the figures are computed
    (`transparency.figures`) and shown as SVG charts, each with a data table, with CSV and
    JSON downloads. Served fresh on every view (never from the full-page cache, which would
    keep old numbers for an hour); the figures themselves are cached until they change.
    """

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A few sentences above the figures: what they show and why we publish them."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("statistics page")
        verbose_name_plural = _("statistics pages")

    def unit_name(self, request):
        from home.models import UnitProfile

        return UnitProfile.for_request(request).unit_name or settings.WAGTAIL_SITE_NAME

    @path("", name="index")
    def index_route(self, request):
        context = self.get_context(request)
        period = request.GET.get("periode", "")
        context["period"] = "ytd" if period == "tahun-ini" else "months12"
        figures = published_figures()
        context["figures"] = figures
        # The rendered tables and charts are cached under the figures' own key (see template).
        context["figures_key"] = figures_key()
        context["period_start"], context["period_end"] = figures["periods"][context["period"]]
        context["categories"] = figures["categories"][context["period"]]
        context["units"] = figures["units"][context["period"]]
        context["summary"] = [
            (label, [figures["totals"][period][field] for period in PERIODS], kind)
            for field, label, kind in SUMMARY_ROWS
        ]
        context.update(self.charts(figures, context["period"]))
        context["dictionary"] = opendata.dictionary()
        context["licence_line"] = opendata.licence_line(self.unit_name(request))
        context["suppression_note"] = opendata.suppression_note()
        context["elements"] = [(field, label) for field, label, *_rest in ikm.ELEMENTS]
        context["grades"] = ikm.GRADES
        satisfaction = figures["satisfaction"]
        context["ikm_tables"] = [
            ("tabel-ikm-satuan", _("Satisfaction index per unit"), satisfaction["units"]),
            ("tabel-ikm-layanan", _("Satisfaction index per service"), satisfaction["services"]),
        ]
        context["min_responses"] = ikm.MIN_RESPONSES
        return self.fresh(TemplateResponse(request, self.get_template(request), context))

    @staticmethod
    def fresh(response):
        # no-cache keeps the full-page cache away; browsers may still store and revalidate.
        patch_cache_control(response, no_cache=True, max_age=0)
        return response

    def charts(self, figures, period):
        def rows(items, field):
            return [(item["label"], item[field], str(item[field])) for item in items]

        months = [
            (date_format(item["month"], "M Y"), item["received"], str(item["received"]))
            for item in figures["months"]
        ]
        units = [u for u in figures["satisfaction"]["units"] if u["ikm"] is not None]
        return {
            "month_chart": charts.bar_chart(_("Complaints received per month"), months),
            "category_chart": charts.bar_chart(
                _("Complaints received per category"),
                rows(figures["categories"][period], "received"),
            ),
            "unit_chart": charts.bar_chart(
                _("Complaints received per unit"), rows(figures["units"][period], "received")
            ),
            "ikm_chart": charts.bar_chart(
                _("Satisfaction index (IKM) per unit"),
                [(u["label"], u["ikm"], f"{u['ikm']} ({u['grade']})") for u in units],
                maximum=100,
            )
            if units
            else None,
            "periods": PERIODS,
        }

    @path("unduh/csv/", name="csv")
    def csv_route(self, request):
        response = HttpResponse(
            opendata.to_csv(published_figures()), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = 'attachment; filename="statistik-pengaduan.csv"'
        return self.fresh(response)

    @path("unduh/kamus-data/", name="dictionary")
    def dictionary_route(self, request):
        response = HttpResponse(
            opendata.dictionary_csv(self.unit_name(request)),
            content_type="text/csv; charset=utf-8",
        )
        response["Content-Disposition"] = 'attachment; filename="kamus-data-statistik.csv"'
        return self.fresh(response)

    @path("unduh/json/", name="json")
    def json_route(self, request):
        text = opendata.to_json(
            published_figures(),
            title=self.title,
            publisher=self.unit_name(request),
            page_url=self.get_full_url(request),
        )
        return self.fresh(HttpResponse(text, content_type="application/json; charset=utf-8"))


class SurveyPage(RoutablePageMixin, BasePage):
    """`/survei-kepuasan/`: the satisfaction survey (SKM, Permenpan RB 14/2017).

    Its main form serves people who used a service procedure (SKCK, SIM, a lost-item letter),
    with the complaint form's anti-abuse layers. Reporters of a closed complaint reach its
    `pengaduan/` route from their tracking page: the tracking code travels in the POST body,
    never in an address that logs or browser histories keep. Answers carry no personal data.
    """

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A few sentences above the survey: why we ask and that it is anonymous."),
    )
    thanks_text = models.TextField(
        _("thank-you text"), blank=True, help_text=_("Shown after the survey is sent.")
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("thanks_text")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "transparency/survey_page.html"

    class Meta:
        verbose_name = _("satisfaction survey page")
        verbose_name_plural = _("satisfaction survey pages")

    # -- the service survey --------------------------------------------------------------

    def services(self):
        """Live service procedures in this page's language (else the default language)."""
        live = ServicePage.objects.live().public().order_by("path")
        localised = live.filter(locale_id=self.locale_id)
        if not localised.exists():
            localised = live.filter(locale=Locale.get_default())
        return localised

    @path("", name="service")
    @csp_update(RECAPTCHA_CONTENT_SECURITY_POLICY)
    def service_route(self, request):
        from ..survey_forms import ServiceSurveyForm, sign_start_time

        captcha = settings.COMPLAINT_CAPTCHA_ENABLED
        if request.method == "POST":
            if self._limit_reached(request):
                return self._rate_limited(request, self._usage(request)["time_left"])
            form = ServiceSurveyForm(request.POST, services=self.services(), captcha=captcha)
            if form.is_valid():
                service = form.cleaned_data["service"]
                source = service.get_translation_or_none(Locale.get_default()) or service
                self._store(
                    form,
                    channel=SurveyResponse.Channel.SERVICE,
                    service=source,
                    unit_id=source.unit_id,
                )
                self._count(request)
                return self._thanks(request)
            form.data = form.data.copy()
            form.data["form_started"] = sign_start_time()
        else:
            form = ServiceSurveyForm(
                services=self.services(),
                captcha=captcha,
                initial={"form_started": sign_start_time()},
            )
        return self._render(request, {"form": form, "mode": "service"})

    # -- the survey after a complaint ------------------------------------------------------

    @path("pengaduan/", name="complaint")
    def complaint_route(self, request):
        """A closed complaint's survey, opened and sent with its tracking code in the body."""
        from ..survey_forms import SurveyForm

        if request.method != "POST":
            return self._render(request, {"mode": "complaint_start"})
        code = request.POST.get("kode", "").strip()
        if tracking_guess_limit_reached(request):
            return self._rate_limited(request, seconds_until_allowed(request))
        complaint = (
            Complaint.objects.filter(tracking_code_hash=hash_secret(code))
            .select_related("assigned_unit")
            .first()
            if code
            else None
        )
        if complaint is None:
            count_tracking_miss(request)
            return self._render(request, {"mode": "complaint_start", "not_found": bool(code)})
        context = {"mode": "complaint", "complaint": complaint, "code": code}
        if not complaint.is_closed:
            return self._render(request, {**context, "refusal": "open"})
        if SurveyResponse.objects.filter(complaint=complaint).exists():
            return self._render(request, {**context, "refusal": "answered"})
        if "mulai" in request.POST:
            form = SurveyForm()
        else:
            form = SurveyForm(request.POST)
            if form.is_valid():
                try:
                    self._store(
                        form,
                        channel=SurveyResponse.Channel.COMPLAINT,
                        complaint=complaint,
                        unit_id=complaint.assigned_unit_id,
                    )
                except IntegrityError:  # the same survey sent twice at once
                    return self._render(request, {**context, "refusal": "answered"})
                return self._thanks(request)
        return self._render(request, {**context, "form": form})

    # -- helpers ---------------------------------------------------------------------------

    def _store(self, form, **about):
        with transaction.atomic():
            return SurveyResponse.objects.create(
                language=self.locale.language_code,
                suggestion=form.cleaned_data.get("suggestion", "").strip(),
                **form.scores(),
                **about,
            )

    def _render(self, request, extra, status=200):
        context = {**self.get_context(request), **extra}
        response = TemplateResponse(request, self.template, context, status=status)
        add_never_cache_headers(response)
        # Origin only (see the tracking page): forms posted from here keep a real Origin.
        response["Referrer-Policy"] = "strict-origin"
        return response

    def _thanks(self, request):
        return self._render(request, {"mode": "thanks"})

    @staticmethod
    def _usage(request, increment=False):
        return get_usage(
            request,
            group=SURVEY_RATE_GROUP,
            key="ip",
            rate=settings.SURVEY_RATE_LIMIT,
            increment=increment,
        )

    def _limit_reached(self, request):
        usage = self._usage(request)
        return usage is not None and usage["count"] >= usage["limit"]

    def _count(self, request):
        self._usage(request, increment=True)

    def _rate_limited(self, request, seconds):
        wait = max(int(seconds), 1)
        context = {"retry_at": timezone.now() + datetime.timedelta(minutes=math.ceil(wait / 60))}
        response = self._render(request, {"mode": "limited", **context}, status=429)
        response["Retry-After"] = str(wait)
        return response

"""The survey's section on a closed complaint's tracking page, through the hook the tracking
page offers (`complaint_tracking_sections`), so the complaint app never imports this one."""

from django.template.loader import render_to_string
from wagtail import hooks
from wagtail.models import Locale

from .models import SurveyPage, SurveyResponse


@hooks.register("complaint_tracking_sections")
def survey_section(request, complaint, code):
    if not complaint.is_closed:
        return ""
    page = SurveyPage.objects.live().filter(locale=Locale.get_active()).first()
    if page is None:
        return ""
    return render_to_string(
        "transparency/includes/tracking_section.html",
        {
            "survey_url": page.url + page.reverse_subpage("complaint"),
            "code": code,
            "answered": SurveyResponse.objects.filter(complaint=complaint).exists(),
        },
        request=request,
    )

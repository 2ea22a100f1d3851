"""Dashboard panel: when expired complaints were last anonymised.

Retention under UU 27/2022 depends on a timer (site/systemd/polres-anonymise.timer) that nobody
watches; this panel makes a stopped timer visible to those responsible for complaint data,
the users who may see every complaint. Registered from forms.wagtail_hooks.
"""

import datetime

from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component

from .models import RetentionRun
from .permissions import is_supervisor

# The run is daily; two days without one means the timer stopped, not that it is merely late.
STALE_AFTER = datetime.timedelta(days=2)


class RetentionPanel(Component):
    name = "complaint_retention"
    order = 60
    template_name = "forms/admin/retention_panel.html"

    def get_context_data(self, parent_context):
        last_run = RetentionRun.objects.order_by("-finished_at").first()
        return {
            "last_run": last_run,
            "overdue": last_run is None or timezone.now() - last_run.finished_at > STALE_AFTER,
        }


@hooks.register("construct_homepage_panels")
def add_retention_panel(request, panels):
    if is_supervisor(request.user):
        panels.append(RetentionPanel())

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    name = "services"
    verbose_name = _("Services and units")
    #: Its settings and snippets appear on public pages: saving one empties the page cache.
    public_content = True

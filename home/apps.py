from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home and site profile")
    #: Its settings and snippets appear on public pages: saving one empties the page cache.
    public_content = True

    def ready(self):
        from . import page_cache

        page_cache.connect_signals()

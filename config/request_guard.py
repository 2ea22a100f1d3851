"""Refuses requests whose parameters hold a NUL character, before anything reads them.

PostgreSQL can neither store nor compare a string with NUL (0x00): a search, a filter or a
lookup with one fails deep in the database driver. No person types one, so the request is
answered with a plain 400 page here, for every view at once, instead of each view cleaning
its own parameters. Django's form CharFields refuse NUL too; this also covers parameters that
views read straight from the query string. A cookie holding NUL is ignored instead, so a
browser with a broken cookie is not locked out of the site.
"""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils import translation

NUL = "\x00"


def _has_nul(query_dict):
    return any(
        NUL in key or any(NUL in value for value in values) for key, values in query_dict.lists()
    )


class RejectNulCharactersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        for name in [name for name, value in request.COOKIES.items() if NUL in name + value]:
            del request.COOKIES[name]
        if NUL in request.path_info or _has_nul(request.GET) or self._post_has_nul(request):
            language = translation.get_language_from_path(request.path_info)
            with translation.override(language or settings.LANGUAGE_CODE):
                return TemplateResponse(request, "400.html", status=400).render()
        return self.get_response(request)

    @staticmethod
    def _post_has_nul(request):
        if request.method != "POST":
            return False
        try:
            return _has_nul(request.POST)
        except OSError:
            # A client that went away mid-upload: the view's own handling of it applies.
            return False

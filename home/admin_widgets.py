"""Admin form pieces whose Wagtail originals show English whatever the language.

- Wagtail's sign-in form declares its password field without a label, so Django names it
  "Password" from the field name, untranslated.
- Wagtail's snippet chooser words its buttons ("Choose %(object)s") when the widget is built,
  and the page's edit form, with its widgets, is built once per process and cached: its buttons
  stay in the language of the first request. Worded lazily here, they follow each request.
"""

from django.utils.functional import lazy
from django.utils.translation import gettext, gettext_lazy
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm
from wagtail.snippets.widgets import AdminSnippetChooser


class LoginForm(WagtailLoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = gettext_lazy("Password")


def _worded(message, name):
    return gettext(message) % {"object": name}


worded = lazy(_worded, str)


class SnippetChooser(AdminSnippetChooser):
    def __init__(self, model, **kwargs):
        super().__init__(model, **kwargs)
        name = model._meta.verbose_name
        self.choose_one_text = worded("Choose %(object)s", name)
        self.choose_another_text = worded("Choose another %(object)s", name)
        self.link_to_chosen_text = worded("Edit this %(object)s", name)

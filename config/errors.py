"""Error reports (emails to admins, the debug page) without the personal data of citizens.

Complaint forms carry NIK, phone numbers, emails and descriptions: none of it may reach an
error mail. Every POST value is hidden, and so is every local variable whose name suggests
personal or secret data.
"""

import re

from django.views.debug import SafeExceptionReporterFilter


class PersonalDataReporterFilter(SafeExceptionReporterFilter):
    hidden_settings = re.compile(
        SafeExceptionReporterFilter.hidden_settings.pattern + "|DATABASE_URL|REDIS_URL", flags=re.I
    )
    personal_variables = re.compile(
        r"nik|phone|email|name|description|address|reporter|complaint|submission|form|"
        r"tracking|code|data|post|body|request|attachment|message|text|value",
        flags=re.I,
    )

    def is_active(self, request):
        """Filter in development too: the same data must not leak from a debug page."""
        return True

    def get_post_parameters(self, request):
        if request is None:
            return {}
        return dict.fromkeys(request.POST, self.cleansed_substitute)

    def get_traceback_frame_variables(self, request, tb_frame):
        variables = super().get_traceback_frame_variables(request, tb_frame)
        return [
            (name, self.cleansed_substitute if self.personal_variables.search(name) else value)
            for name, value in variables
        ]

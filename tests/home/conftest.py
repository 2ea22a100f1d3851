"""The demo site, loaded once for a module of read-only tests.

Loading it takes long (it translates every page), so the module's tests share one load and
read it within their own rolled-back transactions; the database is emptied afterwards. It is
loaded in autocommit mode, as under `make run`: wagtail-localize publishes on commit.
"""

import io

import pytest
from django.core.management import call_command


@pytest.fixture(scope="module")
def loaded_demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo_content", stdout=io.StringIO())
        yield
        call_command("flush", interactive=False, verbosity=0)

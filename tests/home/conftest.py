"""The demo site, loaded once for a module of read-only tests.

Loading it takes long (it translates every page), so the module's tests share one load and
read it within their own rolled-back transactions. It is loaded in autocommit mode, as under
`make run`: wagtail-localize publishes on commit. Afterwards the database is put back as the
migrations left it (roles, workflow, locales), as Django's serialized rollback does, because the
tests after these expect it so.
"""

import io

import pytest
from django.core.management import call_command
from django.db import connection


@pytest.fixture(scope="module")
def loaded_demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        as_migrated = connection.creation.serialize_db_to_string()
        call_command("load_demo_content", stdout=io.StringIO())
        yield
        call_command(
            "flush",
            interactive=False,
            verbosity=0,
            reset_sequences=False,
            inhibit_post_migrate=True,
        )
        connection.creation.deserialize_db_from_string(as_migrated)

"""The database restarts between writing a complaint's evidence file and storing its row: the
citizen gets the form back with what they typed, and no file is left without its row.

A module of its own because the test needs real commits (transaction=True), and `make test`
runs each module in one process: a module that mixed it with rolled-back tests would flush the
migrations' data (roles, locales) before those tests ran.
"""

import pytest
from django.db import OperationalError, connection

from forms.models import Complaint

from .intake import assert_form_back_and_nothing_kept, files_under, post_with_photo


@pytest.mark.django_db(transaction=True)
def test_a_database_restart_after_the_file_was_written_leaves_no_file(client, setup, private_media):
    restarted = []

    def restart_at_attachment_insert(execute, sql, params, many, context):
        if not restarted and 'INSERT INTO "forms_attachment"' in sql:
            restarted.append(True)
            assert files_under(private_media), "the evidence file is written before its row"
            if connection.vendor == "postgresql":
                import psycopg2

                killer = psycopg2.connect(**connection.get_connection_params())
                killer.autocommit = True
                with killer.cursor() as cursor:
                    cursor.execute(
                        "SELECT pg_terminate_backend(%s)", [connection.connection.info.backend_pid]
                    )
                killer.close()
            else:
                raise OperationalError("server closed the connection unexpectedly")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(restart_at_attachment_insert):
        response = post_with_photo(client, setup)
    assert restarted
    assert_form_back_and_nothing_kept(response, private_media)
    # Once the database is back, the same form sends the complaint.
    response = post_with_photo(client, setup)
    assert response.status_code == 200
    assert Complaint.objects.get().attachments.count() == 1

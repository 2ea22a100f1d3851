"""Storage or database trouble while a complaint is stored: the citizen gets the form back with
what they typed and a message (503), nothing is half-saved, and no evidence file is left
behind without its row."""

import errno
import os
from unittest import mock

import pytest
from django.core.files.storage import FileSystemStorage

from .intake import assert_form_back_and_nothing_kept, post_with_photo


@pytest.mark.django_db
def test_a_full_disk_gives_the_form_back_and_leaves_no_partial_file(client, setup, private_media):
    def full_disk(storage, name, content):
        path = storage.path(name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as half_written:
            half_written.write(b"\x89PNG partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    with mock.patch.object(FileSystemStorage, "_save", full_disk):
        response = post_with_photo(client, setup)
    assert_form_back_and_nothing_kept(response, private_media)


@pytest.mark.django_db
def test_an_unusable_evidence_directory_gives_the_form_back(client, setup, settings, tmp_path):
    not_a_directory = tmp_path / "bukan-folder"
    not_a_directory.write_text("")
    settings.PRIVATE_MEDIA_ROOT = not_a_directory / "private"
    response = post_with_photo(client, setup)
    assert_form_back_and_nothing_kept(response, tmp_path / "private")

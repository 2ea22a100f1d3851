"""Wagtail's workflow and comment emails reach public-relations staff in Indonesian.

They are rendered from Wagtail's templates in the recipient's admin language, which is `id`
unless the user chose otherwise, so they read as the project's catalogues in locale-admin/ say.
"""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from wagtail.models import PageSubscription

from news.models import NewsPage
from tests.home.test_editorial_workflow import article_form

pytestmark = pytest.mark.django_db

#: Sentences of Wagtail's notification templates, as they read when untranslated.
ENGLISH = re.compile(
    r"Hello |has been submitted|has been approved|has been rejected|You can (edit|view)"
    r"|notification preferences|moderation|with the comment|requested changes|comments? on",
    re.IGNORECASE,
)


def staff(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(
        username, email=f"{username}@example.id", password="x", first_name=username.title()
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


def emails_to(user):
    return [message for message in mail.outbox if user.email in message.to]


def read(message):
    return f"{message.subject}\n{message.body}"


@pytest.fixture
def submitted_article(client, public_pages, django_user_model):
    editor = staff(django_user_model, "redaksi", "Redaksi")
    reviewer = staff(django_user_model, "penyunting", "Penyunting")
    client.force_login(editor)
    add_url = f"/admin/pages/add/news/newspage/{public_pages.news.pk}/"
    response = client.post(add_url, {**article_form(), "action-submit": "submit"})
    assert response.status_code == 302
    return NewsPage.objects.get(slug="patroli-malam"), editor, reviewer


def test_the_reviewer_is_told_in_indonesian_that_an_article_awaits_approval(
    submitted_article,
):
    _article, _editor, reviewer = submitted_article
    (message,) = emails_to(reviewer)
    text = read(message)
    assert "Patroli Malam Ditingkatkan" in text
    assert "telah diajukan untuk persetujuan" in text
    assert "Halo Redaksi" not in text and "Halo Penyunting" in text
    assert not ENGLISH.search(text), text


def email_after_review(client, submitted_article, action, comment):
    """The email the editor gets once the reviewer takes a workflow action on the article."""
    article, editor, reviewer = submitted_article
    mail.outbox.clear()
    client.force_login(reviewer)
    task_state = article.current_workflow_task_state
    url = f"/admin/pages/workflow/action/{article.pk}/{action}/{task_state.pk}/"
    assert client.post(url, {"comment": comment}).status_code == 302
    (message,) = emails_to(editor)
    return read(message)


def test_the_editor_is_told_in_indonesian_that_the_reviewer_approved(client, submitted_article):
    text = email_after_review(client, submitted_article, "approve", "Foto sudah sesuai.")
    assert 'Halaman "Patroli Malam Ditingkatkan" telah disetujui' in text
    assert "Halo Redaksi" in text
    assert not ENGLISH.search(text), text


def test_the_editor_is_told_in_indonesian_that_the_reviewer_asks_for_changes(
    client, submitted_article
):
    text = email_after_review(client, submitted_article, "reject", "Judul terlalu panjang.")
    assert "Judul terlalu panjang." in text
    assert "ditolak" in text or "perubahan" in text
    assert not ENGLISH.search(text), text


def test_a_comment_on_the_article_reaches_its_subscriber_in_indonesian(client, submitted_article):
    article, editor, reviewer = submitted_article
    PageSubscription.objects.update_or_create(
        page=article, user=editor, defaults={"comment_notifications": True}
    )
    mail.outbox.clear()
    client.force_login(reviewer)
    comments = {
        "comments-TOTAL_FORMS": "1",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "",
        "comments-0-DELETE": "",
        "comments-0-resolved": "",
        "comments-0-id": "",
        "comments-0-contentpath": "title",
        "comments-0-text": "Judul sebaiknya menyebut lokasinya.",
        "comments-0-position": "",
        "comments-0-replies-TOTAL_FORMS": "0",
        "comments-0-replies-INITIAL_FORMS": "0",
        "comments-0-replies-MIN_NUM_FORMS": "0",
        "comments-0-replies-MAX_NUM_FORMS": "0",
    }
    response = client.post(f"/admin/pages/{article.pk}/edit/", {**article_form(), **comments})
    assert response.status_code == 302, response.context["form"].errors
    assert article.wagtail_admin_comments.get().text == "Judul sebaiknya menyebut lokasinya."
    (message,) = emails_to(editor)
    text = read(message)
    assert "Judul sebaiknya menyebut lokasinya." in text
    assert "komentar" in text.lower()
    assert not ENGLISH.search(text), text

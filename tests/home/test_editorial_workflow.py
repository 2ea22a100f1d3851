"""Public-relations staff publish through moderation: Redaksi drafts and submits, Penyunting
approves. Pages can be previewed and scheduled; the guide is one click from the dashboard."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, WorkflowPage
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from news.models import NewsCategory, NewsPage

pytestmark = pytest.mark.django_db


def user_in(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(username, password="x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def article_form(**overrides):
    data = {
        "title": "Patroli Malam Ditingkatkan",
        "slug": "patroli-malam",
        "date": "2026-11-27",
        "lead": "Sat Samapta menambah patroli malam di pasar.",
        "featured_image": "",
        "featured_image_alt": "",
        "featured_image_caption": "",
        "body": streamfield([("paragraph", rich_text("<p>Isi berita.</p>"))]),
        "category": "",
        "tags": "patroli",
        "related": streamfield([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def test_every_page_goes_through_the_redaksi_to_penyunting_workflow(site_tree):
    workflow = WorkflowPage.objects.get(page=Page.get_first_root_node()).workflow
    task = workflow.tasks.get().specific
    assert workflow.name == "Redaksi mengajukan, Penyunting menyetujui"
    assert list(task.groups.values_list("name", flat=True)) == ["Penyunting"]
    assert site_tree.home.get_workflow() == workflow


def test_redaksi_submits_and_penyunting_approves_a_news_article(
    client, public_pages, django_user_model
):
    editor = user_in(django_user_model, "redaksi", "Redaksi")
    reviewer = user_in(django_user_model, "penyunting", "Penyunting")
    client.force_login(editor)
    add_url = f"/admin/pages/add/news/newspage/{public_pages.news.pk}/"

    response = client.post(add_url, {**article_form(), "action-submit": "submit"})

    assert response.status_code == 302
    article = NewsPage.objects.get(slug="patroli-malam")
    assert not article.live
    assert article.current_workflow_state.status == "in_progress"
    assert "patroli-malam" not in client.get("/berita/").content.decode()

    client.force_login(reviewer)
    task_state = article.current_workflow_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{article.pk}/approve/{task_state.pk}/", {"comment": ""}
    )

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.live
    assert "Patroli Malam Ditingkatkan" in client.get("/berita/").content.decode()


def test_redaksi_cannot_publish_without_review(client, public_pages, django_user_model):
    client.force_login(user_in(django_user_model, "redaksi", "Redaksi"))
    add_url = f"/admin/pages/add/news/newspage/{public_pages.news.pk}/"
    client.post(add_url, {**article_form(), "action-publish": "publish"})
    assert not NewsPage.objects.filter(slug="patroli-malam", live=True).exists()


def test_an_article_image_without_alt_text_is_refused_in_the_admin(
    client, public_pages, django_user_model, admin_user
):
    client.force_login(admin_user)
    image = public_pages.article.featured_image
    add_url = f"/admin/pages/add/news/newspage/{public_pages.news.pk}/"
    response = client.post(
        add_url, {**article_form(featured_image=image.pk), "action-publish": "publish"}
    )
    assert response.status_code == 200
    assert (
        "Jelaskan isi gambar untuk orang yang tidak dapat melihatnya." in response.content.decode()
    )
    assert not NewsPage.objects.filter(slug="patroli-malam").exists()


def test_redaksi_manages_news_categories_but_no_complaint_data(
    client, site_tree, django_user_model
):
    editor = user_in(django_user_model, "redaksi", "Redaksi")
    client.force_login(editor)
    response = client.post(
        "/admin/snippets/news/newscategory/add/", {"name": "Imbauan", "slug": "imbauan"}
    )
    assert response.status_code == 302
    assert NewsCategory.objects.filter(slug="imbauan").exists()
    assert not [perm for perm in editor.get_all_permissions() if perm.startswith("forms.")]


def test_editors_can_schedule_publication_and_preview(client, public_pages, admin_user):
    client.force_login(admin_user)
    article = public_pages.article
    edit_url = f"/admin/pages/{article.pk}/edit/"
    assert 'name="go_live_at"' in client.get(edit_url).content.decode()

    preview_url = f"/admin/pages/{article.pk}/edit/preview/"
    form = article_form(title="Judul Pratinjau", slug="operasi-keselamatan")
    assert client.post(preview_url, form).json()["is_valid"]
    assert "Judul Pratinjau" in client.get(preview_url).content.decode()
    article.refresh_from_db()
    assert article.title == "Operasi Keselamatan Dimulai"


def test_preview_shows_the_unsaved_title_in_the_breadcrumbs(client, public_pages, admin_user):
    article = public_pages.article
    client.get("/berita/operasi-keselamatan/")  # the published trail is now cached
    client.force_login(admin_user)
    preview_url = f"/admin/pages/{article.pk}/edit/preview/"
    form = article_form(title="Judul Pratinjau", slug="operasi-keselamatan")
    assert client.post(preview_url, form).json()["is_valid"]
    html = client.get(preview_url).content.decode()
    trail = html.split('aria-label="Navigasi lokasi"')[1].split("</nav>")[0]
    assert '<li aria-current="page">Judul Pratinjau</li>' in trail


def test_admin_help_texts_are_in_indonesian(client, public_pages, admin_user):
    client.force_login(admin_user)
    html = client.get(f"/admin/pages/add/news/newspage/{public_pages.news.pk}/").content.decode()
    assert "Jelaskan isi gambar untuk orang yang tidak dapat melihatnya." in html


def test_dashboard_links_to_the_editors_guide(client, site_tree, django_user_model):
    client.force_login(user_in(django_user_model, "redaksi", "Redaksi"))
    assert 'href="/admin/panduan-redaksi/"' in client.get("/admin/").content.decode()
    guide = client.get("/admin/panduan-redaksi/").content.decode()
    for section in [
        "Menerbitkan berita",
        "Memperbarui prosedur layanan",
        "Menjalankan kampanye",
        "Meminta terjemahan",
    ]:
        assert section in guide

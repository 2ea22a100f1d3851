"""The editorial workflow: Redaksi drafts and submits, Penyunting (reviewers) approve and publish.

Written against a `get_model` callable so the same code runs in the data migration (historical
models) and in browser tests, whose database is flushed and must be set up again.
"""

EDITORS = "Redaksi"
REVIEWERS = "Penyunting"
WORKFLOW_NAME = "Redaksi mengajukan, Penyunting menyetujui"
TASK_NAME = "Persetujuan Penyunting"

REVIEWER_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
MEDIA_PERMISSIONS = [
    ("wagtailimages", "image", ["add", "change", "delete", "choose"]),
    ("wagtaildocs", "document", ["add", "change", "delete", "choose"]),
]
# Snippets the public-relations staff edit themselves; never anything of the complaints app.
SNIPPET_PERMISSIONS = [("news", "newscategory", ["add", "change", "delete"])]


def set_up_moderation(get_model):
    """Create the reviewer group, give both groups what they need, and route every page through
    the workflow. Idempotent."""
    Group = get_model("auth", "Group")
    Permission = get_model("auth", "Permission")
    ContentType = get_model("contenttypes", "ContentType")
    Page = get_model("wagtailcore", "Page")
    Collection = get_model("wagtailcore", "Collection")
    GroupPagePermission = get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = get_model("wagtailcore", "GroupCollectionPermission")
    GroupApprovalTask = get_model("wagtailcore", "GroupApprovalTask")
    Workflow = get_model("wagtailcore", "Workflow")
    WorkflowTask = get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = get_model("wagtailcore", "WorkflowPage")

    def permission(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    editors, _ = Group.objects.get_or_create(name=EDITORS)
    reviewers, _ = Group.objects.get_or_create(name=REVIEWERS)
    reviewers.permissions.add(permission("wagtailadmin", "access_admin"))
    for group in (editors, reviewers):
        for app_label, model, actions in SNIPPET_PERMISSIONS:
            for action in actions:
                group.permissions.add(permission(app_label, f"{action}_{model}"))

    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for app_label, model, actions in MEDIA_PERMISSIONS:
            for action in actions:
                GroupCollectionPermission.objects.get_or_create(
                    group=reviewers,
                    collection=root_collection,
                    permission=permission(app_label, f"{action}_{model}"),
                )

    root_page = Page.objects.filter(depth=1).first()
    if root_page is None:
        return
    for codename in REVIEWER_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=reviewers, page=root_page, permission=permission("wagtailcore", codename)
        )

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME, content_type=task_type)
    task.groups.add(reviewers)
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    # Every locale's home page sits below the root: one assignment covers all of them.
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})


#: Both editorial groups ask wagtail-localize for English translations ("Terjemahkan" in the
#: page menu, docs/panduan-redaksi.md); without it the menu item is not shown to them.
TRANSLATION_PERMISSION = ("wagtail_localize", "submit_translation")


def allow_translation_requests(get_model):
    """Let Redaksi and Penyunting submit pages for translation. Idempotent."""
    Group = get_model("auth", "Group")
    Permission = get_model("auth", "Permission")
    app_label, codename = TRANSLATION_PERMISSION
    permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
    for group in Group.objects.filter(name__in=[EDITORS, REVIEWERS]):
        group.permissions.add(permission)

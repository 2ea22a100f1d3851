"""Private storage for complaint evidence: PRIVATE_MEDIA_ROOT, outside MEDIA_ROOT, no URL.

Files are only ever read by the permission-checked download view in the admin.
"""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class PrivateStorage(FileSystemStorage):
    """Reads its location from settings on every use, so tests and operators can move it."""

    def __init__(self):
        super().__init__(
            base_url=None, file_permissions_mode=0o600, directory_permissions_mode=0o700
        )

    @property
    def base_location(self):
        return str(settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Complaint attachments have no public URL.")


def private_storage():
    """The filesystem store, or a private S3-compatible bucket prefix when one is configured
    (several app servers then share evidence); either way files have no public URL."""
    if getattr(settings, "AWS_STORAGE_BUCKET_NAME", ""):
        from storages.backends.s3 import S3Storage

        return S3Storage(location="private", default_acl="private", querystring_auth=True)
    return PrivateStorage()

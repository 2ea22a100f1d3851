"""What every stored part of a complaint has in common."""


class ComplaintRecord:
    """Complaint records stay out of Wagtail's reference index.

    The index would list complaints, which are personal data, under the "usage" of a category
    or a page, where any editor can see them; and it queued a background task for every
    complaint, status change and email saved, which the worker then had to get through.
    """

    wagtail_reference_index_ignore = True

"""Checks on what citizens type: Indonesian phone numbers and NIK, and no markup."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

HTML_PATTERN = re.compile(r"<\s*[a-zA-Z!/?]|&#|javascript:", re.IGNORECASE)


def reject_markup(value):
    """Complaints are plain text: anything that looks like HTML or script is refused."""
    if isinstance(value, str) and HTML_PATTERN.search(value):
        raise ValidationError(
            _("Please write plain text without HTML tags or scripts (remove the “<” signs)."),
            code="markup",
        )


def normalise_phone(value):
    """An Indonesian number in +62 form, or ValidationError. Accepts 0812-…, 62812…, +62 812…."""
    digits = re.sub(r"[\s\-.()]", "", value or "")
    if digits.startswith("+"):
        digits = digits[1:]
        if not digits.startswith("62"):
            raise ValidationError(_("Enter an Indonesian number, e.g. 0812 3456 7890."))
    if not digits.isdigit():
        raise ValidationError(_("A telephone number has only digits, e.g. 0812 3456 7890."))
    if digits.startswith("62"):
        national = digits[2:]
    elif digits.startswith("0"):
        national = digits[1:]
    else:
        raise ValidationError(_("Start the number with 0 or +62, e.g. 0812 3456 7890."))
    if not (8 <= len(national) <= 12) or national[0] == "0":
        raise ValidationError(_("This does not look like a complete Indonesian number."))
    return f"+62{national}"


def validate_nik(value):
    """A 16-digit NIK whose province code and date of birth parts make sense."""
    if not re.fullmatch(r"\d{16}", value or ""):
        raise ValidationError(_("The NIK has exactly 16 digits."))
    province = int(value[0:2])
    day = int(value[6:8])
    month = int(value[8:10])
    if day > 40:  # women's NIK add 40 to the day of birth
        day -= 40
    if not (11 <= province <= 94) or not (1 <= day <= 31) or not (1 <= month <= 12):
        raise ValidationError(_("This is not a valid NIK. Check the number on your KTP."))
    if value[12:] == "0000":
        raise ValidationError(_("This is not a valid NIK. Check the number on your KTP."))

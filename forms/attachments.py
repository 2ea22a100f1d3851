"""Evidence uploads: accepted by what the bytes are, never by the name or the browser's word.

JPEG, PNG and WebP photos are decoded and written again by Pillow, which drops EXIF (and with
it GPS positions) and any bytes appended to the image; their dimensions are read from the
header and checked before any pixel is decoded, so a decompression bomb is refused cheaply.
PDFs are kept as they are; staff download them as attachments, never inline.
"""

import io
import warnings
from dataclasses import dataclass

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, ImageOps

IMAGE_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP"}
ALLOWED_TYPES = {*IMAGE_FORMATS, "application/pdf"}


@dataclass
class CleanFile:
    name: str
    content_type: str
    data: bytes


def max_bytes():
    return settings.COMPLAINT_ATTACHMENT_MAX_BYTES


def clean_upload(upload):
    """A CleanFile for an accepted upload, or ValidationError with a message for the citizen."""
    name = (upload.name or "berkas")[-100:]
    if upload.size > max_bytes():
        raise ValidationError(
            _("“%(name)s” is larger than %(limit)s. Send a smaller file.")
            % {"name": name, "limit": filesizeformat(max_bytes())}
        )
    upload.seek(0)
    data = upload.read()
    kind = filetype.guess(data[:8192])
    mime = kind.mime if kind else None
    if mime not in ALLOWED_TYPES:
        raise ValidationError(
            _("“%(name)s” is not a JPEG, PNG or WebP photo or a PDF document.") % {"name": name}
        )
    if mime == "application/pdf":
        if not data.startswith(b"%PDF-"):
            raise ValidationError(_("“%(name)s” is not a readable PDF document.") % {"name": name})
        return CleanFile(name, mime, data)
    return CleanFile(name, mime, _reencode(name, data, mime))


def _reencode(name, data, mime):
    unreadable = _("“%(name)s” could not be read as a photo.") % {"name": name}
    too_big = _(
        "“%(name)s” has too many pixels. Send a photo of at most %(megapixels)s megapixels."
    ) % {"name": name, "megapixels": settings.COMPLAINT_IMAGE_MAX_PIXELS // 1_000_000}
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data))
            if image.format != IMAGE_FORMATS[mime]:
                raise ValidationError(unreadable)
            width, height = image.size
            if (
                width * height > settings.COMPLAINT_IMAGE_MAX_PIXELS
                or max(width, height) > settings.COMPLAINT_IMAGE_MAX_SIDE
            ):
                raise ValidationError(too_big)
            image.load()
        except ValidationError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            raise ValidationError(too_big) from error
        except Exception as error:  # Pillow raises many kinds for broken files
            raise ValidationError(unreadable) from error
    image = ImageOps.exif_transpose(image)
    output = io.BytesIO()
    if mime == "image/jpeg":
        if image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        image.save(output, "JPEG", quality=85, optimize=True)
    elif mime == "image/png":
        if image.mode not in ("RGB", "RGBA", "L", "LA", "P"):
            image = image.convert("RGBA")
        image.save(output, "PNG", optimize=True)
    else:
        image.save(output, "WEBP", quality=85)
    return output.getvalue()

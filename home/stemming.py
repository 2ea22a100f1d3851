"""Indonesian word stems for site search, from PySastrawi.

Citizens type a word in whatever form comes to mind ("mengadukan", "melapor", "kecelakaan")
while pages use another ("pengaduan", "laporkan", "kecelakaan lalu lintas"). SQLite's FTS5 does
not stem Indonesian at all, and PostgreSQL's "indonesian" Snowball configuration removes fewer
affixes than Sastrawi's dictionary-based stemmer. So the stems are computed here, the same way
for the index and for the query, and both databases behave alike.
"""

import re
from functools import lru_cache

from django.conf import settings
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
from wagtail.search import index

WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _stemmer():
    # The factory loads a dictionary of about 30,000 root words: once per process.
    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=50_000)
def stem_word(word):
    return _stemmer().stem(word)


def stems(text):
    """The Indonesian stems of the words in `text`, in order: "Pengaduan Masyarakat" gives
    ["adu", "masyarakat"]. Words Sastrawi does not know are kept as they are."""
    return [stem_word(word) for word in WORD.findall(text.lower())]


class IndonesianStemsMixin:
    """Indexes the stems of a page's searchable text along with the text itself, for pages in
    the default language (Indonesian), so that any form of a word finds the page.

    The stems go into the index's body; the search view stems the visitor's query the same way
    (see `home.search`).
    """

    @classmethod
    def get_search_fields(cls):
        return [*super().get_search_fields(), index.SearchField("indonesian_stems")]

    def indonesian_stems(self):
        if self.locale.language_code != settings.LANGUAGE_CODE:
            return ""
        texts = []
        for field in super().get_search_fields():
            if isinstance(field, index.SearchField):
                value = field.get_value(self)
                texts.extend(value if isinstance(value, list) else [str(value or "")])
        return " ".join(stems(" ".join(str(text) for text in texts)))

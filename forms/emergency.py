"""Does a complaint's description suggest an emergency that may still be going on?

A complaint is flagged, never refused: the reporter sees the call-110 notice, and staff see a
badge in the inbox, a filter, and a warning on the complaint. Detection reads Indonesian word
stems (PySastrawi: "mengancam", "diancam" and "ancaman" are all "ancam") and English word
forms, and looks for patterns of meaning rather than single words, because single words such
as "tolong", "segera" or "pukul" fill ordinary complaints ("tolong segera proses SIM saya").

A description is flagged when it has
- an explicit call: "keadaan darurat", "emergency", "SOS", "sedang terjadi" (not "nomor darurat");
- an act that is grave in itself: held at knife-point, hostage, kidnapping, rape, killing;
- danger to life: bleeding, unconscious, dying, drowning, fire, suicide;
- a weapon together with a threat or violence ("bawa parang mengancam warga");
- violence, a crime or a weapon together with a word saying it is happening now ("sedang",
  "saat ini", "sekarang", "tolong!"), but not "sampai sekarang" (still waiting for us).
A description that tells only of the past ("kemarin", "minggu lalu") and of nothing happening
now is flagged only for an explicit call.
"""

import re
from functools import cached_property, lru_cache

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory


@lru_cache(maxsize=1)
def _stemmer():
    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=4096)
def _stem(word):
    return _stemmer().stem(word)


def _stems(words):
    """The stems of Indonesian word forms, found the same way as the description's."""
    return frozenset(_stem(word) for word in words.split())


def _phrases(*patterns):
    return re.compile("|".join(rf"(?<!\w)(?:{pattern})(?!\w)" for pattern in patterns))


class Concept:
    """Indonesian words matched by stem, and phrases (Indonesian or English) matched on the
    lower-case text with single spaces."""

    def __init__(self, words="", phrases=()):
        self.words = words
        self.phrases = _phrases(*phrases) if phrases else None

    @cached_property
    def stems(self):
        return _stems(self.words)

    def found_in(self, stems, text):
        return bool(stems & self.stems) or bool(self.phrases and self.phrases.search(text))


EXPLICIT = Concept(
    phrases=[
        r"(?<!nomor )(?<!nomer )(?<!layanan )(?<!telepon )(?<!panggilan )(?<!saluran )darurat",
        r"emergency(?! (?:number|line|call|service|hotline))",
        r"sos",
        r"sedang terjadi",
        r"masih terjadi",
        r"happening (?:right )?now",
    ]
)
GRAVE = Concept(
    words="todong menodong ditodong sandera disandera penyanderaan culik diculik penculikan "
    "perkosa diperkosa pemerkosaan bunuh dibunuh pembunuhan sekap disekap",
    phrases=[
        r"(?:held|robbed) at (?:gun|knife) ?point",
        r"hostages?",
        r"kidnap\w*",
        r"abduct\w*",
        r"raped?|raping",
        r"murder\w*",
        r"kill(?:s|ed|ing)?",
    ],
)
DANGER_TO_LIFE = Concept(
    words="pingsan sekarat tenggelam hanyut overdosis meledak",
    phrases=[
        r"berdarah|pendarahan|perdarahan|bersimbah darah|banyak darah",
        r"kebakaran|terbakar",
        r"(?:tidak|tak) sadar(?:kan diri)?",
        r"(?:tidak|tak) bernap?fas",
        r"luka (?:parah|berat)",
        r"(?:kondisi|keadaan) kritis",
        r"bunuh diri",
        r"nyawa(?:nya)?(?: \w+)? (?:terancam|dalam bahaya)|terancam nyawa",
        r"dalam bahaya",
        r"api (?:membesar|menyala|berkobar)",
        r"bleeding|unconscious|dying|drowning|overdos\w*|suicid\w*",
        r"not breathing",
        r"(?:life is |lives are )?in danger|life.threatening",
        r"on fire|fire|explosion",
    ],
)
WEAPON = Concept(
    words="parang celurit clurit golok pisau pedang samurai badik arit sajam senjata "
    "bersenjata pistol senpi revolver bom granat",
    phrases=[
        r"knife|knives|machete|guns?|pistol|firearms?|weapons?|armed|bombs?|grenades?",
    ],
)
VIOLENCE = Concept(
    words="ancam mengancam diancam ancaman aniaya dianiaya penganiayaan memukul dipukuli "
    "bacok membacok dibacok tusuk menusuk ditusuk tikam ditikam tembak menembak ditembak "
    "serang menyerang diserang keroyok dikeroyok amuk mengamuk cekik dicekik acung "
    "mengacungkan kejar dikejar rampok dirampok perampokan begal dibegal pembegalan "
    "jambret dijambret curi mencuri dicuri pencuri maling kdrt",
    phrases=[
        r"threat\w*",
        r"attack\w*",
        r"stab\w*",
        r"shoot\w*|shot",
        r"beat(?:s|ing|en)?",
        r"assault\w*",
        r"rob(?:s|bed|bing|bery|bers?)?",
        r"chas(?:e|es|ed|ing)",
        r"burglar\w*|break(?:ing)? in|thie(?:f|ves)|steal\w*",
        r"fight\w*",
    ],
)
NOW = Concept(
    phrases=[
        r"sedang",
        r"(?<!sampai )(?<!hingga )(?<!sejak )(?<!dengan )saat ini",
        r"(?<!sampai )(?<!hingga )(?<!sejak )(?<!baru )(?<!dengan )sekarang",
        r"detik ini",
        r"masih (?:ber)?langsung",
        r"masih (?:ada )?di (?:sini|situ|sana|lokasi|tempat|rumah|depan|luar|dalam)",
        r"barusan|baru saja",
        r"tolong !|tolong (?:cepat|segera)(?: \w+)? datang|(?:cepat|segera) datang",
        r"right now|currently|at (?:the|this) moment|as we speak|in progress|just now",
        r"still going on|now !|help !|please (?:hurry|come)|come quickly",
    ]
)
PAST = Concept(
    phrases=[
        r"kemarin|semalam",
        r"tadi (?:malam|pagi|siang|sore)",
        r"(?:minggu|pekan|bulan|tahun) (?:yang )?lalu",
        r"(?:\d+|beberapa|dua|tiga|empat|lima) (?:hari|minggu|pekan|bulan|tahun) (?:yang )?lalu",
        r"tanggal \d+",
        r"yesterday|last (?:night|week|month|year)|ago",
    ],
)

# Phrases the form page may watch for while the reporter types: each of them, alone, is
# flagged here too, so the page never shows the notice for a word the server would not flag.
# The server stays the judge: it shows the notice again after sending, for every pattern.
CLIENT_HINTS = [
    "keadaan darurat", "sedang terjadi", "ditodong", "disandera", "diculik", "kebakaran",
    "berdarah", "pingsan", "tidak sadarkan diri", "bunuh diri", "happening now", "in danger",
    "bleeding", "unconscious",
]  # fmt: skip


def _normalise(text):
    """Lower case, words and exclamation marks only, single spaces; "pukul 16.00" is a time
    of day, not a blow, so it is read as "jam 16"."""
    tokens = re.findall(r"\w+|!", (text or "").lower())
    normalised = " ".join(tokens)
    return re.sub(r"\bpukul (?=\d)", "jam ", normalised)


def looks_like_emergency(text):
    """True when the description suggests an emergency that may still be going on."""
    normalised = _normalise(text)
    if not normalised:
        return False
    stems = {_stem(word) for word in normalised.split() if word != "!"}

    def has(concept):
        return concept.found_in(stems, normalised)

    if has(EXPLICIT):
        return True
    now = has(NOW)
    if (has(VIOLENCE) or has(WEAPON)) and now:
        return True
    past_only = has(PAST) and not now
    if past_only:
        return False
    return has(GRAVE) or has(DANGER_TO_LIFE) or (has(WEAPON) and has(VIOLENCE))

"""Small helpers that read quiz text the way a learner reads it, for the wording checks."""

from __future__ import annotations

import re
import unicodedata

_MARKUP = re.compile(r"[*_`]+")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[\w'’-]+")


def plain(text: str) -> str:
    """Text without Markdown emphasis or code marks and with single spaces."""
    return _SPACE.sub(" ", _MARKUP.sub("", text)).strip()


# Characters no export can carry as they are: C0 controls but tab and newline (XML refuses
# them; a carriage return becomes a newline in GIFT), DEL, the C1 controls, and the two
# non-characters XML refuses. YAML lets them in through escapes: "C:\backup" holds a backspace.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Letters that render as blank space (Hangul fillers, the blank Braille pattern).
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
# Unicode categories that show nothing by themselves: format characters (zero-width space,
# word joiner, byte-order mark, bidi marks), combining marks, separators and controls.
_INVISIBLE_CATEGORIES = frozenset({"Cf", "Mn", "Me", "Zs", "Zl", "Zp", "Cc"})
# Unicode's format characters (category Cf, Unicode 14): zero-width space and joiners, soft
# hyphen, bidi controls, word joiner, byte-order mark, tags. A regex: a per-character category
# lookup costs seconds on a 10,000-question pool.
_FORMAT = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)
# A Markdown link or image: `[words](address)` reads as its words.
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def visible(text: str) -> bool:
    """Whether the text shows anything at all (zero-width and format characters do not)."""
    return any(
        not ch.isspace()
        and ch not in _BLANK_LETTERS
        and unicodedata.category(ch) not in _INVISIBLE_CATEGORIES
        for ch in text
    )


def normalised(text: str) -> str:
    """A key for comparing two texts as a learner reads them: compatibility-normalised (NFKC:
    NFD and NFC, full-width and narrow forms compare equal), format characters dropped, links
    read as their words, plain, case-folded, without end punctuation."""
    if "[" in text:
        text = _LINK.sub(r"\1", text)
    if not text.isascii():  # ASCII holds no format characters and is its own NFKC form
        text = _FORMAT.sub("", unicodedata.normalize("NFKC", text))
    return plain(text).casefold().rstrip(".!?;:, ")


def words(text: str) -> list[str]:
    return _WORD.findall(plain(text))

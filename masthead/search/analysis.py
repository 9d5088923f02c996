"""Per-language text analysis shared by indexing and querying.

One pipeline turns text into index terms, the same way for an article and for a
reader's query, so both database engines (SQLite FTS5 and PostgreSQL) only see
pre-analysed terms and never apply their own language rules:

1. clean: drop control, format (bidi) and Armenian in-word punctuation marks;
2. tokenize: runs of letters and digits (apostrophes inside a word are dropped);
3. fold case, with the Turkic rules for Azerbaijani (``I`` -> ``ı``, ``İ`` -> ``i``)
   and ``ё`` -> ``е`` for Russian;
4. drop stop words, then stem with Snowball (English, Russian, Armenian);
5. fold diacritics: decompose (NFKD) and strip combining marks, keeping Cyrillic
   ``й`` (a letter of its own, not a decorated ``и``), and map the Azerbaijani
   letters without a decomposition (``ı`` -> ``i``, ``ə`` -> ``e``) so that a reader
   typing on a keyboard without them still finds the story.

Azerbaijani is folded first and then stemmed by :func:`stem_azerbaijani`, a small
suffix stripper: Snowball's Turkish rules were tried and rejected, as they mangle
common Azerbaijani words (``prezidenti`` -> ``prez``, ``nefti`` -> ``nef``,
``Gəncə`` -> ``ge``) and treat ``Qarabağ`` and a typed ``Qarabag`` differently.
``ə`` folds to ``e`` because readers without an Azerbaijani keyboard type ``e``.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import Stemmer

MAX_QUERY_LENGTH = 1000  # characters; longer input is cut, never rejected
MAX_QUERY_TERMS = 16  # a query with more words keeps the first ones

SNOWBALL_ALGORITHMS = {"en": "english", "ru": "russian", "hy": "armenian"}

# Small, conservative stop-word lists: words so common that requiring them in an AND
# query only hurts (articles, prepositions, conjunctions, copulas).
_STOP_WORDS_TEXT = {
    "en": "a an and are as at be by for from has have in is it its of on or s that the this to "
    "was were will with",
    "ru": "а в во и к на над не о об от по с со у за из для до же ли или но что как это то",
    "hy": "և ու եւ է են էր որ այս այդ ի իր մի մեջ համար հետ նաև նաեւ",
    "az": "və ilə da də ki bu o bir üçün isə ya ve ile",
}
STOP_WORDS = {language: frozenset(text.split()) for language, text in _STOP_WORDS_TEXT.items()}

# Characters removed before tokenizing: Armenian emphasis, exclamation, question and
# abbreviation marks sit inside words (e.g. «ինչո՞ւ»), so they must not split them.
_IN_WORD_MARKS = re.compile("[\u055b\u055c\u055e\u055f\u00ad]")
_HAS_APOSTROPHE = re.compile("['’ʼ]")
_APOSTROPHES = dict.fromkeys(map(ord, "'’ʼ`"), None)
_TOKEN = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*")  # underscores separate, as in FTS5
_UNDECOMPOSABLE = str.maketrans({"ı": "i", "ə": "e", "ø": "o", "ß": "ss", "æ": "ae", "đ": "d"})


def language_of(language_code: str) -> str:
    """Return the analyser language of a locale code ("en-gb" -> "en")."""
    return (language_code or "en").split("-")[0].lower()


def _invisible_characters() -> re.Pattern:
    """Return a pattern of control, format (bidi, zero-width), separator and private characters."""
    ranges: list[str] = []
    start = None
    for code in range(0x10000):
        hidden = unicodedata.category(chr(code)) in _HIDDEN_CATEGORIES
        if hidden and start is None:
            start = code
        elif not hidden and start is not None:
            ranges.append(f"\\u{start:04x}-\\u{code - 1:04x}")
            start = None
    # Outside the BMP: musical and shorthand format controls, tags, private use planes.
    ranges += [
        "\\U0001bca0-\\U0001bca3",
        "\\U0001d173-\\U0001d17a",
        "\\U000e0000-\\U000e0fff",
        "\\U000f0000-\\U0010ffff",
    ]
    return re.compile("[" + "".join(ranges) + "]")


_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})
_INVISIBLE = _invisible_characters()


def clean(text: str) -> str:
    """Return the text without control and bidi/format characters, capped in length."""
    text = text[: MAX_QUERY_LENGTH * 200] if len(text) > MAX_QUERY_LENGTH * 200 else text
    return _INVISIBLE.sub(" ", _IN_WORD_MARKS.sub("", text))


def fold_case(word: str, language: str) -> str:
    """Lowercase a word (or a whole text: snippets) with the rules of its language."""
    if language == "az":
        # Dotted and dotless capitals first. replace(), not str.translate(): on a text
        # with non-Latin letters translate() goes character by character in Python's
        # slow path, half a millisecond for a snippet's text.
        word = word.replace("I", "ı").replace("İ", "i")
    word = word.lower()
    if language == "ru":
        word = word.replace("ё", "е")
    return word


@lru_cache(maxsize=65536)
def fold_diacritics(word: str) -> str:
    """Strip combining marks (keeping Cyrillic й) and map letters with no decomposition."""
    if word.isascii():
        return word
    out = []
    for char in word:
        if char in "йЙ":
            out.append(char)
            continue
        out.extend(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return "".join(out).translate(_UNDECOMPOSABLE)


class _Stemmers:
    """One Snowball stemmer per (thread, language): PyStemmer objects are not thread-safe."""

    def __init__(self):
        import threading

        self._local = threading.local()

    def get(self, language: str):
        cache = self._local.__dict__.setdefault("stemmers", {})
        if language not in cache:
            algorithm = SNOWBALL_ALGORITHMS.get(language)
            cache[language] = Stemmer.Stemmer(algorithm, 20000) if algorithm else None
        return cache[language]


_stemmers = _Stemmers()


def stem(word: str, language: str) -> str:
    """Return the stem of an already case-folded word."""
    stemmer = _stemmers.get(language)
    if stemmer is None or word.isdigit():
        return word
    return stemmer.stemWord(word)


# Azerbaijani noun endings (number, possession, case), written without diacritics:
# the stemmer runs after folding, so "Bakıda" and a reader's "Bakida" meet. Tried in
# order, first match wins, repeatedly while three letters remain. Endings with a
# buffer consonant (-nın, -ya, -sı) follow a vowel; the bare ones (-ın, -a, -ı) a
# consonant. "Azərbaycan+ın" and "Rusiya+nın" look alike, so a final -n after a
# vowel goes too: every form of a word then meets at one (shorter) stem.
_AZ_VOWELS = frozenset("aeiou")
_ANY, _AFTER_VOWEL, _AFTER_CONSONANT = 0, 1, 2
_AZ_SUFFIX_GROUPS = (
    ("lari leri lar ler", _ANY),
    ("imiz umuz iniz unuz miz muz niz nuz", _ANY),
    ("dan den tan ten da de ta te dir dur tir tur", _ANY),
    ("in un", _AFTER_CONSONANT),
    ("nin nun ya ye si su", _AFTER_VOWEL),
    ("i u a e", _AFTER_CONSONANT),
    ("ni nu n", _AFTER_VOWEL),
)
_AZ_SUFFIXES = tuple(
    (suffix, condition) for group, condition in _AZ_SUFFIX_GROUPS for suffix in group.split()
)
_AZ_MIN_STEM = 3


def stem_azerbaijani(word: str) -> str:
    """Return the stem of a folded Azerbaijani word by stripping noun endings."""
    for _ in range(4):
        for suffix, condition in _AZ_SUFFIXES:
            rest = len(word) - len(suffix)
            if rest < _AZ_MIN_STEM or not word.endswith(suffix):
                continue
            if condition and (word[rest - 1] in _AZ_VOWELS) != (condition == _AFTER_VOWEL):
                continue
            word = word[:rest]
            break
        else:
            break
    return word


def tokenize(text: str) -> list[str]:
    """Split cleaned text into words (letters and digits), apostrophes removed."""
    tokens = _TOKEN.findall(text)
    if not _HAS_APOSTROPHE.search(text):
        return tokens
    return [word if word.isalnum() else word.translate(_APOSTROPHES) for word in tokens]


@lru_cache(maxsize=200_000)
def normalize_word(word: str, language: str) -> str:
    """Return the case- and diacritics-folded form of one word (no stemming)."""
    return fold_diacritics(fold_case(word, language))


@lru_cache(maxsize=200_000)
def analyze_word(word: str, language: str) -> str:
    """Return the index term of one word, or "" for a stop word."""
    folded = fold_case(word, language)
    if folded in STOP_WORDS.get(language, ()):
        return ""
    if language == "az":
        return stem_azerbaijani(fold_diacritics(folded))
    return fold_diacritics(stem(folded, language))


def analyze(text: str, language: str) -> list[str]:
    """Return the index terms of a text, in order (stop words dropped)."""
    tokens = tokenize(clean(text))
    # Words repeat within a text: analyse each distinct one once.
    terms = {word: analyze_word(word, language) for word in set(tokens)}
    return [term for term in map(terms.__getitem__, tokens) if term]


def words(text: str, language: str) -> list[str]:
    """Return the folded, unstemmed words of a text (for prefix suggestions)."""
    return [normalize_word(word, language) for word in tokenize(clean(text))]


@dataclass(frozen=True)
class ParsedQuery:
    """A reader's query reduced to index terms; every term is letters and digits only."""

    terms: tuple[str, ...]
    prefix: str = ""  # the last word as typed (folded, unstemmed), for suggestions

    def __bool__(self) -> bool:
        return bool(self.terms or self.prefix)


def parse_query(raw: str, language: str, *, with_prefix: bool = False) -> ParsedQuery:
    """Turn raw reader input into terms; search syntax is treated as plain words.

    Quotes, ``*``, ``-``, ``NEAR(``, ``AND``/``OR``, parentheses and SQL-looking text
    carry no meaning here: punctuation separates words and operator words are looked
    up like any other word.
    """
    text = clean(raw or "")[:MAX_QUERY_LENGTH]
    tokens = tokenize(text)[: MAX_QUERY_TERMS + 1]
    prefix = ""
    if with_prefix and tokens and re.search(r"\w$", text):
        # The reader is still typing the last word: match it as a prefix.
        prefix = normalize_word(tokens.pop(), language)
    terms: list[str] = []
    for token in tokens:
        term = analyze_word(token, language)
        if term and term not in terms:
            terms.append(term)
    if not terms and not prefix and tokens:
        # A query made only of stop words ("the", "и") still searches for them.
        terms = [fold_diacritics(fold_case(token, language)) for token in tokens[:1]]
    return ParsedQuery(terms=tuple(terms[:MAX_QUERY_TERMS]), prefix=prefix)


def normalize_query_text(raw: str, language: str) -> str:
    """Return the form a query is logged under for "popular searches"."""
    text = clean(raw or "")[:MAX_QUERY_LENGTH]
    return " ".join(fold_case(word, language) for word in tokenize(text))[:100]

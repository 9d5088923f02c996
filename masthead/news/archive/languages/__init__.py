"""Word lists and inflection rules of each edition's language, for the synthetic archive.

Each language composes sentences from lemmas it inflects by rule (cases, numbers, verb
tenses, vowel harmony), so the archive holds many forms of each word, as real news text does,
and stemming and search benchmarks measure something meaningful. The text is plausible news
prose, not real reporting: names of people are invented.
"""

from functools import cache
from random import Random

from django.utils.text import slugify

from anyascii import anyascii


def words(text: str) -> list[str]:
    """Return the words of a whitespace-separated list."""
    return text.split()


class Language:
    """What the writer needs from a language; subclasses fill the lists and rules."""

    code = ""
    home_title = ""
    author_bio = ""
    #: (slug, title, description) of the five sections created when an edition has none.
    sections: list[tuple[str, str, str]] = []
    tags: list[str] = []
    male_first_names: list[str] = []
    female_first_names: list[str] = []
    #: Family names in their masculine form; `feminine_surname()` makes the other one.
    last_names: list[str] = []
    kickers: list[str] = []
    full_stop = "."

    def author_names(self) -> list[tuple[str, str]]:
        """Return 24 (name, slug) bylines, the same every time."""
        rng = Random(f"authors/{self.code}")
        names: list[tuple[str, str]] = []
        seen = set()
        while len(names) < 24:
            name, _ = self.person(rng)
            if name not in seen:
                seen.add(name)
                names.append((name, f"{slugify(anyascii(name))}-{self.code}"))
        return names

    def feminine_surname(self, surname: str) -> str:
        return surname

    def person(self, rng: Random) -> tuple[str, bool]:
        """Return an invented person's name, and whether she is a woman."""
        is_woman = rng.random() < 0.5
        first = rng.choice(self.female_first_names if is_woman else self.male_first_names)
        last = rng.choice(self.last_names)
        return f"{first} {self.feminine_surname(last) if is_woman else last}", is_woman

    def capitalize(self, text: str) -> str:
        return text[:1].upper() + text[1:]

    def sentence(self, rng: Random) -> str:
        raise NotImplementedError

    def title(self, rng: Random) -> str:
        raise NotImplementedError

    def heading(self, rng: Random) -> str:
        raise NotImplementedError

    def kicker(self, rng: Random) -> str:
        return rng.choice(self.kickers)

    def quote(self, rng: Random) -> tuple[str, str]:
        """Return a quoted remark and its attribution."""
        raise NotImplementedError


@cache
def get_language(code: str) -> Language:
    """Return the language of an edition; English for a code without word lists."""
    from .az import Azerbaijani
    from .en import English
    from .hy import Armenian
    from .ru import Russian

    languages = {cls.code: cls for cls in (English, Russian, Armenian, Azerbaijani)}
    return languages.get(code, English)()

"""Passphrase strength: refuse the weak, offer a generated one.

The server never sees the passphrase (only an Argon2id-derived key), so it
cannot refuse a weak one: every client must (docs/protocol §4). Strength is
estimated with zxcvbn (Dropbox's estimator: dictionaries, names, keyboard
patterns, dates, l33t, repeats), given the username and device name too so
that a passphrase built from them counts as weak. A leaked database or backup
lets an attacker guess offline at the Argon2id cost, so only zxcvbn's top score
(at least 10^10 guesses) is accepted.

A generated passphrase is six words drawn with `secrets` from the EFF long
list (7,776 words): 77 bits, easier to remember than random characters."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.client import i18n
from app.client.i18n import N_, _

MIN_SCORE = 4  # zxcvbn's scores are 0-4; 4 means at least 10^10 guesses
GENERATED_WORDS = 6
# zxcvbn's matching grows fast with length; past this many characters the
# estimate of the start is already a lower bound for the whole.
_ESTIMATED_CHARACTERS = 100
_WORDLIST = Path(__file__).resolve().parent / "wordlists" / "eff_large.txt"
# zxcvbn's advice, in English: marked here so that the catalogues translate it.
_ZXCVBN_FEEDBACK = (
    N_("Add another word or two. Uncommon words are better."),
    N_("Capitalization doesn't help very much."),
    N_("Reversed words aren't much harder to guess."),
    N_("Predictable substitutions like '@' instead of 'a' don't help very much."),
    N_("Use a few words, avoid common phrases."),
    N_("No need for symbols, digits, or uppercase letters."),
    N_("Straight rows of keys are easy to guess."),
    N_("Short keyboard patterns are easy to guess."),
    N_("This is a top-10 common password."),
    N_("This is similar to a commonly used password."),
    N_("A word by itself is easy to guess."),
    N_("All-uppercase is almost as easy to guess as all-lowercase."),
    N_("Use a longer keyboard pattern with more turns."),
    N_('Repeats like "aaa" are easy to guess.'),
    N_('Repeats like "abcabcabc" are only slightly harder to guess than "abc".'),
    N_("This is a top-100 common password."),
    N_("This is a very common password."),
    N_("Names and surnames by themselves are easy to guess."),
    N_("Common names and surnames are easy to guess."),
    N_("Avoid repeated words and characters."),
    N_('Sequences like "abc" or "6543" are easy to guess.'),
    N_("Avoid sequences."),
    N_("Recent years are easy to guess."),
    N_("Dates are often easy to guess."),
    N_("Avoid recent years."),
    N_("Avoid years that are associated with you."),
    N_("Avoid dates and years that are associated with you."),
)


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (guessed at once) to 4 (at least 10^10 guesses)
    warning: str  # what makes it weak, or ""
    suggestions: tuple[str, ...]
    offline_crack_seconds: float  # at 10,000 guesses a second

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE

    def advice(self) -> str:
        """Why it was refused and what to do, in one paragraph."""
        # Babel only when advice is given: `daybook register --help` needs none of it.
        from babel.dates import format_timedelta

        parts = [_(self.warning)] if self.warning else []
        parts += [_(suggestion) for suggestion in self.suggestions]
        time = format_timedelta(
            dt.timedelta(seconds=min(self.offline_crack_seconds, 1e11)),
            threshold=1.1,
            locale=i18n.locale(),
        )
        guessed = _("Someone with a copy of the server's data could guess it in {time}.")
        parts.append(guessed.format(time=time))
        return " ".join(part if part.endswith(".") else part + "." for part in parts)


class WeakPassphrase(ValueError):
    """A passphrase below the minimum strength; the message gives the advice."""

    def __init__(self, strength: Strength) -> None:
        too_easy = _("this passphrase is too easy to guess. {advice}")
        super().__init__(too_easy.format(advice=strength.advice()))
        self.strength = strength


def estimate(passphrase: str, user_inputs: Iterable[str] = ()) -> Strength:
    from zxcvbn import zxcvbn  # loaded only when a passphrase is being chosen

    inputs = [word for text in user_inputs for word in _words(text)]
    found = zxcvbn(passphrase[:_ESTIMATED_CHARACTERS], user_inputs=[*inputs, "daybook"])
    feedback = found["feedback"]
    return Strength(
        score=int(found["score"]),
        warning=str(feedback.get("warning") or ""),
        suggestions=tuple(str(s) for s in feedback.get("suggestions") or ()),
        offline_crack_seconds=float(
            found["crack_times_seconds"]["offline_slow_hashing_1e4_per_second"]
        ),
    )


def check(passphrase: str, user_inputs: Iterable[str] = ()) -> None:
    """Raise WeakPassphrase unless `passphrase` is strong enough for a new
    account, a change or a recovery. Signing in never checks: an old weak
    passphrase still opens the account, to be changed."""
    strength = estimate(passphrase, user_inputs)
    if not strength.acceptable:
        raise WeakPassphrase(strength)


def _words(text: str) -> list[str]:
    """A username such as heron-quartz-4821 as its parts, which zxcvbn then
    recognises inside a passphrase, and the whole."""
    parts = [p for p in text.replace("_", "-").replace(".", "-").split("-") if p]
    return [text, *parts]


@cache
def _wordlist() -> tuple[str, ...]:
    words = tuple(_WORDLIST.read_text(encoding="ascii").split())
    if len(words) != 6**5:  # a damaged list would silently weaken every passphrase
        raise RuntimeError(f"{_WORDLIST} does not hold the EFF long list")
    return words


def generate(words: int = GENERATED_WORDS) -> str:
    """A new random passphrase: `words` words from the EFF long list, spaced."""
    wordlist = _wordlist()
    return " ".join(secrets.choice(wordlist) for _ in range(words))

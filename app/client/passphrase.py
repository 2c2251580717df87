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

import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MIN_SCORE = 4  # zxcvbn's scores are 0-4; 4 means at least 10^10 guesses
GENERATED_WORDS = 6
# zxcvbn's matching grows fast with length; past this many characters the
# estimate of the start is already a lower bound for the whole.
_ESTIMATED_CHARACTERS = 100
_WORDLIST = Path(__file__).resolve().parent / "wordlists" / "eff_large.txt"


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (guessed at once) to 4 (at least 10^10 guesses)
    warning: str  # what makes it weak, or ""
    suggestions: tuple[str, ...]
    offline_crack_time: str  # at 10,000 guesses a second, in words

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE

    def advice(self) -> str:
        """Why it was refused and what to do, in one paragraph."""
        parts = [self.warning] if self.warning else []
        parts += list(self.suggestions)
        parts.append(
            f"Someone with a copy of the server's data could guess it in {self.offline_crack_time}."
        )
        return " ".join(part if part.endswith(".") else part + "." for part in parts)


class WeakPassphrase(ValueError):
    """A passphrase below the minimum strength; the message gives the advice."""

    def __init__(self, strength: Strength) -> None:
        super().__init__(f"this passphrase is too easy to guess. {strength.advice()}")
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
        offline_crack_time=str(found["crack_times_display"]["offline_slow_hashing_1e4_per_second"]),
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

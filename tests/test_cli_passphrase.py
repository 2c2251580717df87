"""Weak passphrases are refused on this computer (the server never sees the
passphrase, so it cannot): by the client library, and by `daybook register`,
`recover` and `passphrase change`, which give the estimator's advice and offer
a generated passphrase instead."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from app.client import identity, passphrase
from app.client.api import DaybookApi
from app.client.passphrase import GENERATED_WORDS, WeakPassphrase, estimate, generate
from tests.conftest import BASE_URL
from tests.test_cli import PASSPHRASE, SIGN_IN, profile_path, recovery_key, register, run

__all__ = ["profile_path"]  # the fixture, used by name


class _NothingSent(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        raise httpx.ConnectError("nothing may be sent")


@pytest.mark.parametrize("weak", ["a", "password1", "alice2026!", "alice laptop"])
async def test_the_library_refuses_a_weak_passphrase_before_sending_anything(weak: str) -> None:
    transport = _NothingSent()
    async with DaybookApi(BASE_URL, transport=transport) as api:
        with pytest.raises(WeakPassphrase) as refused:
            await identity.register(api, "alice", weak, "laptop")
    assert transport.sent == []
    assert "too easy to guess" in str(refused.value)
    assert "could guess it in" in str(refused.value)


def test_a_generated_passphrase_is_six_words_from_the_list_and_strong() -> None:
    made = {generate() for _ in range(20)}

    assert len(made) == 20
    for phrase in made:
        assert len(phrase.split()) == GENERATED_WORDS
        assert estimate(phrase).acceptable


def test_register_refuses_a_weak_passphrase_from_the_environment(profile_path: Path) -> None:
    result = run(profile_path, "register", *SIGN_IN, DAYBOOK_PASSPHRASE="a")

    assert result.exit_code == 1
    assert "DAYBOOK_PASSPHRASE: this passphrase is too easy to guess" in result.stderr
    assert "Add another word or two" in result.stderr
    assert not profile_path.exists()


def test_register_asks_again_after_a_weak_passphrase(profile_path: Path) -> None:
    typed = f"a\nalice laptop\n{PASSPHRASE}\n{PASSPHRASE}\n"

    result = run(profile_path, "register", *SIGN_IN, input=typed)

    assert result.exit_code == 0, result.output
    assert result.stderr.count("Too easy to guess") == 2
    assert "press Enter for one made for you" in result.stderr
    run(profile_path, "logout")
    login = run(profile_path, "login", *SIGN_IN, DAYBOOK_PASSPHRASE=PASSPHRASE)
    assert login.exit_code == 0, login.output


def test_register_with_a_generated_passphrase_then_sign_in_with_it(
    profile_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = generate()
    monkeypatch.setattr(passphrase, "generate", lambda: made)  # so the test can type it back

    result = run(profile_path, "register", *SIGN_IN, input=f"\nnot it\n{made}\n")

    assert result.exit_code == 0, result.output
    assert f"chosen at random:\n\n    {made}\n" in result.stdout
    assert "That is not it" in result.stderr
    run(profile_path, "logout")
    login = run(profile_path, "login", *SIGN_IN, DAYBOOK_PASSPHRASE=made)
    assert login.exit_code == 0, login.output


def test_recover_and_change_refuse_weak_passphrases(profile_path: Path) -> None:
    old_key = recovery_key(register(profile_path).stdout)

    changed = run(
        profile_path,
        "passphrase",
        "change",
        DAYBOOK_PASSPHRASE=PASSPHRASE,
        DAYBOOK_NEW_PASSPHRASE="alice123",
    )
    assert changed.exit_code == 1
    assert "too easy to guess" in changed.stderr
    run(profile_path, "logout")
    recovered = run(
        profile_path,
        "recover",
        *SIGN_IN,
        DAYBOOK_RECOVERY_KEY=old_key,
        DAYBOOK_NEW_PASSPHRASE="laptop",
    )
    assert recovered.exit_code == 1
    assert "too easy to guess" in recovered.stderr
    # Nothing changed: the passphrase still opens the account.
    login = run(profile_path, "login", *SIGN_IN, DAYBOOK_PASSPHRASE=PASSPHRASE)
    assert login.exit_code == 0, login.output

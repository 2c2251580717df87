"""JSON from another party is read as JSON.parse reads it: no NaN or Infinity
literals, and no number beyond a double (which JavaScript reads as Infinity)."""

from __future__ import annotations

import pytest

from app.protocol import commitment, strict_json
from app.protocol.encoding import b64encode


@pytest.mark.parametrize(
    "text",
    [
        "NaN",
        "[Infinity]",
        '{"a":-Infinity}',
        "1e400",
        "-1e309",
        str(2**1024 - 2**970),  # the smallest integer a double rounds to Infinity
        "9" * 5000,
    ],
)
def test_numbers_json_parse_would_not_read_finitely_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        strict_json.loads(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1e308", 1e308),
        (str(2**1024 - 2**970 - 1), 2**1024 - 2**970 - 1),  # the largest that is still finite
        ('[0, -0.0, 1.5, "NaN"]', [0, -0.0, 1.5, "NaN"]),
    ],
)
def test_finite_json_reads_as_before(text: str, value: object) -> None:
    assert strict_json.loads(text) == value


def test_a_disclosure_with_a_nan_is_refused() -> None:
    disclosure = b64encode(b'["' + b64encode(bytes(16)).encode() + b'","location",NaN]')
    with pytest.raises(ValueError, match="NaN is not JSON"):
        commitment.parse_disclosure(disclosure)

"""The configured RFC 3161 time-stamp authority, asked over HTTP (RFC 3161 §3.4)."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from app.config import Settings
from app.protocol.timestamp import (
    MEDIA_TYPE_QUERY,
    MEDIA_TYPE_REPLY,
    Timestamp,
    TimestampError,
    TsaTrust,
    check_response,
    timestamp_request,
)

# A time-stamp response is a few KiB, even with a certificate chain.
MAX_RESPONSE_BYTES = 64 * 1024


@dataclass(frozen=True)
class TimestampAuthority:
    url: str
    trust: TsaTrust
    timeout_seconds: float

    @classmethod
    def from_settings(cls, settings: Settings) -> TimestampAuthority | None:
        """The configured TSA, its certificates read now: a bad file stops the start."""
        if settings.tsa_url is None or settings.tsa_certificate is None:
            return None
        try:
            trust = TsaTrust.from_pem(settings.tsa_certificate.read_bytes())
        except (OSError, ValueError) as exc:
            raise ValueError(f"DAYBOOK_TSA_CERTIFICATE: {exc}") from exc
        return cls(settings.tsa_url, trust, settings.tsa_timeout_seconds)

    async def timestamp(self, message: bytes) -> Timestamp:
        """A verified token over SHA-256(message). Raises TimestampError if the TSA
        cannot be reached, refuses, or answers with anything that does not check."""
        request = timestamp_request(message)
        headers = {"Content-Type": MEDIA_TYPE_QUERY, "Accept": MEDIA_TYPE_REPLY}
        try:
            async with (
                httpx.AsyncClient(timeout=self.timeout_seconds) as http,
                http.stream("POST", self.url, content=request.as_bytes(), headers=headers) as reply,
            ):
                if reply.status_code != httpx.codes.OK:
                    raise TimestampError(f"the TSA answered HTTP {reply.status_code}")
                body = bytearray()
                async for chunk in reply.aiter_bytes():
                    body += chunk
                    if len(body) > MAX_RESPONSE_BYTES:
                        raise TimestampError("the TSA's answer is too large")
        except httpx.HTTPError as exc:
            raise TimestampError(f"the TSA could not be reached: {exc!r}") from exc
        return check_response(bytes(body), request, message, self.trust)

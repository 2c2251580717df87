"""Which push endpoints the server will call. An endpoint is a URL any
account hands the server to call later, so it must not reach the server's
own network (SSRF): https only, and every address its name resolves to
must be public, checked again just before each send (a name can change
its answer). The test suite's local endpoint is allowed by the setting
DAYBOOK_PUSH_ALLOW_PRIVATE_ENDPOINTS, refused in production."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit

MAX_ENDPOINT_CHARS = 2048


class RefusedEndpoint(ValueError):
    """A push endpoint Daybook will not deliver to (the reason is the message)."""


def check_shape(endpoint: str, *, allow_private: bool) -> str:
    """The host to resolve, if the URL has the shape of a push endpoint."""
    parts = urlsplit(endpoint)
    if parts.scheme != "https" and not (allow_private and parts.scheme == "http"):
        raise RefusedEndpoint("a push endpoint is an https URL")
    if not parts.hostname or parts.username or parts.password:
        raise RefusedEndpoint("a push endpoint names a host, without a user or password")
    if not allow_private:
        try:
            literal = ipaddress.ip_address(parts.hostname)
        except ValueError:
            return parts.hostname
        if not literal.is_global:
            raise RefusedEndpoint("a push endpoint must not be a private or local address")
    return parts.hostname


async def check_addresses(endpoint: str, *, allow_private: bool) -> None:
    """Raises RefusedEndpoint unless every address of the host is public."""
    host = check_shape(endpoint, allow_private=allow_private)
    if allow_private:
        return
    infos = await asyncio.to_thread(socket.getaddrinfo, host, 443, proto=socket.IPPROTO_TCP)
    for info in infos:
        if not ipaddress.ip_address(info[4][0]).is_global:
            raise RefusedEndpoint("the push endpoint's host resolves to a private address")

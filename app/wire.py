"""Building blocks of the wire format shared by every domain's schemas."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    WithJsonSchema,
)
from pydantic_core import core_schema

from app.protocol.encoding import b64decode, b64encode, parse_decimal

# The largest values the database's integer columns hold: numbers a client
# sends are bounded by these at the edge, so none reaches a query as an overflow.
INT32_MAX = 2**31 - 1
INT64_MAX = 2**63 - 1


def _ascii_decimal(value: Any) -> Any:
    # Query and path values arrive as text; pydantic's own int parsing would
    # also take "+1", " 1", "1_0" and "1.0".
    return parse_decimal(value, INT64_MAX) if isinstance(value, str) else value


# For an int query or path parameter: `Annotated[int, Query(ge=1), AsciiDigits]`
# (after the Query, so the bounds still show in the OpenAPI document).
AsciiDigits = BeforeValidator(_ascii_decimal)


class RequestModel(BaseModel):
    """Request bodies reject unknown fields, so a typo is an error, not ignored."""

    model_config = ConfigDict(extra="forbid")


class ResponseModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


@dataclass(frozen=True)
class Base64Url:
    """Annotate `bytes` with this to carry it as base64url without padding,
    optionally of an exact decoded size: `Annotated[bytes, Base64Url(32)]`,
    or at most `max_size` bytes."""

    size: int | None = None
    max_size: int | None = None

    def __get_pydantic_core_schema__(
        self, _source: Any, _handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            self._validate,
            serialization=core_schema.plain_serializer_function_ser_schema(
                b64encode, return_schema=core_schema.str_schema()
            ),
        )

    def __get_pydantic_json_schema__(
        self, _schema: core_schema.CoreSchema, _handler: GetJsonSchemaHandler
    ) -> dict[str, Any]:
        schema: dict[str, Any] = {
            "type": "string",
            "format": "base64url",
            "pattern": "^[A-Za-z0-9_-]*$",
        }
        if self.size is not None:
            schema["description"] = f"{self.size} bytes, base64url without padding"
            schema["minLength"] = schema["maxLength"] = _encoded_length(self.size)
        if self.max_size is not None:
            schema["description"] = f"at most {self.max_size} bytes, base64url without padding"
            schema["maxLength"] = _encoded_length(self.max_size)
        return schema

    def _validate(self, value: Any) -> bytes:
        if isinstance(value, bytes):
            data = value
        elif isinstance(value, str):
            if self.max_size is not None and len(value) > _encoded_length(self.max_size):
                raise ValueError(f"must decode to at most {self.max_size} bytes")
            data = b64decode(value)
        else:
            raise ValueError("expected a base64url string")
        if self.size is not None and len(data) != self.size:
            raise ValueError(f"must decode to exactly {self.size} bytes, got {len(data)}")
        if self.max_size is not None and len(data) > self.max_size:
            raise ValueError(f"must decode to at most {self.max_size} bytes, got {len(data)}")
        return data


def _encoded_length(size: int) -> int:
    return (size * 8 + 5) // 6


Bytes32 = Annotated[bytes, Base64Url(32)]

_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{2,31}")


def _username(value: str) -> str:
    lowered = value.lower()
    if not _USERNAME.fullmatch(lowered):
        raise ValueError(
            "a username is 3-32 characters: ASCII letters, digits, '.', '_' or '-', "
            "starting with a letter or digit"
        )
    return lowered


def _short_text(what: str, longest: int) -> Callable[[str], str]:
    """A validator for a name shown to people: NFC, trimmed, 1-`longest`
    characters, none of them control, format or unassigned ones."""

    def check(value: str) -> str:
        text = unicodedata.normalize("NFC", value).strip()
        if not 1 <= len(text) <= longest:
            raise ValueError(f"{what} is 1-{longest} characters")
        if any(unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Co", "Cn"} for ch in text):
            raise ValueError(f"{what} cannot contain control or unassigned characters")
        return text

    return check


def short_text(what: str, longest: int = 64) -> Any:
    """`Annotated[str, short_text("a label")]`: see _short_text."""
    return AfterValidator(_short_text(what, longest))


Username = Annotated[
    str,
    AfterValidator(_username),
    WithJsonSchema({"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{2,31}$"}),
]
DeviceName = Annotated[
    str, short_text("a device name"), WithJsonSchema({"type": "string", "maxLength": 64})
]
# What a victim calls themself in their advocate's list of cases.
CaseLabel = Annotated[
    str, short_text("a case label"), WithJsonSchema({"type": "string", "maxLength": 64})
]
# A person's or an organisation's name as others will see it.
DisplayName = Annotated[
    str, short_text("a name"), WithJsonSchema({"type": "string", "maxLength": 64})
]
OrganisationName = Annotated[
    str,
    short_text("an organisation name", 100),
    WithJsonSchema({"type": "string", "maxLength": 100}),
]

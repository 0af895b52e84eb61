"""Typed views of parsed JSON: json.loads returns Any, and these say once what was found."""

from __future__ import annotations

from typing import Any, cast


def json_object(value: object) -> dict[str, Any] | None:
    """Return value as a JSON object (its keys are strings), or None when it is not one."""
    return cast("dict[str, Any]", value) if isinstance(value, dict) else None


def json_list(value: object) -> list[Any] | None:
    """Return value as a JSON array, or None when it is not one."""
    return cast("list[Any]", value) if isinstance(value, list) else None

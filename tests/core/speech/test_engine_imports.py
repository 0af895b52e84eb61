"""The speech engines depend on their shared types only, never on the factory or each other."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ENGINES = "reader.core.speech.engines"
ENGINE_MODULES = [f"{ENGINES}.{name}" for name in ("espeak", "pyttsx3_engine", "piper_engine")]
SPEECH_MODULES = [
    f"{ENGINES}.types",
    f"{ENGINES}.synth",
    f"{ENGINES}.isolated",
    f"{ENGINES}.child",
    f"{ENGINES}.protocol",
    "reader.core.speech.voices.router",
    "reader.core.speech.audio_export",
    *ENGINE_MODULES,
]


def _loaded_after_importing(module: str) -> set[str]:
    code = f"import sys, {module}; print('\\n'.join(sorted(sys.modules)))"
    root = Path(__file__).parents[3]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root
    ).stdout
    return set(out.split())


@pytest.mark.parametrize("module", SPEECH_MODULES)
def test_each_speech_module_imports_first_in_a_fresh_interpreter(module: str) -> None:
    assert module in _loaded_after_importing(module)


@pytest.mark.parametrize("module", ENGINE_MODULES)
def test_an_engine_loads_neither_the_factory_nor_another_engine(module: str) -> None:
    loaded = _loaded_after_importing(module)
    assert f"{ENGINES}.types" in loaded
    others = {f"{ENGINES}.synth", *ENGINE_MODULES} - {module}
    assert not (others & loaded)

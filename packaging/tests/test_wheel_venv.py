"""The wheel in a clean venv: `pip install dist/helder-*.whl`, then the commands work and the
first start compiles no translation (the .qm files travel in the wheel)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from package_paths import SHARED
from speech_check import is_speech, measure

CORPUS_FILE = SHARED / "corpus" / "eml" / "kotlin-weekly-390.eml"


@pytest.fixture(scope="module")
def venv(tmp_path_factory, wheel) -> Path:
    folder = tmp_path_factory.mktemp("clean") / "venv"
    base = getattr(sys, "_base_executable", sys.executable)  # a Python without our .venv
    subprocess.run([base, "-m", "venv", str(folder)], check=True)
    done = subprocess.run([str(folder / "bin" / "pip"), "install", "-q", str(wheel)],
                          capture_output=True, text=True, timeout=1500)
    assert done.returncode == 0, done.stderr[-3000:]
    return folder


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """An environment that knows nothing of the source tree or the dev venv."""
    keep = {k: os.environ[k] for k in ("PATH", "LANG", "TMPDIR") if k in os.environ}
    return {**keep, "HOME": str(home), "HELDER_HOME": str(home / "helder"),
            "XDG_CACHE_HOME": str(home / "cache"), **extra}


def test_helder_version(venv, tmp_path):
    from reader import __version__

    out = subprocess.run([str(venv / "bin" / "helder"), "--version"], env=clean_env(tmp_path),
                         cwd=tmp_path, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"helder {__version__}"


def test_helder_parse_reads_the_sample_and_a_corpus_file(venv, tmp_path):
    code = "from reader.resources import sample_issue_path; print(sample_issue_path())"
    sample = subprocess.run([str(venv / "bin" / "python"), "-c", code], env=clean_env(tmp_path),
                            cwd=tmp_path, capture_output=True, text=True, check=True)
    path = Path(sample.stdout.strip())
    assert path.is_relative_to(venv), "the sample must come from the installed package"
    out = subprocess.run([str(venv / "bin" / "helder"), "parse", str(path)],
                         env=clean_env(tmp_path), cwd=tmp_path, capture_output=True, text=True,
                         check=True)
    assert "1. ALV stemt in met herijking VNG-inzet voor nieuw kabinet" in out.stdout
    if CORPUS_FILE.exists():  # the corpus is in ../shared
        out = subprocess.run([str(venv / "bin" / "helder"), "parse", str(CORPUS_FILE)],
                             env=clean_env(tmp_path), cwd=tmp_path, capture_output=True,
                             text=True, check=True)
        assert "Kotlin Weekly" in out.stdout


def test_helder_speak_and_export_work_from_the_wheel(venv, tmp_path):
    code = "from reader.resources import sample_issue_path; print(sample_issue_path())"
    sample = subprocess.run([str(venv / "bin" / "python"), "-c", code], env=clean_env(tmp_path),
                            cwd=tmp_path, capture_output=True, text=True, check=True).stdout
    helder = str(venv / "bin" / "helder")
    subprocess.run([helder, "speak", "--items", "1", "--out", str(tmp_path / "one.wav"),
                    sample.strip()], env=clean_env(tmp_path), cwd=tmp_path, check=True,
                   capture_output=True, timeout=300)
    audio = measure(tmp_path / "one.wav")
    assert is_speech(audio), audio
    subprocess.run([helder, "export", "--items", "1-2", "--out", str(tmp_path / "b.html"),
                    sample.strip()], env=clean_env(tmp_path), cwd=tmp_path, check=True,
                   capture_output=True, timeout=300)
    assert "ALV stemt in met herijking" in (tmp_path / "b.html").read_text(encoding="utf-8")


def test_the_first_start_runs_no_lrelease_and_speaks_dutch(venv, tmp_path):
    strace = shutil.which("strace")
    assert strace, "strace is missing: make setup installs it (scripts/setup.sh)"
    log = tmp_path / "exec.log"
    env = clean_env(tmp_path, QT_QPA_PLATFORM="offscreen", HELDER_BENCH_STARTUP="1",
                    LANG="nl_NL.UTF-8", LC_ALL="nl_NL.UTF-8", LANGUAGE="nl")
    out = subprocess.run([strace, "-f", "-e", "trace=execve", "-o", str(log),
                          str(venv / "bin" / "helder")], env=env, cwd=tmp_path,
                         capture_output=True, text=True, timeout=180)
    assert "HELDER_READY" in out.stdout, out.stderr[-3000:]
    started = [line for line in log.read_text().splitlines() if "execve(" in line]
    assert started, "strace saw no program start"
    assert not [line for line in started if "lrelease" in line], started
    assert not (tmp_path / "cache" / "helder").exists(), "nothing is built into the cache"
    check = ("from PySide6.QtCore import QTranslator; from reader.ui.common.i18n import "
             "compiled_translation as c; q = c('nl'); t = QTranslator(); t.load(str(q)); "
             "print(q); print(t.translate('ActionRegistry', '&File'))")
    out = subprocess.run([str(venv / "bin" / "python"), "-c", check], env=env, cwd=tmp_path,
                         capture_output=True, text=True, check=True)
    qm, file_menu = out.stdout.splitlines()
    assert Path(qm).is_relative_to(venv)
    assert file_menu == "&Bestand"

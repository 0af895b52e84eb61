"""What a software centre and a desktop read: the .desktop file, the metainfo, the icon, and
one version number everywhere."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from reader.core.prefs.contrast import contrast_ratio
from tests.conftest import REPO

PACKAGING = REPO / "packaging"
DESKTOP = PACKAGING / "nl.helder.Helder.desktop"
METAINFO = PACKAGING / "nl.helder.Helder.metainfo.xml"
ICONS = REPO / "reader" / "assets" / "icons"


def tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is missing: make setup installs it (scripts/setup.sh)"
    return path


def test_the_desktop_file_passes_desktop_file_validate():
    out = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "error" not in out.stdout, out.stdout
    assert "warning" not in out.stdout, out.stdout


def test_the_metainfo_passes_appstreamcli_validate():
    out = subprocess.run([tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "W:" not in out.stdout, out.stdout
    assert "E:" not in out.stdout, out.stdout


def test_the_metainfo_describes_accessibility_in_both_languages_and_points_at_the_app():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "helder"
    assert {c.text for c in root.iterfind("supports/control")} >= {"keyboard"}
    items = root.findall("description/ul/li")
    english = " ".join(li.text or "" for li in items if not li.get(
        "{http://www.w3.org/XML/1998/namespace}lang"))
    dutch = " ".join(li.text or "" for li in items if li.get(
        "{http://www.w3.org/XML/1998/namespace}lang") == "nl")
    for words in (("keyboard", "screen reader", "high-contrast", "aloud"),):
        assert all(w in english.lower() for w in words), english
    assert all(w in dutch.lower() for w in ("toetsenbord", "schermlezer", "contrast", "voor"))


def test_one_version_in_the_code_metainfo_installed_metadata_and_helder_version():
    from importlib import metadata

    from reader import __version__

    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == __version__, "add a <release> for the new version"
    assert metadata.version("helder") == __version__, "reinstall: make setup"
    out = subprocess.run([sys.executable, "-m", "reader", "--version"], capture_output=True,
                         text=True, check=True, cwd=REPO)
    assert out.stdout.strip() == f"helder {__version__}"


def test_the_committed_icons_are_the_svg_master_rendered(qapp):
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import make_icons
    finally:
        sys.path.pop(0)
    from PySide6.QtGui import QImage

    for size in make_icons.SIZES:
        committed = QImage(str(ICONS / f"helder-{size}.png"))
        assert committed.width() == size, size
        rendered = make_icons.render(size).convertToFormat(committed.format())
        assert rendered == committed, f"helder-{size}.png is stale: run `make icons`"
    ico = (ICONS / "helder.ico").read_bytes()
    assert ico[:4] == b"\0\0\1\0"  # an icon directory
    assert int.from_bytes(ico[4:6], "little") == len(make_icons.SIZES)


@pytest.mark.parametrize("size", [16, 32])
def test_the_small_icon_has_a_letter_in_high_contrast(size):
    from PySide6.QtGui import QImage

    image = QImage(str(ICONS / f"helder-{size}.png"))
    unit = size // 16  # the master is drawn on a 16-unit grid
    stem = image.pixelColor(4 * unit, 8 * unit)  # left stroke of the H
    ground = image.pixelColor(7 * unit, 4 * unit)  # black between the strokes
    ring = image.pixelColor(size // 2, 0)  # outer ring, seen on a dark panel
    rgb = lambda c: (c.red(), c.green(), c.blue())  # noqa: E731
    assert contrast_ratio(rgb(stem), rgb(ground)) >= 7
    assert contrast_ratio(rgb(ring), (0, 0, 0)) >= 7  # still visible on black
    assert os.path.getsize(ICONS / f"helder-{size}.png") < 4096

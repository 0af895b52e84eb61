"""Headless Chromium from Debian, driven by Selenium through chromedriver, with axe-core.

Both binaries come from apt (scripts/setup.sh), axe-core from npm, pinned in
tests/axe/package.json; Selenium is told where each is, so it never downloads anything.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
AXE_JS = REPO / "tests" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
# What axe checks: WCAG 2.0-2.2 A, AA and AAA, and its best practices.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag2aaa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
DESKTOP_WIDTH = 1280  # 100 %
REFLOW_WIDTH = 320  # 1280 px at 400 % zoom (WCAG 1.4.10)


def missing_tools() -> list[str]:
    """Return what `make setup` should have installed but did not."""
    missing = [name for name in ("chromium", "chromedriver") if not shutil.which(name)]
    if not AXE_JS.is_file():
        missing.append(str(AXE_JS.relative_to(REPO)))
    return missing


@contextmanager
def chromium(profile: Path) -> Iterator[Any]:
    """Start headless Chromium with a fresh profile; quit it afterwards."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(shutil.which("chromium"))
    for flag in (
        "--headless=new",
        "--no-sandbox",  # Chromium refuses to run as root with its sandbox
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={profile}",
        f"--window-size={DESKTOP_WIDTH},900",
    ):
        options.add_argument(flag)
    service = Service(executable_path=str(shutil.which("chromedriver")), port=0)
    driver = webdriver.Chrome(options=options, service=service)
    try:
        yield driver
    finally:
        driver.quit()


def open_at_width(driver: Any, page: Path, width: int) -> None:
    """Load a file as a device `width` CSS px wide would show it."""
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600},
    )
    driver.get(page.as_uri())


def run_axe(driver: Any) -> dict[str, Any]:
    """Run axe-core on the loaded page and return its results."""
    driver.execute_script(AXE_JS.read_text(encoding="utf-8"))
    driver.set_script_timeout(120)
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
        ".then(r => done({violations: r.violations, passes: r.passes.length,"
        " version: r.testEngine.version}))"
        ".catch(e => done({error: String(e)}));",
        AXE_TAGS,
    )


def overflow(driver: Any) -> dict[str, int]:
    """Return how wide the page's content is against its viewport (sideways scrolling)."""
    return driver.execute_script(
        "return {content: document.documentElement.scrollWidth,"
        " viewport: document.documentElement.clientWidth};"
    )


def describe(violations: list[dict[str, Any]]) -> str:
    """Return axe violations as readable lines for an assertion message."""
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} [{violation['impact']}] {violation['help']}")
        lines.extend(
            f"    {node['target']}: {node.get('failureSummary', '')[:300]}"
            for node in violation["nodes"][:5]
        )
    return "\n".join(lines)

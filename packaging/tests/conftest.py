"""Package tests: they need what `make package` built in dist/."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_paths import DIST


def built(pattern: str) -> Path:
    found = sorted(DIST.glob(pattern))
    assert found, f"no dist/{pattern}: run `make package` first (make package-test does)"
    return found[-1]


@pytest.fixture(scope="session")
def deb() -> Path:
    return built("helder_*.deb")


@pytest.fixture(scope="session")
def wheel() -> Path:
    return built("helder-*.whl")

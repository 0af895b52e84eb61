"""Where the package tests find the repository, its dist/ folder and the shared corpus."""

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DIST = REPO / "dist"
SHARED = REPO.parent / "shared"

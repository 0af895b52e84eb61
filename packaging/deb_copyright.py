"""Print the Debian copyright file (DEP-5) for the bundle: Helder and every part it carries."""

from __future__ import annotations

from reader.core.notices import third_party


def main() -> None:
    print("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/")
    print("Upstream-Name: Helder\n")
    print("Files: *")
    print("Copyright: The Helder developers")
    print("License: GPL-3+")
    print(" On Debian systems the full text is in /usr/share/common-licenses/GPL-3.\n")
    print("Files: usr/lib/helder/_internal/*")
    print("Copyright: their authors")
    print("Comment: The bundle carries Python 3.11 (PSF-2.0), Qt 6 and these packages;")
    print(" each one's licence text is in its *.dist-info folder inside the bundle.")
    for part in third_party():
        version = f" {part.version}" if part.version else ""
        print(f" {part.name}{version}: {part.licence}")
    print("License: various")
    print(" As listed above; Help > About in Helder shows the same list.")


if __name__ == "__main__":
    main()

"""PDF/UA-1 checks built on pikepdf and poppler, as an outside checker would make them.

Each helper returns what it found, so a test can assert on it and print it when it fails.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pikepdf


@dataclass
class Element:
    """A structure element and what it holds."""

    role: str
    lang: str | None
    texts: list[str] = field(default_factory=list)  # as poppler reads it, line by line
    annotations: list[Any] = field(default_factory=list)  # OBJR targets

    @property
    def text(self) -> str:
        return " ".join("".join(self.texts).split())


def structure(pdf: pikepdf.Pdf) -> list[Element]:
    """Return every structure element under the StructTreeRoot, in tree order."""
    found: list[Element] = []

    def walk(node: Any, inherited: str | None) -> None:
        if isinstance(node, pikepdf.Array):
            for kid in node:
                walk(kid, inherited)
            return
        if not isinstance(node, pikepdf.Dictionary):
            return
        if node.get("/Type") == "/OBJR":
            found_in = stack[-1] if stack else None
            if found_in is not None:
                found_in.annotations.append(node.Obj)
            return
        if "/S" not in node:
            return
        lang = str(node["/Lang"]) if "/Lang" in node else inherited
        element = Element(str(node.S), str(node["/Lang"]) if "/Lang" in node else None)
        found.append(element)
        stack.append(element)
        walk(node.get("/K"), lang)
        stack.pop()
        # An annotation referenced lower down is still reachable from this element.
        if stack:
            stack[-1].annotations.extend(element.annotations)

    stack: list[Element] = []
    walk(pdf.Root.StructTreeRoot.get("/K"), None)
    return found


def struct_text(path: Path) -> list[Element]:
    """Return the elements poppler's `pdfinfo -struct-text` prints, with their text lines."""
    done = subprocess.run(
        ["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, check=True
    )
    found: list[Element] = []
    open_elements: list[tuple[int, Element]] = []
    for line in done.stdout.splitlines():
        body = line.lstrip(" ")
        indent = len(line) - len(body)
        if body.startswith('"') and body.endswith('"'):
            for depth, element in open_elements:
                if depth < indent:
                    element.texts.append(body[1:-1])
            continue
        role = body.split(" ")[0].rstrip(":")
        if role[:1].isalpha() and role not in ("Object",) and not body.startswith("/"):
            # An element at the same or a lower indent closes the ones before it.
            open_elements = [(d, e) for d, e in open_elements if d < indent]
            element = Element(role, None)
            open_elements.append((indent, element))
            found.append(element)
    return found


def link_annotations(pdf: pikepdf.Pdf) -> list[tuple[int, Any]]:
    """Return (page number, annotation) for every link annotation."""
    return [
        (number, annot)
        for number, page in enumerate(pdf.pages, start=1)
        for annot in page.obj.get("/Annots", [])
        if annot.get("/Subtype") == "/Link"
    ]


def font_problems(pdf: pikepdf.Pdf) -> list[str]:
    """Return every font not embedded, or embedded in a file type that does not match it."""
    problems = []
    seen = set()
    for page in pdf.pages:
        fonts = page.obj.get("/Resources", {}).get("/Font", {})
        for name, font in fonts.items():
            if font.objgen in seen:
                continue
            seen.add(font.objgen)
            base = str(font.get("/BaseFont", name))
            if font.get("/Subtype") == "/Type0":
                descendant = font.DescendantFonts[0]
                subtype = str(descendant.Subtype)
                descriptor = descendant.FontDescriptor
            else:
                subtype = str(font.Subtype)
                descriptor = font.get("/FontDescriptor")
            if descriptor is None:
                problems.append(f"{base}: no font descriptor (not embedded)")
                continue
            problems.extend(f"{base}: {p}" for p in _file_problems(subtype, descriptor))
    return problems


def _file_problems(subtype: str, descriptor: Any) -> list[str]:
    if "/FontFile2" in descriptor:
        head = descriptor.FontFile2.read_bytes()[:4]
        if subtype not in ("/CIDFontType2", "/TrueType"):
            return [f"FontFile2 (TrueType) under {subtype}"]
        return [] if head in (b"\x00\x01\x00\x00", b"true") else [f"FontFile2 holds {head!r}"]
    if "/FontFile3" in descriptor:
        stream = descriptor.FontFile3
        kind = str(stream.get("/Subtype"))
        head = stream.read_bytes()[:4]
        if kind == "/OpenType":
            return [] if head == b"OTTO" or head == b"\x00\x01\x00\x00" else [f"OpenType {head!r}"]
        if kind == "/CIDFontType0C":
            ok = subtype == "/CIDFontType0" and head[:1] == b"\x01"
            return [] if ok else [f"CIDFontType0C under {subtype}, data {head!r}"]
        if kind == "/Type1C":
            return [] if subtype in ("/Type1", "/MMType1") else [f"Type1C under {subtype}"]
        return [f"FontFile3 of unknown subtype {kind}"]
    if "/FontFile" in descriptor:
        return [] if subtype == "/Type1" else [f"FontFile (Type 1) under {subtype}"]
    return ["not embedded"]


def poppler_font_warnings(path: Path) -> list[str]:
    """Return what pdffonts complains about (e.g. 'Mismatch between font type and file')."""
    done = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return [line for line in done.stderr.splitlines() if "font" in line.lower()]


def xmp(pdf: pikepdf.Pdf) -> dict[str, str]:
    """Return the XMP properties this check cares about."""
    meta = pdf.open_metadata()
    return {
        "pdfuaid:part": str(meta.get("pdfuaid:part", "")),
        "dc:title": str(meta.get("dc:title", "")),
    }

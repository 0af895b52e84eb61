"""A small HTML newsletter with content images, tracking pixels and decoration, written for
the image tests, and a real PNG maker."""

from __future__ import annotations

import struct
import zlib

BASE = "https://nieuws.example/brief/12"


def png_bytes(width: int = 4, height: int = 3, shade: int = 0) -> bytes:
    """Return a real (grey) PNG file of this size."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + bytes([shade]) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))


NEWSLETTER = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Raadsbrief week 12</title></head>
<body>
<table><tr><td>
  <img src="https://nieuws.example/img/logo.png" alt="" width="180" height="40">
  <img src="https://nieuws.example.us1.list-manage.com/track/open.php?u=1&id=2" alt="">
  <h1>Raadsbrief week 12</h1>
</td></tr>
<tr><td>
  <img src="/img/raad.jpg" alt="De gemeenteraad in vergadering" width="600" height="300">
  <h2><a href="https://nieuws.example/raad?utm_source=brief">Raad stemt in met
    Wmo-verordening</a></h2>
  <p>De gemeenteraad heeft dinsdag ingestemd met de nieuwe verordening voor de Wet
  maatschappelijke ondersteuning. Inwoners betalen een lagere eigen bijdrage.</p>
  <img src="https://mail.nieuws.example/open/8f3a2b" alt="">
</td></tr>
<tr><td>
  <h2><a href="https://nieuws.example/park">Nieuw park aan de Schinkel geopend</a></h2>
  <p>Het park aan de Schinkel is zaterdag geopend met een buurtfeest. Er zijn speelplekken,
  bankjes en een moestuin voor de buurt gekomen.</p>
  <img src="https://cdn.nieuws.example/foto/park-0412.jpg" width="560" height="280">
  <img src="https://t.nieuws.example/pixel.gif?id=99" style="width:1px;height:1px" alt="">
  <img src="https://cdn.nieuws.example/x/a.gif" width="1" height="1" alt="">
  <img src="https://cdn.nieuws.example/img/spacer.gif" width="20" height="10" alt="">
  <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="stip">
  <img alt="Een foto zonder adres">
</td></tr>
<tr><td>
  <h2><a href="https://nieuws.example/begroting">Begroting 2027 gepresenteerd</a></h2>
  <p>Het college presenteerde de begroting voor 2027. Er gaat meer geld naar jeugdzorg en
  naar het onderhoud van wegen en fietspaden.</p>
</td></tr>
<tr><td>
  <p>U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. Afmelden kan altijd.</p>
  <a href="https://twitter.com/nieuws"><img src="https://nieuws.example/icons/tw.png"
     alt="Twitter" width="24" height="24"></a>
  <img src="https://pixel.nieuws.example/o.gif" alt="">
</td></tr></table>
</body></html>
"""

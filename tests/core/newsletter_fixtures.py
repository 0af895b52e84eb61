# ruff: noqa: E501 - literal newsletter fixtures read better unwrapped
"""Small newsletters written for Helder's tests (no third-party content)."""

from __future__ import annotations

ZW = "\u200c\u200b\u034f"

MAILCHIMP_LIKE = f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Gemeentenieuws #12</title>
<style>.x {{ color: red }}</style><script>document.write('evil')</script></head>
<body>
<div style="display:none;max-height:0;overflow:hidden">Deze week: wegen en water {ZW * 20}</div>
<table><tr><td><a href="https://example.org/browser">Bekijk deze e-mail in je browser</a></td></tr>
<tr><td><h1>Gemeentenieuws #12</h1><p>3 juni 2024</p></td></tr>
<!--[if mso]><table><tr><td>Alleen voor Outlook: Verborgen kop</td></tr></table><![endif]-->
<tr><td>
<p><strong><span style="font-size:18px">Verkeer</span></strong></p>
<p><a href="https://example.org/track?id=1&amp;utm_source=mail"><span style="font-size:16px">Nieuwe rotonde bij het station</span></a><br>
De gemeente legt deze zomer een rotonde aan bij het station om de doorstroming te verbeteren.<br>
<a href="example.org">example.org</a></p>
<p><a href="/nieuws/fietspad">Fietspad langs de dijk wordt breder</a><br>
Het fietspad langs de dijk krijgt twee meter extra ruimte voor fietsers en wandelaars.</p>
<p><strong><span style="font-size:18px">Sponsored</span></strong></p>
<p><a href="https://ads.example.com/x">Koop nu de beste fiets van het land</a><br>
Onze fietsen zijn de snelste en mooiste fietsen die u ooit heeft gezien, echt waar.</p>
<p><strong><span style="font-size:18px">Water</span></strong></p>
<p><a href="https://example.org/dijk">Dijkversterking begint in september</a><br>
Het waterschap versterkt vanaf september drie kilometer dijk ten zuiden van de stad.</p>
<p style="text-align:right"><a href="https://example.org/t/water"><em>Water</em></a>
<a href="https://example.org/t/veiligheid"><em>Veiligheid</em></a></p>
<p><img src="https://example.org/pixel.png" alt="Foto van de dijk"></p>
</td></tr>
<tr><td><p>Copyright © 2024 Gemeente, alle rechten voorbehouden.</p>
<p><a href="https://example.org/unsub">Afmelden</a> voor deze nieuwsbrief of wijzig uw voorkeuren.</p>
<a href="https://twitter.com/x"><img src="t.png" alt="Twitter"></a>
<a href="https://facebook.com/x"><img src="f.png" alt="Facebook"></a>
</td></tr></table></body></html>
"""

HEADING_STORIES = """<html><head><title>Weekbrief</title></head><body>
<h1>Weekbrief</h1><h3>Twee verhalen deze week</h3>
<h1>Het college kiest voor zonnepanelen</h1>
<p>Het college heeft besloten om alle gemeentelijke gebouwen van zonnepanelen te voorzien.</p>
<p>Dat levert volgens de wethouder binnen tien jaar een flinke besparing op.</p>
<h1>Bibliotheek langer open</h1>
<p>De bibliotheek is vanaf volgende maand ook op zondagmiddag open voor alle inwoners.</p>
<p><a href="https://example.org/bieb">Lees meer</a></p>
</body></html>
"""

WEB_LISTING = """<html lang="nl"><head><title>Nieuws</title><base href="https://www.example.nl/"></head>
<body><nav><ul><li><a href="/a">Over ons</a></li><li><a href="/b">Contact met de organisatie</a></li>
</ul></nav><main><h1>Nieuws</h1>
<article><header><h2><a href="nieuws/een/">Nieuwe norm voor bruggen</a></h2></header>
<p>11 sep 2025</p><p>Er is een nieuwe norm gepubliceerd voor het ontwerpen van bruggen en viaducten.</p>
<p><a href="nieuws/een/">Lees meer</a></p><p>Posted in <a href="/c/bouw">Bouw</a> and
<a href="/c/infra">Infra</a></p></article>
<article><header><h2><a href="nieuws/twee/">Commissie zoekt leden</a></h2></header>
<p>9 sep 2025</p><p>De commissie voor elektrische installaties zoekt nieuwe leden uit de praktijk.</p>
<p><a href="nieuws/twee/">Lees meer</a></p><p>Posted in <a href="/c/elek">Elektrotechniek</a></p>
</article></main>
<footer><p><a href="/privacy">Privacy</a> <a href="/disclaimer">Disclaimer</a></p></footer>
</body></html>
"""

<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/main_window.py" line="41" />
        <source>Items</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="67" />
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="68" />
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="73" />
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="78" />
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="79" />
        <source>&amp;Next item</source>
        <translation>&amp;Volgend onderwerp</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="82" />
        <source>&amp;Previous item</source>
        <translation>V&amp;orig onderwerp</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="141" />
        <source>Open newsletter</source>
        <translation>Nieuwsbrief openen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="143" />
        <source>Newsletters (*.txt *.html *.htm *.eml *.xml *.rss *.atom *.json *.pdf);;All files (*)</source>
        <translation>Nieuwsbrieven (*.txt *.html *.htm *.eml *.xml *.rss *.atom *.json *.pdf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="153" />
        <source>Opening {0}…</source>
        <translation>{0} wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="175" />
        <source>Something went wrong: {0}</source>
        <translation>Er ging iets mis: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="176" />
        <source>Helder</source>
        <translation>Helder</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../reader/ui/messages.py" line="16" />
        <source>The file was not found: {0}</source>
        <translation>Het bestand is niet gevonden: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="17" />
        <source>The file could not be read: {0}</source>
        <translation>Het bestand kon niet worden gelezen: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="18" />
        <source>The file holds no newsletter text: {0}</source>
        <translation>Het bestand bevat geen tekst van een nieuwsbrief: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="19" />
        <source>Helder cannot read this kind of file: {0}</source>
        <translation>Helder kan dit soort bestand niet lezen: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="20" />
        <source>The file is too large: {0}</source>
        <translation>Het bestand is te groot: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="21" />
        <source>No connection could be made: {0}</source>
        <translation>Er kon geen verbinding worden gemaakt: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="22" />
        <source>The server took too long to answer: {0}</source>
        <translation>De server antwoordde niet op tijd: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="23" />
        <source>The server refused the request: {0}</source>
        <translation>De server weigerde het verzoek: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="24" />
        <source>Reading aloud is not available: {0}</source>
        <translation>Voorlezen is niet beschikbaar: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="25" />
        <source>The library could not be saved: {0}</source>
        <translation>De bibliotheek kon niet worden opgeslagen: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="27" />
        <source>Something went wrong: {0}</source>
        <translation>Er ging iets mis: {0}</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../../reader/ui/reading_view.py" line="26" />
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_view.py" line="40" />
        <source>Read more: {0}</source>
        <translation>Lees meer: {0}</translation>
    </message>
</context>
</TS>
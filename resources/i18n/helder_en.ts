<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/main_window.py" line="41"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="67"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="68"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="73"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="78"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="79"/>
        <source>&amp;Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="82"/>
        <source>&amp;Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="141"/>
        <source>Open newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="143"/>
        <source>Newsletters (*.txt *.html *.htm *.eml *.xml *.rss *.atom *.json *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="153"/>
        <source>Opening {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="175"/>
        <source>Something went wrong: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="176"/>
        <source>Helder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../reader/ui/messages.py" line="16"/>
        <source>The file was not found: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="17"/>
        <source>The file could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="18"/>
        <source>The file holds no newsletter text: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="19"/>
        <source>Helder cannot read this kind of file: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="20"/>
        <source>The file is too large: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="21"/>
        <source>No connection could be made: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="22"/>
        <source>The server took too long to answer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="23"/>
        <source>The server refused the request: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="24"/>
        <source>Reading aloud is not available: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="25"/>
        <source>The library could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="27"/>
        <source>Something went wrong: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../../reader/ui/reading_view.py" line="26"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_view.py" line="40"/>
        <source>Read more: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

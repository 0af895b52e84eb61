<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionRegistry</name>
    <message>
        <location filename="../../reader/ui/actions.py" line="83"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="84"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="85"/>
        <source>&amp;Item</source>
        <translation>&amp;Onderwerp</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="86"/>
        <source>&amp;Read aloud</source>
        <translation>&amp;Voorlezen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="87"/>
        <source>&amp;View</source>
        <translation>B&amp;eeld</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="88"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="98"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="99"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="100"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="101"/>
        <source>&amp;Next item</source>
        <translation>&amp;Volgend onderwerp</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="102"/>
        <source>&amp;Previous item</source>
        <translation>Vo&amp;rig onderwerp</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="103"/>
        <source>Next &amp;theme</source>
        <translation>Volgend &amp;thema</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="104"/>
        <source>Previous t&amp;heme</source>
        <translation>Vorig t&amp;hema</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="105"/>
        <source>Next &amp;unread item</source>
        <translation>Volgend o&amp;ngelezen onderwerp</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="106"/>
        <source>Next p&amp;ane</source>
        <translation>Volgend &amp;paneel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="107"/>
        <source>Previous pan&amp;e</source>
        <translation>Vorig pan&amp;eel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="108"/>
        <source>&amp;Where am I?</source>
        <translation>&amp;Waar ben ik?</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="109"/>
        <source>Mark as &amp;read or unread</source>
        <translation>Markeren als &amp;gelezen of ongelezen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="110"/>
        <source>Open link in &amp;browser</source>
        <translation>&amp;Link openen in de browser</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="111"/>
        <source>&amp;Read aloud or pause</source>
        <translation>&amp;Voorlezen of pauzeren</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="112"/>
        <source>Read &amp;on from here</source>
        <translation>Verder &amp;lezen vanaf hier</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="113"/>
        <source>&amp;Stop reading</source>
        <translation>&amp;Stoppen met voorlezen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="114"/>
        <source>Ne&amp;xt sentence</source>
        <translation>Volgende &amp;zin</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="115"/>
        <source>Pre&amp;vious sentence</source>
        <translation>Vo&amp;rige zin</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="116"/>
        <source>Next para&amp;graph</source>
        <translation>Volgende &amp;alinea</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="117"/>
        <source>Previous paragrap&amp;h</source>
        <translation>V&amp;orige alinea</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="118"/>
        <source>Read only the &amp;titles</source>
        <translation>Alleen de &amp;titels voorlezen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="119"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Grotere tekst</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="120"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere tekst</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="121"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale tekstgrootte</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="122"/>
        <source>Next &amp;colour theme</source>
        <translation>Volgend kl&amp;eurenthema</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="123"/>
        <source>Previous c&amp;olour theme</source>
        <translation>Vorig kle&amp;urenthema</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="124"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reader/ui/main_window.py" line="49"/>
        <source>Items</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="40"/>
        <source>unread</source>
        <translation>ongelezen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="159"/>
        <source>No further theme</source>
        <translation>Geen volgend thema</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="169"/>
        <source>No earlier theme</source>
        <translation>Geen eerder thema</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="174"/>
        <source>Theme {0}: {1}</source>
        <translation>Thema {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="186"/>
        <source>No unread items</source>
        <translation>Geen ongelezen onderwerpen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="196"/>
        <source>Marked as read</source>
        <translation>Gemarkeerd als gelezen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="197"/>
        <source>Marked as unread</source>
        <translation>Gemarkeerd als ongelezen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="204"/>
        <source>No item selected</source>
        <translation>Geen onderwerp gekozen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="206"/>
        <source>Item {0} of {1}</source>
        <translation>Onderwerp {0} van {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="306"/>
        <source>Open newsletter</source>
        <translation>Nieuwsbrief openen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="308"/>
        <source>Newsletters (*.txt *.html *.htm *.eml *.xml *.rss *.atom *.json *.pdf);;All files (*)</source>
        <translation>Nieuwsbrieven (*.txt *.html *.htm *.eml *.xml *.rss *.atom *.json *.pdf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="318"/>
        <source>Opening {0}…</source>
        <translation>{0} wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="328"/>
        <source>{0} opened, {1} items</source>
        <translation>{0} geopend, {1} onderwerpen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="342"/>
        <source>Something went wrong: {0}</source>
        <translation>Er ging iets mis: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/main_window.py" line="343"/>
        <source>Helder</source>
        <translation>Helder</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../reader/ui/messages.py" line="16"/>
        <source>The file was not found: {0}</source>
        <translation>Het bestand is niet gevonden: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="17"/>
        <source>The file could not be read: {0}</source>
        <translation>Het bestand kon niet worden gelezen: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="18"/>
        <source>The file holds no newsletter text: {0}</source>
        <translation>Het bestand bevat geen tekst van een nieuwsbrief: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="19"/>
        <source>Helder cannot read this kind of file: {0}</source>
        <translation>Helder kan dit soort bestand niet lezen: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="20"/>
        <source>The file is too large: {0}</source>
        <translation>Het bestand is te groot: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="21"/>
        <source>No connection could be made: {0}</source>
        <translation>Er kon geen verbinding worden gemaakt: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="22"/>
        <source>The server took too long to answer: {0}</source>
        <translation>De server antwoordde niet op tijd: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="23"/>
        <source>The server refused the request: {0}</source>
        <translation>De server weigerde het verzoek: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="24"/>
        <source>Reading aloud is not available: {0}</source>
        <translation>Voorlezen is niet beschikbaar: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="25"/>
        <source>The library could not be saved: {0}</source>
        <translation>De bibliotheek kon niet worden opgeslagen: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/messages.py" line="27"/>
        <source>Something went wrong: {0}</source>
        <translation>Er ging iets mis: {0}</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../../reader/ui/reading_view.py" line="27"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/reading_view.py" line="41"/>
        <source>Read more: {0}</source>
        <translation>Lees meer: {0}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="34"/>
        <source>Keyboard shortcuts – Helder</source>
        <translation>Sneltoetsen – Helder</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="35"/>
        <source>Every command of Helder and the keys that run it.</source>
        <translation>Alle opdrachten van Helder en de toetsen die ze uitvoeren.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="38"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="40"/>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="40"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="40"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="51"/>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="56"/>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="65"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="76"/>
        <source>Next item</source>
        <translation>Volgend onderwerp</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="77"/>
        <source>Previous item</source>
        <translation>Vorig onderwerp</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="78"/>
        <source>Next link</source>
        <translation>Volgende link</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="79"/>
        <source>Previous link</source>
        <translation>Vorige link</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="80"/>
        <source>Next paragraph</source>
        <translation>Volgende alinea</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="81"/>
        <source>Previous paragraph</source>
        <translation>Vorige alinea</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="82"/>
        <source>Next theme</source>
        <translation>Volgend thema</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="83"/>
        <source>Previous theme</source>
        <translation>Vorig thema</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/shortcuts.py" line="84"/>
        <source>Next unread item</source>
        <translation>Volgend ongelezen onderwerp</translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <location filename="../../reader/ui/speech_bar.py" line="82"/>
        <location filename="../../reader/ui/speech_bar.py" line="83"/>
        <location filename="../../reader/ui/speech_bar.py" line="106"/>
        <source>Read aloud</source>
        <translation>Voorlezen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech_bar.py" line="84"/>
        <source>&amp;Speed (words per minute)</source>
        <translation>&amp;Snelheid (woorden per minuut)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech_bar.py" line="85"/>
        <source>Speed in words per minute</source>
        <translation>Snelheid in woorden per minuut</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech_bar.py" line="86"/>
        <source>&amp;Volume</source>
        <translation>&amp;Volume</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech_bar.py" line="87"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech_bar.py" line="105"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech_bar.py" line="106"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech_bar.py" line="107"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech_bar.py" line="108"/>
        <source>Previous sentence</source>
        <translation>Vorige zin</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech_bar.py" line="109"/>
        <source>Next sentence</source>
        <translation>Volgende zin</translation>
    </message>
</context>
<context>
    <name>SpeechController</name>
    <message>
        <location filename="../../reader/ui/speech.py" line="156"/>
        <source>Reading aloud is left to your screen reader. Use its read-all command in the article.</source>
        <translation>Voorlezen is overgelaten aan uw schermlezer. Gebruik in het artikel de opdracht van uw schermlezer om alles te lezen.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech.py" line="214"/>
        <source>Reading aloud is not available: no speech voice was found. Add a voice in Windows Settings, Time and language, Speech.</source>
        <translation>Voorlezen is niet beschikbaar: er is geen spraakstem gevonden. Voeg een stem toe in Windows-instellingen, Tijd en taal, Spraak.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech.py" line="218"/>
        <source>Reading aloud is not available: no speech engine works. Install espeak-ng, for example with: brew install espeak-ng</source>
        <translation>Voorlezen is niet beschikbaar: er werkt geen spraakprogramma. Installeer espeak-ng, bijvoorbeeld met: brew install espeak-ng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech.py" line="221"/>
        <source>Reading aloud is not available: no speech engine works. Install espeak-ng, for example with: sudo apt install espeak-ng</source>
        <translation>Voorlezen is niet beschikbaar: er werkt geen spraakprogramma. Installeer espeak-ng, bijvoorbeeld met: sudo apt install espeak-ng</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech.py" line="264"/>
        <source>Reading aloud started</source>
        <translation>Voorlezen gestart</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech.py" line="283"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech.py" line="294"/>
        <source>Reading resumed</source>
        <translation>Voorlezen hervat</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech.py" line="315"/>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech.py" line="442"/>
        <source>Reading aloud stopped: the speech engine failed.</source>
        <translation>Voorlezen gestopt: het spraakprogramma werkte niet.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech.py" line="462"/>
        <source>End of the item. Press Space to read on.</source>
        <translation>Einde van het onderwerp. Druk op Spatie om verder te lezen.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech.py" line="475"/>
        <source>Finished reading</source>
        <translation>Klaar met voorlezen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/speech.py" line="480"/>
        <source>Reading aloud stopped: the audio could not be played.</source>
        <translation>Voorlezen gestopt: het geluid kon niet worden afgespeeld.</translation>
    </message>
</context>
</TS>

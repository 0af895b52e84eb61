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
        <source>&amp;Add to briefing</source>
        <translation>Toevoegen aan &amp;briefing</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="112"/>
        <source>&amp;Read aloud or pause</source>
        <translation>&amp;Voorlezen of pauzeren</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="113"/>
        <source>Read &amp;on from here</source>
        <translation>Verder &amp;lezen vanaf hier</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="114"/>
        <source>&amp;Stop reading</source>
        <translation>&amp;Stoppen met voorlezen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="115"/>
        <source>Ne&amp;xt sentence</source>
        <translation>Volgende &amp;zin</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="116"/>
        <source>Pre&amp;vious sentence</source>
        <translation>Vo&amp;rige zin</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="117"/>
        <source>Next para&amp;graph</source>
        <translation>Volgende &amp;alinea</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="118"/>
        <source>Previous paragrap&amp;h</source>
        <translation>V&amp;orige alinea</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="119"/>
        <source>Read only the &amp;titles</source>
        <translation>Alleen de &amp;titels voorlezen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="120"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Grotere tekst</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="121"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere tekst</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="122"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale tekstgrootte</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="123"/>
        <source>Next &amp;colour theme</source>
        <translation>Volgend kl&amp;eurenthema</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="124"/>
        <source>Previous c&amp;olour theme</source>
        <translation>Vorig kle&amp;urenthema</translation>
    </message>
    <message>
        <location filename="../../reader/ui/actions.py" line="125"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
</context>
<context>
    <name>BriefingDock</name>
    <message>
        <location filename="../../reader/ui/briefing_dock.py" line="37"/>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_dock.py" line="51"/>
        <source>No item to add</source>
        <translation>Geen onderwerp om toe te voegen</translation>
    </message>
</context>
<context>
    <name>BriefingEntryModel</name>
    <message>
        <location filename="../../reader/ui/briefing_model.py" line="39"/>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_model.py" line="43"/>
        <source>with note</source>
        <translation>met notitie</translation>
    </message>
</context>
<context>
    <name>BriefingForm</name>
    <message>
        <location filename="../../reader/ui/briefing_form.py" line="70"/>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_form.py" line="69"/>
        <source>Briefing:</source>
        <translation>Briefing:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_form.py" line="71"/>
        <source>New briefing</source>
        <translation>Nieuwe briefing</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_form.py" line="73"/>
        <source>Delete briefing…</source>
        <translation>Briefing verwijderen…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_form.py" line="78"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_form.py" line="79"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_form.py" line="84"/>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_form.py" line="86"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_form.py" line="87"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_form.py" line="90"/>
        <source>Recipient:</source>
        <translation>Voor:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_form.py" line="91"/>
        <source>Recipient</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_form.py" line="96"/>
        <source>Introduction:</source>
        <translation>Inleiding:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_form.py" line="97"/>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_form.py" line="106"/>
        <source>Items in the briefing:</source>
        <translation>Onderwerpen in de briefing:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_form.py" line="107"/>
        <source>Items in the briefing</source>
        <translation>Onderwerpen in de briefing</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_form.py" line="109"/>
        <source>Ctrl+Up and Ctrl+Down move the item, Delete removes it</source>
        <translation>Ctrl+Pijl omhoog en Ctrl+Pijl omlaag verplaatsen het onderwerp, Delete haalt het weg</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_form.py" line="115"/>
        <source>Note for the selected item:</source>
        <translation>Notitie bij het gekozen onderwerp:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_form.py" line="116"/>
        <source>Note for the selected item</source>
        <translation>Notitie bij het gekozen onderwerp</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_form.py" line="118"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_form.py" line="120"/>
        <source>Ctrl+Up in the list</source>
        <translation>Ctrl+Pijl omhoog in de lijst</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_form.py" line="121"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_form.py" line="123"/>
        <source>Ctrl+Down in the list</source>
        <translation>Ctrl+Pijl omlaag in de lijst</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_form.py" line="124"/>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_form.py" line="126"/>
        <source>Delete in the list</source>
        <translation>Delete in de lijst</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_form.py" line="127"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_form.py" line="129"/>
        <source>Print preview…</source>
        <translation>Afdrukvoorbeeld…</translation>
    </message>
</context>
<context>
    <name>BriefingPane</name>
    <message>
        <location filename="../../reader/ui/briefing_pane.py" line="77"/>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_pane.py" line="119"/>
        <source>Untitled briefing</source>
        <translation>Briefing zonder titel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_pane.py" line="122"/>
        <source>{0} ({1} items)</source>
        <translation>{0} ({1} onderwerpen)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_pane.py" line="162"/>
        <source>New briefing started</source>
        <translation>Nieuwe briefing begonnen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_pane.py" line="181"/>
        <source>Delete briefing</source>
        <translation>Briefing verwijderen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_pane.py" line="182"/>
        <source>Delete the briefing {0}? This cannot be undone.</source>
        <translation>De briefing {0} verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_pane.py" line="184"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_pane.py" line="185"/>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_pane.py" line="202"/>
        <source>Briefing {0} deleted</source>
        <translation>Briefing {0} verwijderd</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_pane.py" line="297"/>
        <source>Note saved</source>
        <translation>Notitie bewaard</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_pane.py" line="312"/>
        <source>{0} is already in the briefing {1}</source>
        <translation>{0} staat al in de briefing {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_pane.py" line="317"/>
        <source>Added to briefing {0}: {1}</source>
        <translation>Toegevoegd aan briefing {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_pane.py" line="343"/>
        <source>Already at the top</source>
        <translation>Staat al bovenaan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_pane.py" line="344"/>
        <source>Already at the bottom</source>
        <translation>Staat al onderaan</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_pane.py" line="349"/>
        <source>Moved to position {0} of {1}</source>
        <translation>Verplaatst naar plaats {0} van {1}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_pane.py" line="362"/>
        <source>Removed {0}; {1} items left</source>
        <translation>{0} weggehaald; nog {1} onderwerpen</translation>
    </message>
    <message>
        <location filename="../../reader/ui/briefing_pane.py" line="427"/>
        <source>Print preview opened</source>
        <translation>Afdrukvoorbeeld geopend</translation>
    </message>
</context>
<context>
    <name>BriefingPrintPreview</name>
    <message>
        <location filename="../../reader/ui/dialogs/print_preview.py" line="33"/>
        <source>Print preview: {0}</source>
        <translation>Afdrukvoorbeeld: {0}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="69"/>
        <source>Untitled briefing</source>
        <translation>Briefing zonder titel</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="70"/>
        <source>Export briefing: {0}</source>
        <translation>Briefing exporteren: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="76"/>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="78"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="82"/>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="84"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="86"/>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="93"/>
        <source>Export progress</source>
        <translation>Voortgang van de export</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="100"/>
        <source>Export status</source>
        <translation>Stand van de export</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="104"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="108"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="141"/>
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="142"/>
        <source>Web page (HTML)</source>
        <translation>Webpagina (HTML)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="143"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="144"/>
        <source>Large-print PDF</source>
        <translation>PDF in grote letters</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="145"/>
        <source>Audio (WAV)</source>
        <translation>Geluid (WAV)</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="167"/>
        <source>briefing</source>
        <translation>briefing</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="201"/>
        <source>Export briefing as</source>
        <translation>Briefing exporteren als</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="202"/>
        <source>{0} (*{1})</source>
        <translation>{0} (*{1})</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="217"/>
        <source>Type the name of the file to export to.</source>
        <translation>Typ de naam van het bestand waarin de briefing moet komen.</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="220"/>
        <source>The folder does not exist: {0}</source>
        <translation>De map bestaat niet: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="233"/>
        <source>Exporting to {0}…</source>
        <translation>Bezig met exporteren naar {0}…</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="243"/>
        <source>Replace file?</source>
        <translation>Bestand vervangen?</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="244"/>
        <source>The file {0} already exists. Replace it?</source>
        <translation>Het bestand {0} bestaat al. Vervangen?</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="256"/>
        <source>The export is still running</source>
        <translation>De export loopt nog</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="270"/>
        <source>Exported to {0}</source>
        <translation>Geëxporteerd naar {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="285"/>
        <source>Export failed: {0}</source>
        <translation>Exporteren mislukt: {0}</translation>
    </message>
    <message>
        <location filename="../../reader/ui/dialogs/export_dialog.py" line="291"/>
        <source>the file could not be written: {0}</source>
        <translation>het bestand kon niet worden geschreven: {0}</translation>
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
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionRegistry</name>
    <message>
        <location filename="../../ui/actions.py" line="92"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="93"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="94"/>
        <source>&amp;Item</source>
        <translation>&amp;Onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="95"/>
        <source>&amp;Library</source>
        <translation>B&amp;ibliotheek</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="96"/>
        <source>&amp;Read aloud</source>
        <translation>&amp;Voorlezen</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="97"/>
        <source>&amp;View</source>
        <translation>B&amp;eeld</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="98"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="108"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="109"/>
        <source>&amp;Add source…</source>
        <translation>&amp;Bron toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="110"/>
        <source>Source &amp;catalogue…</source>
        <translation>Bronnen&amp;catalogus…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="111"/>
        <source>Save as a&amp;udio…</source>
        <translation>Opslaan als &amp;geluid…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="112"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="113"/>
        <source>&amp;Keyboard settings…</source>
        <translation>&amp;Toetsenbordinstellingen…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="114"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="115"/>
        <source>&amp;Next item</source>
        <translation>&amp;Volgend onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="116"/>
        <source>&amp;Previous item</source>
        <translation>Vo&amp;rig onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="117"/>
        <source>Next &amp;theme</source>
        <translation>Volgend &amp;thema</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="118"/>
        <source>Previous t&amp;heme</source>
        <translation>Vorig t&amp;hema</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="119"/>
        <source>Next &amp;unread item</source>
        <translation>Volgend o&amp;ngelezen onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="120"/>
        <source>Next p&amp;ane</source>
        <translation>Volgend &amp;paneel</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="121"/>
        <source>Previous pan&amp;e</source>
        <translation>Vorig pan&amp;eel</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="122"/>
        <source>&amp;Where am I?</source>
        <translation>&amp;Waar ben ik?</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="123"/>
        <source>&amp;Search the library…</source>
        <translation>&amp;Zoeken in de bibliotheek…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="124"/>
        <source>Mark as &amp;read or unread</source>
        <translation>Markeren als &amp;gelezen of ongelezen</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="125"/>
        <source>Open link in &amp;browser</source>
        <translation>&amp;Link openen in de browser</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="126"/>
        <source>&amp;Add to briefing</source>
        <translation>Toevoegen aan &amp;briefing</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="127"/>
        <source>Read &amp;more</source>
        <translation>Lees &amp;meer</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="128"/>
        <source>&amp;Star or unstar</source>
        <translation>&amp;Ster aan of uit</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="129"/>
        <source>&amp;Images of this issue allowed</source>
        <translation>&amp;Afbeeldingen van dit nummer toegestaan</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="130"/>
        <source>Earlier &amp;versions of this issue…</source>
        <translation>Eerdere &amp;versies van dit nummer…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="131"/>
        <source>&amp;Refresh all sources</source>
        <translation>&amp;Alle bronnen bijwerken</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="132"/>
        <source>Refresh this &amp;source</source>
        <translation>&amp;Deze bron bijwerken</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="133"/>
        <source>&amp;Cancel refresh</source>
        <translation>Bijwerken &amp;stoppen</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="134"/>
        <source>&amp;Read aloud or pause</source>
        <translation>&amp;Voorlezen of pauzeren</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="135"/>
        <source>Read &amp;on from here</source>
        <translation>Verder &amp;lezen vanaf hier</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="136"/>
        <source>&amp;Stop reading</source>
        <translation>&amp;Stoppen met voorlezen</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="137"/>
        <source>Ne&amp;xt sentence</source>
        <translation>Volgende &amp;zin</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="138"/>
        <source>Pre&amp;vious sentence</source>
        <translation>Vo&amp;rige zin</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="139"/>
        <source>Next para&amp;graph</source>
        <translation>Volgende &amp;alinea</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="140"/>
        <source>Previous paragrap&amp;h</source>
        <translation>V&amp;orige alinea</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="141"/>
        <source>Read only the &amp;titles</source>
        <translation>Alleen de &amp;titels voorlezen</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="142"/>
        <source>Read-aloud s&amp;ettings…</source>
        <translation>&amp;Instellingen voor voorlezen…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="143"/>
        <source>&amp;Pronunciation list…</source>
        <translation>&amp;Uitspraaklijst…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="144"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Grotere tekst</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="145"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere tekst</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="146"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale tekstgrootte</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="147"/>
        <source>Next &amp;colour theme</source>
        <translation>Volgend kl&amp;eurenthema</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="148"/>
        <source>Previous c&amp;olour theme</source>
        <translation>Vorig kle&amp;urenthema</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="149"/>
        <source>&amp;Briefing pane</source>
        <translation>&amp;Briefingvenster</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="150"/>
        <source>&amp;Wider pane</source>
        <translation>Paneel b&amp;reder</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="151"/>
        <source>Na&amp;rrower pane</source>
        <translation>Paneel &amp;smaller</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="152"/>
        <source>Show &amp;images of this issue</source>
        <translation>Afbeeldingen van deze nieuwsbrief &amp;tonen</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="153"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="154"/>
        <source>Open &amp;log folder</source>
        <translation>&amp;Logmap openen</translation>
    </message>
</context>
<context>
    <name>AddSourceDialog</name>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="75"/>
        <source>&amp;Web or file</source>
        <translation>&amp;Web of bestand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="76"/>
        <source>&amp;Mailbox</source>
        <translation>&amp;Postvak</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="79"/>
        <source>Kind of source</source>
        <translation>Soort bron</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="36"/>
        <source>Add source – Helder</source>
        <translation>Bron toevoegen – Helder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="37"/>
        <source>Add source</source>
        <translation>Bron toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="41"/>
        <source>https://… or a file or folder</source>
        <translation>https://… of een bestand of map</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="42"/>
        <source>Choose &amp;file…</source>
        <translation>&amp;Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="43"/>
        <source>Choose f&amp;older…</source>
        <translation>&amp;Map kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="60"/>
        <source>&amp;Address or file:</source>
        <translation>&amp;Adres of bestand:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="61"/>
        <source>&amp;Name (optional):</source>
        <translation>&amp;Naam (niet verplicht):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="63"/>
        <source>A feed, a web page listing issues, a single issue, or a file or folder on this computer.</source>
        <translation>Een feed, een webpagina met nummers, één nummer, of een bestand of map op deze computer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="88"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="89"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="111"/>
        <source>Choose a newsletter file</source>
        <translation>Kies een nieuwsbriefbestand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="112"/>
        <source>Newsletters (*.txt *.html *.htm *.eml *.xml *.rss *.atom *.json *.pdf);;All files (*)</source>
        <translation>Nieuwsbrieven (*.txt *.html *.htm *.eml *.xml *.rss *.atom *.json *.pdf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="120"/>
        <source>Choose a folder of newsletters</source>
        <translation>Kies een map met nieuwsbrieven</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="165"/>
        <source>Type an address, or choose a file or folder.</source>
        <translation>Typ een adres, of kies een bestand of map.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="148"/>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="168"/>
        <source>Checking {0}…</source>
        <translation>{0} wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="197"/>
        <source>Added {0}: {1}</source>
        <translation>{0} toegevoegd: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="200"/>
        <source>Added {0}, but it could not be read yet: {1}</source>
        <translation>{0} toegevoegd, maar nog niet gelezen: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="214"/>
        <source>Nothing was found at this address or path: {0}</source>
        <translation>Op dit adres of pad is niets gevonden: {0}</translation>
    </message>
</context>
<context>
    <name>AudioDialog</name>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="54"/>
        <source>Save as audio – Helder</source>
        <translation>Opslaan als geluid – Helder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="66"/>
        <source>This item</source>
        <translation>Dit onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="67"/>
        <source>The whole issue</source>
        <translation>De hele nieuwsbrief</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="68"/>
        <source>Only the titles of the issue</source>
        <translation>Alleen de titels van de nieuwsbrief</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="70"/>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Kies bestand…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="73"/>
        <source>Formats: {0} (from the file name&apos;s ending)</source>
        <translation>Formaten: {0} (volgens de extensie van de bestandsnaam)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="76"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="83"/>
        <source>&amp;Read</source>
        <translation>Wat &amp;voorlezen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="87"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="92"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="93"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="95"/>
        <location filename="../../ui/dialogs/audio_dialog.py" line="96"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="119"/>
        <source>Save as audio</source>
        <translation>Opslaan als geluid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="120"/>
        <source>Audio ({0})</source>
        <translation>Geluid ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="140"/>
        <source>Writing the audio…</source>
        <translation>Het geluid wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="165"/>
        <source>Saved: {0}</source>
        <translation>Opgeslagen: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="177"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
</context>
<context>
    <name>BriefingDock</name>
    <message>
        <location filename="../../ui/briefing_dock.py" line="32"/>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dock.py" line="54"/>
        <source>No item to add</source>
        <translation>Geen onderwerp om toe te voegen</translation>
    </message>
</context>
<context>
    <name>BriefingEntryModel</name>
    <message>
        <location filename="../../ui/briefing_model.py" line="39"/>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_model.py" line="43"/>
        <source>with note</source>
        <translation>met notitie</translation>
    </message>
</context>
<context>
    <name>BriefingForm</name>
    <message>
        <location filename="../../ui/briefing_form.py" line="131"/>
        <source>Send by e-mail…</source>
        <translation>Per e-mail versturen…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="69"/>
        <source>Briefing:</source>
        <translation>Briefing:</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="70"/>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="71"/>
        <source>New briefing</source>
        <translation>Nieuwe briefing</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="73"/>
        <source>Delete briefing…</source>
        <translation>Briefing verwijderen…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="78"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="79"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="84"/>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="86"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="87"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="90"/>
        <source>Recipient:</source>
        <translation>Voor:</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="91"/>
        <source>Recipient</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="96"/>
        <source>Introduction:</source>
        <translation>Inleiding:</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="97"/>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="106"/>
        <source>Items in the briefing:</source>
        <translation>Onderwerpen in de briefing:</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="107"/>
        <source>Items in the briefing</source>
        <translation>Onderwerpen in de briefing</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="109"/>
        <source>Ctrl+Up and Ctrl+Down move the item, Delete removes it</source>
        <translation>Ctrl+Pijl omhoog en Ctrl+Pijl omlaag verplaatsen het onderwerp, Delete haalt het weg</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="115"/>
        <source>Note for the selected item:</source>
        <translation>Notitie bij het gekozen onderwerp:</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="116"/>
        <source>Note for the selected item</source>
        <translation>Notitie bij het gekozen onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="118"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="120"/>
        <source>Ctrl+Up in the list</source>
        <translation>Ctrl+Pijl omhoog in de lijst</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="121"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="123"/>
        <source>Ctrl+Down in the list</source>
        <translation>Ctrl+Pijl omlaag in de lijst</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="124"/>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="127"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="129"/>
        <source>Print preview…</source>
        <translation>Afdrukvoorbeeld…</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="126"/>
        <source>Delete in the list; Ctrl+Z brings it back</source>
        <translation>Delete in de lijst; Ctrl+Z zet het terug</translation>
    </message>
</context>
<context>
    <name>BriefingPane</name>
    <message>
        <location filename="../../ui/briefing_pane.py" line="72"/>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="121"/>
        <source>Untitled briefing</source>
        <translation>Briefing zonder titel</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="124"/>
        <source>{0} ({1} items)</source>
        <translation>{0} ({1} onderwerpen)</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="164"/>
        <source>New briefing started</source>
        <translation>Nieuwe briefing begonnen</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="183"/>
        <source>Delete briefing</source>
        <translation>Briefing verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="184"/>
        <source>Delete the briefing {0}? This cannot be undone.</source>
        <translation>De briefing {0} verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="186"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="187"/>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="206"/>
        <source>Briefing {0} deleted</source>
        <translation>Briefing {0} verwijderd</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="301"/>
        <source>Note saved</source>
        <translation>Notitie bewaard</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="316"/>
        <source>{0} is already in the briefing {1}</source>
        <translation>{0} staat al in de briefing {1}</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="321"/>
        <source>Added to briefing {0}: {1}</source>
        <translation>Toegevoegd aan briefing {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="353"/>
        <source>Already at the top</source>
        <translation>Staat al bovenaan</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="354"/>
        <source>Already at the bottom</source>
        <translation>Staat al onderaan</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="359"/>
        <source>Moved to position {0} of {1}</source>
        <translation>Verplaatst naar plaats {0} van {1}</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="457"/>
        <source>Print preview opened</source>
        <translation>Afdrukvoorbeeld geopend</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="502"/>
        <source>Briefings</source>
        <translation>Briefings</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="373"/>
        <source>Removed {0}; {1} items left; Ctrl+Z undoes</source>
        <translation>{0} verwijderd; nog {1} onderwerpen; Ctrl+Z maakt ongedaan</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="381"/>
        <source>Nothing to undo</source>
        <translation>Niets om ongedaan te maken</translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="388"/>
        <source>{0} is back at position {1} of {2}</source>
        <translation>{0} staat weer op plaats {1} van {2}</translation>
    </message>
</context>
<context>
    <name>BriefingPrintPreview</name>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="33"/>
        <source>Print preview: {0}</source>
        <translation>Afdrukvoorbeeld: {0}</translation>
    </message>
</context>
<context>
    <name>BrowserOffer</name>
    <message>
        <location filename="../../ui/read_more.py" line="41"/>
        <source>Read more – Helder</source>
        <translation>Lees meer – Helder</translation>
    </message>
    <message>
        <location filename="../../ui/read_more.py" line="43"/>
        <source>Open in browser</source>
        <translation>Openen in de browser</translation>
    </message>
    <message>
        <location filename="../../ui/read_more.py" line="45"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <location filename="../../ui/dialogs/catalog_dialog.py" line="26"/>
        <source>Catalogue of sources – Helder</source>
        <translation>Bronnencatalogus – Helder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalog_dialog.py" line="27"/>
        <source>Catalogue of sources</source>
        <translation>Bronnencatalogus</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalog_dialog.py" line="28"/>
        <source>Switch on the sources you want to follow. Switching one off asks first, then removes it with its stored issues.</source>
        <translation>Zet de bronnen aan die u wilt volgen. Als u er een uitzet, vraagt Helder het eerst en verwijdert daarna de bron met haar bewaarde nummers.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalog_dialog.py" line="47"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalog_dialog.py" line="72"/>
        <source>News from the Association of Netherlands Municipalities.</source>
        <translation>Nieuws van de Vereniging van Nederlandse Gemeenten.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalog_dialog.py" line="73"/>
        <source>VNG letters to members, parliament and cabinet.</source>
        <translation>Brieven van de VNG aan leden, Kamer en kabinet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalog_dialog.py" line="74"/>
        <source>VNG publications, as a feed.</source>
        <translation>Publicaties van de VNG, als feed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalog_dialog.py" line="75"/>
        <source>News from the central government, as a feed.</source>
        <translation>Nieuws van de Rijksoverheid, als feed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalog_dialog.py" line="76"/>
        <source>Trade news for public administration, as a feed.</source>
        <translation>Vaknieuws voor het openbaar bestuur, als feed.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalog_dialog.py" line="87"/>
        <source>{0} switched on; the next refresh fetches it</source>
        <translation>{0} staat aan; de volgende keer bijwerken haalt de bron op</translation>
    </message>
</context>
<context>
    <name>DateTexts</name>
    <message>
        <location filename="../../ui/dates.py" line="14"/>
        <source>en_GB</source>
        <translation>nl_NL</translation>
    </message>
</context>
<context>
    <name>DisplayController</name>
    <message>
        <location filename="../../ui/display.py" line="40"/>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="41"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="42"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="43"/>
        <source>Yellow on black</source>
        <translation>Geel op zwart</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="44"/>
        <source>Cream</source>
        <translation>Crème</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="45"/>
        <source>Own colours</source>
        <translation>Eigen kleuren</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="54"/>
        <source>Some keys in your settings cannot be used, so those commands keep their usual keys: {0}. Arrow, Tab, Return, Space, Delete and letter keys move and type; they cannot start a command.</source>
        <translation>Sommige toetsen in uw instellingen kunnen niet worden gebruikt, dus die opdrachten houden hun gewone toetsen: {0}. Pijltjes, Tab, Enter, spatie, Delete en lettertoetsen verplaatsen en typen; ze kunnen geen opdracht starten.</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="62"/>
        <source>Your settings could not be read. Helder uses the default settings.</source>
        <translation>Uw instellingen konden niet worden gelezen. Helder gebruikt de standaardinstellingen.</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="66"/>
        <source>Your settings file was damaged. Helder uses the default settings.</source>
        <translation>Uw instellingenbestand was beschadigd. Helder gebruikt de standaardinstellingen.</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="70"/>
        <source>The damaged file was kept as {0}.</source>
        <translation>Het beschadigde bestand is bewaard als {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="152"/>
        <source>Text size {0} percent</source>
        <translation>Tekstgrootte {0} procent</translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="173"/>
        <source>Colour theme {0}</source>
        <translation>Kleurenthema {0}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="65"/>
        <source>Untitled briefing</source>
        <translation>Briefing zonder titel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="66"/>
        <source>Export briefing: {0}</source>
        <translation>Briefing exporteren: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="72"/>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="74"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="78"/>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="80"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="82"/>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="89"/>
        <source>Colours as on my screen</source>
        <translation>Kleuren zoals op mijn scherm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="92"/>
        <source>Off: dark text on white paper, readable for anyone. On: the colours of your theme, such as yellow on black, in the document too.</source>
        <translation>Uit: donkere tekst op wit papier, voor iedereen leesbaar. Aan: de kleuren van uw thema, zoals geel op zwart, ook in het document.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="97"/>
        <source>Export progress</source>
        <translation>Voortgang van de export</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="104"/>
        <source>Export status</source>
        <translation>Stand van de export</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="108"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="112"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="148"/>
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="149"/>
        <source>Web page (HTML)</source>
        <translation>Webpagina (HTML)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="150"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="151"/>
        <source>Large-print PDF</source>
        <translation>PDF in grote letters</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="152"/>
        <source>Audio (WAV)</source>
        <translation>Geluid (WAV)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="174"/>
        <source>briefing</source>
        <translation>briefing</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="215"/>
        <source>Export briefing as</source>
        <translation>Briefing exporteren als</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="216"/>
        <source>{0} (*{1})</source>
        <translation>{0} (*{1})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="231"/>
        <source>Type the name of the file to export to.</source>
        <translation>Typ de naam van het bestand waarin de briefing moet komen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="234"/>
        <source>The folder does not exist: {0}</source>
        <translation>De map bestaat niet: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="248"/>
        <source>Exporting to {0}…</source>
        <translation>Bezig met exporteren naar {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="259"/>
        <source>Replace file?</source>
        <translation>Bestand vervangen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="260"/>
        <source>The file {0} already exists. Replace it?</source>
        <translation>Het bestand {0} bestaat al. Vervangen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="272"/>
        <source>The export is still running</source>
        <translation>De export loopt nog</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="287"/>
        <source>Exported to {0}</source>
        <translation>Geëxporteerd naar {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="304"/>
        <source>Export failed: {0}</source>
        <translation>Exporteren mislukt: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="312"/>
        <source>{0} could not be written: {1}</source>
        <translation>{0} kon niet worden opgeslagen: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="314"/>
        <source>the file could not be written: {0}</source>
        <translation>het bestand kon niet worden geschreven: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="325"/>
        <source>the disk or stick is write-protected (read-only)</source>
        <translation>de schijf of stick is beveiligd tegen schrijven (alleen-lezen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="326"/>
        <location filename="../../ui/dialogs/export_dialog.py" line="327"/>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="328"/>
        <location filename="../../ui/dialogs/export_dialog.py" line="329"/>
        <source>you may not save files in that folder</source>
        <translation>u mag in die map geen bestanden opslaan</translation>
    </message>
</context>
<context>
    <name>IssueImages</name>
    <message>
        <location filename="../../ui/image_loader.py" line="94"/>
        <source>This issue has no images</source>
        <translation>Deze nieuwsbrief heeft geen afbeeldingen</translation>
    </message>
    <message>
        <location filename="../../ui/image_loader.py" line="109"/>
        <source>Images stay on: the setting shows images of every issue</source>
        <translation>Afbeeldingen blijven zichtbaar: de instelling toont de afbeeldingen van elk nummer</translation>
    </message>
    <message>
        <location filename="../../ui/image_loader.py" line="112"/>
        <source>Images of this issue are no longer shown</source>
        <translation>Afbeeldingen van dit nummer worden niet meer getoond</translation>
    </message>
    <message>
        <location filename="../../ui/image_loader.py" line="120"/>
        <source>This choice applies until Helder closes; it could not be saved: {0}</source>
        <translation>Deze keuze geldt tot Helder sluit; ze kon niet worden bewaard: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/image_loader.py" line="138"/>
        <source>Loading 1 image…</source>
        <translation>1 afbeelding laden…</translation>
    </message>
    <message>
        <location filename="../../ui/image_loader.py" line="139"/>
        <source>Loading {0} images…</source>
        <translation>{0} afbeeldingen laden…</translation>
    </message>
    <message>
        <location filename="../../ui/image_loader.py" line="164"/>
        <source>1 image could not be loaded</source>
        <translation>1 afbeelding kon niet worden geladen</translation>
    </message>
    <message>
        <location filename="../../ui/image_loader.py" line="165"/>
        <source>{0} images could not be loaded</source>
        <translation>{0} afbeeldingen konden niet worden geladen</translation>
    </message>
    <message>
        <location filename="../../ui/image_loader.py" line="170"/>
        <source>1 image shown</source>
        <translation>1 afbeelding getoond</translation>
    </message>
    <message>
        <location filename="../../ui/image_loader.py" line="170"/>
        <source>{0} images shown</source>
        <translation>{0} afbeeldingen getoond</translation>
    </message>
    <message>
        <location filename="../../ui/image_loader.py" line="178"/>
        <source>Images could not be loaded</source>
        <translation>De afbeeldingen konden niet worden geladen</translation>
    </message>
</context>
<context>
    <name>IssueKeeper</name>
    <message>
        <location filename="../../ui/keep_issue.py" line="52"/>
        <source>This issue could not be added to the library</source>
        <translation>Dit nummer kon niet aan de bibliotheek worden toegevoegd</translation>
    </message>
    <message>
        <location filename="../../ui/keep_issue.py" line="54"/>
        <source>{0} was added to the library</source>
        <translation>{0} is aan de bibliotheek toegevoegd</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="109"/>
        <source>Keyboard settings – Helder</source>
        <translation>Toetsenbordinstellingen – Helder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="113"/>
        <source>&amp;Commands</source>
        <translation>&amp;Opdrachten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="115"/>
        <source>Commands</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="123"/>
        <source>&amp;Key for the chosen command</source>
        <translation>&amp;Toets voor de gekozen opdracht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="125"/>
        <source>Key for the chosen command</source>
        <translation>Toets voor de gekozen opdracht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="128"/>
        <source>C&amp;lear key</source>
        <translation>Toets &amp;wissen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="129"/>
        <source>&amp;Default key</source>
        <translation>&amp;Standaardtoets</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="138"/>
        <source>Single-letter &amp;navigation (H, K, P, T, N)</source>
        <translation>&amp;Navigatie met letters (H, K, P, T, N)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="141"/>
        <source>&amp;Reset all keys</source>
        <translation>&amp;Alle toetsen herstellen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="146"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="147"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="200"/>
        <source>no key</source>
        <translation>geen toets</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="270"/>
        <source>{0} is used by: {1}</source>
        <translation>{0} wordt gebruikt door: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="210"/>
        <source>Press the new key combination here; Tab leaves the field, Escape closes the dialog.</source>
        <translation>Druk hier de nieuwe toetscombinatie; Tab verlaat het veld, Escape sluit het venster.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="226"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="230"/>
        <source>{0} cannot be the key of a command</source>
        <translation>{0} kan geen toets voor een opdracht zijn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="275"/>
        <source>{0} moves or types in lists and text: choose a key with Ctrl or Alt for {1}</source>
        <translation>{0} verplaatst of typt in lijsten en tekst: kies een toets met Ctrl of Alt voor {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="279"/>
        <source>{0} belongs to screen readers or the desktop: choose another key for {1}</source>
        <translation>{0} hoort bij schermlezers of het bureaublad: kies een andere toets voor {1}</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../../ui/library_tasks.py" line="275"/>
        <source>user name or password refused</source>
        <translation>gebruikersnaam of wachtwoord geweigerd</translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="276"/>
        <source>certificate not trusted</source>
        <translation>certificaat niet vertrouwd</translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="138"/>
        <source>A refresh is already running</source>
        <translation>Er wordt al bijgewerkt</translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="222"/>
        <source>Online again.</source>
        <translation>Weer online.</translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="240"/>
        <source>Refresh stopped.</source>
        <translation>Bijwerken gestopt.</translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="242"/>
        <source>Offline: no source could be reached.</source>
        <translation>Offline: geen enkele bron was bereikbaar.</translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="250"/>
        <source>1 source could not be updated: {0}</source>
        <translation>1 bron kon niet worden bijgewerkt: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="252"/>
        <source>{0} sources could not be updated: {1}</source>
        <translation>{0} bronnen konden niet worden bijgewerkt: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="259"/>
        <source>1 new issue</source>
        <translation>1 nieuw nummer</translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="261"/>
        <source>{0} new issues</source>
        <translation>{0} nieuwe nummers</translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="262"/>
        <source>No new issues</source>
        <translation>Geen nieuwe nummers</translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="267"/>
        <source>no connection</source>
        <translation>geen verbinding</translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="268"/>
        <source>the server took too long</source>
        <translation>de server deed er te lang over</translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="269"/>
        <source>the server refused</source>
        <translation>de server weigerde</translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="270"/>
        <source>not found</source>
        <translation>niet gevonden</translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="271"/>
        <source>too large</source>
        <translation>te groot</translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="272"/>
        <source>not a newsletter Helder can read</source>
        <translation>geen nieuwsbrief die Helder kan lezen</translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="273"/>
        <source>no newsletter text</source>
        <translation>geen tekst van een nieuwsbrief</translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="274"/>
        <source>the library could not be saved</source>
        <translation>de bibliotheek kon niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="277"/>
        <source>not the newsletter (error or login page); copy kept</source>
        <translation>niet de nieuwsbrief (fout- of inlogpagina); kopie bewaard</translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="279"/>
        <source>could not be read</source>
        <translation>kon niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="283"/>
        <source>the server refused ({0})</source>
        <translation>de server weigerde ({0})</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../../ui/library_pane.py" line="85"/>
        <source>Sources and issues</source>
        <translation>Bronnen en nummers</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="86"/>
        <source>&amp;Sources</source>
        <translation>B&amp;ronnen</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="91"/>
        <source>No sources yet. Add a newsletter with File &gt; Add source (Ctrl+N), or switch one on in File &gt; Source catalogue (Ctrl+Shift+N).</source>
        <translation>Nog geen bronnen. Voeg een nieuwsbrief toe met Bestand &gt; Bron toevoegen (Ctrl+N), of zet er een aan in Bestand &gt; Bronnencatalogus (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="114"/>
        <source>Re&amp;name source…</source>
        <translation>&amp;Naam van bron wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="115"/>
        <location filename="../../ui/library_pane.py" line="379"/>
        <source>&amp;Pause source</source>
        <translation>Bron &amp;pauzeren</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="116"/>
        <source>Re&amp;move source…</source>
        <translation>Bron &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="118"/>
        <source>Re&amp;fresh this source</source>
        <translation>Deze bron &amp;bijwerken</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="120"/>
        <source>&amp;Undo removing source</source>
        <translation>Verwijderen van bron ongedaan &amp;maken</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="250"/>
        <location filename="../../ui/library_pane.py" line="267"/>
        <source>{0} unread</source>
        <translation>{0} ongelezen</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="252"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="259"/>
        <source>update failed: {0}</source>
        <translation>bijwerken mislukt: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="378"/>
        <source>Res&amp;ume source</source>
        <translation>Bron &amp;hervatten</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="390"/>
        <source>Rename source – Helder</source>
        <translation>Naam van bron wijzigen – Helder</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="391"/>
        <source>New &amp;name for {0}:</source>
        <translation>Nieuwe &amp;naam voor {0}:</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="394"/>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="395"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="398"/>
        <source>New name for {0}</source>
        <translation>Nieuwe naam voor {0}</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="405"/>
        <source>Renamed to {0}</source>
        <translation>Naam gewijzigd in {0}</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="427"/>
        <source>{0} resumed</source>
        <translation>{0} hervat</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="428"/>
        <source>{0} paused</source>
        <translation>{0} gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="458"/>
        <source>No removed source to bring back</source>
        <translation>Er is geen verwijderde bron om terug te zetten</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="194"/>
        <source>source, level 1</source>
        <translation>bron, niveau 1</translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="214"/>
        <source>issue, level 2</source>
        <translation>nummer, niveau 2</translation>
    </message>
</context>
<context>
    <name>LibraryWiring</name>
    <message>
        <location filename="../../ui/library_wiring.py" line="105"/>
        <source>Earlier versions are kept for library issues</source>
        <translation>Eerdere versies worden alleen bewaard voor nummers in de bibliotheek</translation>
    </message>
    <message>
        <location filename="../../ui/library_wiring.py" line="109"/>
        <source>This issue has no earlier versions</source>
        <translation>Dit nummer heeft geen eerdere versies</translation>
    </message>
    <message>
        <location filename="../../ui/library_wiring.py" line="122"/>
        <source>The earlier version is shown again; the copy it replaced is kept as a version</source>
        <translation>De eerdere versie staat er weer; de kopie die ze verving is als versie bewaard</translation>
    </message>
    <message>
        <location filename="../../ui/library_wiring.py" line="183"/>
        <source>Starred</source>
        <translation>Ster gegeven</translation>
    </message>
    <message>
        <location filename="../../ui/library_wiring.py" line="183"/>
        <source>Star removed</source>
        <translation>Ster weggehaald</translation>
    </message>
    <message>
        <location filename="../../ui/library_wiring.py" line="190"/>
        <source>This item has no link</source>
        <translation>Dit onderwerp heeft geen link</translation>
    </message>
    <message>
        <location filename="../../ui/library_wiring.py" line="192"/>
        <source>Fetching the article…</source>
        <translation>Het artikel wordt opgehaald…</translation>
    </message>
    <message>
        <location filename="../../ui/library_wiring.py" line="202"/>
        <source>Article: {0}</source>
        <translation>Artikel: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/library_wiring.py" line="176"/>
        <source>There is no item to star</source>
        <translation>Er is geen onderwerp om te markeren met een ster</translation>
    </message>
</context>
<context>
    <name>MailSourcePage</name>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="38"/>
        <source>imap.example.nl</source>
        <translation>imap.voorbeeld.nl</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="41"/>
        <source>TLS (IMAPS, port 993)</source>
        <translation>TLS (IMAPS, poort 993)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="42"/>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (poort 143)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="52"/>
        <source>kept in the system keyring</source>
        <translation>bewaard in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="57"/>
        <source>nieuwsbrief@vng.nl</source>
        <translation>nieuwsbrief@vng.nl</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="60"/>
        <source>After reading, mo&amp;ve the message to this folder:</source>
        <translation>Na het lezen het bericht verp&amp;laatsen naar deze map:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="64"/>
        <source>Folder for read messages</source>
        <translation>Map voor gelezen berichten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="71"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="72"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Versleuteling:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="73"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="74"/>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="75"/>
        <source>&amp;Password:</source>
        <translation>Wach&amp;twoord:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="76"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="77"/>
        <source>Only mai&amp;l from (optional):</source>
        <translation>Alleen mail v&amp;an (niet verplicht):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="78"/>
        <source>Only su&amp;bjects with (optional):</source>
        <translation>Alleen onde&amp;rwerpen met (niet verplicht):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="81"/>
        <source>Helder only reads: messages stay unread in your mail program. The password is kept in the system&apos;s keyring, never in Helder&apos;s files. Accounts that need OAuth2 sign-in (Microsoft 365, Gmail) need an app password for now.</source>
        <translation>Helder leest alleen: berichten blijven ongelezen in uw mailprogramma. Het wachtwoord wordt bewaard in de sleutelhanger van het systeem, nooit in de bestanden van Helder. Accounts die met OAuth2 aanmelden (Microsoft 365, Gmail) hebben voorlopig een app-wachtwoord nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="131"/>
        <source>Type the mail server&apos;s name, such as imap.example.nl.</source>
        <translation>Typ de naam van de mailserver, zoals imap.voorbeeld.nl.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="132"/>
        <source>Type your user name for this mail server.</source>
        <translation>Typ uw gebruikersnaam voor deze mailserver.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="133"/>
        <source>Type the folder read messages should go to.</source>
        <translation>Typ de map waar gelezen berichten heen gaan.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="137"/>
        <source>The mail server refused this user name or password.</source>
        <translation>De mailserver weigerde deze gebruikersnaam of dit wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="138"/>
        <source>Type the password for this mail account.</source>
        <translation>Typ het wachtwoord van dit mailaccount.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="140"/>
        <source>The server&apos;s certificate is not trusted, so nothing was sent to it: {0}</source>
        <translation>Het certificaat van de server wordt niet vertrouwd, dus er is niets naartoe gestuurd: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="143"/>
        <source>This folder does not exist on the server: {0}</source>
        <translation>Deze map bestaat niet op de server: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Items</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>unread</source>
        <translation>ongelezen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>starred</source>
        <translation>met ster</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>There is nothing to save</source>
        <translation>Er is niets om op te slaan</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>Audio saved: {0}</source>
        <translation>Geluid opgeslagen: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>Pronunciation list saved</source>
        <translation>Uitspraaklijst opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>Read-aloud settings saved</source>
        <translation>Instellingen voor voorlezen opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="449"/>
        <source>No further theme</source>
        <translation>Geen volgend thema</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="459"/>
        <source>No earlier theme</source>
        <translation>Geen eerder thema</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>Theme {0}: {1}</source>
        <translation>Thema {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="477"/>
        <source>No unread items</source>
        <translation>Geen ongelezen onderwerpen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="487"/>
        <source>Marked as read</source>
        <translation>Gemarkeerd als gelezen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="488"/>
        <source>Marked as unread</source>
        <translation>Gemarkeerd als ongelezen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="495"/>
        <source>No item selected</source>
        <translation>Geen onderwerp gekozen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="497"/>
        <source>Item {0} of {1}</source>
        <translation>Onderwerp {0} van {1}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519"/>
        <source>Helder opens only web and e-mail links; this one was not opened: {0}</source>
        <translation>Helder opent alleen web- en e-maillinks; deze is niet geopend: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="524"/>
        <source>Opened in the browser: {0}</source>
        <translation>Geopend in de browser: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="526"/>
        <source>Could not open {0}</source>
        <translation>Kon {0} niet openen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="535"/>
        <source>This item has no link</source>
        <translation>Dit onderwerp heeft geen link</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="638"/>
        <source>Keyboard settings saved</source>
        <translation>Toetsenbordinstellingen opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="664"/>
        <source>Open newsletter</source>
        <translation>Nieuwsbrief openen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="666"/>
        <source>Newsletters (*.txt *.html *.htm *.eml *.xml *.rss *.atom *.json *.pdf);;All files (*)</source>
        <translation>Nieuwsbrieven (*.txt *.html *.htm *.eml *.xml *.rss *.atom *.json *.pdf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="676"/>
        <source>Opening {0}…</source>
        <translation>{0} wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="687"/>
        <source>{0} opened, {1} items</source>
        <translation>{0} geopend, {1} onderwerpen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="706"/>
        <source>The log folder is {0}</source>
        <translation>De logmap is {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="713"/>
        <source>Something went wrong in Helder: {0}. Details are in the log (Help, Open log folder).</source>
        <translation>Er ging iets mis in Helder: {0}. De details staan in het logboek (Help, Logmap openen).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="705"/>
        <location filename="../../ui/main_window.py" line="715"/>
        <source>Helder</source>
        <translation>Helder</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>Logging in to the mail server failed; check the user name and password: {0}</source>
        <translation>Aanmelden bij de mailserver is mislukt; controleer de gebruikersnaam en het wachtwoord: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>The server&apos;s certificate is not trusted, so nothing was sent to it: {0}</source>
        <translation>Het certificaat van de server wordt niet vertrouwd, dus er is niets naartoe gestuurd: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="23"/>
        <source>The file was not found: {0}</source>
        <translation>Het bestand is niet gevonden: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="24"/>
        <source>The file could not be read: {0}</source>
        <translation>Het bestand kon niet worden gelezen: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25"/>
        <source>The file holds no newsletter text: {0}</source>
        <translation>Het bestand bevat geen tekst van een nieuwsbrief: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="26"/>
        <source>Helder cannot read this kind of file: {0}</source>
        <translation>Helder kan dit soort bestand niet lezen: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="27"/>
        <source>The file is too large: {0}</source>
        <translation>Het bestand is te groot: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>No connection could be made: {0}</source>
        <translation>Er kon geen verbinding worden gemaakt: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29"/>
        <source>The server took too long to answer: {0}</source>
        <translation>De server antwoordde niet op tijd: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="30"/>
        <source>The server refused the request: {0}</source>
        <translation>De server weigerde het verzoek: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <source>Reading aloud is not available: {0}</source>
        <translation>Voorlezen is niet beschikbaar: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="32"/>
        <source>The library could not be saved: {0}</source>
        <translation>De bibliotheek kon niet worden opgeslagen: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33"/>
        <source>The file is damaged and cannot be read: {0}</source>
        <translation>Het bestand is beschadigd en kan niet worden gelezen: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34"/>
        <source>The file is locked with a password: {0}</source>
        <translation>Het bestand is beveiligd met een wachtwoord: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>That choice is not possible: {0}</source>
        <translation>Die keuze is niet mogelijk: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <source>The export could not be written: {0}</source>
        <translation>De export kon niet worden opgeslagen: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37"/>
        <source>Stopped on request: {0}</source>
        <translation>Gestopt op verzoek: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>The source sent a page that does not look like the newsletter (an error, login or cookie page, or a page cut short); the stored copy was kept: {0}</source>
        <translation>De bron stuurde een pagina die niet op de nieuwsbrief lijkt (een fout-, inlog- of cookiepagina, of een afgebroken pagina); de bewaarde kopie is gehouden: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>Helder could not read this file (a fault in Helder; details in the log): {0}</source>
        <translation>Helder kon dit bestand niet lezen (een fout in Helder; details in het logboek): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>No article text was found on this page; open it in the browser instead: {0}</source>
        <translation>Op deze pagina is geen artikeltekst gevonden; open hem liever in de browser: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="55"/>
        <source>Something went wrong: {0}</source>
        <translation>Er ging iets mis: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>The briefings file was damaged, so Helder started a new, empty one. The damaged file was kept as {0}.</source>
        <translation>Het bestand met briefings was beschadigd, dus Helder is met een nieuw, leeg bestand begonnen. Het beschadigde bestand is bewaard als {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>The briefings file could not be opened ({1}). It was left as it is. Until this is solved, new briefings are kept only until Helder closes: {0}</source>
        <translation>Het bestand met briefings kon niet worden geopend ({1}). Het is gelaten zoals het was. Tot dit is opgelost, worden nieuwe briefings alleen bewaard tot Helder sluit: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74"/>
        <source>The library file was damaged, so Helder started a new, empty library. The damaged file was kept as {0}. Your briefings and settings are kept separately and were not touched.</source>
        <translation>Het bibliotheekbestand was beschadigd, dus Helder is met een nieuwe, lege bibliotheek begonnen. Het beschadigde bestand is bewaard als {0}. Uw briefings en instellingen staan apart en zijn niet aangeraakt.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>The library could not be opened ({1}). It was left as it is. Until this is solved (for example by freeing disk space), Helder uses an empty temporary library that is not kept: {0}</source>
        <translation>De bibliotheek kon niet worden geopend ({1}). Ze is gelaten zoals ze was. Tot dit is opgelost (bijvoorbeeld door schijfruimte vrij te maken), gebruikt Helder een lege tijdelijke bibliotheek die niet wordt bewaard: {0}</translation>
    </message>
</context>
<context>
    <name>OfflineLabel</name>
    <message>
        <location filename="../../ui/library_status.py" line="89"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../ui/library_status.py" line="90"/>
        <source>Offline: no source could be reached</source>
        <translation>Offline: geen enkele bron was bereikbaar</translation>
    </message>
    <message>
        <location filename="../../ui/library_status.py" line="91"/>
        <source>The last refresh could not reach any source. Stored issues can still be read.</source>
        <translation>Bij het laatste bijwerken was geen enkele bron bereikbaar. Bewaarde nummers zijn nog te lezen.</translation>
    </message>
</context>
<context>
    <name>PageLayout</name>
    <message>
        <location filename="../../ui/page_layout.py" line="127"/>
        <source>One page at a time: Enter opens, Escape goes back, F6 goes to the next page</source>
        <translation>Eén pagina tegelijk: Enter opent, Escape gaat terug, F6 gaat naar de volgende pagina</translation>
    </message>
    <message>
        <location filename="../../ui/page_layout.py" line="133"/>
        <source>Panes side by side</source>
        <translation>Panelen naast elkaar</translation>
    </message>
    <message>
        <location filename="../../ui/page_layout.py" line="203"/>
        <source>One page at a time: the page is already full width</source>
        <translation>Eén pagina tegelijk: de pagina is al op volle breedte</translation>
    </message>
    <message>
        <location filename="../../ui/page_layout.py" line="211"/>
        <source>Move to the library, the items or the article first</source>
        <translation>Ga eerst naar de bibliotheek, de onderwerpen of het artikel</translation>
    </message>
    <message>
        <location filename="../../ui/page_layout.py" line="225"/>
        <source>This pane cannot be made wider</source>
        <translation>Dit paneel kan niet breder</translation>
    </message>
    <message>
        <location filename="../../ui/page_layout.py" line="226"/>
        <source>This pane cannot be made narrower</source>
        <translation>Dit paneel kan niet smaller</translation>
    </message>
    <message>
        <location filename="../../ui/page_layout.py" line="233"/>
        <source>Pane width {0} %</source>
        <translation>Paneelbreedte {0} %</translation>
    </message>
</context>
<context>
    <name>PronunciationDialog</name>
    <message>
        <location filename="../../ui/dialogs/pronunciation_dialog.py" line="35"/>
        <source>Pronunciation list – Helder</source>
        <translation>Uitspraaklijst – Helder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pronunciation_dialog.py" line="40"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pronunciation_dialog.py" line="41"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pronunciation_dialog.py" line="42"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pronunciation_dialog.py" line="45"/>
        <source>&amp;Words</source>
        <translation>&amp;Woorden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pronunciation_dialog.py" line="49"/>
        <source>W&amp;ritten as</source>
        <translation>&amp;Geschreven als</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pronunciation_dialog.py" line="50"/>
        <source>&amp;Said as</source>
        <translation>&amp;Uitgesproken als</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pronunciation_dialog.py" line="51"/>
        <source>&amp;Add or change</source>
        <translation>Toe&amp;voegen of wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pronunciation_dialog.py" line="52"/>
        <source>Re&amp;move</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pronunciation_dialog.py" line="63"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pronunciation_dialog.py" line="64"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pronunciation_dialog.py" line="101"/>
        <source>{0}: said as {1}</source>
        <translation>{0}: uitgesproken als {1}</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../../ui/reading_view.py" line="72"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/reading_view.py" line="102"/>
        <source>Theme: {0}</source>
        <translation>Thema: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/reading_view.py" line="111"/>
        <source>Read more: {0}</source>
        <translation>Lees meer: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/reading_view.py" line="135"/>
        <source>Image: {0}</source>
        <translation>Afbeelding: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/reading_view.py" line="136"/>
        <source>Image without description</source>
        <translation>Afbeelding zonder beschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/reading_view.py" line="302"/>
        <source>Link: {0}</source>
        <translation>Link: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/reading_view.py" line="340"/>
        <source>Paragraph: {0}</source>
        <translation>Alinea: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/reading_view.py" line="342"/>
        <source>No further paragraph</source>
        <translation>Geen volgende alinea</translation>
    </message>
    <message>
        <location filename="../../ui/reading_view.py" line="343"/>
        <source>No earlier paragraph</source>
        <translation>Geen eerdere alinea</translation>
    </message>
</context>
<context>
    <name>RefreshProgress</name>
    <message>
        <location filename="../../ui/library_status.py" line="27"/>
        <source>Refresh progress</source>
        <translation>Voortgang van bijwerken</translation>
    </message>
    <message>
        <location filename="../../ui/library_status.py" line="32"/>
        <location filename="../../ui/library_status.py" line="34"/>
        <source>Cancel refresh</source>
        <translation>Bijwerken stoppen</translation>
    </message>
    <message>
        <location filename="../../ui/library_status.py" line="60"/>
        <source>{0} asked to wait {1} s before trying again</source>
        <translation>{0} vroeg {1} s te wachten voor een nieuwe poging</translation>
    </message>
    <message>
        <location filename="../../ui/library_status.py" line="73"/>
        <source>{0} of {1} sources, {2} issues, {3}; each download stops after {4} s</source>
        <translation>{0} van {1} bronnen, {2} nummers, {3}; elke download stopt na {4} s</translation>
    </message>
    <message>
        <location filename="../../ui/library_status.py" line="77"/>
        <source>{0} of {1} sources</source>
        <translation>{0} van {1} bronnen</translation>
    </message>
</context>
<context>
    <name>RemovalTexts</name>
    <message>
        <location filename="../../ui/removal.py" line="24"/>
        <source>Remove {0}? With it go {1} stored issues, {2} notes and {3} starred items. Until Helder closes you can bring it all back with Library &gt; Undo removing source (Ctrl+Z in the library).</source>
        <translation>{0} verwijderen? Daarmee verdwijnen {1} bewaarde nummers, {2} notities en {3} onderwerpen met een ster. Tot Helder sluit kunt u alles terugzetten met Bibliotheek &gt; Verwijderen van bron ongedaan maken (Ctrl+Z in de bibliotheek).</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="31"/>
        <source>Remove source – Helder</source>
        <translation>Bron verwijderen – Helder</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="35"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="39"/>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="43"/>
        <source>{0} removed. Ctrl+Z in the library brings it back until Helder closes</source>
        <translation>{0} verwijderd. Ctrl+Z in de bibliotheek zet de bron terug tot Helder sluit</translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="48"/>
        <source>{0} is back, with its issues and notes</source>
        <translation>{0} is terug, met haar nummers en notities</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="55"/>
        <source>Search the library – Helder</source>
        <translation>Zoeken in de bibliotheek – Helder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="56"/>
        <source>Search the library</source>
        <translation>Zoeken in de bibliotheek</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="62"/>
        <source>All sources</source>
        <translation>Alle bronnen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="64"/>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="68"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="79"/>
        <source>&amp;Search for:</source>
        <translation>&amp;Zoeken naar:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="80"/>
        <source>So&amp;urce:</source>
        <translation>&amp;Bron:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="81"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="82"/>
        <source>&amp;From date (YYYY-MM-DD):</source>
        <translation>&amp;Vanaf datum (JJJJ-MM-DD):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="83"/>
        <source>T&amp;o date (YYYY-MM-DD):</source>
        <translation>T&amp;ot en met datum (JJJJ-MM-DD):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="86"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="91"/>
        <source>&amp;Results:</source>
        <translation>&amp;Resultaten:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="93"/>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="140"/>
        <source>Write a date as year-month-day, for example 2026-06-12: {0}</source>
        <translation>Schrijf een datum als jaar-maand-dag, bijvoorbeeld 2026-06-12: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="179"/>
        <source>Nothing found for {0}</source>
        <translation>Niets gevonden voor {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="181"/>
        <source>1 result for {0}</source>
        <translation>1 resultaat voor {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="183"/>
        <source>{0} results for {1}</source>
        <translation>{0} resultaten voor {1}</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="76"/>
        <source>Send briefing by e-mail – Helder</source>
        <translation>Briefing per e-mail versturen – Helder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="77"/>
        <source>Send briefing by e-mail</source>
        <translation>Briefing per e-mail versturen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="90"/>
        <source>name@example.nl, another@example.nl</source>
        <translation>naam@voorbeeld.nl, nog.iemand@voorbeeld.nl</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="92"/>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="97"/>
        <source>&amp;Word (DOCX)</source>
        <translation>Wor&amp;d (DOCX)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="97"/>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="98"/>
        <source>&amp;HTML</source>
        <translation>&amp;HTML</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="98"/>
        <source>MP&amp;3 audio</source>
        <translation>MP&amp;3-audio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="99"/>
        <source>WA&amp;V audio</source>
        <translation>WA&amp;V-audio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="114"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (poort 587)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="115"/>
        <source>TLS (port 465)</source>
        <translation>TLS (poort 465)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="125"/>
        <source>empty: the one in the system keyring</source>
        <translation>leeg: dat in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="130"/>
        <source>&amp;To:</source>
        <translation>&amp;Aan:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="132"/>
        <source>&amp;From:</source>
        <translation>Af&amp;zender:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="133"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="134"/>
        <source>&amp;Encryption:</source>
        <translation>V&amp;ersleuteling:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="135"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="136"/>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="137"/>
        <source>Passwo&amp;rd:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="144"/>
        <location filename="../../ui/dialogs/send_dialog.py" line="227"/>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="145"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="149"/>
        <source>Briefing: {0}</source>
        <translation>Briefing: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="217"/>
        <source>Sending to {0}…</source>
        <translation>Versturen naar {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="222"/>
        <source>Send briefing?</source>
        <translation>Briefing versturen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="223"/>
        <source>Send “{0}” to {1}?</source>
        <translation>“{0}” versturen naar {1}?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="224"/>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="228"/>
        <source>Do not send</source>
        <translation>Niet versturen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="254"/>
        <source>Briefing sent to {0}. A copy is kept in the library under Sent briefings.</source>
        <translation>Briefing verstuurd naar {0}. Een kopie staat in de bibliotheek onder Verzonden briefings.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="296"/>
        <source>Type the sending server&apos;s name, such as smtp.example.nl.</source>
        <translation>Typ de naam van de verzendserver, zoals smtp.voorbeeld.nl.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="297"/>
        <source>Type your user name for the sending server.</source>
        <translation>Typ uw gebruikersnaam voor de verzendserver.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="298"/>
        <source>Type your own e-mail address as the sender.</source>
        <translation>Typ uw eigen e-mailadres als afzender.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="299"/>
        <source>Type at least one e-mail address to send to.</source>
        <translation>Typ ten minste één e-mailadres om naar te versturen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="303"/>
        <source>Check the addresses: {0}</source>
        <translation>Controleer de adressen: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="305"/>
        <source>The mail server refused the user name or password; type the password.</source>
        <translation>De mailserver weigerde de gebruikersnaam of het wachtwoord; typ het wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="308"/>
        <source>The server&apos;s certificate is not trusted, so nothing was sent: {0}</source>
        <translation>Het certificaat van de server wordt niet vertrouwd, dus er is niets verstuurd: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="55"/>
        <source>Display – Helder</source>
        <translation>Weergave – Helder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="56"/>
        <source>Display settings</source>
        <translation>Weergave-instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="66"/>
        <source>Colour &amp;theme</source>
        <translation>Kleuren&amp;thema</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="70"/>
        <source>Choose text colour…</source>
        <translation>Tekstkleur kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="71"/>
        <source>Choose background colour…</source>
        <translation>Achtergrondkleur kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="73"/>
        <source>Te&amp;xt colour (#rrggbb)</source>
        <translation>Te&amp;kstkleur (#rrggbb)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="74"/>
        <source>&amp;Background colour (#rrggbb)</source>
        <translation>&amp;Achtergrondkleur (#rrggbb)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="88"/>
        <location filename="../../ui/settings_dialog.py" line="90"/>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="93"/>
        <source>System font</source>
        <translation>Systeemlettertype</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="96"/>
        <source>F&amp;ont</source>
        <translation>L&amp;ettertype</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="97"/>
        <source>Bol&amp;der text</source>
        <translation>&amp;Vettere tekst</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="100"/>
        <source>Text si&amp;ze</source>
        <translation>Tekst&amp;grootte</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="101"/>
        <source>&amp;Line height</source>
        <translation>&amp;Regelhoogte</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source>Space after &amp;paragraph (em)</source>
        <translation>Ruimte na ali&amp;nea (em)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="106"/>
        <source>L&amp;etter spacing (em)</source>
        <translation>Letterafstan&amp;d (em)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="109"/>
        <source>&amp;Word spacing (em)</source>
        <translation>&amp;Woordafstand (em)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="112"/>
        <source>&amp;Maximum line length (characters)</source>
        <translation>&amp;Maximale regellengte (tekens)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="116"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <source>1 line clear</source>
        <translation>1 regel helder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <source>{0} lines clear</source>
        <translation>{0} regels helder</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <source>Line &amp;focus</source>
        <translation>Regel&amp;focus</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="121"/>
        <source>Reading &amp;ruler</source>
        <translation>Lees&amp;liniaal</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="123"/>
        <source>Tint every other li&amp;ne</source>
        <translation>Om en om regels t&amp;inten</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="125"/>
        <source>Show &amp;images (with their description)</source>
        <translation>Afbeeldingen t&amp;onen (met hun beschrijving)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="140"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="142"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="143"/>
        <source>Re&amp;set to defaults</source>
        <translation>&amp;Standaardwaarden</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="312"/>
        <source>Enter both colours as #rrggbb.</source>
        <translation>Geef beide kleuren als #rrggbb.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="318"/>
        <source>{0} : 1 – good (at least 7 : 1).</source>
        <translation>{0} : 1 – goed leesbaar (minstens 7 : 1).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="319"/>
        <source>{0} : 1 – allowed, but below the recommended 7 : 1.</source>
        <translation>{0} : 1 – toegestaan, maar minder dan de aanbevolen 7 : 1.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="321"/>
        <source>{0} : 1 – too little contrast; at least 4.5 : 1 is needed. These colours are not used.</source>
        <translation>{0} : 1 – te weinig contrast, minimaal 4,5 : 1 is nodig. Deze kleuren worden niet gebruikt.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="34"/>
        <source>Keyboard shortcuts – Helder</source>
        <translation>Sneltoetsen – Helder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="35"/>
        <source>Every command of Helder and the keys that run it.</source>
        <translation>Alle opdrachten van Helder en de toetsen die ze uitvoeren.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="38"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="40"/>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="40"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="40"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="51"/>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="56"/>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="65"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="76"/>
        <source>Next item</source>
        <translation>Volgend onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="77"/>
        <source>Previous item</source>
        <translation>Vorig onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="78"/>
        <source>Next link</source>
        <translation>Volgende link</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="79"/>
        <source>Previous link</source>
        <translation>Vorige link</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="80"/>
        <source>Next paragraph</source>
        <translation>Volgende alinea</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="81"/>
        <source>Previous paragraph</source>
        <translation>Vorige alinea</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="82"/>
        <source>Next theme</source>
        <translation>Volgend thema</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="83"/>
        <source>Previous theme</source>
        <translation>Vorig thema</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="84"/>
        <source>Next unread item</source>
        <translation>Volgend ongelezen onderwerp</translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <location filename="../../ui/speech_bar.py" line="156"/>
        <location filename="../../ui/speech_bar.py" line="162"/>
        <location filename="../../ui/speech_bar.py" line="163"/>
        <source>Read aloud</source>
        <translation>Voorlezen</translation>
    </message>
    <message>
        <location filename="../../ui/speech_bar.py" line="168"/>
        <source>Speed (words per minute)</source>
        <translation>Snelheid (woorden per minuut)</translation>
    </message>
    <message>
        <location filename="../../ui/speech_bar.py" line="170"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../ui/speech_bar.py" line="156"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location filename="../../ui/speech_bar.py" line="156"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <location filename="../../ui/speech_bar.py" line="166"/>
        <source>S&amp;peed</source>
        <translation>&amp;Snelheid</translation>
    </message>
    <message>
        <location filename="../../ui/speech_bar.py" line="167"/>
        <source> words/min</source>
        <translation> woorden/min</translation>
    </message>
    <message>
        <location filename="../../ui/speech_bar.py" line="169"/>
        <source>Vol&amp;ume</source>
        <translation>Vol&amp;ume</translation>
    </message>
    <message>
        <location filename="../../ui/speech_bar.py" line="189"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../../ui/speech_bar.py" line="190"/>
        <source>Previous sentence</source>
        <translation>Vorige zin</translation>
    </message>
    <message>
        <location filename="../../ui/speech_bar.py" line="191"/>
        <source>Next sentence</source>
        <translation>Volgende zin</translation>
    </message>
</context>
<context>
    <name>SpeechController</name>
    <message>
        <location filename="../../ui/speech.py" line="192"/>
        <source>Reading aloud is left to your screen reader. Use its read-all command in the article.</source>
        <translation>Voorlezen is overgelaten aan uw schermlezer. Gebruik in het artikel de opdracht van uw schermlezer om alles te lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/speech.py" line="231"/>
        <source>No audio output was found: nothing can be heard. Reading moves on and the sentence being read is highlighted.</source>
        <translation>Geen geluidsuitvoer gevonden: er is niets te horen. Het voorlezen gaat wel verder en de zin die wordt voorgelezen is gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../ui/speech.py" line="250"/>
        <source>Reading aloud is not available: no speech voice was found. Add a voice in Windows Settings, Time and language, Speech.</source>
        <translation>Voorlezen is niet beschikbaar: er is geen spraakstem gevonden. Voeg een stem toe in Windows-instellingen, Tijd en taal, Spraak.</translation>
    </message>
    <message>
        <location filename="../../ui/speech.py" line="254"/>
        <source>Reading aloud is not available: no speech engine works. Install espeak-ng, for example with: brew install espeak-ng</source>
        <translation>Voorlezen is niet beschikbaar: er werkt geen spraakprogramma. Installeer espeak-ng, bijvoorbeeld met: brew install espeak-ng</translation>
    </message>
    <message>
        <location filename="../../ui/speech.py" line="257"/>
        <source>Reading aloud is not available: no speech engine works. Install espeak-ng, for example with: sudo apt install espeak-ng</source>
        <translation>Voorlezen is niet beschikbaar: er werkt geen spraakprogramma. Installeer espeak-ng, bijvoorbeeld met: sudo apt install espeak-ng</translation>
    </message>
    <message>
        <location filename="../../ui/speech.py" line="302"/>
        <source>Reading aloud started</source>
        <translation>Voorlezen gestart</translation>
    </message>
    <message>
        <location filename="../../ui/speech.py" line="322"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../ui/speech.py" line="333"/>
        <source>Reading resumed</source>
        <translation>Voorlezen hervat</translation>
    </message>
    <message>
        <location filename="../../ui/speech.py" line="354"/>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <location filename="../../ui/speech.py" line="484"/>
        <source>Reading aloud stopped: the speech engine failed.</source>
        <translation>Voorlezen gestopt: het spraakprogramma werkte niet.</translation>
    </message>
    <message>
        <location filename="../../ui/speech.py" line="509"/>
        <source>End of the item. Press Space to read on.</source>
        <translation>Einde van het onderwerp. Druk op Spatie om verder te lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/speech.py" line="522"/>
        <source>Finished reading</source>
        <translation>Klaar met voorlezen</translation>
    </message>
    <message>
        <location filename="../../ui/speech.py" line="527"/>
        <source>Reading aloud stopped: the audio could not be played.</source>
        <translation>Voorlezen gestopt: het geluid kon niet worden afgespeeld.</translation>
    </message>
    <message>
        <location filename="../../ui/speech.py" line="541"/>
        <source>The speech engine stopped unexpectedly. Press Space to read on: Helder starts it again.</source>
        <translation>De spraakmachine is onverwacht gestopt. Druk op Spatie om verder te lezen: Helder start hem opnieuw.</translation>
    </message>
</context>
<context>
    <name>SpeechDialog</name>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="39"/>
        <source>Read-aloud settings – Helder</source>
        <translation>Instellingen voor voorlezen – Helder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="48"/>
        <source> words per minute</source>
        <translation> woorden per minuut</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="50"/>
        <source>&amp;Speed</source>
        <translation>&amp;Snelheid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="57"/>
        <source>&amp;Volume</source>
        <translation>&amp;Volume</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="61"/>
        <source>&amp;Dutch voice</source>
        <translation>&amp;Nederlandse stem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="61"/>
        <source>&amp;English voice</source>
        <translation>&amp;Engelse stem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="64"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="77"/>
        <source> seconds</source>
        <translation> seconden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="79"/>
        <source>&amp;Pause between items</source>
        <translation>&amp;Pauze tussen onderwerpen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="81"/>
        <source>S&amp;top after each item</source>
        <translation>S&amp;toppen na elk onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="83"/>
        <source>&amp;Highlight the sentence being read</source>
        <translation>&amp;Markeer de zin die wordt voorgelezen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="85"/>
        <source>&amp;Leave speaking to my screen reader</source>
        <translation>&amp;Laat het spreken aan mijn schermlezer over</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="103"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="104"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="88"/>
        <source>While a screen reader runs, &amp;follow the list with Helder&apos;s voice</source>
        <translation>&amp;Ook als een schermlezer draait: Helders stem volgt de lijst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="113"/>
        <source>A screen reader is running: Helder&apos;s voice starts only when you give a read command, never because focus moved.</source>
        <translation>Er draait een schermlezer: Helders stem begint alleen als u een voorleesopdracht geeft, nooit doordat de focus verschuift.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="116"/>
        <source>Helder has not yet found out whether a screen reader is running.</source>
        <translation>Helder weet nog niet of er een schermlezer draait.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="117"/>
        <source>No screen reader was found running.</source>
        <translation>Er draait geen schermlezer.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../ui/dialogs/versions_dialog.py" line="31"/>
        <source>Earlier versions – Helder</source>
        <translation>Eerdere versies – Helder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions_dialog.py" line="33"/>
        <source>&amp;Earlier versions, newest first:</source>
        <translation>&amp;Eerdere versies, nieuwste eerst:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions_dialog.py" line="37"/>
        <source>Earlier versions of {0}</source>
        <translation>Eerdere versies van {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions_dialog.py" line="38"/>
        <source>Going back keeps the current copy as a version, and your read marks, stars and notes stay with the items.</source>
        <translation>Teruggaan bewaart de huidige kopie als versie, en uw leesmarkeringen, sterren en notities blijven bij de onderwerpen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions_dialog.py" line="45"/>
        <source>{0} items, stored {1}: {2}</source>
        <translation>{0} onderwerpen, bewaard {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions_dialog.py" line="51"/>
        <source>&amp;Go back to this version</source>
        <translation>&amp;Terug naar deze versie</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/app.py" line="101"/>
        <location filename="../../ui/app.py" line="134"/>
        <source>Helder</source>
        <translation>Helder</translation>
    </message>
</context>
</TS>

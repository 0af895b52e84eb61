<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Helder</source>
        <translation>Over Helder</translation>
    </message>
    <message>
        <source>Helder {0}</source>
        <translation>Helder {0}</translation>
    </message>
    <message>
        <source>An accessible newsletter reader: keyboard first, screen-reader friendly, large high-contrast text, and it reads aloud.</source>
        <translation>Een toegankelijke nieuwsbrieflezer: eerst het toetsenbord, goed met een schermlezer, grote tekst met hoog contrast, en hij leest voor.</translation>
    </message>
    <message>
        <source>Helder is free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation>Helder is vrije software onder de GNU General Public License, versie 3 of later. Er wordt geen garantie gegeven.</translation>
    </message>
    <message>
        <source>Helder is built on these parts, each under its own licence:</source>
        <translation>Helder is gebouwd op deze onderdelen, elk onder een eigen licentie:</translation>
    </message>
    <message>
        <source>Third-party parts and their licences</source>
        <translation>Onderdelen van derden en hun licenties</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ActionRegistry</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Onderwerp</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>B&amp;ibliotheek</translation>
    </message>
    <message>
        <source>&amp;Read aloud</source>
        <translation>&amp;Voorlezen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>B&amp;eeld</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>&amp;Add source…</source>
        <translation>&amp;Bron toevoegen…</translation>
    </message>
    <message>
        <source>Source &amp;catalogue…</source>
        <translation>Bronnen&amp;catalogus…</translation>
    </message>
    <message>
        <source>Save as a&amp;udio…</source>
        <translation>Opslaan als &amp;geluid…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard settings…</source>
        <translation>&amp;Toetsenbordinstellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>&amp;Volgend onderwerp</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>Vo&amp;rig onderwerp</translation>
    </message>
    <message>
        <source>Next &amp;theme</source>
        <translation>Volgend &amp;thema</translation>
    </message>
    <message>
        <source>Previous t&amp;heme</source>
        <translation>Vorig t&amp;hema</translation>
    </message>
    <message>
        <source>Next &amp;unread item</source>
        <translation>Volgend o&amp;ngelezen onderwerp</translation>
    </message>
    <message>
        <source>Next p&amp;ane</source>
        <translation>Volgend &amp;paneel</translation>
    </message>
    <message>
        <source>Previous pan&amp;e</source>
        <translation>Vorig pan&amp;eel</translation>
    </message>
    <message>
        <source>&amp;Where am I?</source>
        <translation>&amp;Waar ben ik?</translation>
    </message>
    <message>
        <source>&amp;Search the library…</source>
        <translation>&amp;Zoeken in de bibliotheek…</translation>
    </message>
    <message>
        <source>Mark as &amp;read or unread</source>
        <translation>Markeren als &amp;gelezen of ongelezen</translation>
    </message>
    <message>
        <source>Open link in &amp;browser</source>
        <translation>&amp;Link openen in de browser</translation>
    </message>
    <message>
        <source>&amp;Add to briefing</source>
        <translation>Toevoegen aan &amp;briefing</translation>
    </message>
    <message>
        <source>Read &amp;more</source>
        <translation>Lees &amp;meer</translation>
    </message>
    <message>
        <source>&amp;Star or unstar</source>
        <translation>&amp;Ster aan of uit</translation>
    </message>
    <message>
        <source>&amp;Images of this issue allowed</source>
        <translation>&amp;Afbeeldingen van dit nummer toegestaan</translation>
    </message>
    <message>
        <source>Earlier &amp;versions of this issue…</source>
        <translation>Eerdere &amp;versies van dit nummer…</translation>
    </message>
    <message>
        <source>&amp;Refresh all sources</source>
        <translation>&amp;Alle bronnen bijwerken</translation>
    </message>
    <message>
        <source>Refresh this &amp;source</source>
        <translation>&amp;Deze bron bijwerken</translation>
    </message>
    <message>
        <source>&amp;Cancel refresh</source>
        <translation>Bijwerken &amp;stoppen</translation>
    </message>
    <message>
        <source>&amp;Read aloud or pause</source>
        <translation>&amp;Voorlezen of pauzeren</translation>
    </message>
    <message>
        <source>Read &amp;on from here</source>
        <translation>Verder &amp;lezen vanaf hier</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>&amp;Stoppen met voorlezen</translation>
    </message>
    <message>
        <source>Ne&amp;xt sentence</source>
        <translation>Volgende &amp;zin</translation>
    </message>
    <message>
        <source>Pre&amp;vious sentence</source>
        <translation>Vo&amp;rige zin</translation>
    </message>
    <message>
        <source>Next para&amp;graph</source>
        <translation>Volgende &amp;alinea</translation>
    </message>
    <message>
        <source>Previous paragrap&amp;h</source>
        <translation>V&amp;orige alinea</translation>
    </message>
    <message>
        <source>Read only the &amp;titles</source>
        <translation>Alleen de &amp;titels voorlezen</translation>
    </message>
    <message>
        <source>Read-aloud s&amp;ettings…</source>
        <translation>&amp;Instellingen voor voorlezen…</translation>
    </message>
    <message>
        <source>&amp;Pronunciation list…</source>
        <translation>&amp;Uitspraaklijst…</translation>
    </message>
    <message>
        <source>Voi&amp;ces…</source>
        <translation>St&amp;emmen…</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Grotere tekst</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Kleinere tekst</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale tekstgrootte</translation>
    </message>
    <message>
        <source>Next &amp;colour theme</source>
        <translation>Volgend kl&amp;eurenthema</translation>
    </message>
    <message>
        <source>Previous c&amp;olour theme</source>
        <translation>Vorig kle&amp;urenthema</translation>
    </message>
    <message>
        <source>&amp;Briefing pane</source>
        <translation>&amp;Briefingvenster</translation>
    </message>
    <message>
        <source>&amp;Wider pane</source>
        <translation>Paneel b&amp;reder</translation>
    </message>
    <message>
        <source>Na&amp;rrower pane</source>
        <translation>Paneel &amp;smaller</translation>
    </message>
    <message>
        <source>Show &amp;images of this issue</source>
        <translation>Afbeeldingen van deze nieuwsbrief &amp;tonen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About Helder</source>
        <translation>Over &amp;Helder</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Logmap openen</translation>
    </message>
</context>
<context>
    <name>AddSourceDialog</name>
    <message>
        <source>&amp;Web or file</source>
        <translation>&amp;Web of bestand</translation>
    </message>
    <message>
        <source>&amp;Mailbox</source>
        <translation>&amp;Postvak</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Soort bron</translation>
    </message>
    <message>
        <source>Add source – Helder</source>
        <translation>Bron toevoegen – Helder</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Bron toevoegen</translation>
    </message>
    <message>
        <source>https://… or a file or folder</source>
        <translation>https://… of een bestand of map</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>&amp;Bestand kiezen…</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>&amp;Map kiezen…</translation>
    </message>
    <message>
        <source>&amp;Address or file:</source>
        <translation>&amp;Adres of bestand:</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>&amp;Naam (niet verplicht):</translation>
    </message>
    <message>
        <source>A feed, a web page listing issues, a single issue, or a file or folder on this computer.</source>
        <translation>Een feed, een webpagina met nummers, één nummer, of een bestand of map op deze computer.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Choose a newsletter file</source>
        <translation>Kies een nieuwsbriefbestand</translation>
    </message>
    <message>
        <source>Newsletters (*.txt *.html *.htm *.eml *.xml *.rss *.atom *.json *.pdf);;All files (*)</source>
        <translation>Nieuwsbrieven (*.txt *.html *.htm *.eml *.xml *.rss *.atom *.json *.pdf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Choose a folder of newsletters</source>
        <translation>Kies een map met nieuwsbrieven</translation>
    </message>
    <message>
        <source>Type an address, or choose a file or folder.</source>
        <translation>Typ een adres, of kies een bestand of map.</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>{0} wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Added {0}: {1}</source>
        <translation>{0} toegevoegd: {1}</translation>
    </message>
    <message>
        <source>Added {0}, but it could not be read yet: {1}</source>
        <translation>{0} toegevoegd, maar nog niet gelezen: {1}</translation>
    </message>
    <message>
        <source>Nothing was found at this address or path: {0}</source>
        <translation>Op dit adres of pad is niets gevonden: {0}</translation>
    </message>
</context>
<context>
    <name>AudioDialog</name>
    <message>
        <source>Save as audio – Helder</source>
        <translation>Opslaan als geluid – Helder</translation>
    </message>
    <message>
        <source>This item</source>
        <translation>Dit onderwerp</translation>
    </message>
    <message>
        <source>The whole issue</source>
        <translation>De hele nieuwsbrief</translation>
    </message>
    <message>
        <source>Only the titles of the issue</source>
        <translation>Alleen de titels van de nieuwsbrief</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Kies bestand…</translation>
    </message>
    <message>
        <source>Formats: {0} (from the file name&apos;s ending)</source>
        <translation>Formaten: {0} (volgens de extensie van de bestandsnaam)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>Wat &amp;voorlezen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Save as audio</source>
        <translation>Opslaan als geluid</translation>
    </message>
    <message>
        <source>Audio ({0})</source>
        <translation>Geluid ({0})</translation>
    </message>
    <message>
        <source>Writing the audio…</source>
        <translation>Het geluid wordt gemaakt…</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Opgeslagen: {0}</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
</context>
<context>
    <name>BriefingDock</name>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>No item to add</source>
        <translation>Geen onderwerp om toe te voegen</translation>
    </message>
</context>
<context>
    <name>BriefingEntryModel</name>
    <message>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <source>with note</source>
        <translation>met notitie</translation>
    </message>
</context>
<context>
    <name>BriefingForm</name>
    <message>
        <source>Send by e-mail…</source>
        <translation>Per e-mail versturen…</translation>
    </message>
    <message>
        <source>Briefing:</source>
        <translation>Briefing:</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>New briefing</source>
        <translation>Nieuwe briefing</translation>
    </message>
    <message>
        <source>Delete briefing…</source>
        <translation>Briefing verwijderen…</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Voor:</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>Introduction:</source>
        <translation>Inleiding:</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <source>Items in the briefing:</source>
        <translation>Onderwerpen in de briefing:</translation>
    </message>
    <message>
        <source>Items in the briefing</source>
        <translation>Onderwerpen in de briefing</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the item, Delete removes it</source>
        <translation>Ctrl+Pijl omhoog en Ctrl+Pijl omlaag verplaatsen het onderwerp, Delete haalt het weg</translation>
    </message>
    <message>
        <source>Note for the selected item:</source>
        <translation>Notitie bij het gekozen onderwerp:</translation>
    </message>
    <message>
        <source>Note for the selected item</source>
        <translation>Notitie bij het gekozen onderwerp</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Ctrl+Up in the list</source>
        <translation>Ctrl+Pijl omhoog in de lijst</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Ctrl+Down in the list</source>
        <translation>Ctrl+Pijl omlaag in de lijst</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Afdrukvoorbeeld…</translation>
    </message>
    <message>
        <source>Untitled briefing</source>
        <translation>Briefing zonder titel</translation>
    </message>
    <message>
        <source>Delete in the list; Ctrl+Z brings it back</source>
        <translation>Delete in de lijst; Ctrl+Z zet het terug</translation>
    </message>
</context>
<context>
    <name>BriefingKeeper</name>
    <message>
        <source>Delete briefing</source>
        <translation>Briefing verwijderen</translation>
    </message>
    <message>
        <source>Delete the briefing {0}? This cannot be undone.</source>
        <translation>De briefing {0} verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Briefings</source>
        <translation>Briefings</translation>
    </message>
</context>
<context>
    <name>BriefingOutputs</name>
    <message>
        <source>Print preview opened</source>
        <translation>Afdrukvoorbeeld geopend</translation>
    </message>
</context>
<context>
    <name>BriefingPane</name>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>{0} ({1} items)</source>
        <translation>{0} ({1} onderwerpen)</translation>
    </message>
    <message>
        <source>New briefing started</source>
        <translation>Nieuwe briefing begonnen</translation>
    </message>
    <message>
        <source>Briefing {0} deleted</source>
        <translation>Briefing {0} verwijderd</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Notitie bewaard</translation>
    </message>
    <message>
        <source>{0} is already in the briefing {1}</source>
        <translation>{0} staat al in de briefing {1}</translation>
    </message>
    <message>
        <source>Added to briefing {0}: {1}</source>
        <translation>Toegevoegd aan briefing {0}: {1}</translation>
    </message>
    <message>
        <source>Already at the top</source>
        <translation>Staat al bovenaan</translation>
    </message>
    <message>
        <source>Already at the bottom</source>
        <translation>Staat al onderaan</translation>
    </message>
    <message>
        <source>Moved to position {0} of {1}</source>
        <translation>Verplaatst naar plaats {0} van {1}</translation>
    </message>
    <message>
        <source>Removed {0}; {1} items left; Ctrl+Z undoes</source>
        <translation>{0} verwijderd; nog {1} onderwerpen; Ctrl+Z maakt ongedaan</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Niets om ongedaan te maken</translation>
    </message>
    <message>
        <source>{0} is back at position {1} of {2}</source>
        <translation>{0} staat weer op plaats {1} van {2}</translation>
    </message>
</context>
<context>
    <name>BriefingPrintPreview</name>
    <message>
        <source>Print preview: {0}</source>
        <translation>Afdrukvoorbeeld: {0}</translation>
    </message>
</context>
<context>
    <name>BrowserOffer</name>
    <message>
        <source>Read more – Helder</source>
        <translation>Lees meer – Helder</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Openen in de browser</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Catalogue of sources – Helder</source>
        <translation>Bronnencatalogus – Helder</translation>
    </message>
    <message>
        <source>Catalogue of sources</source>
        <translation>Bronnencatalogus</translation>
    </message>
    <message>
        <source>Switch on the sources you want to follow. Switching one off asks first, then removes it with its stored issues.</source>
        <translation>Zet de bronnen aan die u wilt volgen. Als u er een uitzet, vraagt Helder het eerst en verwijdert daarna de bron met haar bewaarde nummers.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>News from the Association of Netherlands Municipalities.</source>
        <translation>Nieuws van de Vereniging van Nederlandse Gemeenten.</translation>
    </message>
    <message>
        <source>VNG letters to members, parliament and cabinet.</source>
        <translation>Brieven van de VNG aan leden, Kamer en kabinet.</translation>
    </message>
    <message>
        <source>VNG publications, as a feed.</source>
        <translation>Publicaties van de VNG, als feed.</translation>
    </message>
    <message>
        <source>News from the central government, as a feed.</source>
        <translation>Nieuws van de Rijksoverheid, als feed.</translation>
    </message>
    <message>
        <source>Trade news for public administration, as a feed.</source>
        <translation>Vaknieuws voor het openbaar bestuur, als feed.</translation>
    </message>
    <message>
        <source>{0} switched on; the next refresh fetches it</source>
        <translation>{0} staat aan; de volgende keer bijwerken haalt de bron op</translation>
    </message>
</context>
<context>
    <name>DateTexts</name>
    <message>
        <source>en_GB</source>
        <translation>nl_NL</translation>
    </message>
</context>
<context>
    <name>DisplayController</name>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Yellow on black</source>
        <translation>Geel op zwart</translation>
    </message>
    <message>
        <source>Cream</source>
        <translation>Crème</translation>
    </message>
    <message>
        <source>Own colours</source>
        <translation>Eigen kleuren</translation>
    </message>
    <message>
        <source>Some keys in your settings cannot be used, so those commands keep their usual keys: {0}. Arrow, Tab, Return, Space, Delete and letter keys move and type; they cannot start a command.</source>
        <translation>Sommige toetsen in uw instellingen kunnen niet worden gebruikt, dus die opdrachten houden hun gewone toetsen: {0}. Pijltjes, Tab, Enter, spatie, Delete en lettertoetsen verplaatsen en typen; ze kunnen geen opdracht starten.</translation>
    </message>
    <message>
        <source>Your settings could not be read. Helder uses the default settings.</source>
        <translation>Uw instellingen konden niet worden gelezen. Helder gebruikt de standaardinstellingen.</translation>
    </message>
    <message>
        <source>Your settings file was damaged. Helder uses the default settings.</source>
        <translation>Uw instellingenbestand was beschadigd. Helder gebruikt de standaardinstellingen.</translation>
    </message>
    <message>
        <source>The damaged file was kept as {0}.</source>
        <translation>Het beschadigde bestand is bewaard als {0}.</translation>
    </message>
    <message>
        <source>Text size {0} percent</source>
        <translation>Tekstgrootte {0} procent</translation>
    </message>
    <message>
        <source>Colour theme {0}</source>
        <translation>Kleurenthema {0}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Untitled briefing</source>
        <translation>Briefing zonder titel</translation>
    </message>
    <message>
        <source>Export briefing: {0}</source>
        <translation>Briefing exporteren: {0}</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <source>Colours as on my screen</source>
        <translation>Kleuren zoals op mijn scherm</translation>
    </message>
    <message>
        <source>Off: dark text on white paper, readable for anyone. On: the colours of your theme, such as yellow on black, in the document too.</source>
        <translation>Uit: donkere tekst op wit papier, voor iedereen leesbaar. Aan: de kleuren van uw thema, zoals geel op zwart, ook in het document.</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Voortgang van de export</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Stand van de export</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Webpagina (HTML)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Large-print PDF</source>
        <translation>PDF in grote letters</translation>
    </message>
    <message>
        <source>Audio (WAV)</source>
        <translation>Geluid (WAV)</translation>
    </message>
    <message>
        <source>briefing</source>
        <translation>briefing</translation>
    </message>
    <message>
        <source>Export briefing as</source>
        <translation>Briefing exporteren als</translation>
    </message>
    <message>
        <source>{0} (*{1})</source>
        <translation>{0} (*{1})</translation>
    </message>
    <message>
        <source>Type the name of the file to export to.</source>
        <translation>Typ de naam van het bestand waarin de briefing moet komen.</translation>
    </message>
    <message>
        <source>The folder does not exist: {0}</source>
        <translation>De map bestaat niet: {0}</translation>
    </message>
    <message>
        <source>Exporting to {0}…</source>
        <translation>Bezig met exporteren naar {0}…</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Bestand vervangen?</translation>
    </message>
    <message>
        <source>The file {0} already exists. Replace it?</source>
        <translation>Het bestand {0} bestaat al. Vervangen?</translation>
    </message>
    <message>
        <source>The export is still running</source>
        <translation>De export loopt nog</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Geëxporteerd naar {0}</translation>
    </message>
    <message>
        <source>Export failed: {0}</source>
        <translation>Exporteren mislukt: {0}</translation>
    </message>
    <message>
        <source>{0} could not be written: {1}</source>
        <translation>{0} kon niet worden opgeslagen: {1}</translation>
    </message>
    <message>
        <source>the file could not be written: {0}</source>
        <translation>het bestand kon niet worden geschreven: {0}</translation>
    </message>
    <message>
        <source>the disk or stick is write-protected (read-only)</source>
        <translation>de schijf of stick is beveiligd tegen schrijven (alleen-lezen)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>you may not save files in that folder</source>
        <translation>u mag in die map geen bestanden opslaan</translation>
    </message>
</context>
<context>
    <name>IssueImages</name>
    <message>
        <source>This issue has no images</source>
        <translation>Deze nieuwsbrief heeft geen afbeeldingen</translation>
    </message>
    <message>
        <source>Images stay on: the setting shows images of every issue</source>
        <translation>Afbeeldingen blijven zichtbaar: de instelling toont de afbeeldingen van elk nummer</translation>
    </message>
    <message>
        <source>Images of this issue are no longer shown</source>
        <translation>Afbeeldingen van dit nummer worden niet meer getoond</translation>
    </message>
    <message>
        <source>This choice applies until Helder closes; it could not be saved: {0}</source>
        <translation>Deze keuze geldt tot Helder sluit; ze kon niet worden bewaard: {0}</translation>
    </message>
    <message>
        <source>Loading 1 image…</source>
        <translation>1 afbeelding laden…</translation>
    </message>
    <message>
        <source>Loading {0} images…</source>
        <translation>{0} afbeeldingen laden…</translation>
    </message>
    <message>
        <source>1 image could not be loaded</source>
        <translation>1 afbeelding kon niet worden geladen</translation>
    </message>
    <message>
        <source>{0} images could not be loaded</source>
        <translation>{0} afbeeldingen konden niet worden geladen</translation>
    </message>
    <message>
        <source>1 image shown</source>
        <translation>1 afbeelding getoond</translation>
    </message>
    <message>
        <source>{0} images shown</source>
        <translation>{0} afbeeldingen getoond</translation>
    </message>
    <message>
        <source>Images could not be loaded</source>
        <translation>De afbeeldingen konden niet worden geladen</translation>
    </message>
</context>
<context>
    <name>IssueKeeper</name>
    <message>
        <source>This issue could not be added to the library</source>
        <translation>Dit nummer kon niet aan de bibliotheek worden toegevoegd</translation>
    </message>
    <message>
        <source>{0} was added to the library</source>
        <translation>{0} is aan de bibliotheek toegevoegd</translation>
    </message>
</context>
<context>
    <name>ItemHtml</name>
    <message>
        <source>Image: {0}</source>
        <translation>Afbeelding: {0}</translation>
    </message>
    <message>
        <source>Image without description</source>
        <translation>Afbeelding zonder beschrijving</translation>
    </message>
    <message>
        <source>Theme: {0}</source>
        <translation>Thema: {0}</translation>
    </message>
    <message>
        <source>Read more: {0}</source>
        <translation>Lees meer: {0}</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keyboard settings – Helder</source>
        <translation>Toetsenbordinstellingen – Helder</translation>
    </message>
    <message>
        <source>&amp;Commands</source>
        <translation>&amp;Opdrachten</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Opdrachten</translation>
    </message>
    <message>
        <source>&amp;Key for the chosen command</source>
        <translation>&amp;Toets voor de gekozen opdracht</translation>
    </message>
    <message>
        <source>Key for the chosen command</source>
        <translation>Toets voor de gekozen opdracht</translation>
    </message>
    <message>
        <source>C&amp;lear key</source>
        <translation>Toets &amp;wissen</translation>
    </message>
    <message>
        <source>&amp;Default key</source>
        <translation>&amp;Standaardtoets</translation>
    </message>
    <message>
        <source>Single-letter &amp;navigation (H, K, P, T, N)</source>
        <translation>&amp;Navigatie met letters (H, K, P, T, N)</translation>
    </message>
    <message>
        <source>&amp;Reset all keys</source>
        <translation>&amp;Alle toetsen herstellen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>geen toets</translation>
    </message>
    <message>
        <source>{0} is used by: {1}</source>
        <translation>{0} wordt gebruikt door: {1}</translation>
    </message>
    <message>
        <source>Press the new key combination here; Tab leaves the field, Escape closes the dialog.</source>
        <translation>Druk hier de nieuwe toetscombinatie; Tab verlaat het veld, Escape sluit het venster.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0} cannot be the key of a command</source>
        <translation>{0} kan geen toets voor een opdracht zijn</translation>
    </message>
    <message>
        <source>{0} moves or types in lists and text: choose a key with Ctrl or Alt for {1}</source>
        <translation>{0} verplaatst of typt in lijsten en tekst: kies een toets met Ctrl of Alt voor {1}</translation>
    </message>
    <message>
        <source>{0} belongs to screen readers or the desktop: choose another key for {1}</source>
        <translation>{0} hoort bij schermlezers of het bureaublad: kies een andere toets voor {1}</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>user name or password refused</source>
        <translation>gebruikersnaam of wachtwoord geweigerd</translation>
    </message>
    <message>
        <source>certificate not trusted</source>
        <translation>certificaat niet vertrouwd</translation>
    </message>
    <message>
        <source>A refresh is already running</source>
        <translation>Er wordt al bijgewerkt</translation>
    </message>
    <message>
        <source>Online again.</source>
        <translation>Weer online.</translation>
    </message>
    <message>
        <source>Refresh stopped.</source>
        <translation>Bijwerken gestopt.</translation>
    </message>
    <message>
        <source>Offline: no source could be reached.</source>
        <translation>Offline: geen enkele bron was bereikbaar.</translation>
    </message>
    <message>
        <source>1 source could not be updated: {0}</source>
        <translation>1 bron kon niet worden bijgewerkt: {0}</translation>
    </message>
    <message>
        <source>{0} sources could not be updated: {1}</source>
        <translation>{0} bronnen konden niet worden bijgewerkt: {1}</translation>
    </message>
    <message>
        <source>1 new issue</source>
        <translation>1 nieuw nummer</translation>
    </message>
    <message>
        <source>{0} new issues</source>
        <translation>{0} nieuwe nummers</translation>
    </message>
    <message>
        <source>No new issues</source>
        <translation>Geen nieuwe nummers</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>geen verbinding</translation>
    </message>
    <message>
        <source>the server took too long</source>
        <translation>de server deed er te lang over</translation>
    </message>
    <message>
        <source>the server refused</source>
        <translation>de server weigerde</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>niet gevonden</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>te groot</translation>
    </message>
    <message>
        <source>not a newsletter Helder can read</source>
        <translation>geen nieuwsbrief die Helder kan lezen</translation>
    </message>
    <message>
        <source>no newsletter text</source>
        <translation>geen tekst van een nieuwsbrief</translation>
    </message>
    <message>
        <source>the library could not be saved</source>
        <translation>de bibliotheek kon niet worden opgeslagen</translation>
    </message>
    <message>
        <source>not the newsletter (error or login page); copy kept</source>
        <translation>niet de nieuwsbrief (fout- of inlogpagina); kopie bewaard</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>kon niet worden gelezen</translation>
    </message>
    <message>
        <source>the server refused ({0})</source>
        <translation>de server weigerde ({0})</translation>
    </message>
</context>
<context>
    <name>LibraryOpener</name>
    <message>
        <source>Opening the library…</source>
        <translation>De bibliotheek wordt geopend…</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Sources and issues</source>
        <translation>Bronnen en nummers</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>B&amp;ronnen</translation>
    </message>
    <message>
        <source>No sources yet. Add a newsletter with File &gt; Add source (Ctrl+N), or switch one on in File &gt; Source catalogue (Ctrl+Shift+N).</source>
        <translation>Nog geen bronnen. Voeg een nieuwsbrief toe met Bestand &gt; Bron toevoegen (Ctrl+N), of zet er een aan in Bestand &gt; Bronnencatalogus (Ctrl+Shift+N).</translation>
    </message>
</context>
<context>
    <name>LibraryWiring</name>
    <message>
        <source>Earlier versions are kept for library issues</source>
        <translation>Eerdere versies worden alleen bewaard voor nummers in de bibliotheek</translation>
    </message>
    <message>
        <source>This issue has no earlier versions</source>
        <translation>Dit nummer heeft geen eerdere versies</translation>
    </message>
    <message>
        <source>The earlier version is shown again; the copy it replaced is kept as a version</source>
        <translation>De eerdere versie staat er weer; de kopie die ze verving is als versie bewaard</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Ster gegeven</translation>
    </message>
    <message>
        <source>Star removed</source>
        <translation>Ster weggehaald</translation>
    </message>
    <message>
        <source>This item has no link</source>
        <translation>Dit onderwerp heeft geen link</translation>
    </message>
    <message>
        <source>Fetching the article…</source>
        <translation>Het artikel wordt opgehaald…</translation>
    </message>
    <message>
        <source>Article: {0}</source>
        <translation>Artikel: {0}</translation>
    </message>
    <message>
        <source>There is no item to star</source>
        <translation>Er is geen onderwerp om te markeren met een ster</translation>
    </message>
</context>
<context>
    <name>MailSourcePage</name>
    <message>
        <source>imap.example.nl</source>
        <translation>imap.voorbeeld.nl</translation>
    </message>
    <message>
        <source>TLS (IMAPS, port 993)</source>
        <translation>TLS (IMAPS, poort 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (poort 143)</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>bewaard in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <source>nieuwsbrief@vng.nl</source>
        <translation>nieuwsbrief@vng.nl</translation>
    </message>
    <message>
        <source>After reading, mo&amp;ve the message to this folder:</source>
        <translation>Na het lezen het bericht verp&amp;laatsen naar deze map:</translation>
    </message>
    <message>
        <source>Folder for read messages</source>
        <translation>Map voor gelezen berichten</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Versleuteling:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Wach&amp;twoord:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>Only mai&amp;l from (optional):</source>
        <translation>Alleen mail v&amp;an (niet verplicht):</translation>
    </message>
    <message>
        <source>Only su&amp;bjects with (optional):</source>
        <translation>Alleen onde&amp;rwerpen met (niet verplicht):</translation>
    </message>
    <message>
        <source>Helder only reads: messages stay unread in your mail program. The password is kept in the system&apos;s keyring, never in Helder&apos;s files. Accounts that need OAuth2 sign-in (Microsoft 365, Gmail) need an app password for now.</source>
        <translation>Helder leest alleen: berichten blijven ongelezen in uw mailprogramma. Het wachtwoord wordt bewaard in de sleutelhanger van het systeem, nooit in de bestanden van Helder. Accounts die met OAuth2 aanmelden (Microsoft 365, Gmail) hebben voorlopig een app-wachtwoord nodig.</translation>
    </message>
    <message>
        <source>Type the mail server&apos;s name, such as imap.example.nl.</source>
        <translation>Typ de naam van de mailserver, zoals imap.voorbeeld.nl.</translation>
    </message>
    <message>
        <source>Type your user name for this mail server.</source>
        <translation>Typ uw gebruikersnaam voor deze mailserver.</translation>
    </message>
    <message>
        <source>Type the folder read messages should go to.</source>
        <translation>Typ de map waar gelezen berichten heen gaan.</translation>
    </message>
    <message>
        <source>The mail server refused this user name or password.</source>
        <translation>De mailserver weigerde deze gebruikersnaam of dit wachtwoord.</translation>
    </message>
    <message>
        <source>Type the password for this mail account.</source>
        <translation>Typ het wachtwoord van dit mailaccount.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent to it: {0}</source>
        <translation>Het certificaat van de server wordt niet vertrouwd, dus er is niets naartoe gestuurd: {0}</translation>
    </message>
    <message>
        <source>This folder does not exist on the server: {0}</source>
        <translation>Deze map bestaat niet op de server: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Items</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>ongelezen</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>met ster</translation>
    </message>
    <message>
        <source>There is nothing to save</source>
        <translation>Er is niets om op te slaan</translation>
    </message>
    <message>
        <source>Audio saved: {0}</source>
        <translation>Geluid opgeslagen: {0}</translation>
    </message>
    <message>
        <source>Pronunciation list saved</source>
        <translation>Uitspraaklijst opgeslagen</translation>
    </message>
    <message>
        <source>Read-aloud settings saved</source>
        <translation>Instellingen voor voorlezen opgeslagen</translation>
    </message>
    <message>
        <source>No further theme</source>
        <translation>Geen volgend thema</translation>
    </message>
    <message>
        <source>No earlier theme</source>
        <translation>Geen eerder thema</translation>
    </message>
    <message>
        <source>Theme {0}: {1}</source>
        <translation>Thema {0}: {1}</translation>
    </message>
    <message>
        <source>No unread items</source>
        <translation>Geen ongelezen onderwerpen</translation>
    </message>
    <message>
        <source>Marked as read</source>
        <translation>Gemarkeerd als gelezen</translation>
    </message>
    <message>
        <source>Marked as unread</source>
        <translation>Gemarkeerd als ongelezen</translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation>Geen onderwerp gekozen</translation>
    </message>
    <message>
        <source>Item {0} of {1}</source>
        <translation>Onderwerp {0} van {1}</translation>
    </message>
    <message>
        <source>Helder opens only web and e-mail links; this one was not opened: {0}</source>
        <translation>Helder opent alleen web- en e-maillinks; deze is niet geopend: {0}</translation>
    </message>
    <message>
        <source>Opened in the browser: {0}</source>
        <translation>Geopend in de browser: {0}</translation>
    </message>
    <message>
        <source>Could not open {0}</source>
        <translation>Kon {0} niet openen</translation>
    </message>
    <message>
        <source>This item has no link</source>
        <translation>Dit onderwerp heeft geen link</translation>
    </message>
    <message>
        <source>Keyboard settings saved</source>
        <translation>Toetsenbordinstellingen opgeslagen</translation>
    </message>
    <message>
        <source>Open newsletter</source>
        <translation>Nieuwsbrief openen</translation>
    </message>
    <message>
        <source>Newsletters (*.txt *.html *.htm *.eml *.xml *.rss *.atom *.json *.pdf);;All files (*)</source>
        <translation>Nieuwsbrieven (*.txt *.html *.htm *.eml *.xml *.rss *.atom *.json *.pdf);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation>{0} wordt geopend…</translation>
    </message>
    <message>
        <source>{0} opened, {1} items. The file is too large to show whole: only its first {1} items are shown.</source>
        <translation>{0} geopend, {1} onderwerpen. Het bestand is te groot om helemaal te tonen: alleen de eerste {1} onderwerpen staan erin.</translation>
    </message>
    <message>
        <source>{0} opened, {1} items</source>
        <translation>{0} geopend, {1} onderwerpen</translation>
    </message>
    <message>
        <source>The log folder is {0}</source>
        <translation>De logmap is {0}</translation>
    </message>
    <message>
        <source>Something went wrong in Helder: {0}. Details are in the log (Help, Open log folder).</source>
        <translation>Er ging iets mis in Helder: {0}. De details staan in het logboek (Help, Logmap openen).</translation>
    </message>
    <message>
        <source>Helder</source>
        <translation>Helder</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Logging in to the mail server failed; check the user name and password: {0}</source>
        <translation>Aanmelden bij de mailserver is mislukt; controleer de gebruikersnaam en het wachtwoord: {0}</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent to it: {0}</source>
        <translation>Het certificaat van de server wordt niet vertrouwd, dus er is niets naartoe gestuurd: {0}</translation>
    </message>
    <message>
        <source>The file was not found: {0}</source>
        <translation>Het bestand is niet gevonden: {0}</translation>
    </message>
    <message>
        <source>The file could not be read: {0}</source>
        <translation>Het bestand kon niet worden gelezen: {0}</translation>
    </message>
    <message>
        <source>The file holds no newsletter text: {0}</source>
        <translation>Het bestand bevat geen tekst van een nieuwsbrief: {0}</translation>
    </message>
    <message>
        <source>Helder cannot read this kind of file: {0}</source>
        <translation>Helder kan dit soort bestand niet lezen: {0}</translation>
    </message>
    <message>
        <source>The file is too large: {0}</source>
        <translation>Het bestand is te groot: {0}</translation>
    </message>
    <message>
        <source>No connection could be made: {0}</source>
        <translation>Er kon geen verbinding worden gemaakt: {0}</translation>
    </message>
    <message>
        <source>The server took too long to answer: {0}</source>
        <translation>De server antwoordde niet op tijd: {0}</translation>
    </message>
    <message>
        <source>The server refused the request: {0}</source>
        <translation>De server weigerde het verzoek: {0}</translation>
    </message>
    <message>
        <source>Reading aloud is not available: {0}</source>
        <translation>Voorlezen is niet beschikbaar: {0}</translation>
    </message>
    <message>
        <source>The library could not be saved: {0}</source>
        <translation>De bibliotheek kon niet worden opgeslagen: {0}</translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read: {0}</source>
        <translation>Het bestand is beschadigd en kan niet worden gelezen: {0}</translation>
    </message>
    <message>
        <source>The file is locked with a password: {0}</source>
        <translation>Het bestand is beveiligd met een wachtwoord: {0}</translation>
    </message>
    <message>
        <source>That choice is not possible: {0}</source>
        <translation>Die keuze is niet mogelijk: {0}</translation>
    </message>
    <message>
        <source>The export could not be written: {0}</source>
        <translation>De export kon niet worden opgeslagen: {0}</translation>
    </message>
    <message>
        <source>Stopped on request: {0}</source>
        <translation>Gestopt op verzoek: {0}</translation>
    </message>
    <message>
        <source>The source sent a page that does not look like the newsletter (an error, login or cookie page, or a page cut short); the stored copy was kept: {0}</source>
        <translation>De bron stuurde een pagina die niet op de nieuwsbrief lijkt (een fout-, inlog- of cookiepagina, of een afgebroken pagina); de bewaarde kopie is gehouden: {0}</translation>
    </message>
    <message>
        <source>Helder could not read this file (a fault in Helder; details in the log): {0}</source>
        <translation>Helder kon dit bestand niet lezen (een fout in Helder; details in het logboek): {0}</translation>
    </message>
    <message>
        <source>No article text was found on this page; open it in the browser instead: {0}</source>
        <translation>Op deze pagina is geen artikeltekst gevonden; open hem liever in de browser: {0}</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>Er ging iets mis: {0}</translation>
    </message>
    <message>
        <source>The briefings file was damaged, so Helder started a new, empty one. The damaged file was kept as {0}.</source>
        <translation>Het bestand met briefings was beschadigd, dus Helder is met een nieuw, leeg bestand begonnen. Het beschadigde bestand is bewaard als {0}.</translation>
    </message>
    <message>
        <source>The briefings file could not be opened ({1}). It was left as it is. Until this is solved, new briefings are kept only until Helder closes: {0}</source>
        <translation>Het bestand met briefings kon niet worden geopend ({1}). Het is gelaten zoals het was. Tot dit is opgelost, worden nieuwe briefings alleen bewaard tot Helder sluit: {0}</translation>
    </message>
    <message>
        <source>The library file was damaged, so Helder started a new, empty library. The damaged file was kept as {0}. Your briefings and settings are kept separately and were not touched.</source>
        <translation>Het bibliotheekbestand was beschadigd, dus Helder is met een nieuwe, lege bibliotheek begonnen. Het beschadigde bestand is bewaard als {0}. Uw briefings en instellingen staan apart en zijn niet aangeraakt.</translation>
    </message>
    <message>
        <source>The library could not be opened ({1}). It was left as it is. Until this is solved (for example by freeing disk space), Helder uses an empty temporary library that is not kept: {0}</source>
        <translation>De bibliotheek kon niet worden geopend ({1}). Ze is gelaten zoals ze was. Tot dit is opgelost (bijvoorbeeld door schijfruimte vrij te maken), gebruikt Helder een lege tijdelijke bibliotheek die niet wordt bewaard: {0}</translation>
    </message>
</context>
<context>
    <name>OfflineLabel</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Offline: no source could be reached</source>
        <translation>Offline: geen enkele bron was bereikbaar</translation>
    </message>
    <message>
        <source>The last refresh could not reach any source. Stored issues can still be read.</source>
        <translation>Bij het laatste bijwerken was geen enkele bron bereikbaar. Bewaarde nummers zijn nog te lezen.</translation>
    </message>
</context>
<context>
    <name>PageLayout</name>
    <message>
        <source>One page at a time; Escape goes back</source>
        <translation>Eén pagina tegelijk; Escape gaat terug</translation>
    </message>
    <message>
        <source>Panes side by side</source>
        <translation>Panelen naast elkaar</translation>
    </message>
    <message>
        <source>One page at a time: the page is already full width</source>
        <translation>Eén pagina tegelijk: de pagina is al op volle breedte</translation>
    </message>
    <message>
        <source>Move to the library, the items or the article first</source>
        <translation>Ga eerst naar de bibliotheek, de onderwerpen of het artikel</translation>
    </message>
    <message>
        <source>This pane cannot be made wider</source>
        <translation>Dit paneel kan niet breder</translation>
    </message>
    <message>
        <source>This pane cannot be made narrower</source>
        <translation>Dit paneel kan niet smaller</translation>
    </message>
    <message>
        <source>Pane width {0} %</source>
        <translation>Paneelbreedte {0} %</translation>
    </message>
</context>
<context>
    <name>PronunciationDialog</name>
    <message>
        <source>Pronunciation list – Helder</source>
        <translation>Uitspraaklijst – Helder</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation>&amp;Woorden</translation>
    </message>
    <message>
        <source>W&amp;ritten as</source>
        <translation>&amp;Geschreven als</translation>
    </message>
    <message>
        <source>&amp;Said as</source>
        <translation>&amp;Uitgesproken als</translation>
    </message>
    <message>
        <source>&amp;Add or change</source>
        <translation>Toe&amp;voegen of wijzigen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>{0}: said as {1}</source>
        <translation>{0}: uitgesproken als {1}</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Link: {0}</source>
        <translation>Link: {0}</translation>
    </message>
    <message>
        <source>Paragraph: {0}</source>
        <translation>Alinea: {0}</translation>
    </message>
    <message>
        <source>No further paragraph</source>
        <translation>Geen volgende alinea</translation>
    </message>
    <message>
        <source>No earlier paragraph</source>
        <translation>Geen eerdere alinea</translation>
    </message>
</context>
<context>
    <name>RefreshProgress</name>
    <message>
        <source>Refresh progress</source>
        <translation>Voortgang van bijwerken</translation>
    </message>
    <message>
        <source>Cancel refresh</source>
        <translation>Bijwerken stoppen</translation>
    </message>
    <message>
        <source>{0} asked to wait {1} s before trying again</source>
        <translation>{0} vroeg {1} s te wachten voor een nieuwe poging</translation>
    </message>
    <message>
        <source>{0} of {1} sources, {2} issues, {3}; each download stops after {4} s</source>
        <translation>{0} van {1} bronnen, {2} nummers, {3}; elke download stopt na {4} s</translation>
    </message>
    <message>
        <source>{0} of {1} sources</source>
        <translation>{0} van {1} bronnen</translation>
    </message>
</context>
<context>
    <name>RemovalTexts</name>
    <message>
        <source>Remove {0}? With it go {1} stored issues, {2} notes and {3} starred items. Until Helder closes you can bring it all back with Library &gt; Undo removing source (Ctrl+Z in the library).</source>
        <translation>{0} verwijderen? Daarmee verdwijnen {1} bewaarde nummers, {2} notities en {3} onderwerpen met een ster. Tot Helder sluit kunt u alles terugzetten met Bibliotheek &gt; Verwijderen van bron ongedaan maken (Ctrl+Z in de bibliotheek).</translation>
    </message>
    <message>
        <source>Remove source – Helder</source>
        <translation>Bron verwijderen – Helder</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>{0} removed. Ctrl+Z in the library brings it back until Helder closes</source>
        <translation>{0} verwijderd. Ctrl+Z in de bibliotheek zet de bron terug tot Helder sluit</translation>
    </message>
    <message>
        <source>{0} is back, with its issues and notes</source>
        <translation>{0} is terug, met haar nummers en notities</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search the library – Helder</source>
        <translation>Zoeken in de bibliotheek – Helder</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Zoeken in de bibliotheek</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle bronnen</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Search for:</source>
        <translation>&amp;Zoeken naar:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Bron:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>&amp;From date (YYYY-MM-DD):</source>
        <translation>&amp;Vanaf datum (JJJJ-MM-DD):</translation>
    </message>
    <message>
        <source>T&amp;o date (YYYY-MM-DD):</source>
        <translation>T&amp;ot en met datum (JJJJ-MM-DD):</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation>&amp;Resultaten:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Write a date as year-month-day, for example 2026-06-12: {0}</source>
        <translation>Schrijf een datum als jaar-maand-dag, bijvoorbeeld 2026-06-12: {0}</translation>
    </message>
    <message>
        <source>Nothing found for {0}</source>
        <translation>Niets gevonden voor {0}</translation>
    </message>
    <message>
        <source>1 result for {0}</source>
        <translation>1 resultaat voor {0}</translation>
    </message>
    <message>
        <source>{0} results for {1}</source>
        <translation>{0} resultaten voor {1}</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send briefing by e-mail – Helder</source>
        <translation>Briefing per e-mail versturen – Helder</translation>
    </message>
    <message>
        <source>Send briefing by e-mail</source>
        <translation>Briefing per e-mail versturen</translation>
    </message>
    <message>
        <source>name@example.nl, another@example.nl</source>
        <translation>naam@voorbeeld.nl, nog.iemand@voorbeeld.nl</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>&amp;Word (DOCX)</source>
        <translation>Wor&amp;d (DOCX)</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation>&amp;HTML</translation>
    </message>
    <message>
        <source>MP&amp;3 audio</source>
        <translation>MP&amp;3-audio</translation>
    </message>
    <message>
        <source>WA&amp;V audio</source>
        <translation>WA&amp;V-audio</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (poort 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (poort 465)</translation>
    </message>
    <message>
        <source>empty: the one in the system keyring</source>
        <translation>leeg: dat in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Aan:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Af&amp;zender:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>V&amp;ersleuteling:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>Passwo&amp;rd:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Briefing: {0}</source>
        <translation>Briefing: {0}</translation>
    </message>
    <message>
        <source>Sending to {0}…</source>
        <translation>Versturen naar {0}…</translation>
    </message>
    <message>
        <source>Send briefing?</source>
        <translation>Briefing versturen?</translation>
    </message>
    <message>
        <source>Send “{0}” to {1}?</source>
        <translation>“{0}” versturen naar {1}?</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Niet versturen</translation>
    </message>
    <message>
        <source>Briefing sent to {0}. A copy is kept in the library under Sent briefings.</source>
        <translation>Briefing verstuurd naar {0}. Een kopie staat in de bibliotheek onder Verzonden briefings.</translation>
    </message>
    <message>
        <source>Type the sending server&apos;s name, such as smtp.example.nl.</source>
        <translation>Typ de naam van de verzendserver, zoals smtp.voorbeeld.nl.</translation>
    </message>
    <message>
        <source>Type your user name for the sending server.</source>
        <translation>Typ uw gebruikersnaam voor de verzendserver.</translation>
    </message>
    <message>
        <source>Type your own e-mail address as the sender.</source>
        <translation>Typ uw eigen e-mailadres als afzender.</translation>
    </message>
    <message>
        <source>Type at least one e-mail address to send to.</source>
        <translation>Typ ten minste één e-mailadres om naar te versturen.</translation>
    </message>
    <message>
        <source>Check the addresses: {0}</source>
        <translation>Controleer de adressen: {0}</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password; type the password.</source>
        <translation>De mailserver weigerde de gebruikersnaam of het wachtwoord; typ het wachtwoord.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent: {0}</source>
        <translation>Het certificaat van de server wordt niet vertrouwd, dus er is niets verstuurd: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Display – Helder</source>
        <translation>Weergave – Helder</translation>
    </message>
    <message>
        <source>Display settings</source>
        <translation>Weergave-instellingen</translation>
    </message>
    <message>
        <source>Colour &amp;theme</source>
        <translation>Kleuren&amp;thema</translation>
    </message>
    <message>
        <source>Choose text colour…</source>
        <translation>Tekstkleur kiezen…</translation>
    </message>
    <message>
        <source>Choose background colour…</source>
        <translation>Achtergrondkleur kiezen…</translation>
    </message>
    <message>
        <source>Te&amp;xt colour (#rrggbb)</source>
        <translation>Te&amp;kstkleur (#rrggbb)</translation>
    </message>
    <message>
        <source>&amp;Background colour (#rrggbb)</source>
        <translation>&amp;Achtergrondkleur (#rrggbb)</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <source>System font</source>
        <translation>Systeemlettertype</translation>
    </message>
    <message>
        <source>F&amp;ont</source>
        <translation>L&amp;ettertype</translation>
    </message>
    <message>
        <source>Bol&amp;der text</source>
        <translation>&amp;Vettere tekst</translation>
    </message>
    <message>
        <source>Text si&amp;ze</source>
        <translation>Tekst&amp;grootte</translation>
    </message>
    <message>
        <source>&amp;Line height</source>
        <translation>&amp;Regelhoogte</translation>
    </message>
    <message>
        <source>Space after &amp;paragraph (em)</source>
        <translation>Ruimte na ali&amp;nea (em)</translation>
    </message>
    <message>
        <source>L&amp;etter spacing (em)</source>
        <translation>Letterafstan&amp;d (em)</translation>
    </message>
    <message>
        <source>&amp;Word spacing (em)</source>
        <translation>&amp;Woordafstand (em)</translation>
    </message>
    <message>
        <source>&amp;Maximum line length (characters)</source>
        <translation>&amp;Maximale regellengte (tekens)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>1 line clear</source>
        <translation>1 regel helder</translation>
    </message>
    <message>
        <source>{0} lines clear</source>
        <translation>{0} regels helder</translation>
    </message>
    <message>
        <source>Line &amp;focus</source>
        <translation>Regel&amp;focus</translation>
    </message>
    <message>
        <source>Reading &amp;ruler</source>
        <translation>Lees&amp;liniaal</translation>
    </message>
    <message>
        <source>Tint every other li&amp;ne</source>
        <translation>Om en om regels t&amp;inten</translation>
    </message>
    <message>
        <source>Show &amp;images (with their description)</source>
        <translation>Afbeeldingen t&amp;onen (met hun beschrijving)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Re&amp;set to defaults</source>
        <translation>&amp;Standaardwaarden</translation>
    </message>
    <message>
        <source>Enter both colours as #rrggbb.</source>
        <translation>Geef beide kleuren als #rrggbb.</translation>
    </message>
    <message>
        <source>{0} : 1 – good (at least 7 : 1).</source>
        <translation>{0} : 1 – goed leesbaar (minstens 7 : 1).</translation>
    </message>
    <message>
        <source>{0} : 1 – allowed, but below the recommended 7 : 1.</source>
        <translation>{0} : 1 – toegestaan, maar minder dan de aanbevolen 7 : 1.</translation>
    </message>
    <message>
        <source>{0} : 1 – too little contrast; at least 4.5 : 1 is needed. These colours are not used.</source>
        <translation>{0} : 1 – te weinig contrast, minimaal 4,5 : 1 is nodig. Deze kleuren worden niet gebruikt.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts – Helder</source>
        <translation>Sneltoetsen – Helder</translation>
    </message>
    <message>
        <source>Every command of Helder and the keys that run it.</source>
        <translation>Alle opdrachten van Helder en de toetsen die ze uitvoeren.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Letters (switch on in Keyboard settings)</source>
        <translation>Letters (aan te zetten in Toetsenbordinstellingen)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation>{0} en {1}</translation>
    </message>
    <message>
        <source>One page at a time</source>
        <translation>Eén pagina tegelijk</translation>
    </message>
    <message>
        <source>Read aloud, pause or resume</source>
        <translation>Voorlezen, pauzeren of hervatten</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Stoppen met voorlezen</translation>
    </message>
    <message>
        <source>Move through the items</source>
        <translation>Door de onderwerpen gaan</translation>
    </message>
    <message>
        <source>Open the item in the article pane</source>
        <translation>Het onderwerp openen in het artikelpaneel</translation>
    </message>
    <message>
        <source>Move through sources and issues</source>
        <translation>Door bronnen en nummers gaan</translation>
    </message>
    <message>
        <source>Open or close a source</source>
        <translation>Een bron openen of sluiten</translation>
    </message>
    <message>
        <source>Open the issue</source>
        <translation>Het nummer openen</translation>
    </message>
    <message>
        <source>Rename source</source>
        <translation>Naam van bron wijzigen</translation>
    </message>
    <message>
        <source>Pause or resume source</source>
        <translation>Bron pauzeren of hervatten</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Bron verwijderen</translation>
    </message>
    <message>
        <source>Menu of the source</source>
        <translation>Menu van de bron</translation>
    </message>
    <message>
        <source>Move the item up or down</source>
        <translation>Het onderwerp omhoog of omlaag zetten</translation>
    </message>
    <message>
        <source>Remove the item</source>
        <translation>Het onderwerp verwijderen</translation>
    </message>
    <message>
        <source>Bring back the removed item</source>
        <translation>Het verwijderde onderwerp terugzetten</translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation>Terug naar de vorige pagina</translation>
    </message>
    <message>
        <source>Open the menu bar</source>
        <translation>De menubalk openen</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Venster</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Volgend onderwerp</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Vorig onderwerp</translation>
    </message>
    <message>
        <source>Next link</source>
        <translation>Volgende link</translation>
    </message>
    <message>
        <source>Previous link</source>
        <translation>Vorige link</translation>
    </message>
    <message>
        <source>Next paragraph</source>
        <translation>Volgende alinea</translation>
    </message>
    <message>
        <source>Previous paragraph</source>
        <translation>Vorige alinea</translation>
    </message>
    <message>
        <source>Next theme</source>
        <translation>Volgend thema</translation>
    </message>
    <message>
        <source>Previous theme</source>
        <translation>Vorig thema</translation>
    </message>
    <message>
        <source>Next unread item</source>
        <translation>Volgend ongelezen onderwerp</translation>
    </message>
</context>
<context>
    <name>SourceCommands</name>
    <message>
        <source>Re&amp;name source…</source>
        <translation>&amp;Naam van bron wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Pause source</source>
        <translation>Bron &amp;pauzeren</translation>
    </message>
    <message>
        <source>Re&amp;move source…</source>
        <translation>Bron &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh this source</source>
        <translation>Deze bron &amp;bijwerken</translation>
    </message>
    <message>
        <source>&amp;Undo removing source</source>
        <translation>Verwijderen van bron ongedaan &amp;maken</translation>
    </message>
    <message>
        <source>Res&amp;ume source</source>
        <translation>Bron &amp;hervatten</translation>
    </message>
    <message>
        <source>Rename source – Helder</source>
        <translation>Naam van bron wijzigen – Helder</translation>
    </message>
    <message>
        <source>New &amp;name for {0}:</source>
        <translation>Nieuwe &amp;naam voor {0}:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>New name for {0}</source>
        <translation>Nieuwe naam voor {0}</translation>
    </message>
    <message>
        <source>Renamed to {0}</source>
        <translation>Naam gewijzigd in {0}</translation>
    </message>
    <message>
        <source>{0} resumed</source>
        <translation>{0} hervat</translation>
    </message>
    <message>
        <source>{0} paused</source>
        <translation>{0} gepauzeerd</translation>
    </message>
    <message>
        <source>No removed source to bring back</source>
        <translation>Er is geen verwijderde bron om terug te zetten</translation>
    </message>
</context>
<context>
    <name>SourceTreeModel</name>
    <message>
        <source>source, level 1</source>
        <translation>bron, niveau 1</translation>
    </message>
    <message>
        <source>issue, level 2</source>
        <translation>nummer, niveau 2</translation>
    </message>
    <message>
        <source>{0} unread</source>
        <translation>{0} ongelezen</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <source>update failed: {0}</source>
        <translation>bijwerken mislukt: {0}</translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <source>Read aloud</source>
        <translation>Voorlezen</translation>
    </message>
    <message>
        <source>Speed (words per minute)</source>
        <translation>Snelheid (woorden per minuut)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>S&amp;peed</source>
        <translation>&amp;Snelheid</translation>
    </message>
    <message>
        <source> words/min</source>
        <translation> woorden/min</translation>
    </message>
    <message>
        <source>Vol&amp;ume</source>
        <translation>Vol&amp;ume</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Previous sentence</source>
        <translation>Vorige zin</translation>
    </message>
    <message>
        <source>Next sentence</source>
        <translation>Volgende zin</translation>
    </message>
</context>
<context>
    <name>SpeechController</name>
    <message>
        <source>Reading aloud is left to your screen reader. Use its read-all command in the article.</source>
        <translation>Voorlezen is overgelaten aan uw schermlezer. Gebruik in het artikel de opdracht van uw schermlezer om alles te lezen.</translation>
    </message>
    <message>
        <source>No audio output was found: nothing can be heard. Reading moves on and the sentence being read is highlighted.</source>
        <translation>Geen geluidsuitvoer gevonden: er is niets te horen. Het voorlezen gaat wel verder en de zin die wordt voorgelezen is gemarkeerd.</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>No neural voice for {0}: reading with {1}.</source>
        <translation>Geen natuurlijke stem voor {0}: voorlezen met {1}.</translation>
    </message>
    <message>
        <source>Reading aloud is not available: no speech voice was found. Add a voice in Windows Settings, Time and language, Speech.</source>
        <translation>Voorlezen is niet beschikbaar: er is geen spraakstem gevonden. Voeg een stem toe in Windows-instellingen, Tijd en taal, Spraak.</translation>
    </message>
    <message>
        <source>Reading aloud is not available: no speech engine works. Install espeak-ng, for example with: brew install espeak-ng</source>
        <translation>Voorlezen is niet beschikbaar: er werkt geen spraakprogramma. Installeer espeak-ng, bijvoorbeeld met: brew install espeak-ng</translation>
    </message>
    <message>
        <source>Reading aloud is not available: no speech engine works. Install espeak-ng, for example with: sudo apt install espeak-ng</source>
        <translation>Voorlezen is niet beschikbaar: er werkt geen spraakprogramma. Installeer espeak-ng, bijvoorbeeld met: sudo apt install espeak-ng</translation>
    </message>
    <message>
        <source>Reading aloud started</source>
        <translation>Voorlezen gestart</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Reading resumed</source>
        <translation>Voorlezen hervat</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestopt</translation>
    </message>
    <message>
        <source>Reading aloud stopped: the speech engine failed.</source>
        <translation>Voorlezen gestopt: het spraakprogramma werkte niet.</translation>
    </message>
    <message>
        <source>End of the item. Press Space to read on.</source>
        <translation>Einde van het onderwerp. Druk op Spatie om verder te lezen.</translation>
    </message>
    <message>
        <source>Finished reading</source>
        <translation>Klaar met voorlezen</translation>
    </message>
    <message>
        <source>Reading aloud stopped: the audio could not be played.</source>
        <translation>Voorlezen gestopt: het geluid kon niet worden afgespeeld.</translation>
    </message>
    <message>
        <source>The speech engine stopped unexpectedly. Press Space to read on: Helder starts it again.</source>
        <translation>De spraakmachine is onverwacht gestopt. Druk op Spatie om verder te lezen: Helder start hem opnieuw.</translation>
    </message>
</context>
<context>
    <name>SpeechDialog</name>
    <message>
        <source>Read-aloud settings – Helder</source>
        <translation>Instellingen voor voorlezen – Helder</translation>
    </message>
    <message>
        <source> words per minute</source>
        <translation> woorden per minuut</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>&amp;Snelheid</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>&amp;Volume</translation>
    </message>
    <message>
        <source>&amp;Dutch voice</source>
        <translation>&amp;Nederlandse stem</translation>
    </message>
    <message>
        <source>&amp;English voice</source>
        <translation>&amp;Engelse stem</translation>
    </message>
    <message>
        <source>F&amp;rench voice</source>
        <translation>F&amp;ranse stem</translation>
    </message>
    <message>
        <source>&amp;German voice</source>
        <translation>&amp;Duitse stem</translation>
    </message>
    <message>
        <source>Automatic: {0}, {1}</source>
        <translation>Automatisch: {0}, {1}</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> seconden</translation>
    </message>
    <message>
        <source>&amp;Pause between items</source>
        <translation>&amp;Pauze tussen onderwerpen</translation>
    </message>
    <message>
        <source>S&amp;top after each item</source>
        <translation>S&amp;toppen na elk onderwerp</translation>
    </message>
    <message>
        <source>&amp;Highlight the sentence being read</source>
        <translation>&amp;Markeer de zin die wordt voorgelezen</translation>
    </message>
    <message>
        <source>&amp;Leave speaking to my screen reader</source>
        <translation>&amp;Laat het spreken aan mijn schermlezer over</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>While a screen reader runs, &amp;follow the list with Helder&apos;s voice</source>
        <translation>&amp;Ook als een schermlezer draait: Helders stem volgt de lijst</translation>
    </message>
    <message>
        <source>A screen reader is running: Helder&apos;s voice starts only when you give a read command, never because focus moved.</source>
        <translation>Er draait een schermlezer: Helders stem begint alleen als u een voorleesopdracht geeft, nooit doordat de focus verschuift.</translation>
    </message>
    <message>
        <source>Helder has not yet found out whether a screen reader is running.</source>
        <translation>Helder weet nog niet of er een schermlezer draait.</translation>
    </message>
    <message>
        <source>No screen reader was found running.</source>
        <translation>Er draait geen schermlezer.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Earlier versions – Helder</source>
        <translation>Eerdere versies – Helder</translation>
    </message>
    <message>
        <source>&amp;Earlier versions, newest first:</source>
        <translation>&amp;Eerdere versies, nieuwste eerst:</translation>
    </message>
    <message>
        <source>Earlier versions of {0}</source>
        <translation>Eerdere versies van {0}</translation>
    </message>
    <message>
        <source>Going back keeps the current copy as a version, and your read marks, stars and notes stay with the items.</source>
        <translation>Teruggaan bewaart de huidige kopie als versie, en uw leesmarkeringen, sterren en notities blijven bij de onderwerpen.</translation>
    </message>
    <message>
        <source>{0} items, stored {1}: {2}</source>
        <translation>{0} onderwerpen, bewaard {1}: {2}</translation>
    </message>
    <message>
        <source>&amp;Go back to this version</source>
        <translation>&amp;Terug naar deze versie</translation>
    </message>
</context>
<context>
    <name>VoicesDialog</name>
    <message>
        <source>Voices – Helder</source>
        <translation>Stemmen – Helder</translation>
    </message>
    <message>
        <source>&amp;Installed voices</source>
        <translation>&amp;Geïnstalleerde stemmen</translation>
    </message>
    <message>
        <source>Space plays a preview, Delete removes the voice.</source>
        <translation>Spatie laat de stem horen, Delete verwijdert de stem.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Beluisteren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Install from &amp;file…</source>
        <translation>Installeren &amp;uit bestand…</translation>
    </message>
    <message>
        <source>Languages without a voice here are read with the system voice (espeak-ng).</source>
        <translation>Talen zonder stem hier worden voorgelezen met de systeemstem (espeak-ng).</translation>
    </message>
    <message>
        <source>Voices to &amp;download</source>
        <translation>Stemmen om te &amp;downloaden</translation>
    </message>
    <message>
        <source>Return installs the voice.</source>
        <translation>Enter installeert de stem.</translation>
    </message>
    <message>
        <source>&amp;Load the list of voices</source>
        <translation>Lijst met stemmen &amp;laden</translation>
    </message>
    <message>
        <source>In&amp;stall</source>
        <translation>In&amp;stalleren</translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation>Download &amp;annuleren</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Voortgang van de download</translation>
    </message>
    <message>
        <source>Nothing is downloaded until you ask for the voice list.</source>
        <translation>Er wordt niets gedownload tot u om de lijst met stemmen vraagt.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>from package {0}</source>
        <translation>uit pakket {0}</translation>
    </message>
    <message>
        <source>installed by Helder</source>
        <translation>geïnstalleerd door Helder</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>{language}: {name}, {quality} quality, {size}, licence {licence}, {where}</source>
        <translation>{language}: {name}, kwaliteit {quality}, {size}, licentie {licence}, {where}</translation>
    </message>
    <message>
        <source>{language}: {name}, {quality} quality, {size}</source>
        <translation>{language}: {name}, kwaliteit {quality}, {size}</translation>
    </message>
    <message>
        <source> (installed)</source>
        <translation> (geïnstalleerd)</translation>
    </message>
    <message>
        <source>Loading the list of voices…</source>
        <translation>De lijst met stemmen wordt geladen…</translation>
    </message>
    <message>
        <source>Downloading {0}, {1}. Press Escape to cancel.</source>
        <translation>{0} wordt gedownload, {1}. Druk op Escape om te annuleren.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <source>Downloading {0}: {1} percent</source>
        <translation>{0} downloaden: {1} procent</translation>
    </message>
    <message>
        <source>Install a voice from a file</source>
        <translation>Een stem uit een bestand installeren</translation>
    </message>
    <message>
        <source>Piper voices (*.onnx)</source>
        <translation>Piper-stemmen (*.onnx)</translation>
    </message>
    <message>
        <source>Installing from {0}…</source>
        <translation>Installeren uit {0}…</translation>
    </message>
    <message>
        <source>{0} came with the Python package {1}; remove that package to remove the voice.</source>
        <translation>{0} hoort bij het Python-pakket {1}; verwijder dat pakket om de stem te verwijderen.</translation>
    </message>
    <message>
        <source>Remove voice</source>
        <translation>Stem verwijderen</translation>
    </message>
    <message>
        <source>Remove the voice {0} ({1})? You can install it again later.</source>
        <translation>De stem {0} ({1}) verwijderen? U kunt hem later opnieuw installeren.</translation>
    </message>
    <message>
        <source>Voice {0} removed</source>
        <translation>Stem {0} verwijderd</translation>
    </message>
    <message>
        <source>Preview: {0}</source>
        <translation>Beluisteren: {0}</translation>
    </message>
    <message>
        <source>{0} voices can be downloaded; Dutch voices are listed first.</source>
        <translation>{0} stemmen zijn te downloaden; Nederlandse stemmen staan bovenaan.</translation>
    </message>
    <message>
        <source>Voice {0} installed. It reads {1} from now on.</source>
        <translation>Stem {0} geïnstalleerd. Die leest vanaf nu {1} voor.</translation>
    </message>
    <message>
        <source>Download of {0} cancelled; nothing was kept.</source>
        <translation>Download van {0} geannuleerd; er is niets bewaard.</translation>
    </message>
    <message>
        <source>The download of {0} was damaged (its checksum does not match) and was not installed; nothing was kept. Try again later.</source>
        <translation>De download van {0} was beschadigd (de controlesom klopt niet) en is niet geïnstalleerd; er is niets bewaard. Probeer het later opnieuw.</translation>
    </message>
</context>
</TS>

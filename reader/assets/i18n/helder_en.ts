<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helder {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An accessible newsletter reader: keyboard first, screen-reader friendly, large high-contrast text, and it reads aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helder is free software under the GNU General Public License, version 3 or later. It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helder is built on these parts, each under its own licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party parts and their licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionRegistry</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a&amp;udio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous t&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;unread item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next p&amp;ane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous pan&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where am I?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;read or unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link in &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Star or unstar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Images of this issue allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier &amp;versions of this issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh all sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh this &amp;source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read aloud or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read &amp;on from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next para&amp;graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous paragrap&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only the &amp;titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-aloud s&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pronunciation list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voi&amp;ces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;colour theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous c&amp;olour theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Briefing pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wider pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;rrower pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;images of this issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddSourceDialog</name>
    <message>
        <source>Add source – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… or a file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address or file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feed, a web page listing issues, a single issue, or a file or folder on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a newsletter file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletters (*.txt *.html *.htm *.eml *.xml *.rss *.atom *.json *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of newsletters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an address, or choose a file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {0}, but it could not be read yet: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was found at this address or path: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioDialog</name>
    <message>
        <source>Save as audio – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the titles of the issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats: {0} (from the file name&apos;s ending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the audio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingDock</name>
    <message>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item to add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingEntryModel</name>
    <message>
        <source>{0}. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingForm</name>
    <message>
        <source>Briefing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in the briefing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the item, Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the selected item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Up in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Down in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete in the list; Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingKeeper</name>
    <message>
        <source>Delete briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the briefing {0}? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingOutputs</name>
    <message>
        <source>Print preview opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingPane</name>
    <message>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1} items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New briefing started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing {0} deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is already in the briefing {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to briefing {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already at the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to position {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {0}; {1} items left; Ctrl+Z undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is back at position {1} of {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingPrintPreview</name>
    <message>
        <source>Print preview: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserOffer</name>
    <message>
        <source>Read more – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <source>Catalogue of sources – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue of sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on the sources you want to follow. Switching one off asks first, then removes it with its stored issues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News from the Association of Netherlands Municipalities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNG letters to members, parliament and cabinet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNG publications, as a feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News from the central government, as a feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade news for public administration, as a feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} switched on; the next refresh fetches it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTexts</name>
    <message>
        <source>en_GB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayController</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow on black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some keys in your settings cannot be used, so those commands keep their usual keys: {0}. Arrow, Tab, Return, Space, Delete and letter keys move and type; they cannot start a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings could not be read. Helder uses the default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings file was damaged. Helder uses the default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file was kept as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size {0} percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour theme {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Untitled briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export briefing: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours as on my screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: dark text on white paper, readable for anyone. On: the colours of your theme, such as yellow on black, in the document too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large-print PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio (WAV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export briefing as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (*{1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder does not exist: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {0} already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} could not be written: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk or stick is write-protected (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you may not save files in that folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueImages</name>
    <message>
        <source>This issue has no images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images stay on: the setting shows images of every issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images of this issue are no longer shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This choice applies until Helder closes; it could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading 1 image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {0} images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 image could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} images could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 image shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} images shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueKeeper</name>
    <message>
        <source>This issue could not be added to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} was added to the library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemHtml</name>
    <message>
        <source>Image: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image without description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read more: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Keyboard settings – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key for the chosen command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key for the chosen command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-letter &amp;navigation (H, K, P, T, N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset all keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is used by: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the new key combination here; Tab leaves the field, Escape closes the dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cannot be the key of a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} moves or types in lists and text: choose a key with Ctrl or Alt for {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} belongs to screen readers or the desktop: choose another key for {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>A refresh is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: no source could be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 source could not be updated: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} sources could not be updated: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 new issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} new issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server took too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a newsletter Helder can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no newsletter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name or password refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the newsletter (error or login page); copy kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryOpener</name>
    <message>
        <source>Opening the library…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>Sources and issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sources yet. Add a newsletter with File &gt; Add source (Ctrl+N), or switch one on in File &gt; Source catalogue (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryWiring</name>
    <message>
        <source>Earlier versions are kept for library issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This issue has no earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier version is shown again; the copy it replaced is kept as a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item has no link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no item to star</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailSourcePage</name>
    <message>
        <source>imap.example.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (IMAPS, port 993)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nieuwsbrief@vng.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After reading, mo&amp;ve the message to this folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for read messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only mai&amp;l from (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only su&amp;bjects with (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helder only reads: messages stay unread in your mail program. The password is kept in the system&apos;s keyring, never in Helder&apos;s files. Accounts that need OAuth2 sign-in (Microsoft 365, Gmail) need an app password for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the mail server&apos;s name, such as imap.example.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name for this mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the folder read messages should go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused this user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password for this mail account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent to it: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder does not exist on the server: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronunciation list saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-aloud settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unread items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helder opens only web and e-mail links; this one was not opened: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened in the browser: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item has no link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletters (*.txt *.html *.htm *.eml *.xml *.rss *.atom *.json *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} opened, {1} items. The file is too large to show whole: only its first {1} items are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} opened, {1} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log folder is {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong in Helder: {0}. Details are in the log (Help, Open log folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The file was not found: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no newsletter text: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helder cannot read this kind of file: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection could be made: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took too long to answer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud is not available: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged and cannot be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is locked with a password: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That choice is not possible: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped on request: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in to the mail server failed; check the user name and password: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent to it: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source sent a page that does not look like the newsletter (an error, login or cookie page, or a page cut short); the stored copy was kept: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helder could not read this file (a fault in Helder; details in the log): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article text was found on this page; open it in the browser instead: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefings file was damaged, so Helder started a new, empty one. The damaged file was kept as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefings file could not be opened ({1}). It was left as it is. Until this is solved, new briefings are kept only until Helder closes: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file was damaged, so Helder started a new, empty library. The damaged file was kept as {0}. Your briefings and settings are kept separately and were not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be opened ({1}). It was left as it is. Until this is solved (for example by freeing disk space), Helder uses an empty temporary library that is not kept: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineLabel</name>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: no source could be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last refresh could not reach any source. Stored issues can still be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLayout</name>
    <message>
        <source>One page at a time; Escape goes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panes side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page at a time: the page is already full width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the library, the items or the article first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pane cannot be made wider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pane cannot be made narrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pane width {0} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PronunciationDialog</name>
    <message>
        <source>Pronunciation list – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ritten as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Said as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add or change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: said as {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier paragraph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshProgress</name>
    <message>
        <source>Refresh progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} asked to wait {1} s before trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} sources, {2} issues, {3}; each download stops after {4} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalTexts</name>
    <message>
        <source>Remove {0}? With it go {1} stored issues, {2} notes and {3} starred items. Until Helder closes you can bring it all back with Library &gt; Undo removing source (Ctrl+Z in the library).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove source – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} removed. Ctrl+Z in the library brings it back until Helder closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is back, with its issues and notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search the library – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From date (YYYY-MM-DD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o date (YYYY-MM-DD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a date as year-month-day, for example 2026-06-12: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 result for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} results for {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send briefing by e-mail – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send briefing by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.nl, another@example.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Word (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP&amp;3 audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WA&amp;V audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the one in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwo&amp;rd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send briefing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send “{0}” to {1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing sent to {0}. A copy is kept in the library under Sent briefings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the sending server&apos;s name, such as smtp.example.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name for the sending server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your own e-mail address as the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least one e-mail address to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the addresses: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused the user name or password; type the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Display – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour &amp;theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose text colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose background colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt colour (#rrggbb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Background colour (#rrggbb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ont</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bol&amp;der text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space after &amp;paragraph (em)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;etter spacing (em)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Word spacing (em)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maximum line length (characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} lines clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line &amp;focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading &amp;ruler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tint every other li&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;images (with their description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;set to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both colours as #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : 1 – good (at least 7 : 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : 1 – allowed, but below the recommended 7 : 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} : 1 – too little contrast; at least 4.5 : 1 is needed. These colours are not used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command of Helder and the keys that run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters (switch on in Keyboard settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud, pause or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move through the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the item in the article pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move through sources and issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or close a source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu of the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the item up or down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the removed item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next unread item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceCommands</name>
    <message>
        <source>Re&amp;name source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo removing source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename source – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;name for {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No removed source to bring back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceTreeModel</name>
    <message>
        <source>source, level 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue, level 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed (words per minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> words/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vol&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next sentence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeechController</name>
    <message>
        <source>Reading aloud is left to your screen reader. Use its read-all command in the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio output was found: nothing can be heard. Reading moves on and the sentence being read is highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No neural voice for {0}: reading with {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud is not available: no speech voice was found. Add a voice in Windows Settings, Time and language, Speech.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud is not available: no speech engine works. Install espeak-ng, for example with: brew install espeak-ng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud is not available: no speech engine works. Install espeak-ng, for example with: sudo apt install espeak-ng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud stopped: the speech engine failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the item. Press Space to read on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading aloud stopped: the audio could not be played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine stopped unexpectedly. Press Space to read on: Helder starts it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeechDialog</name>
    <message>
        <source>Read-aloud settings – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> words per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dutch voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rench voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;German voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: {0}, {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause between items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top after each item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight the sentence being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave speaking to my screen reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While a screen reader runs, &amp;follow the list with Helder&apos;s voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screen reader is running: Helder&apos;s voice starts only when you give a read command, never because focus moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helder has not yet found out whether a screen reader is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No screen reader was found running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Earlier versions – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Earlier versions, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going back keeps the current copy as a version, and your read marks, stars and notes stay with the items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} items, stored {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back to this version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoicesDialog</name>
    <message>
        <source>Voices – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Installed voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space plays a preview, Delete removes the voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install from &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages without a voice here are read with the system voice (espeak-ng).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voices to &amp;download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return installs the voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load the list of voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;stall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is downloaded until you ask for the voice list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from package {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed by Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language}: {name}, {quality} quality, {size}, licence {licence}, {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language}: {name}, {quality} quality, {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the list of voices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {0}, {1}. Press Escape to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading {0}: {1} percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a voice from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Piper voices (*.onnx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing from {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} came with the Python package {1}; remove that package to remove the voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the voice {0} ({1})? You can install it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice {0} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} voices can be downloaded; Dutch voices are listed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice {0} installed. It reads {1} from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download of {0} cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of {0} was damaged (its checksum does not match) and was not installed; nothing was kept. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

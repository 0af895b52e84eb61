<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionRegistry</name>
    <message>
        <location filename="../../ui/actions.py" line="92"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="93"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="94"/>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="95"/>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="96"/>
        <source>&amp;Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="97"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="98"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="108"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="109"/>
        <source>&amp;Add source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="110"/>
        <source>Source &amp;catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="111"/>
        <source>Save as a&amp;udio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="112"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="113"/>
        <source>&amp;Keyboard settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="114"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="115"/>
        <source>&amp;Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="116"/>
        <source>&amp;Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="117"/>
        <source>Next &amp;theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="118"/>
        <source>Previous t&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="119"/>
        <source>Next &amp;unread item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="120"/>
        <source>Next p&amp;ane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="121"/>
        <source>Previous pan&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="122"/>
        <source>&amp;Where am I?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="123"/>
        <source>&amp;Search the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="124"/>
        <source>Mark as &amp;read or unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="125"/>
        <source>Open link in &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="126"/>
        <source>&amp;Add to briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="127"/>
        <source>Read &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="128"/>
        <source>&amp;Star or unstar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="129"/>
        <source>&amp;Images of this issue allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="130"/>
        <source>Earlier &amp;versions of this issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="131"/>
        <source>&amp;Refresh all sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="132"/>
        <source>Refresh this &amp;source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="133"/>
        <source>&amp;Cancel refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="134"/>
        <source>&amp;Read aloud or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="135"/>
        <source>Read &amp;on from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="136"/>
        <source>&amp;Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="137"/>
        <source>Ne&amp;xt sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="138"/>
        <source>Pre&amp;vious sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="139"/>
        <source>Next para&amp;graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="140"/>
        <source>Previous paragrap&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="141"/>
        <source>Read only the &amp;titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="142"/>
        <source>Read-aloud s&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="143"/>
        <source>&amp;Pronunciation list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="144"/>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="145"/>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="146"/>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="147"/>
        <source>Next &amp;colour theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="148"/>
        <source>Previous c&amp;olour theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="149"/>
        <source>&amp;Briefing pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="150"/>
        <source>&amp;Wider pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="151"/>
        <source>Na&amp;rrower pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="152"/>
        <source>Show &amp;images of this issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="153"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="154"/>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddSourceDialog</name>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="36"/>
        <source>Add source – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="37"/>
        <source>Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="41"/>
        <source>https://… or a file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="42"/>
        <source>Choose &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="43"/>
        <source>Choose f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="60"/>
        <source>&amp;Address or file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="61"/>
        <source>&amp;Name (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="63"/>
        <source>A feed, a web page listing issues, a single issue, or a file or folder on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="75"/>
        <source>&amp;Web or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="76"/>
        <source>&amp;Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="79"/>
        <source>Kind of source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="88"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="89"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="111"/>
        <source>Choose a newsletter file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="112"/>
        <source>Newsletters (*.txt *.html *.htm *.eml *.xml *.rss *.atom *.json *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="120"/>
        <source>Choose a folder of newsletters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="165"/>
        <source>Type an address, or choose a file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="148"/>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="168"/>
        <source>Checking {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="197"/>
        <source>Added {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="200"/>
        <source>Added {0}, but it could not be read yet: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_source_dialog.py" line="214"/>
        <source>Nothing was found at this address or path: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioDialog</name>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="54"/>
        <source>Save as audio – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="66"/>
        <source>This item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="67"/>
        <source>The whole issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="68"/>
        <source>Only the titles of the issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="70"/>
        <source>C&amp;hoose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="73"/>
        <source>Formats: {0} (from the file name&apos;s ending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="76"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="83"/>
        <source>&amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="87"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="92"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="93"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="95"/>
        <location filename="../../ui/dialogs/audio_dialog.py" line="96"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="119"/>
        <source>Save as audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="120"/>
        <source>Audio ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="140"/>
        <source>Writing the audio…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="165"/>
        <source>Saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/audio_dialog.py" line="177"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingDock</name>
    <message>
        <location filename="../../ui/briefing_dock.py" line="32"/>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_dock.py" line="54"/>
        <source>No item to add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingEntryModel</name>
    <message>
        <location filename="../../ui/briefing_model.py" line="39"/>
        <source>{0}. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_model.py" line="43"/>
        <source>with note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingForm</name>
    <message>
        <location filename="../../ui/briefing_form.py" line="69"/>
        <source>Briefing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="70"/>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="71"/>
        <source>New briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="73"/>
        <source>Delete briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="78"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="79"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="84"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="86"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="87"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="90"/>
        <source>Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="91"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="96"/>
        <source>Introduction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="97"/>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="106"/>
        <source>Items in the briefing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="107"/>
        <source>Items in the briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="109"/>
        <source>Ctrl+Up and Ctrl+Down move the item, Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="115"/>
        <source>Note for the selected item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="116"/>
        <source>Note for the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="118"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="120"/>
        <source>Ctrl+Up in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="121"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="123"/>
        <source>Ctrl+Down in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="124"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="127"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="129"/>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="131"/>
        <source>Send by e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_form.py" line="126"/>
        <source>Delete in the list; Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingPane</name>
    <message>
        <location filename="../../ui/briefing_pane.py" line="72"/>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="121"/>
        <source>Untitled briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="124"/>
        <source>{0} ({1} items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="164"/>
        <source>New briefing started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="183"/>
        <source>Delete briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="184"/>
        <source>Delete the briefing {0}? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="186"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="187"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="206"/>
        <source>Briefing {0} deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="301"/>
        <source>Note saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="316"/>
        <source>{0} is already in the briefing {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="321"/>
        <source>Added to briefing {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="353"/>
        <source>Already at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="354"/>
        <source>Already at the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="359"/>
        <source>Moved to position {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="457"/>
        <source>Print preview opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="502"/>
        <source>Briefings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="373"/>
        <source>Removed {0}; {1} items left; Ctrl+Z undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="381"/>
        <source>Nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/briefing_pane.py" line="388"/>
        <source>{0} is back at position {1} of {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingPrintPreview</name>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="33"/>
        <source>Print preview: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserOffer</name>
    <message>
        <location filename="../../ui/read_more.py" line="41"/>
        <source>Read more – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/read_more.py" line="43"/>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/read_more.py" line="45"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogDialog</name>
    <message>
        <location filename="../../ui/dialogs/catalog_dialog.py" line="26"/>
        <source>Catalogue of sources – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalog_dialog.py" line="27"/>
        <source>Catalogue of sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalog_dialog.py" line="28"/>
        <source>Switch on the sources you want to follow. Switching one off asks first, then removes it with its stored issues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalog_dialog.py" line="47"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalog_dialog.py" line="72"/>
        <source>News from the Association of Netherlands Municipalities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalog_dialog.py" line="73"/>
        <source>VNG letters to members, parliament and cabinet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalog_dialog.py" line="74"/>
        <source>VNG publications, as a feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalog_dialog.py" line="75"/>
        <source>News from the central government, as a feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalog_dialog.py" line="76"/>
        <source>Trade news for public administration, as a feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/catalog_dialog.py" line="87"/>
        <source>{0} switched on; the next refresh fetches it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTexts</name>
    <message>
        <location filename="../../ui/dates.py" line="14"/>
        <source>en_GB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayController</name>
    <message>
        <location filename="../../ui/display.py" line="40"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="41"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="42"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="43"/>
        <source>Yellow on black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="44"/>
        <source>Cream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="45"/>
        <source>Own colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="54"/>
        <source>Some keys in your settings cannot be used, so those commands keep their usual keys: {0}. Arrow, Tab, Return, Space, Delete and letter keys move and type; they cannot start a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="62"/>
        <source>Your settings could not be read. Helder uses the default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="66"/>
        <source>Your settings file was damaged. Helder uses the default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="70"/>
        <source>The damaged file was kept as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="152"/>
        <source>Text size {0} percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/display.py" line="173"/>
        <source>Colour theme {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="65"/>
        <source>Untitled briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="66"/>
        <source>Export briefing: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="72"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="74"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="78"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="80"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="82"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="89"/>
        <source>Colours as on my screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="92"/>
        <source>Off: dark text on white paper, readable for anyone. On: the colours of your theme, such as yellow on black, in the document too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="97"/>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="104"/>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="108"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="112"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="148"/>
        <source>Word (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="149"/>
        <source>Web page (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="150"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="151"/>
        <source>Large-print PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="152"/>
        <source>Audio (WAV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="174"/>
        <source>briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="215"/>
        <source>Export briefing as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="216"/>
        <source>{0} (*{1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="231"/>
        <source>Type the name of the file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="234"/>
        <source>The folder does not exist: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="248"/>
        <source>Exporting to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="259"/>
        <source>Replace file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="260"/>
        <source>The file {0} already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="272"/>
        <source>The export is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="287"/>
        <source>Exported to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="304"/>
        <source>Export failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="312"/>
        <source>{0} could not be written: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="314"/>
        <source>the file could not be written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="325"/>
        <source>the disk or stick is write-protected (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="326"/>
        <location filename="../../ui/dialogs/export_dialog.py" line="327"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="328"/>
        <location filename="../../ui/dialogs/export_dialog.py" line="329"/>
        <source>you may not save files in that folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueImages</name>
    <message>
        <location filename="../../ui/image_loader.py" line="94"/>
        <source>This issue has no images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/image_loader.py" line="109"/>
        <source>Images stay on: the setting shows images of every issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/image_loader.py" line="112"/>
        <source>Images of this issue are no longer shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/image_loader.py" line="120"/>
        <source>This choice applies until Helder closes; it could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/image_loader.py" line="138"/>
        <source>Loading 1 image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/image_loader.py" line="139"/>
        <source>Loading {0} images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/image_loader.py" line="164"/>
        <source>1 image could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/image_loader.py" line="165"/>
        <source>{0} images could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/image_loader.py" line="170"/>
        <source>1 image shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/image_loader.py" line="170"/>
        <source>{0} images shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/image_loader.py" line="178"/>
        <source>Images could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueKeeper</name>
    <message>
        <location filename="../../ui/keep_issue.py" line="52"/>
        <source>This issue could not be added to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/keep_issue.py" line="54"/>
        <source>{0} was added to the library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="109"/>
        <source>Keyboard settings – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="113"/>
        <source>&amp;Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="115"/>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="123"/>
        <source>&amp;Key for the chosen command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="125"/>
        <source>Key for the chosen command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="128"/>
        <source>C&amp;lear key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="129"/>
        <source>&amp;Default key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="138"/>
        <source>Single-letter &amp;navigation (H, K, P, T, N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="141"/>
        <source>&amp;Reset all keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="146"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="147"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="200"/>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="270"/>
        <source>{0} is used by: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="210"/>
        <source>Press the new key combination here; Tab leaves the field, Escape closes the dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="226"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="230"/>
        <source>{0} cannot be the key of a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="275"/>
        <source>{0} moves or types in lists and text: choose a key with Ctrl or Alt for {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/keys_dialog.py" line="279"/>
        <source>{0} belongs to screen readers or the desktop: choose another key for {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <location filename="../../ui/library_tasks.py" line="138"/>
        <source>A refresh is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="222"/>
        <source>Online again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="240"/>
        <source>Refresh stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="242"/>
        <source>Offline: no source could be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="250"/>
        <source>1 source could not be updated: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="252"/>
        <source>{0} sources could not be updated: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="259"/>
        <source>1 new issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="261"/>
        <source>{0} new issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="262"/>
        <source>No new issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="267"/>
        <source>no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="268"/>
        <source>the server took too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="269"/>
        <source>the server refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="270"/>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="271"/>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="272"/>
        <source>not a newsletter Helder can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="273"/>
        <source>no newsletter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="274"/>
        <source>the library could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="275"/>
        <source>user name or password refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="276"/>
        <source>certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="277"/>
        <source>not the newsletter (error or login page); copy kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="279"/>
        <source>could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_tasks.py" line="283"/>
        <source>the server refused ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <location filename="../../ui/library_pane.py" line="85"/>
        <source>Sources and issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="86"/>
        <source>&amp;Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="91"/>
        <source>No sources yet. Add a newsletter with File &gt; Add source (Ctrl+N), or switch one on in File &gt; Source catalogue (Ctrl+Shift+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="114"/>
        <source>Re&amp;name source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="115"/>
        <location filename="../../ui/library_pane.py" line="379"/>
        <source>&amp;Pause source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="116"/>
        <source>Re&amp;move source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="118"/>
        <source>Re&amp;fresh this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="120"/>
        <source>&amp;Undo removing source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="250"/>
        <location filename="../../ui/library_pane.py" line="267"/>
        <source>{0} unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="252"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="259"/>
        <source>update failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="378"/>
        <source>Res&amp;ume source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="390"/>
        <source>Rename source – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="391"/>
        <source>New &amp;name for {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="394"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="395"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="398"/>
        <source>New name for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="405"/>
        <source>Renamed to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="427"/>
        <source>{0} resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="428"/>
        <source>{0} paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="458"/>
        <source>No removed source to bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="194"/>
        <source>source, level 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_pane.py" line="214"/>
        <source>issue, level 2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryWiring</name>
    <message>
        <location filename="../../ui/library_wiring.py" line="105"/>
        <source>Earlier versions are kept for library issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_wiring.py" line="109"/>
        <source>This issue has no earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_wiring.py" line="122"/>
        <source>The earlier version is shown again; the copy it replaced is kept as a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_wiring.py" line="183"/>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_wiring.py" line="183"/>
        <source>Star removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_wiring.py" line="190"/>
        <source>This item has no link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_wiring.py" line="192"/>
        <source>Fetching the article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_wiring.py" line="202"/>
        <source>Article: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_wiring.py" line="176"/>
        <source>There is no item to star</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailSourcePage</name>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="38"/>
        <source>imap.example.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="41"/>
        <source>TLS (IMAPS, port 993)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="42"/>
        <source>STARTTLS (port 143)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="52"/>
        <source>kept in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="57"/>
        <source>nieuwsbrief@vng.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="60"/>
        <source>After reading, mo&amp;ve the message to this folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="64"/>
        <source>Folder for read messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="71"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="72"/>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="73"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="74"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="75"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="76"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="77"/>
        <source>Only mai&amp;l from (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="78"/>
        <source>Only su&amp;bjects with (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="81"/>
        <source>Helder only reads: messages stay unread in your mail program. The password is kept in the system&apos;s keyring, never in Helder&apos;s files. Accounts that need OAuth2 sign-in (Microsoft 365, Gmail) need an app password for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="131"/>
        <source>Type the mail server&apos;s name, such as imap.example.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="132"/>
        <source>Type your user name for this mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="133"/>
        <source>Type the folder read messages should go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="137"/>
        <source>The mail server refused this user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="138"/>
        <source>Type the password for this mail account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="140"/>
        <source>The server&apos;s certificate is not trusted, so nothing was sent to it: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/mail_source_page.py" line="143"/>
        <source>This folder does not exist on the server: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>There is nothing to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>Audio saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>Pronunciation list saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>Read-aloud settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="449"/>
        <source>No further theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="459"/>
        <source>No earlier theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>Theme {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="477"/>
        <source>No unread items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="487"/>
        <source>Marked as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="488"/>
        <source>Marked as unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="495"/>
        <source>No item selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="497"/>
        <source>Item {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="519"/>
        <source>Helder opens only web and e-mail links; this one was not opened: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="524"/>
        <source>Opened in the browser: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="526"/>
        <source>Could not open {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="535"/>
        <source>This item has no link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="638"/>
        <source>Keyboard settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="664"/>
        <source>Open newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="666"/>
        <source>Newsletters (*.txt *.html *.htm *.eml *.xml *.rss *.atom *.json *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="676"/>
        <source>Opening {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="687"/>
        <source>{0} opened, {1} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="706"/>
        <source>The log folder is {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="713"/>
        <source>Something went wrong in Helder: {0}. Details are in the log (Help, Open log folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="705"/>
        <location filename="../../ui/main_window.py" line="715"/>
        <source>Helder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="23"/>
        <source>The file was not found: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="24"/>
        <source>The file could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25"/>
        <source>The file holds no newsletter text: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="26"/>
        <source>Helder cannot read this kind of file: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="27"/>
        <source>The file is too large: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>No connection could be made: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29"/>
        <source>The server took too long to answer: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="30"/>
        <source>The server refused the request: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <source>Reading aloud is not available: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="32"/>
        <source>The library could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33"/>
        <source>The file is damaged and cannot be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34"/>
        <source>The file is locked with a password: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>That choice is not possible: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <source>The export could not be written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37"/>
        <source>Stopped on request: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>Logging in to the mail server failed; check the user name and password: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>The server&apos;s certificate is not trusted, so nothing was sent to it: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>The source sent a page that does not look like the newsletter (an error, login or cookie page, or a page cut short); the stored copy was kept: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>Helder could not read this file (a fault in Helder; details in the log): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>No article text was found on this page; open it in the browser instead: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="55"/>
        <source>Something went wrong: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="65"/>
        <source>The briefings file was damaged, so Helder started a new, empty one. The damaged file was kept as {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="69"/>
        <source>The briefings file could not be opened ({1}). It was left as it is. Until this is solved, new briefings are kept only until Helder closes: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="74"/>
        <source>The library file was damaged, so Helder started a new, empty library. The damaged file was kept as {0}. Your briefings and settings are kept separately and were not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>The library could not be opened ({1}). It was left as it is. Until this is solved (for example by freeing disk space), Helder uses an empty temporary library that is not kept: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineLabel</name>
    <message>
        <location filename="../../ui/library_status.py" line="89"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_status.py" line="90"/>
        <source>Offline: no source could be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_status.py" line="91"/>
        <source>The last refresh could not reach any source. Stored issues can still be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageLayout</name>
    <message>
        <location filename="../../ui/page_layout.py" line="127"/>
        <source>One page at a time: Enter opens, Escape goes back, F6 goes to the next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_layout.py" line="133"/>
        <source>Panes side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_layout.py" line="203"/>
        <source>One page at a time: the page is already full width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_layout.py" line="211"/>
        <source>Move to the library, the items or the article first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_layout.py" line="225"/>
        <source>This pane cannot be made wider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_layout.py" line="226"/>
        <source>This pane cannot be made narrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/page_layout.py" line="233"/>
        <source>Pane width {0} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PronunciationDialog</name>
    <message>
        <location filename="../../ui/dialogs/pronunciation_dialog.py" line="35"/>
        <source>Pronunciation list – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pronunciation_dialog.py" line="40"/>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pronunciation_dialog.py" line="41"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pronunciation_dialog.py" line="42"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pronunciation_dialog.py" line="45"/>
        <source>&amp;Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pronunciation_dialog.py" line="49"/>
        <source>W&amp;ritten as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pronunciation_dialog.py" line="50"/>
        <source>&amp;Said as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pronunciation_dialog.py" line="51"/>
        <source>&amp;Add or change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pronunciation_dialog.py" line="52"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pronunciation_dialog.py" line="63"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pronunciation_dialog.py" line="64"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pronunciation_dialog.py" line="101"/>
        <source>{0}: said as {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../../ui/reading_view.py" line="72"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reading_view.py" line="102"/>
        <source>Theme: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reading_view.py" line="111"/>
        <source>Read more: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reading_view.py" line="135"/>
        <source>Image: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reading_view.py" line="136"/>
        <source>Image without description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reading_view.py" line="302"/>
        <source>Link: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reading_view.py" line="340"/>
        <source>Paragraph: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reading_view.py" line="342"/>
        <source>No further paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reading_view.py" line="343"/>
        <source>No earlier paragraph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshProgress</name>
    <message>
        <location filename="../../ui/library_status.py" line="27"/>
        <source>Refresh progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_status.py" line="32"/>
        <location filename="../../ui/library_status.py" line="34"/>
        <source>Cancel refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_status.py" line="60"/>
        <source>{0} asked to wait {1} s before trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_status.py" line="73"/>
        <source>{0} of {1} sources, {2} issues, {3}; each download stops after {4} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/library_status.py" line="77"/>
        <source>{0} of {1} sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalTexts</name>
    <message>
        <location filename="../../ui/removal.py" line="24"/>
        <source>Remove {0}? With it go {1} stored issues, {2} notes and {3} starred items. Until Helder closes you can bring it all back with Library &gt; Undo removing source (Ctrl+Z in the library).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="31"/>
        <source>Remove source – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="35"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="39"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="43"/>
        <source>{0} removed. Ctrl+Z in the library brings it back until Helder closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/removal.py" line="48"/>
        <source>{0} is back, with its issues and notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="55"/>
        <source>Search the library – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="56"/>
        <source>Search the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="62"/>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="64"/>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="68"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="79"/>
        <source>&amp;Search for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="80"/>
        <source>So&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="81"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="82"/>
        <source>&amp;From date (YYYY-MM-DD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="83"/>
        <source>T&amp;o date (YYYY-MM-DD):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="86"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="91"/>
        <source>&amp;Results:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="93"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="140"/>
        <source>Write a date as year-month-day, for example 2026-06-12: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="179"/>
        <source>Nothing found for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="181"/>
        <source>1 result for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/search_dialog.py" line="183"/>
        <source>{0} results for {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="76"/>
        <source>Send briefing by e-mail – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="77"/>
        <source>Send briefing by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="90"/>
        <source>name@example.nl, another@example.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="92"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="97"/>
        <source>&amp;Word (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="97"/>
        <source>&amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="98"/>
        <source>&amp;HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="98"/>
        <source>MP&amp;3 audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="99"/>
        <source>WA&amp;V audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="114"/>
        <source>STARTTLS (port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="115"/>
        <source>TLS (port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="125"/>
        <source>empty: the one in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="130"/>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="132"/>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="133"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="134"/>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="135"/>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="136"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="137"/>
        <source>Passwo&amp;rd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="144"/>
        <location filename="../../ui/dialogs/send_dialog.py" line="227"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="145"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="149"/>
        <source>Briefing: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="217"/>
        <source>Sending to {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="222"/>
        <source>Send briefing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="223"/>
        <source>Send “{0}” to {1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="224"/>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="228"/>
        <source>Do not send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="254"/>
        <source>Briefing sent to {0}. A copy is kept in the library under Sent briefings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="296"/>
        <source>Type the sending server&apos;s name, such as smtp.example.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="297"/>
        <source>Type your user name for the sending server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="298"/>
        <source>Type your own e-mail address as the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="299"/>
        <source>Type at least one e-mail address to send to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="303"/>
        <source>Check the addresses: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="305"/>
        <source>The mail server refused the user name or password; type the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/send_dialog.py" line="308"/>
        <source>The server&apos;s certificate is not trusted, so nothing was sent: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="55"/>
        <source>Display – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="56"/>
        <source>Display settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="66"/>
        <source>Colour &amp;theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="70"/>
        <source>Choose text colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="71"/>
        <source>Choose background colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="73"/>
        <source>Te&amp;xt colour (#rrggbb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="74"/>
        <source>&amp;Background colour (#rrggbb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="88"/>
        <location filename="../../ui/settings_dialog.py" line="90"/>
        <source>Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="93"/>
        <source>System font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="96"/>
        <source>F&amp;ont</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="97"/>
        <source>Bol&amp;der text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="100"/>
        <source>Text si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="101"/>
        <source>&amp;Line height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="103"/>
        <source>Space after &amp;paragraph (em)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="106"/>
        <source>L&amp;etter spacing (em)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="109"/>
        <source>&amp;Word spacing (em)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="112"/>
        <source>&amp;Maximum line length (characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="116"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <source>1 line clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="118"/>
        <source>{0} lines clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <source>Line &amp;focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="121"/>
        <source>Reading &amp;ruler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="123"/>
        <source>Tint every other li&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="125"/>
        <source>Show &amp;images (with their description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="140"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="142"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="143"/>
        <source>Re&amp;set to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="312"/>
        <source>Enter both colours as #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="318"/>
        <source>{0} : 1 – good (at least 7 : 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="319"/>
        <source>{0} : 1 – allowed, but below the recommended 7 : 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="321"/>
        <source>{0} : 1 – too little contrast; at least 4.5 : 1 is needed. These colours are not used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="34"/>
        <source>Keyboard shortcuts – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="35"/>
        <source>Every command of Helder and the keys that run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="38"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="40"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="40"/>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="40"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="51"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="56"/>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="65"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="76"/>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="77"/>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="78"/>
        <source>Next link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="79"/>
        <source>Previous link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="80"/>
        <source>Next paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="81"/>
        <source>Previous paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="82"/>
        <source>Next theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="83"/>
        <source>Previous theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts.py" line="84"/>
        <source>Next unread item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeechBar</name>
    <message>
        <location filename="../../ui/speech_bar.py" line="156"/>
        <location filename="../../ui/speech_bar.py" line="162"/>
        <location filename="../../ui/speech_bar.py" line="163"/>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/speech_bar.py" line="168"/>
        <source>Speed (words per minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/speech_bar.py" line="170"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/speech_bar.py" line="156"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/speech_bar.py" line="156"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/speech_bar.py" line="166"/>
        <source>S&amp;peed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/speech_bar.py" line="167"/>
        <source> words/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/speech_bar.py" line="169"/>
        <source>Vol&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/speech_bar.py" line="189"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/speech_bar.py" line="190"/>
        <source>Previous sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/speech_bar.py" line="191"/>
        <source>Next sentence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeechController</name>
    <message>
        <location filename="../../ui/speech.py" line="192"/>
        <source>Reading aloud is left to your screen reader. Use its read-all command in the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/speech.py" line="231"/>
        <source>No audio output was found: nothing can be heard. Reading moves on and the sentence being read is highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/speech.py" line="250"/>
        <source>Reading aloud is not available: no speech voice was found. Add a voice in Windows Settings, Time and language, Speech.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/speech.py" line="254"/>
        <source>Reading aloud is not available: no speech engine works. Install espeak-ng, for example with: brew install espeak-ng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/speech.py" line="257"/>
        <source>Reading aloud is not available: no speech engine works. Install espeak-ng, for example with: sudo apt install espeak-ng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/speech.py" line="302"/>
        <source>Reading aloud started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/speech.py" line="322"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/speech.py" line="333"/>
        <source>Reading resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/speech.py" line="354"/>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/speech.py" line="484"/>
        <source>Reading aloud stopped: the speech engine failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/speech.py" line="509"/>
        <source>End of the item. Press Space to read on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/speech.py" line="522"/>
        <source>Finished reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/speech.py" line="527"/>
        <source>Reading aloud stopped: the audio could not be played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/speech.py" line="541"/>
        <source>The speech engine stopped unexpectedly. Press Space to read on: Helder starts it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeechDialog</name>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="39"/>
        <source>Read-aloud settings – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="48"/>
        <source> words per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="50"/>
        <source>&amp;Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="57"/>
        <source>&amp;Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="61"/>
        <source>&amp;Dutch voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="61"/>
        <source>&amp;English voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="64"/>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="77"/>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="79"/>
        <source>&amp;Pause between items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="81"/>
        <source>S&amp;top after each item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="83"/>
        <source>&amp;Highlight the sentence being read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="85"/>
        <source>&amp;Leave speaking to my screen reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="103"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="104"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="88"/>
        <source>While a screen reader runs, &amp;follow the list with Helder&apos;s voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="113"/>
        <source>A screen reader is running: Helder&apos;s voice starts only when you give a read command, never because focus moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="116"/>
        <source>Helder has not yet found out whether a screen reader is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speech_dialog.py" line="117"/>
        <source>No screen reader was found running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../ui/dialogs/versions_dialog.py" line="31"/>
        <source>Earlier versions – Helder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions_dialog.py" line="33"/>
        <source>&amp;Earlier versions, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions_dialog.py" line="37"/>
        <source>Earlier versions of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions_dialog.py" line="38"/>
        <source>Going back keeps the current copy as a version, and your read marks, stars and notes stay with the items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions_dialog.py" line="45"/>
        <source>{0} items, stored {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/versions_dialog.py" line="51"/>
        <source>&amp;Go back to this version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/app.py" line="101"/>
        <location filename="../../ui/app.py" line="134"/>
        <source>Helder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

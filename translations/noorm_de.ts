<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui_confirm.h" line="34"/>
        <source>Protected config</source>
        <translation>Geschützte Konfiguration</translation>
    </message>
    <message>
        <location filename="../app/gui_confirm.h" line="35"/>
        <source>Config &quot;%1&quot; is protected.</source>
        <translation>Die Konfiguration &quot;%1&quot; ist geschützt.</translation>
    </message>
    <message>
        <location filename="../app/gui_confirm.h" line="36"/>
        <source>Run it</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../app/gui_confirm.h" line="20"/>
        <location filename="../app/gui_confirm.h" line="40"/>
        <location filename="../app/sql_runner.cpp" line="59"/>
        <source>Not confirmed</source>
        <translation>Nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="19"/>
        <source>noorm's desktop app: configs, schema explorer and SQL terminal</source>
        <translation>Desktop-App von noorm: Konfigurationen, Schema-Explorer und SQL-Terminal</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="22"/>
        <source>The project folder to open (default: the working directory, if it is one)</source>
        <translation>Zu öffnender Projektordner (Standard: das Arbeitsverzeichnis, sofern es eines ist)</translation>
    </message>
</context>
<context>
    <name>noorm::BuildRunner</name>
    <message>
        <location filename="../app/build_runner.cpp" line="33"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="34"/>
        <source>ran</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="35"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="36"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="55"/>
        <source>Force (run unchanged files too)</source>
        <translation>Erzwingen (auch unveränderte Dateien ausführen)</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="56"/>
        <source>Dry run (render only; no database)</source>
        <translation>Probelauf (nur rendern; keine Datenbank)</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="57"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="67"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="67"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="67"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="71"/>
        <source>Double-click a failed file to open it at the error</source>
        <translation>Doppelklicken Sie eine fehlgeschlagene Datei, um sie an der Fehlerstelle zu öffnen</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="85"/>
        <source>Build</source>
        <translation>Bauen</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="85"/>
        <source>Run every file of the SQL folder that changed (run build)</source>
        <translation>Jede geänderte Datei des SQL-Ordners ausführen (run build)</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="86"/>
        <source>Run Selected</source>
        <translation>Auswahl ausführen</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="86"/>
        <source>Run the files selected on the left (run files)</source>
        <translation>Die links gewählten Dateien ausführen (run files)</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="87"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="87"/>
        <source>The rendered SQL of the selection, or of the whole build</source>
        <translation>Das gerenderte SQL der Auswahl oder des ganzen Builds</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="88"/>
        <source>Truncate…</source>
        <translation>Leeren…</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="88"/>
        <source>Empty every user table, keeping the structure (db truncate)</source>
        <translation>Alle Benutzertabellen leeren, die Struktur bleibt (db truncate)</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="89"/>
        <source>Teardown…</source>
        <translation>Abbauen…</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="89"/>
        <source>Drop every user object, keeping noorm's tables (db teardown)</source>
        <translation>Alle Benutzerobjekte löschen, noorms Tabellen bleiben (db teardown)</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="90"/>
        <source>Reset…</source>
        <translation>Zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="90"/>
        <source>Teardown, then build everything again (db reset)</source>
        <translation>Abbauen, dann alles neu bauen (db reset)</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="92"/>
        <source>These statements will run on %1:</source>
        <translation>Diese Anweisungen werden auf %1 ausgeführt:</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="94"/>
        <source>Run Them</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="160"/>
        <location filename="../app/build_runner.cpp" line="286"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="163"/>
        <source>Not confirmed</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="193"/>
        <source>Dry run: %1 files rendered, nothing ran</source>
        <translation>Probelauf: %1 Dateien gerendert, nichts ausgeführt</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="194"/>
        <source>%1 ran, %2 skipped, %3 failed, %4 ms</source>
        <translation>%1 ausgeführt, %2 übersprungen, %3 fehlgeschlagen, %4 ms</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="242"/>
        <source>Rendering…</source>
        <translation>Wird gerendert…</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="249"/>
        <source>%1 files rendered</source>
        <translation>%1 Dateien gerendert</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="258"/>
        <source>Reading what would be dropped…</source>
        <translation>Was gelöscht würde, wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="278"/>
        <source>Truncate %1?</source>
        <translation>%1 leeren?</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="279"/>
        <source>Teardown %1?</source>
        <translation>%1 abbauen?</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="280"/>
        <source>Reset %1 (teardown, then build)?</source>
        <translation>%1 zurücksetzen (abbauen, dann bauen)?</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="282"/>
        <source>Not run.</source>
        <translation>Nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="299"/>
        <source>%1 tables emptied</source>
        <translation>%1 Tabellen geleert</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="305"/>
        <source>%1 objects dropped, %2 changes marked stale</source>
        <translation>%1 Objekte gelöscht, %2 Änderungen als veraltet markiert</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="312"/>
        <source>The build after the teardown failed</source>
        <translation>Der Build nach dem Abbau ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="313"/>
        <source>%1 objects dropped, then %2 files built</source>
        <translation>%1 Objekte gelöscht, dann %2 Dateien gebaut</translation>
    </message>
</context>
<context>
    <name>noorm::ChangeManager</name>
    <message>
        <location filename="../app/change_manager.cpp" line="39"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="40"/>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="41"/>
        <source>changed since applied</source>
        <translation>seit dem Anwenden geändert</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="42"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="43"/>
        <source>reverted</source>
        <translation>zurückgenommen</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="44"/>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="45"/>
        <source>orphaned (no folder)</source>
        <translation>verwaist (kein Ordner)</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="48"/>
        <source>, out of order</source>
        <translation>, außer der Reihe</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="77"/>
        <source>apply</source>
        <translation>anwenden</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="77"/>
        <source>revert</source>
        <translation>zurücknehmen</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="84"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="90"/>
        <source>Filter changes</source>
        <translation>Änderungen filtern</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="92"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="92"/>
        <location filename="../app/change_manager.cpp" line="99"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="92"/>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="92"/>
        <location filename="../app/change_manager.cpp" line="99"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="99"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="99"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="99"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="99"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="117"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="117"/>
        <source>Apply the selected change (change run)</source>
        <translation>Die gewählte Änderung anwenden (change run)</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="118"/>
        <source>Revert</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="118"/>
        <source>Revert the selected change (change revert)</source>
        <translation>Die gewählte Änderung zurücknehmen (change revert)</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="119"/>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="119"/>
        <source>Apply the next pending change (change next)</source>
        <translation>Die nächste ausstehende Änderung anwenden (change next)</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="120"/>
        <source>Fast-forward</source>
        <translation>Alle anwenden</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="120"/>
        <source>Apply every pending change in order (change ff)</source>
        <translation>Alle ausstehenden Änderungen der Reihe nach anwenden (change ff)</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="121"/>
        <source>Rewind to Here</source>
        <translation>Bis hierher zurücknehmen</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="121"/>
        <source>Revert the applied changes down to and including the selected one (change rewind)</source>
        <translation>Die angewendeten Änderungen bis einschließlich der gewählten zurücknehmen (change rewind)</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="122"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="133"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="134"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="203"/>
        <source>Edited since applied: %1</source>
        <translation>Seit dem Anwenden bearbeitet: %1</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="206"/>
        <source>Not a change set: %1</source>
        <translation>Keine Änderung: %1</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="271"/>
        <source>-- cannot read %1</source>
        <translation>-- %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="290"/>
        <source>Planning…</source>
        <translation>Wird geplant…</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="303"/>
        <source>Nothing to run.</source>
        <translation>Nichts auszuführen.</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="308"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="313"/>
        <source>Run on %1?</source>
        <translation>Auf %1 ausführen?</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="314"/>
        <source>Not run.</source>
        <translation>Nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="328"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="331"/>
        <source>Not confirmed</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="342"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="362"/>
        <source>1 change ran: %1</source>
        <translation>1 Änderung ausgeführt: %1</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="363"/>
        <source>%1 changes ran</source>
        <translation>%1 Änderungen ausgeführt</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="397"/>
        <source>Created %1</source>
        <translation>%1 erstellt</translation>
    </message>
</context>
<context>
    <name>noorm::ConfigDialog</name>
    <message>
        <location filename="../app/config_dialog.cpp" line="24"/>
        <source>Test database (builds may seed it)</source>
        <translation>Testdatenbank (Builds dürfen sie mit Daten befüllen)</translation>
    </message>
    <message>
        <location filename="../app/config_dialog.cpp" line="25"/>
        <source>Protected (destructive commands refused, others confirmed)</source>
        <translation>Geschützt (destruktive Befehle werden abgelehnt, andere müssen bestätigt werden)</translation>
    </message>
    <message>
        <location filename="../app/config_dialog.cpp" line="26"/>
        <source>Make it the active config</source>
        <translation>Als aktive Konfiguration festlegen</translation>
    </message>
    <message>
        <location filename="../app/config_dialog.cpp" line="26"/>
        <location filename="../app/config_dialog.cpp" line="133"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../app/config_dialog.cpp" line="27"/>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location filename="../app/config_dialog.cpp" line="30"/>
        <source>Edit Config</source>
        <translation>Konfiguration bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/config_dialog.cpp" line="30"/>
        <source>Add Config</source>
        <translation>Konfiguration hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/config_dialog.cpp" line="34"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../app/config_dialog.cpp" line="36"/>
        <source>letters, numbers, - and _</source>
        <translation>Buchstaben, Ziffern, - und _</translation>
    </message>
    <message>
        <location filename="../app/config_dialog.cpp" line="43"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/config_dialog.cpp" line="44"/>
        <source>Dialect</source>
        <translation>Dialekt</translation>
    </message>
    <message>
        <location filename="../app/config_dialog.cpp" line="45"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../app/config_dialog.cpp" line="46"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../app/config_dialog.cpp" line="48"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/config_dialog.cpp" line="49"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../app/config_dialog.cpp" line="72"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../app/config_dialog.cpp" line="133"/>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <location filename="../app/config_dialog.cpp" line="134"/>
        <source>./app.db (relative to the project)</source>
        <translation>./app.db (relativ zum Projekt)</translation>
    </message>
    <message>
        <location filename="../app/config_dialog.cpp" line="140"/>
        <source>default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <location filename="../app/config_dialog.cpp" line="148"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../app/config_dialog.cpp" line="170"/>
        <source>✓ The database file does not exist yet: the first build creates it.</source>
        <translation>✓ Die Datenbankdatei existiert noch nicht: Der erste Build legt sie an.</translation>
    </message>
    <message>
        <location filename="../app/config_dialog.cpp" line="171"/>
        <source>✓ Connected: %1 %2</source>
        <translation>✓ Verbunden: %1 %2</translation>
    </message>
    <message>
        <location filename="../app/config_dialog.cpp" line="171"/>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
</context>
<context>
    <name>noorm::ConfigSidebar</name>
    <message>
        <location filename="../app/config_sidebar.cpp" line="70"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../app/config_sidebar.cpp" line="72"/>
        <source>protected</source>
        <translation>geschützt</translation>
    </message>
    <message>
        <location filename="../app/config_sidebar.cpp" line="74"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../app/config_sidebar.cpp" line="100"/>
        <source>Use as the Active Config</source>
        <translation>Als aktive Konfiguration verwenden</translation>
    </message>
    <message>
        <location filename="../app/config_sidebar.cpp" line="165"/>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <location filename="../app/config_sidebar.cpp" line="169"/>
        <source>No configs yet. Add one with noorm config add.</source>
        <translation>Noch keine Konfigurationen. Fügen Sie eine mit noorm config add hinzu.</translation>
    </message>
</context>
<context>
    <name>noorm::ErDiagram</name>
    <message>
        <location filename="../app/er_diagram.cpp" line="169"/>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../app/er_diagram.cpp" line="169"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Vergrößern (Strg+Mausrad)</translation>
    </message>
    <message>
        <location filename="../app/er_diagram.cpp" line="170"/>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../app/er_diagram.cpp" line="170"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Verkleinern (Strg+Mausrad)</translation>
    </message>
    <message>
        <location filename="../app/er_diagram.cpp" line="171"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../app/er_diagram.cpp" line="171"/>
        <source>Show the whole diagram</source>
        <translation>Das gesamte Diagramm anzeigen</translation>
    </message>
    <message>
        <location filename="../app/er_diagram.cpp" line="172"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../app/er_diagram.cpp" line="172"/>
        <source>Save as PNG or SVG</source>
        <translation>Als PNG oder SVG speichern</translation>
    </message>
    <message>
        <location filename="../app/er_diagram.cpp" line="228"/>
        <source>Schema %1</source>
        <translation>Schema %1</translation>
    </message>
    <message>
        <location filename="../app/er_diagram.cpp" line="229"/>
        <source>ER diagram made by noorm</source>
        <translation>ER-Diagramm, erstellt mit noorm</translation>
    </message>
    <message>
        <location filename="../app/er_diagram.cpp" line="249"/>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../app/er_diagram.cpp" line="250"/>
        <source>SVG (*.svg);;PNG (*.png)</source>
        <translation>SVG (*.svg);;PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>noorm::IdentityView</name>
    <message>
        <location filename="../app/identity_view.cpp" line="37"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="37"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="37"/>
        <source>Machine</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="37"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="37"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="41"/>
        <source>Copy Public Key</source>
        <translation>Öffentlichen Schlüssel kopieren</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="42"/>
        <source>For a teammate: noorm config export NAME --to &lt;this key&gt;</source>
        <translation>Für ein Teammitglied: noorm config export NAME --to &lt;dieser Schlüssel&gt;</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="44"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="53"/>
        <source>Registered in the database of %1</source>
        <translation>Registriert in der Datenbank von %1</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="87"/>
        <source>No identity yet: create one with noorm identity init.</source>
        <translation>Noch keine Identität: legen Sie eine mit noorm identity init an.</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="91"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;lt;%2&amp;gt; on %3 · identity %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;lt;%2&amp;gt; auf %3 · Identität %4</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="98"/>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="106"/>
        <source>1 identity registered</source>
        <translation>1 Identität registriert</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="107"/>
        <source>%1 identities registered</source>
        <translation>%1 Identitäten registriert</translation>
    </message>
</context>
<context>
    <name>noorm::LogViewer</name>
    <message>
        <location filename="../app/log_viewer.cpp" line="42"/>
        <source>Follow</source>
        <translation>Mitlaufen</translation>
    </message>
    <message>
        <location filename="../app/log_viewer.cpp" line="44"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/log_viewer.cpp" line="44"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../app/log_viewer.cpp" line="44"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/log_viewer.cpp" line="44"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../app/log_viewer.cpp" line="49"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/log_viewer.cpp" line="50"/>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <location filename="../app/log_viewer.cpp" line="51"/>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <location filename="../app/log_viewer.cpp" line="52"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../app/log_viewer.cpp" line="54"/>
        <source>Search the log</source>
        <translation>Im Protokoll suchen</translation>
    </message>
    <message>
        <location filename="../app/log_viewer.cpp" line="58"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
</context>
<context>
    <name>noorm::MainWindow</name>
    <message>
        <location filename="../app/main_window.cpp" line="88"/>
        <source>noorm</source>
        <translation>noorm</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="106"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="107"/>
        <source>Force Release…</source>
        <translation>Freigabe erzwingen…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="134"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="138"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Projekt öffnen…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="138"/>
        <source>Open a folder holding a noorm project</source>
        <translation>Einen Ordner mit einem noorm-Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="139"/>
        <source>New &amp;SQL Tab</source>
        <translation>Neuer &amp;SQL-Tab</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="139"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="139"/>
        <source>Open a SQL terminal on the current config</source>
        <translation>Ein SQL-Terminal für die aktuelle Konfiguration öffnen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="140"/>
        <source>&amp;Run Statement</source>
        <translation>&amp;Anweisung ausführen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="140"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="141"/>
        <source>Run the statement under the cursor, or the selection</source>
        <translation>Die Anweisung unter dem Cursor oder die Auswahl ausführen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="142"/>
        <source>Run &amp;Script</source>
        <translation>S&amp;kript ausführen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="142"/>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="142"/>
        <source>Run the whole script</source>
        <translation>Das gesamte Skript ausführen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="143"/>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="143"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="143"/>
        <source>Cancel the running statement</source>
        <translation>Die laufende Anweisung abbrechen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="144"/>
        <source>&amp;Refresh Explorer</source>
        <translation>Explorer &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="144"/>
        <source>Read the catalog again</source>
        <translation>Den Katalog neu einlesen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="145"/>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="145"/>
        <source>Close the current tab</source>
        <translation>Den aktuellen Tab schließen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="146"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="146"/>
        <source>Quit noorm</source>
        <translation>noorm beenden</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="147"/>
        <source>&amp;About noorm</source>
        <translation>Ü&amp;ber noorm</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="147"/>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="148"/>
        <source>&amp;Add Config…</source>
        <translation>Konfiguration &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="148"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="148"/>
        <source>Add a database connection</source>
        <translation>Eine Datenbankverbindung hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="149"/>
        <source>&amp;Edit Config…</source>
        <translation>Konfiguration &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="149"/>
        <source>Edit the selected config</source>
        <translation>Die ausgewählte Konfiguration bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="150"/>
        <source>&amp;Remove Config…</source>
        <translation>Konfiguration &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="150"/>
        <source>Remove the selected config and its secrets</source>
        <translation>Die ausgewählte Konfiguration und ihre Geheimnisse entfernen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="151"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="151"/>
        <source>Make a folder a noorm project (noorm init)</source>
        <translation>Einen Ordner zu einem noorm-Projekt machen (noorm init)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="153"/>
        <location filename="../app/main_window.cpp" line="580"/>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="157"/>
        <source>&amp;Copy Config…</source>
        <translation>Konfiguration &amp;kopieren…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="157"/>
        <source>Copy the selected config and its secrets under a new name</source>
        <translation>Die gewählte Konfiguration samt Geheimnissen unter neuem Namen kopieren</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="160"/>
        <source>Copy Config</source>
        <translation>Konfiguration kopieren</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="160"/>
        <source>Name of the copy of &quot;%1&quot;:</source>
        <translation>Name der Kopie von &quot;%1&quot;:</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="165"/>
        <source>C&amp;hange Manager</source>
        <translation>Ä&amp;nderungsverwaltung</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="165"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="165"/>
        <source>The config's change sets: apply, revert, fast-forward, rewind</source>
        <translation>Die Änderungen der Konfiguration: anwenden, zurücknehmen, alle anwenden, zurückspulen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="167"/>
        <source>&amp;Build Runner</source>
        <translation>&amp;Build-Ausführung</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="167"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="167"/>
        <source>Run the SQL folder, or files of it, with progress</source>
        <translation>Den SQL-Ordner oder einzelne Dateien daraus mit Fortschritt ausführen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="169"/>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="169"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="169"/>
        <source>The project's log, followed as it grows</source>
        <translation>Das Protokoll des Projekts, fortlaufend verfolgt</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="171"/>
        <source>&amp;Identity and Team</source>
        <translation>&amp;Identität und Team</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="171"/>
        <source>Your identity, your public key, and who is registered in the database</source>
        <translation>Ihre Identität, Ihr öffentlicher Schlüssel und wer in der Datenbank registriert ist</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="173"/>
        <source>&amp;ER Diagram</source>
        <translation>&amp;ER-Diagramm</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="173"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="173"/>
        <source>Diagram of the selected schema's tables and keys</source>
        <translation>Diagramm der Tabellen und Schlüssel des ausgewählten Schemas</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="180"/>
        <location filename="../app/main_window.cpp" line="182"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="182"/>
        <source>%1 holds no noorm project (no .noorm folder). Create one with noorm init.</source>
        <translation>%1 enthält kein noorm-Projekt (kein .noorm-Ordner). Legen Sie eines mit noorm init an.</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="212"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="215"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="220"/>
        <source>&amp;Config</source>
        <translation>&amp;Konfiguration</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="225"/>
        <source>&amp;Query</source>
        <translation>&amp;Abfrage</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="231"/>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="238"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="241"/>
        <source>Main</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="266"/>
        <source>&lt;h2&gt;noorm&lt;/h2&gt;SQL files are the source of truth.</source>
        <translation>&lt;h2&gt;noorm&lt;/h2&gt;SQL-Dateien sind die maßgebliche Quelle.</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="268"/>
        <source>Open Project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="271"/>
        <source>New Project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="301"/>
        <source>%1 holds no noorm project</source>
        <translation>%1 enthält kein noorm-Projekt</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="321"/>
        <source>Configs</source>
        <translation>Konfigurationen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="328"/>
        <source>Explorer</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="360"/>
        <source>Sync Now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="361"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="371"/>
        <source>Double-click an object in the explorer to open it,
or press %1 for a SQL tab.</source>
        <translation>Doppelklicken Sie ein Objekt im Explorer, um es zu öffnen,
oder drücken Sie %1 für einen SQL-Tab.</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="405"/>
        <source>The catalog has not changed</source>
        <translation>Der Katalog hat sich nicht geändert</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="409"/>
        <source>%1 — noorm</source>
        <translation>%1 — noorm</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="443"/>
        <source>%1 · %2 · %3%4 · connecting…</source>
        <translation>%1 · %2 · %3%4 · verbinde…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="445"/>
        <location filename="../app/main_window.cpp" line="452"/>
        <source> · protected</source>
        <translation> · geschützt</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="467"/>
        <location filename="../app/main_window.cpp" line="471"/>
        <source>not connected: %1</source>
        <translation>nicht verbunden: %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="469"/>
        <source>no database file yet</source>
        <translation>noch keine Datenbankdatei</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="472"/>
        <source>%1 · %2 %3 · %4%5</source>
        <translation>%1 · %2 %3 · %4%5</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="496"/>
        <source>SQL %1 · %2</source>
        <translation>SQL %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="584"/>
        <source>Project created; your identity %1 was made and its key kept in the keychain</source>
        <translation>Projekt erstellt; Ihre Identität %1 wurde angelegt und ihr Schlüssel im Schlüsselbund abgelegt</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="585"/>
        <source>Project created</source>
        <translation>Projekt erstellt</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="613"/>
        <location filename="../app/main_window.cpp" line="617"/>
        <source>Remove Config</source>
        <translation>Konfiguration entfernen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="614"/>
        <source>Config &quot;%1&quot; is protected. Type yes-%1 to remove it and its secrets.</source>
        <translation>Die Konfiguration &quot;%1&quot; ist geschützt. Geben Sie yes-%1 ein, um sie und ihre Geheimnisse zu entfernen.</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="617"/>
        <source>Remove config &quot;%1&quot; and its secrets?</source>
        <translation>Konfiguration &quot;%1&quot; und ihre Geheimnisse entfernen?</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="641"/>
        <source>Diagram · %1</source>
        <translation>Diagramm · %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="642"/>
        <source>%1 tables, %2 foreign keys</source>
        <translation>%1 Tabellen, %2 Fremdschlüssel</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="665"/>
        <source>Build · %1</source>
        <translation>Build · %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="674"/>
        <source>Preview · %1</source>
        <translation>Vorschau · %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="699"/>
        <source>lock: unknown</source>
        <translation>Sperre: unbekannt</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="705"/>
        <source>not locked</source>
        <translation>nicht gesperrt</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="706"/>
        <source>Nobody holds the lock of %1</source>
        <translation>Niemand hält die Sperre von %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="711"/>
        <source>locked by %1</source>
        <translation>gesperrt von %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="712"/>
        <source>Locked by %1 since %2, until %3%4</source>
        <translation>Gesperrt von %1 seit %2, bis %3%4</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="723"/>
        <source>Force Release</source>
        <translation>Freigabe erzwingen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="724"/>
        <source>Release the lock of %1 whoever holds it? Their run may still be going.</source>
        <translation>Die Sperre von %1 freigeben, egal wer sie hält? Dessen Lauf kann noch andauern.</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="751"/>
        <source>Your secrets are out of sync with the team vault.</source>
        <translation>Ihre Geheimnisse sind nicht mehr im Stand des Team-Tresors.</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="778"/>
        <source>Synced %1 secrets from the vault</source>
        <translation>%1 Geheimnisse aus dem Tresor abgeglichen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="788"/>
        <source>Identity · %1</source>
        <translation>Identität · %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="801"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="809"/>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="832"/>
        <source>Changes · %1</source>
        <translation>Änderungen · %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="884"/>
        <source>About noorm</source>
        <translation>Über noorm</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="885"/>
        <source>&lt;h3&gt;noorm %1&lt;/h3&gt;&lt;p&gt;A SQL-first database schema and change manager.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;noorm %1&lt;/h3&gt;&lt;p&gt;Ein SQL-orientiertes Werkzeug zur Verwaltung von Datenbankschemata und deren Änderungen.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>noorm::ObjectView</name>
    <message>
        <location filename="../app/object_view.cpp" line="60"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="95"/>
        <location filename="../app/object_view.cpp" line="104"/>
        <location filename="../app/object_view.cpp" line="111"/>
        <location filename="../app/object_view.cpp" line="117"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="95"/>
        <location filename="../app/object_view.cpp" line="104"/>
        <location filename="../app/object_view.cpp" line="111"/>
        <location filename="../app/object_view.cpp" line="117"/>
        <location filename="../app/object_view.cpp" line="132"/>
        <location filename="../app/object_view.cpp" line="152"/>
        <location filename="../app/object_view.cpp" line="158"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="95"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="96"/>
        <source>Returns</source>
        <translation>Rückgabetyp</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="96"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="97"/>
        <source>Overloads</source>
        <translation>Überladungen</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="104"/>
        <location filename="../app/object_view.cpp" line="158"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="104"/>
        <source>Timing</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="105"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="111"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="111"/>
        <source>Base type</source>
        <translation>Basistyp</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="112"/>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="123"/>
        <source>DDL</source>
        <translation>DDL</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="132"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="132"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="132"/>
        <source>Null</source>
        <translation>Null</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="132"/>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="132"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="132"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="137"/>
        <source>PK</source>
        <translation>PK</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="139"/>
        <source>FK</source>
        <translation>FK</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="141"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="142"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="142"/>
        <source>not null</source>
        <translation>not null</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="149"/>
        <source>Columns (%1)</source>
        <translation>Spalten (%1)</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="152"/>
        <location filename="../app/object_view.cpp" line="158"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="152"/>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="152"/>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="156"/>
        <source>Indexes (%1)</source>
        <translation>Indizes (%1)</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="158"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="158"/>
        <source>Referenced columns</source>
        <translation>Referenzierte Spalten</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="158"/>
        <source>On update</source>
        <translation>Bei Änderung</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="159"/>
        <source>On delete</source>
        <translation>Bei Löschung</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="162"/>
        <source>→ references</source>
        <translation>→ verweist auf</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="167"/>
        <source>← referenced by</source>
        <translation>← referenziert von</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="171"/>
        <source>Double-click a key to open the other table</source>
        <translation>Doppelklick auf einen Schlüssel öffnet die andere Tabelle</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="177"/>
        <source>Foreign keys (%1)</source>
        <translation>Fremdschlüssel (%1)</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="183"/>
        <source>WHERE … (press Enter)</source>
        <translation>WHERE … (Eingabetaste drücken)</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="204"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="213"/>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="213"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="217"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="238"/>
        <source>-- reading the definition…</source>
        <translation>-- Definition wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="245"/>
        <source>-- no definition: %1</source>
        <translation>-- keine Definition: %1</translation>
    </message>
</context>
<context>
    <name>noorm::ResultGrid</name>
    <message>
        <location filename="../app/result_grid.cpp" line="31"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/result_grid.cpp" line="36"/>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../app/result_grid.cpp" line="38"/>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../app/result_grid.cpp" line="50"/>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location filename="../app/result_grid.cpp" line="50"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location filename="../app/result_grid.cpp" line="50"/>
        <source>%1 rows so far (scroll for more)</source>
        <translation>Bisher %1 Zeilen (für mehr scrollen)</translation>
    </message>
    <message>
        <location filename="../app/result_grid.cpp" line="52"/>
        <source> — %1 more not kept: only the script's last result is read page by page</source>
        <translation> — %1 weitere nicht behalten: nur das letzte Ergebnis des Skripts wird seitenweise gelesen</translation>
    </message>
</context>
<context>
    <name>noorm::ResultModel</name>
    <message>
        <location filename="../app/result_model.cpp" line="47"/>
        <source>(binary, 1 byte)</source>
        <translation>(binär, 1 Byte)</translation>
    </message>
    <message>
        <location filename="../app/result_model.cpp" line="47"/>
        <source>(binary, %1 bytes)</source>
        <translation>(binär, %1 Bytes)</translation>
    </message>
    <message>
        <location filename="../app/result_model.cpp" line="87"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>noorm::SchemaTree</name>
    <message>
        <location filename="../app/schema_tree.cpp" line="25"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="26"/>
        <source>Views</source>
        <translation>Sichten</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="27"/>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="28"/>
        <source>Procedures</source>
        <translation>Prozeduren</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="29"/>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="30"/>
        <source>Types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="31"/>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="32"/>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="33"/>
        <source>Foreign keys</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="69"/>
        <source>Filter objects</source>
        <translation>Objekte filtern</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="120"/>
        <source>Reading the catalog…</source>
        <translation>Katalog wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="207"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="303"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="316"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="219"/>
        <source>The database has no objects yet.</source>
        <translation>Die Datenbank enthält noch keine Objekte.</translation>
    </message>
</context>
<context>
    <name>noorm::SqlEditor</name>
    <message>
        <location filename="../app/sql_editor.cpp" line="48"/>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="50"/>
        <location filename="../app/sql_editor.cpp" line="68"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="51"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="52"/>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="53"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="64"/>
        <source>1 replacement</source>
        <translation>1 Ersetzung</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="64"/>
        <source>%1 replacements</source>
        <translation>%1 Ersetzungen</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="68"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="99"/>
        <source>Complete</source>
        <translation>Vervollständigen</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="100"/>
        <source>Ctrl+Space</source>
        <translation>Ctrl+Space</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="140"/>
        <source>&quot;%1&quot; not found</source>
        <translation>&quot;%1&quot; nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="213"/>
        <source>No dialect %1</source>
        <translation>Unbekannter Dialekt %1</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="245"/>
        <source>Only a query that only reads can be exported (it runs again): copy the rows instead</source>
        <translation>Nur eine Abfrage, die nur liest, kann exportiert werden (sie läuft erneut): kopieren Sie stattdessen die Zeilen</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="249"/>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="258"/>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="258"/>
        <location filename="../app/sql_editor.cpp" line="325"/>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="258"/>
        <location filename="../app/sql_editor.cpp" line="325"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="269"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="292"/>
        <source>query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="294"/>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="301"/>
        <source>Result %1</source>
        <translation>Ergebnis %1</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="306"/>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="306"/>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="307"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="307"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="321"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="327"/>
        <source>Line %1: %2 in %3 ms</source>
        <translation>Zeile %1: %2 in %3 ms</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="329"/>
        <source>Line %1: %2 affected in %3 ms</source>
        <translation>Zeile %1: %2 betroffen in %3 ms</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="331"/>
        <source>Line %1: done in %2 ms</source>
        <translation>Zeile %1: fertig in %2 ms</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="344"/>
        <source>Done in %1 ms</source>
        <translation>Fertig in %1 ms</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="344"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
</TS>
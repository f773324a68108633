<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChangeText</name>
    <message>
        <location filename="../app/change_text.cpp" line="8"/>
        <source>apply</source>
        <translation>anwenden</translation>
    </message>
    <message>
        <location filename="../app/change_text.cpp" line="10"/>
        <source>revert</source>
        <translation>zurücknehmen</translation>
    </message>
    <message>
        <location filename="../app/change_text.cpp" line="17"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location filename="../app/change_text.cpp" line="19"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/change_text.cpp" line="21"/>
        <source>did not finish</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <location filename="../app/change_text.cpp" line="23"/>
        <source>reverted since</source>
        <translation>seitdem zurückgenommen</translation>
    </message>
    <message>
        <location filename="../app/change_text.cpp" line="25"/>
        <source>stale (torn down since)</source>
        <translation>veraltet (seitdem abgerissen)</translation>
    </message>
</context>
<context>
    <name>LockText</name>
    <message>
        <location filename="../app/lock_text.cpp" line="9"/>
        <source>Locked by %1 since %2, until %3%4</source>
        <translation>Gesperrt von %1 seit %2, bis %3%4</translation>
    </message>
</context>
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
        <location filename="../app/database_actions.cpp" line="18"/>
        <location filename="../app/database_actions.cpp" line="22"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../app/database_actions.cpp" line="18"/>
        <source>%1
Type %2 to go ahead:</source>
        <translation>%1
Zum Fortfahren %2 eingeben:</translation>
    </message>
    <message>
        <location filename="../app/database_actions.cpp" line="20"/>
        <location filename="../app/database_actions.cpp" line="25"/>
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
        <location filename="../app/main.cpp" line="22"/>
        <source>noorm&apos;s desktop app: configs, schema explorer and SQL terminal</source>
        <translation>Desktop-App von noorm: Konfigurationen, Schema-Explorer und SQL-Terminal</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="25"/>
        <source>The project folder to open (default: the working directory, if it is one)</source>
        <translation>Zu öffnender Projektordner (Standard: das Arbeitsverzeichnis, sofern es eines ist)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="28"/>
        <source>Start, show the window, say so and quit (checks an installation)</source>
        <translation>Starten, das Fenster zeigen, es melden und beenden (prüft eine Installation)</translation>
    </message>
</context>
<context>
    <name>noorm::BuildRunner</name>
    <message>
        <location filename="../app/build_runner.cpp" line="35"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="36"/>
        <source>ran</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="37"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="38"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="59"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="69"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="69"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="69"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="73"/>
        <source>Double-click a failed file to open it at the error</source>
        <translation>Doppelklicken Sie eine fehlgeschlagene Datei, um sie an der Fehlerstelle zu öffnen</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="87"/>
        <source>Build</source>
        <translation>Bauen</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="87"/>
        <source>Run every file of the SQL folder that changed (run build)</source>
        <translation>Jede geänderte Datei des SQL-Ordners ausführen (run build)</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="88"/>
        <source>Run Selected</source>
        <translation>Auswahl ausführen</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="88"/>
        <source>Run the files or the folder selected on the left (run files, run dir)</source>
        <translation>Die links gewählten Dateien oder den Ordner ausführen (run files, run dir)</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="89"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="89"/>
        <source>The rendered SQL of the selection, or of the whole build</source>
        <translation>Das gerenderte SQL der Auswahl oder des ganzen Builds</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="90"/>
        <source>Truncate…</source>
        <translation>Leeren…</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="90"/>
        <source>Empty every user table, keeping the structure (db truncate)</source>
        <translation>Alle Benutzertabellen leeren, die Struktur bleibt (db truncate)</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="91"/>
        <source>Teardown…</source>
        <translation>Abbauen…</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="91"/>
        <source>Drop every user object, keeping noorm&apos;s tables (db teardown)</source>
        <translation>Alle Benutzerobjekte löschen, noorms Tabellen bleiben (db teardown)</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="92"/>
        <source>Reset…</source>
        <translation>Zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="92"/>
        <source>Teardown, then build everything again (db reset)</source>
        <translation>Abbauen, dann alles neu bauen (db reset)</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="94"/>
        <source>These statements will run on %1:</source>
        <translation>Diese Anweisungen werden auf %1 ausgeführt:</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="96"/>
        <source>Run Them</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="101"/>
        <source>Run unchanged files too (run build --force)</source>
        <translation>Auch unveränderte Dateien ausführen (run build --force)</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="102"/>
        <source>Render the files into tmp/ only; nothing touches the database (run build --dry-run)</source>
        <translation>Die Dateien nur nach tmp/ rendern; die Datenbank bleibt unberührt (run build --dry-run)</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="199"/>
        <location filename="../app/build_runner.cpp" line="338"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="202"/>
        <source>Not confirmed</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/build_runner.cpp" line="232"/>
        <source>Dry run: %n file(s) rendered, nothing ran</source>
        <translation>
            <numerusform>Probelauf: %n Datei gerendert, nichts ausgeführt</numerusform>
            <numerusform>Probelauf: %n Dateien gerendert, nichts ausgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/build_runner.cpp" line="301"/>
        <source>%n file(s) rendered</source>
        <translation>
            <numerusform>%n Datei gerendert</numerusform>
            <numerusform>%n Dateien gerendert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/build_runner.cpp" line="351"/>
        <source>%n table(s) emptied</source>
        <translation>
            <numerusform>%n Tabelle geleert</numerusform>
            <numerusform>%n Tabellen geleert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/build_runner.cpp" line="357"/>
        <location filename="../app/build_runner.cpp" line="370"/>
        <source>%n object(s) dropped</source>
        <translation>
            <numerusform>%n Objekt gelöscht</numerusform>
            <numerusform>%n Objekte gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="359"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/build_runner.cpp" line="359"/>
        <source>%n change(s) marked stale</source>
        <translation>
            <numerusform>%n Änderung als veraltet markiert</numerusform>
            <numerusform>%n Änderungen als veraltet markiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="360"/>
        <source>%1, %2 and %3 marked stale</source>
        <translation>%1, %2 und %3 als veraltet markiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/build_runner.cpp" line="361"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/build_runner.cpp" line="361"/>
        <source>%n build(s)</source>
        <translation>
            <numerusform>%n Build</numerusform>
            <numerusform>%n Builds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="369"/>
        <source>%1, then %2 built</source>
        <translation>%1, dann %2 gebaut</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/build_runner.cpp" line="370"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="233"/>
        <source>%1 ran, %2 skipped, %3 failed, %4 ms</source>
        <translation>%1 ausgeführt, %2 übersprungen, %3 fehlgeschlagen, %4 ms</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="57"/>
        <source>Force</source>
        <translation>Erzwingen</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="58"/>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="294"/>
        <source>Rendering…</source>
        <translation>Wird gerendert…</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="310"/>
        <source>Reading what would be dropped…</source>
        <translation>Was gelöscht würde, wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="330"/>
        <source>Truncate %1?</source>
        <translation>%1 leeren?</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="331"/>
        <source>Teardown %1?</source>
        <translation>%1 abbauen?</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="332"/>
        <source>Reset %1 (teardown, then build)?</source>
        <translation>%1 zurücksetzen (abbauen, dann bauen)?</translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="334"/>
        <source>Not run.</source>
        <translation>Nicht ausgeführt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/build_runner.cpp" line="265"/>
        <source>%n statement(s) before it ran and stay</source>
        <translation>
            <numerusform>%n Anweisung davor lief und bleibt</numerusform>
            <numerusform>%n Anweisungen davor liefen und bleiben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/build_runner.cpp" line="368"/>
        <source>The build after the teardown failed</source>
        <translation>Der Build nach dem Abbau ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>noorm::ChangeManager</name>
    <message>
        <location filename="../app/change_manager.cpp" line="47"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="48"/>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="49"/>
        <source>changed since applied</source>
        <translation>seit dem Anwenden geändert</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="50"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="51"/>
        <source>reverted</source>
        <translation>zurückgenommen</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="52"/>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="53"/>
        <source>orphaned (no folder)</source>
        <translation>verwaist (kein Ordner)</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="56"/>
        <source>, out of order</source>
        <translation>, außer der Reihe</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="58"/>
        <source>, revert failed</source>
        <translation>, Zurücknehmen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="87"/>
        <source>apply</source>
        <translation>anwenden</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="87"/>
        <source>revert</source>
        <translation>zurücknehmen</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="94"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="101"/>
        <source>Filter changes</source>
        <translation>Änderungen filtern</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="103"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="103"/>
        <location filename="../app/change_manager.cpp" line="111"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="103"/>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="103"/>
        <location filename="../app/change_manager.cpp" line="111"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="111"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="111"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="111"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="111"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="129"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="129"/>
        <source>Apply the selected change (change run)</source>
        <translation>Die gewählte Änderung anwenden (change run)</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="130"/>
        <source>Revert</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="130"/>
        <source>Revert the selected change (change revert)</source>
        <translation>Die gewählte Änderung zurücknehmen (change revert)</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="131"/>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="131"/>
        <source>Apply the next pending change (change next)</source>
        <translation>Die nächste ausstehende Änderung anwenden (change next)</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="132"/>
        <source>Fast-forward</source>
        <translation>Alle anwenden</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="132"/>
        <source>Apply every pending change in order (change ff)</source>
        <translation>Alle ausstehenden Änderungen der Reihe nach anwenden (change ff)</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="133"/>
        <source>Rewind to Here</source>
        <translation>Bis hierher zurücknehmen</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="133"/>
        <source>Revert the applied changes down to and including the selected one (change rewind)</source>
        <translation>Die angewendeten Änderungen bis einschließlich der gewählten zurücknehmen (change rewind)</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="135"/>
        <source>New Change…</source>
        <translation>Neue Änderung…</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="136"/>
        <source>Make a change set dated today, with its change and revert files (change add)</source>
        <translation>Eine Änderung mit heutigem Datum anlegen, mit ihren change- und revert-Dateien (change add)</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="139"/>
        <source>New Change</source>
        <translation>Neue Änderung</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="139"/>
        <source>What does it change? (becomes the folder&apos;s name)</source>
        <translation>Was ändert sie? (wird der Name des Ordners)</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="144"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="145"/>
        <source>Delete the selected change&apos;s folder; its rows in the database stay (change rm)</source>
        <translation>Den Ordner der gewählten Änderung löschen; ihre Zeilen in der Datenbank bleiben (change rm)</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="150"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="163"/>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="164"/>
        <source>Rendered SQL</source>
        <translation>Gerendertes SQL</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="165"/>
        <source>Since Applied</source>
        <translation>Seit dem Anwenden</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="166"/>
        <source>The SQL this template renders to with the config&apos;s secrets (masked): what will run</source>
        <translation>Das SQL, zu dem diese Vorlage mit den Geheimnissen der Konfiguration (maskiert) gerendert wird: das, was ausgeführt wird</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="167"/>
        <source>The file as it was when the change was applied, beside the file now</source>
        <translation>Die Datei, wie sie beim Anwenden der Änderung war, neben der jetzigen Datei</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="189"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="190"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="221"/>
        <source>Double-click a file to edit it in a SQL tab</source>
        <translation>Doppelklick auf eine Datei öffnet sie zum Bearbeiten in einem SQL-Tab</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="245"/>
        <location filename="../app/change_manager.cpp" line="256"/>
        <source>Reading the change sets…</source>
        <translation>Änderungen werden gelesen…</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="258"/>
        <source>No change sets in %1 yet: New Change… makes one.</source>
        <translation>Noch keine Änderungen in %1: „Neue Änderung…“ legt eine an.</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="275"/>
        <source>Edited since applied: %1</source>
        <translation>Seit dem Anwenden bearbeitet: %1</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="278"/>
        <source>The last revert failed: %1</source>
        <translation>Das letzte Zurücknehmen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="282"/>
        <source>Not a change set: %1</source>
        <translation>Keine Änderung: %1</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="373"/>
        <source>-- rendering %1…</source>
        <translation>-- %1 wird gerendert…</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="385"/>
        <source>Reading what ran…</source>
        <translation>Was ausgeführt wurde, wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="395"/>
        <source>Not run when the change was applied (added since)</source>
        <translation>Beim Anwenden der Änderung nicht ausgeführt (seitdem hinzugefügt)</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="395"/>
        <location filename="../app/change_manager.cpp" line="400"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="397"/>
        <source>The text that ran (checksum %1) is neither on this machine nor in the project&apos;s git history.</source>
        <translation>Der ausgeführte Text (Prüfsumme %1) ist weder auf diesem Rechner noch im git-Verlauf des Projekts vorhanden.</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="400"/>
        <source>Applied (from %1)</source>
        <translation>Angewendet (aus %1)</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="408"/>
        <source>-- cannot read %1</source>
        <translation>-- %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="428"/>
        <source>Planning…</source>
        <translation>Wird geplant…</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="441"/>
        <source>Nothing to run.</source>
        <translation>Nichts auszuführen.</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="446"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="451"/>
        <source>Run on %1?</source>
        <translation>Auf %1 ausführen?</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="452"/>
        <source>Not run.</source>
        <translation>Nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="466"/>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="469"/>
        <source>Not confirmed</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="480"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="500"/>
        <source>1 change ran: %1</source>
        <translation>1 Änderung ausgeführt: %1</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="501"/>
        <source>%1 changes ran</source>
        <translation>%1 Änderungen ausgeführt</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="524"/>
        <source>Remove %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="525"/>
        <source>Delete the folder of change %1 and its files?</source>
        <translation>Den Ordner der Änderung %1 mit ihren Dateien löschen?</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="526"/>
        <source>Its rows in %1&apos;s database stay; an applied change then shows as orphaned.</source>
        <translation>Ihre Zeilen in der Datenbank von %1 bleiben; eine angewendete Änderung erscheint dann als verwaist.</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="527"/>
        <source>Not removed.</source>
        <translation>Nicht entfernt.</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="542"/>
        <source>Removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <location filename="../app/change_manager.cpp" line="561"/>
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
        <location filename="../app/config_dialog.cpp" line="143"/>
        <source>default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <location filename="../app/config_dialog.cpp" line="151"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../app/config_dialog.cpp" line="173"/>
        <source>✓ The database file does not exist yet: the first build creates it.</source>
        <translation>✓ Die Datenbankdatei existiert noch nicht: Der erste Build legt sie an.</translation>
    </message>
    <message>
        <location filename="../app/config_dialog.cpp" line="174"/>
        <source>✓ Connected: %1 %2</source>
        <translation>✓ Verbunden: %1 %2</translation>
    </message>
    <message>
        <location filename="../app/config_dialog.cpp" line="174"/>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
</context>
<context>
    <name>noorm::ConfigSharing</name>
    <message>
        <location filename="../app/config_sharing.cpp" line="41"/>
        <location filename="../app/config_sharing.cpp" line="49"/>
        <source>Export Config</source>
        <translation>Konfiguration exportieren</translation>
    </message>
    <message>
        <location filename="../app/config_sharing.cpp" line="42"/>
        <source>Encrypt %1 and its secrets for (pick a teammate, or paste their public key from noorm identity export):</source>
        <translation>%1 und ihre Geheimnisse verschlüsseln für (wählen Sie ein Teammitglied oder fügen Sie dessen öffentlichen Schlüssel aus noorm identity export ein):</translation>
    </message>
    <message>
        <location filename="../app/config_sharing.cpp" line="51"/>
        <source>noorm shares (*.noorm.enc)</source>
        <translation>noorm-Freigaben (*.noorm.enc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/config_sharing.cpp" line="70"/>
        <source>Wrote %1: config %2 with %n secret(s) for %3; without your user and password</source>
        <translation>
            <numerusform>%1 geschrieben: Konfiguration %2 mit %n Geheimnis für %3; ohne Ihren Benutzer und Ihr Passwort</numerusform>
            <numerusform>%1 geschrieben: Konfiguration %2 mit %n Geheimnissen für %3; ohne Ihren Benutzer und Ihr Passwort</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/config_sharing.cpp" line="73"/>
        <source>that key</source>
        <translation>diesen Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/config_sharing.cpp" line="79"/>
        <location filename="../app/config_sharing.cpp" line="99"/>
        <location filename="../app/config_sharing.cpp" line="146"/>
        <source>Import Config</source>
        <translation>Konfiguration importieren</translation>
    </message>
    <message>
        <location filename="../app/config_sharing.cpp" line="79"/>
        <source>noorm shares (*.noorm.enc);;All files (*)</source>
        <translation>noorm-Freigaben (*.noorm.enc);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/config_sharing.cpp" line="106"/>
        <source>your own database user</source>
        <translation>Ihr eigener Datenbankbenutzer</translation>
    </message>
    <message>
        <location filename="../app/config_sharing.cpp" line="107"/>
        <source>your own password (hidden)</source>
        <translation>Ihr eigenes Passwort (verborgen)</translation>
    </message>
    <message>
        <location filename="../app/config_sharing.cpp" line="116"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location filename="../app/config_sharing.cpp" line="117"/>
        <source>Connects to:</source>
        <translation>Verbindet mit:</translation>
    </message>
    <message>
        <location filename="../app/config_sharing.cpp" line="118"/>
        <source>Secrets:</source>
        <translation>Geheimnisse:</translation>
    </message>
    <message>
        <location filename="../app/config_sharing.cpp" line="118"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/config_sharing.cpp" line="119"/>
        <source>Keep as:</source>
        <translation>Speichern als:</translation>
    </message>
    <message>
        <location filename="../app/config_sharing.cpp" line="120"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../app/config_sharing.cpp" line="121"/>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <location filename="../app/config_sharing.cpp" line="126"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../app/config_sharing.cpp" line="147"/>
        <source>Config &quot;%1&quot; exists: replace it and its secrets with the imported one?</source>
        <translation>Die Konfiguration &quot;%1&quot; existiert bereits. Soll sie samt ihrer Geheimnisse durch die importierte ersetzt werden?</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/config_sharing.cpp" line="156"/>
        <source>Imported config %1 from %2 with %n secret(s)</source>
        <translation>
            <numerusform>Konfiguration %1 von %2 mit %n Geheimnis importiert</numerusform>
            <numerusform>Konfiguration %1 von %2 mit %n Geheimnissen importiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>noorm::ConfigSidebar</name>
    <message>
        <location filename="../app/config_sidebar.cpp" line="74"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../app/config_sidebar.cpp" line="76"/>
        <source>protected</source>
        <translation>geschützt</translation>
    </message>
    <message>
        <location filename="../app/config_sidebar.cpp" line="78"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../app/config_sidebar.cpp" line="86"/>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location filename="../app/config_sidebar.cpp" line="120"/>
        <source>Use as the Active Config</source>
        <translation>Als aktive Konfiguration verwenden</translation>
    </message>
    <message>
        <location filename="../app/config_sidebar.cpp" line="101"/>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <location filename="../app/config_sidebar.cpp" line="208"/>
        <source>No configs yet. Add one with noorm config add.</source>
        <translation>Noch keine Konfigurationen. Fügen Sie eine mit noorm config add hinzu.</translation>
    </message>
</context>
<context>
    <name>noorm::DatabaseActions</name>
    <message>
        <location filename="../app/database_actions.cpp" line="47"/>
        <source>Created database %1 with noorm&apos;s tables</source>
        <translation>Datenbank %1 mit den Tabellen von noorm angelegt</translation>
    </message>
    <message>
        <location filename="../app/database_actions.cpp" line="48"/>
        <source>Database %1 was there; noorm&apos;s tables are ready</source>
        <translation>Datenbank %1 war vorhanden; die Tabellen von noorm sind bereit</translation>
    </message>
    <message>
        <location filename="../app/database_actions.cpp" line="60"/>
        <source>Dropped database %1</source>
        <translation>Datenbank %1 gelöscht</translation>
    </message>
    <message>
        <location filename="../app/database_actions.cpp" line="61"/>
        <source>Database %1 did not exist</source>
        <translation>Datenbank %1 existierte nicht</translation>
    </message>
</context>
<context>
    <name>noorm::ErDiagram</name>
    <message>
        <location filename="../app/er_diagram.cpp" line="214"/>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../app/er_diagram.cpp" line="214"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Vergrößern (Strg+Mausrad)</translation>
    </message>
    <message>
        <location filename="../app/er_diagram.cpp" line="215"/>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../app/er_diagram.cpp" line="215"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Verkleinern (Strg+Mausrad)</translation>
    </message>
    <message>
        <location filename="../app/er_diagram.cpp" line="216"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../app/er_diagram.cpp" line="216"/>
        <source>Show the whole diagram</source>
        <translation>Das gesamte Diagramm anzeigen</translation>
    </message>
    <message>
        <location filename="../app/er_diagram.cpp" line="217"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../app/er_diagram.cpp" line="217"/>
        <source>Save as PNG or SVG</source>
        <translation>Als PNG oder SVG speichern</translation>
    </message>
    <message>
        <location filename="../app/er_diagram.cpp" line="273"/>
        <source>Schema %1</source>
        <translation>Schema %1</translation>
    </message>
    <message>
        <location filename="../app/er_diagram.cpp" line="274"/>
        <source>ER diagram made by noorm</source>
        <translation>ER-Diagramm, erstellt mit noorm</translation>
    </message>
    <message>
        <location filename="../app/er_diagram.cpp" line="294"/>
        <source>Export Diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../app/er_diagram.cpp" line="295"/>
        <source>SVG (*.svg);;PNG (*.png)</source>
        <translation>SVG (*.svg);;PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>noorm::IdentityView</name>
    <message>
        <location filename="../app/identity_view.cpp" line="42"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="42"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="42"/>
        <source>Machine</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="42"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="42"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="46"/>
        <source>Copy Public Key</source>
        <translation>Öffentlichen Schlüssel kopieren</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="47"/>
        <source>For a teammate: noorm config export NAME --to &lt;this key&gt;</source>
        <translation>Für ein Teammitglied: noorm config export NAME --to &lt;dieser Schlüssel&gt;</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="49"/>
        <source>Save Public Key…</source>
        <translation>Öffentlichen Schlüssel speichern…</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="50"/>
        <source>Write your public key to a file to send a teammate (noorm identity export -o)</source>
        <translation>Ihren öffentlichen Schlüssel in eine Datei schreiben, um ihn einem Teammitglied zu senden (noorm identity export -o)</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="52"/>
        <source>Save Public Key</source>
        <translation>Öffentlichen Schlüssel speichern</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="56"/>
        <source>Wrote your public key to %1</source>
        <translation>Ihr öffentlicher Schlüssel wurde nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="58"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="59"/>
        <source>Change your name or email; your keys stay (noorm identity edit)</source>
        <translation>Namen oder E-Mail ändern; Ihre Schlüssel bleiben (noorm identity edit)</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="64"/>
        <location filename="../app/identity_view.cpp" line="67"/>
        <source>Edit Identity</source>
        <translation>Identität bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="64"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="67"/>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="71"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="82"/>
        <source>Registered in the database of %1</source>
        <translation>Registriert in der Datenbank von %1</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="103"/>
        <source>You are now %1 &lt;%2&gt;</source>
        <translation>Sie sind jetzt %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="136"/>
        <source>No identity yet: create one with noorm identity init.</source>
        <translation>Noch keine Identität: legen Sie eine mit noorm identity init an.</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="141"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;lt;%2&amp;gt; on %3 · identity %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;lt;%2&amp;gt; auf %3 · Identität %4</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="148"/>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="150"/>
        <source>%1 (revoked)</source>
        <translation>%1 (widerrufen)</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="155"/>
        <source>Revoked from this database&apos;s vault: no new secret is sealed for them</source>
        <translation>Aus dem Tresor dieser Datenbank widerrufen: für diese Person wird kein neues Geheimnis mehr verschlüsselt</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="164"/>
        <source>1 identity registered</source>
        <translation>1 Identität registriert</translation>
    </message>
    <message>
        <location filename="../app/identity_view.cpp" line="165"/>
        <source>%1 identities registered</source>
        <translation>%1 Identitäten registriert</translation>
    </message>
</context>
<context>
    <name>noorm::LogViewer</name>
    <message>
        <location filename="../app/log_viewer.cpp" line="43"/>
        <source>Follow</source>
        <translation>Mitlaufen</translation>
    </message>
    <message>
        <location filename="../app/log_viewer.cpp" line="45"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/log_viewer.cpp" line="45"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../app/log_viewer.cpp" line="45"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/log_viewer.cpp" line="45"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../app/log_viewer.cpp" line="50"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/log_viewer.cpp" line="51"/>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <location filename="../app/log_viewer.cpp" line="52"/>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <location filename="../app/log_viewer.cpp" line="53"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../app/log_viewer.cpp" line="55"/>
        <source>Search the log</source>
        <translation>Im Protokoll suchen</translation>
    </message>
    <message>
        <location filename="../app/log_viewer.cpp" line="59"/>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
</context>
<context>
    <name>noorm::LoggingPage</name>
    <message>
        <location filename="../app/settings_pages.cpp" line="395"/>
        <source>Write a log file</source>
        <translation>Protokolldatei schreiben</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="397"/>
        <source>a SQL file run after teardown</source>
        <translation>eine SQL-Datei, die nach dem Abbau ausgeführt wird</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="398"/>
        <source>tables truncate keeps, one per line</source>
        <translation>Tabellen, die beim Leeren erhalten bleiben, eine pro Zeile</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="403"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="406"/>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="407"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="408"/>
        <source>Rotate at:</source>
        <translation>Rotieren ab:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="409"/>
        <source>Files kept:</source>
        <translation>Aufbewahrte Dateien:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="410"/>
        <source>Teardown and truncate</source>
        <translation>Abbauen und Leeren</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="412"/>
        <source>Preserve tables:</source>
        <translation>Tabellen erhalten:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="413"/>
        <source>After teardown run:</source>
        <translation>Nach dem Abbau ausführen:</translation>
    </message>
</context>
<context>
    <name>noorm::MainWindow</name>
    <message>
        <location filename="../app/main_window.cpp" line="117"/>
        <source>noorm</source>
        <translation>noorm</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="136"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="138"/>
        <source>Acquire…</source>
        <translation>Übernehmen…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="140"/>
        <source>Acquire Lock</source>
        <translation>Sperre übernehmen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="140"/>
        <source>Hold the lock of %1 for 5 minutes (others&apos; runs wait or fail). Why:</source>
        <translation>Die Sperre von %1 für 5 Minuten halten (Läufe anderer warten oder scheitern). Grund:</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="141"/>
        <source>maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="145"/>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="146"/>
        <source>Force Release…</source>
        <translation>Freigabe erzwingen…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="149"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperre</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="184"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="188"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Projekt öffnen…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="188"/>
        <source>Open a folder holding a noorm project</source>
        <translation>Einen Ordner mit einem noorm-Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="189"/>
        <source>New &amp;SQL Tab</source>
        <translation>Neuer &amp;SQL-Tab</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="189"/>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="189"/>
        <source>Open a SQL terminal on the current config</source>
        <translation>Ein SQL-Terminal für die aktuelle Konfiguration öffnen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="190"/>
        <source>&amp;Run Statement</source>
        <translation>&amp;Anweisung ausführen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="190"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="191"/>
        <source>Run the statement under the cursor, or the selection</source>
        <translation>Die Anweisung unter dem Cursor oder die Auswahl ausführen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="192"/>
        <source>Run &amp;Script</source>
        <translation>S&amp;kript ausführen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="192"/>
        <source>Ctrl+Shift+Return</source>
        <translation>Ctrl+Shift+Return</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="192"/>
        <source>Run the whole script</source>
        <translation>Das gesamte Skript ausführen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="193"/>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="193"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="193"/>
        <source>Cancel the running statement</source>
        <translation>Die laufende Anweisung abbrechen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="194"/>
        <source>&amp;Refresh Explorer</source>
        <translation>Explorer &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="194"/>
        <source>Read the catalog again</source>
        <translation>Den Katalog neu einlesen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="195"/>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="195"/>
        <source>Close the current tab</source>
        <translation>Den aktuellen Tab schließen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="196"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="196"/>
        <source>Quit noorm</source>
        <translation>noorm beenden</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="197"/>
        <source>&amp;About noorm</source>
        <translation>Ü&amp;ber noorm</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="197"/>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="198"/>
        <source>&amp;Add Config…</source>
        <translation>Konfiguration &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="198"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="198"/>
        <source>Add a database connection</source>
        <translation>Eine Datenbankverbindung hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="199"/>
        <source>&amp;Edit Config…</source>
        <translation>Konfiguration &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="199"/>
        <source>Edit the selected config</source>
        <translation>Die ausgewählte Konfiguration bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="200"/>
        <source>&amp;Remove Config…</source>
        <translation>Konfiguration &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="200"/>
        <source>Remove the selected config and its secrets</source>
        <translation>Die ausgewählte Konfiguration und ihre Geheimnisse entfernen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="201"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="201"/>
        <source>Make a folder a noorm project (noorm init)</source>
        <translation>Einen Ordner zu einem noorm-Projekt machen (noorm init)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="203"/>
        <location filename="../app/main_window.cpp" line="770"/>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="207"/>
        <source>&amp;Copy Config…</source>
        <translation>Konfiguration &amp;kopieren…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="207"/>
        <source>Copy the selected config and its secrets under a new name</source>
        <translation>Die gewählte Konfiguration samt Geheimnissen unter neuem Namen kopieren</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="210"/>
        <source>Copy Config</source>
        <translation>Konfiguration kopieren</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="210"/>
        <source>Name of the copy of &quot;%1&quot;:</source>
        <translation>Name der Kopie von &quot;%1&quot;:</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="215"/>
        <source>C&amp;hange Manager</source>
        <translation>Ä&amp;nderungsverwaltung</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="215"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="215"/>
        <source>The config&apos;s change sets: apply, revert, fast-forward, rewind</source>
        <translation>Die Änderungen der Konfiguration: anwenden, zurücknehmen, alle anwenden, zurückspulen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="217"/>
        <source>&amp;Build Runner</source>
        <translation>&amp;Build-Ausführung</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="217"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="217"/>
        <source>Run the SQL folder, or files of it, with progress</source>
        <translation>Den SQL-Ordner oder einzelne Dateien daraus mit Fortschritt ausführen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="219"/>
        <source>&amp;Inspect Template…</source>
        <translation>Template &amp;untersuchen…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="219"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="220"/>
        <source>What a .sql.tmpl can use from $ (data files, helpers, config, secret names) and the SQL it renders</source>
        <translation>Was eine .sql.tmpl aus $ nutzen kann (Datendateien, Helfer, Konfiguration, Namen der Geheimnisse) und das SQL, das sie rendert</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="222"/>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="222"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="222"/>
        <source>The project&apos;s log, followed as it grows</source>
        <translation>Das Protokoll des Projekts, fortlaufend verfolgt</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="224"/>
        <source>&amp;Create Database</source>
        <translation>Datenbank &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="224"/>
        <source>Create the config&apos;s database and noorm&apos;s tables (db create)</source>
        <translation>Die Datenbank der Konfiguration und die Tabellen von noorm anlegen (db create)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="229"/>
        <source>&amp;Drop Database…</source>
        <translation>Datenbank &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="229"/>
        <source>Drop the config&apos;s database, after asking (db drop; refused on a protected config)</source>
        <translation>Die Datenbank der Konfiguration nach Rückfrage löschen (db drop; bei geschützter Konfiguration abgelehnt)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="244"/>
        <source>&amp;Truncate…</source>
        <translation>&amp;Leeren…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="244"/>
        <source>Empty every table, keeping the structure (db truncate)</source>
        <translation>Alle Tabellen leeren, die Struktur bleibt (db truncate)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="245"/>
        <source>T&amp;eardown…</source>
        <translation>&amp;Abbauen…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="245"/>
        <source>Drop every object but noorm&apos;s tables (db teardown)</source>
        <translation>Alle Objekte außer den Tabellen von noorm löschen (db teardown)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="246"/>
        <source>&amp;Reset…</source>
        <translation>&amp;Zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="246"/>
        <source>Teardown, then build (db reset)</source>
        <translation>Abbauen, dann bauen (db reset)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="247"/>
        <source>SQL &amp;History</source>
        <translation>SQL-&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="247"/>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="247"/>
        <source>The config&apos;s SQL history: search, see kept results, run again, clear</source>
        <translation>Der SQL-Verlauf der Konfiguration: suchen, aufbewahrte Ergebnisse sehen, erneut ausführen, leeren</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="249"/>
        <source>Show &amp;Tracking Tables</source>
        <translation>&amp;Tracking-Tabellen anzeigen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="249"/>
        <source>noorm&apos;s own tables (__noorm_*) in the explorer, to read what it recorded</source>
        <translation>Die eigenen Tabellen von noorm (__noorm_*) im Explorer, um zu lesen, was es aufgezeichnet hat</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="255"/>
        <source>&amp;Home</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="255"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="255"/>
        <source>The project&apos;s start page: the config, its changes, its lock, what ran last</source>
        <translation>Die Startseite des Projekts: die Konfiguration, ihre Änderungen, ihre Sperre, was zuletzt lief</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="257"/>
        <source>Project &amp;Settings</source>
        <translation>Projekt&amp;einstellungen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="257"/>
        <source>Edit the team&apos;s .noorm/settings.yml: stages, rules, build, logging</source>
        <translation>Die .noorm/settings.yml des Teams bearbeiten: Stages, Regeln, Build, Protokollierung</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="259"/>
        <source>E&amp;xport for Teammate…</source>
        <translation>Für Teammitglied e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="259"/>
        <source>Encrypt the selected config and its secrets for one teammate (config export)</source>
        <translation>Die gewählte Konfiguration und ihre Geheimnisse für ein Teammitglied verschlüsseln (config export)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="264"/>
        <source>&amp;Import from Teammate…</source>
        <translation>Von Teammitglied &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="264"/>
        <source>Add a config a teammate exported for you (config import)</source>
        <translation>Eine Konfiguration hinzufügen, die ein Teammitglied für Sie exportiert hat (config import)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="269"/>
        <source>&amp;Secrets and Vault</source>
        <translation>&amp;Geheimnisse und Tresor</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="269"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="269"/>
        <source>The config&apos;s secrets on this machine, and the team vault in its database</source>
        <translation>Die Geheimnisse der Konfiguration auf diesem Rechner und der Team-Tresor in ihrer Datenbank</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="271"/>
        <source>&amp;Identity and Team</source>
        <translation>&amp;Identität und Team</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="271"/>
        <source>Your identity, your public key, and who is registered in the database</source>
        <translation>Ihre Identität, Ihr öffentlicher Schlüssel und wer in der Datenbank registriert ist</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="273"/>
        <source>&amp;ER Diagram</source>
        <translation>&amp;ER-Diagramm</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="273"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="273"/>
        <source>Diagram of the selected schema&apos;s tables and keys</source>
        <translation>Diagramm der Tabellen und Schlüssel des ausgewählten Schemas</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="280"/>
        <location filename="../app/main_window.cpp" line="282"/>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="282"/>
        <source>%1 holds no noorm project (no .noorm folder). Create one with noorm init.</source>
        <translation>%1 enthält kein noorm-Projekt (kein .noorm-Ordner). Legen Sie eines mit noorm init an.</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="314"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="317"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="324"/>
        <source>&amp;Config</source>
        <translation>&amp;Konfiguration</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="332"/>
        <source>&amp;Query</source>
        <translation>&amp;Abfrage</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="340"/>
        <source>&amp;Database</source>
        <translation>Daten&amp;bank</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="349"/>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="358"/>
        <source>Deve&amp;loper</source>
        <translation>Ent&amp;wickler</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="360"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="363"/>
        <source>Main</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="388"/>
        <source>&lt;h2&gt;noorm&lt;/h2&gt;SQL files are the source of truth.</source>
        <translation>&lt;h2&gt;noorm&lt;/h2&gt;SQL-Dateien sind die maßgebliche Quelle.</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="390"/>
        <source>Open Project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="393"/>
        <source>New Project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="423"/>
        <source>%1 holds no noorm project</source>
        <translation>%1 enthält kein noorm-Projekt</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="464"/>
        <source>Configs</source>
        <translation>Konfigurationen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="471"/>
        <source>Explorer</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="507"/>
        <source>Sync Now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="508"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="518"/>
        <source>Double-click an object in the explorer to open it,
or press %1 for a SQL tab.</source>
        <translation>Doppelklicken Sie ein Objekt im Explorer, um es zu öffnen,
oder drücken Sie %1 für einen SQL-Tab.</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="557"/>
        <source>The catalog has not changed</source>
        <translation>Der Katalog hat sich nicht geändert</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="561"/>
        <source>%1 — noorm</source>
        <translation>%1 — noorm</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="599"/>
        <source>SQL History · %1</source>
        <translation>SQL-Verlauf · %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="617"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="633"/>
        <source>%1 · %2 · %3%4 · connecting…</source>
        <translation>%1 · %2 · %3%4 · verbinde…</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="635"/>
        <location filename="../app/main_window.cpp" line="642"/>
        <source> · protected</source>
        <translation> · geschützt</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="657"/>
        <location filename="../app/main_window.cpp" line="661"/>
        <source>not connected: %1</source>
        <translation>nicht verbunden: %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="659"/>
        <source>no database file yet</source>
        <translation>noch keine Datenbankdatei</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="662"/>
        <source>%1 · %2 %3 · %4%5</source>
        <translation>%1 · %2 %3 · %4%5</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="686"/>
        <source>SQL %1 · %2</source>
        <translation>SQL %1 · %2</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="774"/>
        <source>Project created; your identity %1 was made and its key kept in the keychain</source>
        <translation>Projekt erstellt; Ihre Identität %1 wurde angelegt und ihr Schlüssel im Schlüsselbund abgelegt</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="775"/>
        <source>Project created</source>
        <translation>Projekt erstellt</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="803"/>
        <location filename="../app/main_window.cpp" line="807"/>
        <source>Remove Config</source>
        <translation>Konfiguration entfernen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="804"/>
        <source>Config &quot;%1&quot; is protected. Type yes-%1 to remove it and its secrets.</source>
        <translation>Die Konfiguration &quot;%1&quot; ist geschützt. Geben Sie yes-%1 ein, um sie und ihre Geheimnisse zu entfernen.</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="807"/>
        <source>Remove config &quot;%1&quot; and its secrets?</source>
        <translation>Konfiguration &quot;%1&quot; und ihre Geheimnisse entfernen?</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="831"/>
        <source>Diagram · %1</source>
        <translation>Diagramm · %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="855"/>
        <source>Build · %1</source>
        <translation>Build · %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="864"/>
        <source>Preview · %1</source>
        <translation>Vorschau · %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="923"/>
        <source>lock: unknown</source>
        <translation>Sperre: unbekannt</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="929"/>
        <source>not locked</source>
        <translation>nicht gesperrt</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="930"/>
        <source>Nobody holds the lock of %1</source>
        <translation>Niemand hält die Sperre von %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="935"/>
        <source>locked by %1</source>
        <translation>gesperrt von %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="953"/>
        <source>Lock acquired until %1</source>
        <translation>Sperre übernommen bis %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="972"/>
        <source>Lock released</source>
        <translation>Sperre freigegeben</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1085"/>
        <source>%1 (Ctrl+S saves it)</source>
        <translation>%1 (Strg+S speichert sie)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1113"/>
        <source>No templates (.sql.tmpl files) in the SQL folder of %1</source>
        <translation>Keine Templates (.sql.tmpl-Dateien) im SQL-Ordner von %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1121"/>
        <source>Inspect Template</source>
        <translation>Template untersuchen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1121"/>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1222"/>
        <source>Update available (v%1 → v%2)</source>
        <translation>Update verfügbar (v%1 → v%2)</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1247"/>
        <source>Secrets · %1</source>
        <translation>Geheimnisse · %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1263"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1282"/>
        <source>Unsaved Edits</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1282"/>
        <source>%1 has edits that are not saved. Close and lose them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Schließen und sie verwerfen?</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="832"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/main_window.cpp" line="832"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/main_window.cpp" line="832"/>
        <source>%n foreign key(s)</source>
        <translation>
            <numerusform>%n Fremdschlüssel</numerusform>
            <numerusform>%n Fremdschlüssel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="981"/>
        <source>Force Release</source>
        <translation>Freigabe erzwingen</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="982"/>
        <source>Release the lock of %1 whoever holds it? Their run may still be going.</source>
        <translation>Die Sperre von %1 freigeben, egal wer sie hält? Dessen Lauf kann noch andauern.</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1009"/>
        <source>Your secrets are out of sync with the team vault.</source>
        <translation>Ihre Geheimnisse sind nicht mehr im Stand des Team-Tresors.</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1047"/>
        <source>Identity · %1</source>
        <translation>Identität · %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1060"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1075"/>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1135"/>
        <source>Changes · %1</source>
        <translation>Änderungen · %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1219"/>
        <source>Downloaded to %1; install it with: %2</source>
        <translation>Nach %1 heruntergeladen; installieren mit: %2</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1220"/>
        <source>Download %1, then: %2</source>
        <translation>%1 herunterladen, dann: %2</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1234"/>
        <source>About noorm</source>
        <translation>Über noorm</translation>
    </message>
    <message>
        <location filename="../app/main_window.cpp" line="1235"/>
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
        <location filename="../app/object_view.cpp" line="142"/>
        <location filename="../app/object_view.cpp" line="163"/>
        <location filename="../app/object_view.cpp" line="169"/>
        <location filename="../app/object_view.cpp" line="190"/>
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
        <location filename="../app/object_view.cpp" line="169"/>
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
        <location filename="../app/object_view.cpp" line="142"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="142"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="142"/>
        <source>Null</source>
        <translation>Null</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="142"/>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="142"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="142"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="147"/>
        <source>PK</source>
        <translation>PK</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="149"/>
        <source>FK</source>
        <translation>FK</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="151"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="152"/>
        <source>generated as %1</source>
        <translation>berechnet als %1</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="153"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="153"/>
        <source>not null</source>
        <translation>not null</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="160"/>
        <source>Columns (%1)</source>
        <translation>Spalten (%1)</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="163"/>
        <location filename="../app/object_view.cpp" line="169"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="163"/>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="163"/>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="167"/>
        <source>Indexes (%1)</source>
        <translation>Indizes (%1)</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="169"/>
        <location filename="../app/object_view.cpp" line="190"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="169"/>
        <source>Referenced columns</source>
        <translation>Referenzierte Spalten</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="169"/>
        <source>On update</source>
        <translation>Bei Änderung</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="170"/>
        <source>On delete</source>
        <translation>Bei Löschung</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="173"/>
        <source>→ references</source>
        <translation>→ verweist auf</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="178"/>
        <source>← referenced by</source>
        <translation>← referenziert von</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="182"/>
        <source>Double-click a key to open the other table</source>
        <translation>Doppelklick auf einen Schlüssel öffnet die andere Tabelle</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="184"/>
        <source>Foreign keys (%1)</source>
        <translation>Fremdschlüssel (%1)</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="192"/>
        <source>→ reads</source>
        <translation>→ liest</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="194"/>
        <source>← read by</source>
        <translation>← gelesen von</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="196"/>
        <source>Double-click one to open it</source>
        <translation>Doppelklicken, um es zu öffnen</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="198"/>
        <source>Dependencies (%1)</source>
        <translation>Abhängigkeiten (%1)</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="203"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="203"/>
        <source>Of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="203"/>
        <source>Bound</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="207"/>
        <source>Partitions (%1)</source>
        <translation>Partitionen (%1)</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="213"/>
        <source>WHERE … (press Enter)</source>
        <translation>WHERE … (Eingabetaste drücken)</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="234"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="243"/>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="243"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="247"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="268"/>
        <source>-- reading the definition…</source>
        <translation>-- Definition wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/object_view.cpp" line="275"/>
        <source>-- no definition: %1</source>
        <translation>-- keine Definition: %1</translation>
    </message>
</context>
<context>
    <name>noorm::OptionalBoolBox</name>
    <message>
        <location filename="../app/settings_fields.cpp" line="46"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../app/settings_fields.cpp" line="47"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../app/settings_fields.cpp" line="48"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>noorm::ProjectHome</name>
    <message>
        <location filename="../app/project_home.cpp" line="53"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../app/project_home.cpp" line="53"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../app/project_home.cpp" line="53"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/project_home.cpp" line="53"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../app/project_home.cpp" line="53"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../app/project_home.cpp" line="57"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/project_home.cpp" line="63"/>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <location filename="../app/project_home.cpp" line="64"/>
        <source>Changes:</source>
        <translation>Änderungen:</translation>
    </message>
    <message>
        <location filename="../app/project_home.cpp" line="65"/>
        <source>Lock:</source>
        <translation>Sperre:</translation>
    </message>
    <message>
        <location filename="../app/project_home.cpp" line="73"/>
        <source>Latest change runs</source>
        <translation>Letzte Änderungsläufe</translation>
    </message>
    <message>
        <location filename="../app/project_home.cpp" line="102"/>
        <source>No config yet</source>
        <translation>Noch keine Konfiguration</translation>
    </message>
    <message>
        <location filename="../app/project_home.cpp" line="103"/>
        <source>Add one with Config › Add Config… (or noorm config add).</source>
        <translation>Legen Sie eine an mit Konfiguration › Konfiguration hinzufügen… (oder noorm config add).</translation>
    </message>
    <message>
        <location filename="../app/project_home.cpp" line="110"/>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
    <message>
        <location filename="../app/project_home.cpp" line="149"/>
        <source> · protected</source>
        <translation> · geschützt</translation>
    </message>
    <message>
        <location filename="../app/project_home.cpp" line="149"/>
        <source> · test database</source>
        <translation> · Testdatenbank</translation>
    </message>
    <message>
        <location filename="../app/project_home.cpp" line="157"/>
        <source>%1 %2 · %3 · connected</source>
        <translation>%1 %2 · %3 · verbunden</translation>
    </message>
    <message>
        <location filename="../app/project_home.cpp" line="158"/>
        <source>%1 · %2 · not connected: %3</source>
        <translation>%1 · %2 · nicht verbunden: %3</translation>
    </message>
    <message>
        <location filename="../app/project_home.cpp" line="161"/>
        <location filename="../app/project_home.cpp" line="162"/>
        <source>unknown until it connects</source>
        <translation>unbekannt, bis sie sich verbindet</translation>
    </message>
    <message>
        <location filename="../app/project_home.cpp" line="166"/>
        <source>the database is not created yet</source>
        <translation>die Datenbank ist noch nicht angelegt</translation>
    </message>
    <message>
        <location filename="../app/project_home.cpp" line="166"/>
        <source>noorm&apos;s tables are not there yet (or need an upgrade)</source>
        <translation>die Tabellen von noorm fehlen noch (oder brauchen ein Upgrade)</translation>
    </message>
    <message>
        <location filename="../app/project_home.cpp" line="167"/>
        <source>%1: a build, a change or Database › Create makes them</source>
        <translation>%1: ein Build, eine Änderung oder Datenbank › Anlegen erstellt sie</translation>
    </message>
    <message>
        <location filename="../app/project_home.cpp" line="168"/>
        <location filename="../app/project_home.cpp" line="188"/>
        <source>not locked</source>
        <translation>nicht gesperrt</translation>
    </message>
    <message>
        <location filename="../app/project_home.cpp" line="179"/>
        <source>%1 applied</source>
        <translation>%1 angewendet</translation>
    </message>
    <message>
        <location filename="../app/project_home.cpp" line="179"/>
        <source>%1 to apply</source>
        <translation>%1 anzuwenden</translation>
    </message>
    <message>
        <location filename="../app/project_home.cpp" line="181"/>
        <source>%1 changed since applied</source>
        <translation>%1 seit dem Anwenden geändert</translation>
    </message>
    <message>
        <location filename="../app/project_home.cpp" line="183"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>noorm::ProjectPage</name>
    <message>
        <location filename="../app/settings_pages.cpp" line="84"/>
        <source>every folder</source>
        <translation>alle Ordner</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="84"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="89"/>
        <source>Paths (relative to the project folder)</source>
        <translation>Pfade (relativ zum Projektordner)</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="91"/>
        <source>SQL folder:</source>
        <translation>SQL-Ordner:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="92"/>
        <source>Changes folder:</source>
        <translation>Änderungsordner:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="93"/>
        <source>Build: folders under the SQL folder, one per line</source>
        <translation>Build: Ordner unter dem SQL-Ordner, einer pro Zeile</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="95"/>
        <source>Include:</source>
        <translation>Einschließen:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="96"/>
        <source>Exclude:</source>
        <translation>Ausschließen:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="97"/>
        <source>Secrets every config must have</source>
        <translation>Geheimnisse, die jede Konfiguration haben muss</translation>
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
        <source> — %1 more not kept: only the script&apos;s last result is read page by page</source>
        <translation> — %1 weitere nicht behalten: nur das letzte Ergebnis des Skripts wird seitenweise gelesen</translation>
    </message>
</context>
<context>
    <name>noorm::ResultModel</name>
    <message>
        <location filename="../app/result_model.cpp" line="48"/>
        <source>(binary, 1 byte)</source>
        <translation>(binär, 1 Byte)</translation>
    </message>
    <message>
        <location filename="../app/result_model.cpp" line="48"/>
        <source>(binary, %1 bytes)</source>
        <translation>(binär, %1 Bytes)</translation>
    </message>
    <message>
        <location filename="../app/result_model.cpp" line="88"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>noorm::RulesPage</name>
    <message>
        <location filename="../app/settings_pages.cpp" line="282"/>
        <source>any config</source>
        <translation>beliebige Konfiguration</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="283"/>
        <source>every folder</source>
        <translation>alle Ordner</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="284"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="287"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="291"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="292"/>
        <source>For configs that match all of</source>
        <translation>Für Konfigurationen, auf die alles Folgende zutrifft</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="294"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="295"/>
        <source>Protected:</source>
        <translation>Geschützt:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="296"/>
        <source>Test database:</source>
        <translation>Testdatenbank:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="297"/>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="299"/>
        <source>Folders under the SQL folder, one per line</source>
        <translation>Ordner unter dem SQL-Ordner, einer pro Zeile</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="301"/>
        <source>Include:</source>
        <translation>Einschließen:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="302"/>
        <source>Exclude:</source>
        <translation>Ausschließen:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="305"/>
        <source>Add Rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="306"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>noorm::SchemaTree</name>
    <message>
        <location filename="../app/schema_tree.cpp" line="26"/>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="27"/>
        <source>Views</source>
        <translation>Sichten</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="28"/>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="29"/>
        <source>Procedures</source>
        <translation>Prozeduren</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="30"/>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="31"/>
        <source>Types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="32"/>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="33"/>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="34"/>
        <source>Foreign keys</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="70"/>
        <source>Filter objects</source>
        <translation>Objekte filtern</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="121"/>
        <source>Reading the catalog…</source>
        <translation>Katalog wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="208"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="304"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="317"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../app/schema_tree.cpp" line="220"/>
        <source>The database has no objects yet.</source>
        <translation>Die Datenbank enthält noch keine Objekte.</translation>
    </message>
</context>
<context>
    <name>noorm::SecretDialog</name>
    <message>
        <location filename="../app/secret_dialog.cpp" line="19"/>
        <source>Global: for every config, not only %1</source>
        <translation>Global: für jede Konfiguration, nicht nur %1</translation>
    </message>
    <message>
        <location filename="../app/secret_dialog.cpp" line="28"/>
        <source>the value (hidden)</source>
        <translation>der Wert (verborgen)</translation>
    </message>
    <message>
        <location filename="../app/secret_dialog.cpp" line="31"/>
        <source>Show the value as typed</source>
        <translation>Den Wert wie eingegeben anzeigen</translation>
    </message>
    <message>
        <location filename="../app/secret_dialog.cpp" line="34"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location filename="../app/secret_dialog.cpp" line="35"/>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <location filename="../app/secret_dialog.cpp" line="38"/>
        <source>Everyone registered in the database (and whoever you add later by setting it again)</source>
        <translation>Alle, die in der Datenbank registriert sind (und wen Sie später hinzufügen, indem Sie es erneut setzen)</translation>
    </message>
    <message>
        <location filename="../app/secret_dialog.cpp" line="53"/>
        <source>Readers:</source>
        <translation>Leser:</translation>
    </message>
    <message>
        <location filename="../app/secret_dialog.cpp" line="55"/>
        <source>Each reader gets a copy encrypted for their key alone; you always get one.</source>
        <translation>Jeder Leser erhält eine Kopie, die nur für seinen Schlüssel verschlüsselt ist; Sie erhalten immer eine.</translation>
    </message>
</context>
<context>
    <name>noorm::SecretsTable</name>
    <message>
        <location filename="../app/settings_fields.cpp" line="65"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/settings_fields.cpp" line="65"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/settings_fields.cpp" line="65"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/settings_fields.cpp" line="65"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location filename="../app/settings_fields.cpp" line="73"/>
        <source>Add Secret</source>
        <translation>Geheimnis hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/settings_fields.cpp" line="74"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/settings_fields.cpp" line="75"/>
        <source>A secret every config of this scope must have before it runs</source>
        <translation>Ein Geheimnis, das jede Konfiguration dieses Geltungsbereichs haben muss, bevor sie ausgeführt wird</translation>
    </message>
</context>
<context>
    <name>noorm::SecretsView</name>
    <message>
        <location filename="../app/secrets_view.cpp" line="78"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="78"/>
        <location filename="../app/secrets_view.cpp" line="79"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="78"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="78"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="78"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="79"/>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="79"/>
        <source>Readers</source>
        <translation>Leser</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="79"/>
        <source>Set by</source>
        <translation>Gesetzt von</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="79"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="79"/>
        <source>Your copy</source>
        <translation>Ihre Kopie</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="88"/>
        <source>Set…</source>
        <translation>Setzen…</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="88"/>
        <source>Set a secret of this config, or a global one, on this machine</source>
        <translation>Ein Geheimnis dieser Konfiguration oder ein globales auf diesem Rechner setzen</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="89"/>
        <source>Reveal</source>
        <translation>Aufdecken</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="89"/>
        <source>Show the selected value (Hide again by clicking once more)</source>
        <translation>Den gewählten Wert anzeigen (erneut klicken, um ihn wieder zu verbergen)</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="90"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="90"/>
        <source>Copy the selected value to the clipboard</source>
        <translation>Den gewählten Wert in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="91"/>
        <source>Remove the selected secret from this machine</source>
        <translation>Das gewählte Geheimnis von diesem Rechner entfernen</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="91"/>
        <source>Remove Locally…</source>
        <translation>Hier entfernen…</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="102"/>
        <source>Set in Vault…</source>
        <translation>Im Tresor setzen…</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="102"/>
        <source>Encrypt a secret for your teammates, in this config&apos;s database</source>
        <translation>Ein Geheimnis für Ihre Teammitglieder verschlüsseln, in der Datenbank dieser Konfiguration</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="103"/>
        <source>Sync Now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="103"/>
        <source>Decrypt what the vault holds for you into this machine&apos;s secrets</source>
        <translation>Was der Tresor für Sie enthält, in die Geheimnisse dieses Rechners entschlüsseln</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="104"/>
        <source>Remove the selected secret from the vault, for everyone</source>
        <translation>Das gewählte Geheimnis für alle aus dem Tresor entfernen</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="104"/>
        <source>Remove from Vault…</source>
        <translation>Aus dem Tresor entfernen…</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="105"/>
        <source>Revoke Teammate…</source>
        <translation>Teammitglied ausschließen…</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="105"/>
        <source>Remove a teammate from every secret in this database, for good</source>
        <translation>Ein Teammitglied endgültig aus allen Geheimnissen dieser Datenbank entfernen</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="106"/>
        <source>Rotate Database Password…</source>
        <translation>Datenbankpasswort rotieren…</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="106"/>
        <source>A new random password for this config&apos;s user: on the server, in your config, in the vault</source>
        <translation>Ein neues zufälliges Passwort für den Benutzer dieser Konfiguration: auf dem Server, in Ihrer Konfiguration, im Tresor</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="121"/>
        <source>On this machine (encrypted in .noorm/state)</source>
        <translation>Auf diesem Rechner (verschlüsselt in .noorm/state)</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="128"/>
        <source>Team vault in the database of %1</source>
        <translation>Team-Tresor in der Datenbank von %1</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="192"/>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="192"/>
        <source>missing (required)</source>
        <translation>fehlt (erforderlich)</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="192"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="193"/>
        <location filename="../app/secrets_view.cpp" line="222"/>
        <location filename="../app/secrets_view.cpp" line="361"/>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="210"/>
        <source>settings.yml requires no secrets of %1.</source>
        <translation>settings.yml verlangt von %1 keine Geheimnisse.</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="212"/>
        <source>The secret settings.yml requires of %1 is set.</source>
        <translation>Das Geheimnis, das settings.yml von %1 verlangt, ist gesetzt.</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="213"/>
        <source>All %1 secrets settings.yml requires of %2 are set.</source>
        <translation>Alle %1 Geheimnisse, die settings.yml von %2 verlangt, sind gesetzt.</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="214"/>
        <source>%1 of %2 required secrets set; missing: %3. Runs and changes are refused until they are.</source>
        <translation>%1 von %2 erforderlichen Geheimnissen gesetzt; es fehlen: %3. Läufe und Änderungen werden abgelehnt, bis sie gesetzt sind.</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="224"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="224"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="235"/>
        <source>1 teammate registered</source>
        <translation>1 Teammitglied registriert</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="235"/>
        <source>%1 teammates registered</source>
        <translation>%1 Teammitglieder registriert</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="236"/>
        <source>1 secret</source>
        <translation>1 Geheimnis</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="236"/>
        <source>%1 secrets</source>
        <translation>%1 Geheimnisse</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="238"/>
        <source>No secrets in this database&apos;s vault yet; %1.</source>
        <translation>Noch keine Geheimnisse im Tresor dieser Datenbank; %1.</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="239"/>
        <source>%1; %2. Values are never shown here: Sync Now decrypts yours into this machine.</source>
        <translation>%1; %2. Werte werden hier nie angezeigt: „Jetzt abgleichen“ entschlüsselt Ihre Werte auf diesen Rechner.</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="282"/>
        <source>%1 copied to the clipboard</source>
        <translation>%1 in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="288"/>
        <source>Working…</source>
        <translation>Bitte warten…</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="314"/>
        <source>Set Secret</source>
        <translation>Geheimnis setzen</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="321"/>
        <source>Global secret %1 set</source>
        <translation>Globales Geheimnis %1 gesetzt</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="321"/>
        <source>Secret %1 of %2 set</source>
        <translation>Geheimnis %1 für %2 gesetzt</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="327"/>
        <source>Set in Vault</source>
        <translation>Im Tresor setzen</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="335"/>
        <source>%1 set in the vault for %2</source>
        <translation>%1 im Tresor für %2 gesetzt</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="64"/>
        <source>Synced %1 secrets from the vault</source>
        <translation>%1 Geheimnisse aus dem Tresor abgeglichen</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="64"/>
        <source>Synced 1 secret from the vault</source>
        <translation>1 Geheimnis aus dem Tresor abgeglichen</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="347"/>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="349"/>
        <source>%1 not shared with you</source>
        <translation>%1 nicht mit Ihnen geteilt</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="361"/>
        <source>Remove Secret</source>
        <translation>Geheimnis entfernen</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="361"/>
        <source>Remove %1 (%2) from this machine?</source>
        <translation>%1 (%2) von diesem Rechner entfernen?</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="367"/>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="378"/>
        <source>Remove from Vault</source>
        <translation>Aus dem Tresor entfernen</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="379"/>
        <source>Remove %1 from the vault for every reader? Their synced copies stay on their machines.</source>
        <translation>%1 für alle Leser aus dem Tresor entfernen? Bereits abgeglichene Kopien bleiben auf den Rechnern der Leser.</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="385"/>
        <source>%1 removed from the vault</source>
        <translation>%1 aus dem Tresor entfernt</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="385"/>
        <source>%1 was not in the vault</source>
        <translation>%1 war nicht im Tresor</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="399"/>
        <source>Nobody else is registered in this database.</source>
        <translation>Sonst ist niemand in dieser Datenbank registriert.</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="401"/>
        <source>Revoke Teammate</source>
        <translation>Teammitglied ausschließen</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="402"/>
        <source>Remove this identity from every secret in the database, for good. Every value they could read should be changed afterwards.</source>
        <translation>Diese Identität endgültig aus allen Geheimnissen der Datenbank entfernen. Jeder Wert, den sie lesen konnte, sollte danach geändert werden.</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="412"/>
        <source>Revoked %1. They could read: %2. Change those values.</source>
        <translation>%1 ausgeschlossen. Lesen konnten sie: %2. Ändern Sie diese Werte.</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="413"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="419"/>
        <source>Rotate Database Password</source>
        <translation>Datenbankpasswort rotieren</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="420"/>
        <source>Give the database user of %1 a new random password: on the server, in your config, and in the vault for the teammates who read the old one?</source>
        <translation>Dem Datenbankbenutzer von %1 ein neues zufälliges Passwort geben: auf dem Server, in Ihrer Konfiguration und im Tresor für die Teammitglieder, die das alte lesen konnten?</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="424"/>
        <source>Config &quot;%1&quot; is protected.</source>
        <translation>Die Konfiguration &quot;%1&quot; ist geschützt.</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="425"/>
        <source>Rotate</source>
        <translation>Rotieren</translation>
    </message>
    <message>
        <location filename="../app/secrets_view.cpp" line="434"/>
        <source>New database password for %1 set on the server, in your config and in the vault for %2</source>
        <translation>Neues Datenbankpasswort für %1 gesetzt: auf dem Server, in Ihrer Konfiguration und im Tresor für %2</translation>
    </message>
</context>
<context>
    <name>noorm::SettingsEditor</name>
    <message>
        <location filename="../app/settings_editor.cpp" line="30"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/settings_editor.cpp" line="30"/>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../app/settings_editor.cpp" line="34"/>
        <source>Project and Build</source>
        <translation>Projekt und Build</translation>
    </message>
    <message>
        <location filename="../app/settings_editor.cpp" line="34"/>
        <source>Stages</source>
        <translation>Stages</translation>
    </message>
    <message>
        <location filename="../app/settings_editor.cpp" line="34"/>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location filename="../app/settings_editor.cpp" line="34"/>
        <source>Logging and Teardown</source>
        <translation>Protokoll und Abbau</translation>
    </message>
    <message>
        <location filename="../app/settings_editor.cpp" line="50"/>
        <source>settings.yml</source>
        <translation>settings.yml</translation>
    </message>
    <message>
        <location filename="../app/settings_editor.cpp" line="51"/>
        <source>The file as it will be saved, comments kept</source>
        <translation>Die Datei, wie sie gespeichert wird, mit Kommentaren</translation>
    </message>
    <message>
        <location filename="../app/settings_editor.cpp" line="58"/>
        <source>Write .noorm/settings.yml, keeping its comments (Ctrl+S)</source>
        <translation>.noorm/settings.yml schreiben, Kommentare bleiben erhalten (Strg+S)</translation>
    </message>
    <message>
        <location filename="../app/settings_editor.cpp" line="60"/>
        <source>Forget the edits and load the file again</source>
        <translation>Die Änderungen verwerfen und die Datei neu laden</translation>
    </message>
    <message>
        <location filename="../app/settings_editor.cpp" line="72"/>
        <source>settings.yml changed on disk. Revert to load it (your edits here are lost), or Save to be told what changed.</source>
        <translation>settings.yml wurde auf der Festplatte geändert. „Verwerfen“ lädt sie neu (Ihre Änderungen hier gehen verloren), „Speichern“ zeigt, was sich geändert hat.</translation>
    </message>
    <message>
        <location filename="../app/settings_editor.cpp" line="84"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · shared by the team: commit it</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · wird vom Team geteilt: committen Sie sie</translation>
    </message>
    <message>
        <location filename="../app/settings_editor.cpp" line="140"/>
        <source>Edited; not saved yet.</source>
        <translation>Bearbeitet; noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/settings_editor.cpp" line="174"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/settings_editor.cpp" line="175"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>noorm::SettingsPage</name>
    <message>
        <location filename="../app/settings_pages.cpp" line="347"/>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
</context>
<context>
    <name>noorm::SqlEditor</name>
    <message>
        <location filename="../app/sql_editor.cpp" line="52"/>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="54"/>
        <location filename="../app/sql_editor.cpp" line="72"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="55"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="56"/>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="57"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="68"/>
        <source>1 replacement</source>
        <translation>1 Ersetzung</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="68"/>
        <source>%1 replacements</source>
        <translation>%1 Ersetzungen</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="72"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="105"/>
        <source>Complete</source>
        <translation>Vervollständigen</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="106"/>
        <source>Ctrl+Space</source>
        <translation>Ctrl+Space</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="147"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="151"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="184"/>
        <source>&quot;%1&quot; not found</source>
        <translation>&quot;%1&quot; nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="257"/>
        <source>No dialect %1</source>
        <translation>Unbekannter Dialekt %1</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="289"/>
        <source>Only a query that only reads can be exported (it runs again): copy the rows instead</source>
        <translation>Nur eine Abfrage, die nur liest, kann exportiert werden (sie läuft erneut): kopieren Sie stattdessen die Zeilen</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="293"/>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="302"/>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="302"/>
        <location filename="../app/sql_editor.cpp" line="369"/>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="302"/>
        <location filename="../app/sql_editor.cpp" line="369"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="313"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="336"/>
        <source>query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="338"/>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="345"/>
        <source>Result %1</source>
        <translation>Ergebnis %1</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="350"/>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="350"/>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="351"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="351"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="365"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="371"/>
        <source>Line %1: %2 in %3 ms</source>
        <translation>Zeile %1: %2 in %3 ms</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="373"/>
        <source>Line %1: %2 affected in %3 ms</source>
        <translation>Zeile %1: %2 betroffen in %3 ms</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="375"/>
        <source>Line %1: done in %2 ms</source>
        <translation>Zeile %1: fertig in %2 ms</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="388"/>
        <source>Done in %1 ms</source>
        <translation>Fertig in %1 ms</translation>
    </message>
    <message>
        <location filename="../app/sql_editor.cpp" line="388"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>noorm::SqlHistoryView</name>
    <message>
        <location filename="../app/sql_history_view.cpp" line="37"/>
        <source>Search the queries</source>
        <translation>Abfragen durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/sql_history_view.cpp" line="39"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../app/sql_history_view.cpp" line="39"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/sql_history_view.cpp" line="39"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location filename="../app/sql_history_view.cpp" line="39"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../app/sql_history_view.cpp" line="39"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location filename="../app/sql_history_view.cpp" line="49"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../app/sql_history_view.cpp" line="50"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location filename="../app/sql_history_view.cpp" line="51"/>
        <source>Clear removes the entries older than this (all: every entry)</source>
        <translation>Leeren entfernt die Einträge, die älter sind (alle: jeden Eintrag)</translation>
    </message>
    <message>
        <location filename="../app/sql_history_view.cpp" line="52"/>
        <source>Open in SQL Tab</source>
        <translation>In SQL-Tab öffnen</translation>
    </message>
    <message>
        <location filename="../app/sql_history_view.cpp" line="53"/>
        <source>Put the selected query in a new SQL tab, to run it again (Ctrl+Enter)</source>
        <translation>Die gewählte Abfrage in einen neuen SQL-Tab legen, um sie erneut auszuführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/sql_history_view.cpp" line="54"/>
        <source>Clear…</source>
        <translation>Leeren…</translation>
    </message>
    <message>
        <location filename="../app/sql_history_view.cpp" line="55"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/sql_history_view.cpp" line="63"/>
        <source>the entries older than %1 months</source>
        <translation>die Einträge, die älter als %1 Monate sind</translation>
    </message>
    <message>
        <location filename="../app/sql_history_view.cpp" line="63"/>
        <source>every entry</source>
        <translation>jeden Eintrag</translation>
    </message>
    <message>
        <location filename="../app/sql_history_view.cpp" line="64"/>
        <source>Clear SQL History</source>
        <translation>SQL-Verlauf leeren</translation>
    </message>
    <message>
        <location filename="../app/sql_history_view.cpp" line="64"/>
        <source>Remove %1 of the SQL history of %2, with their kept results?</source>
        <translation>%1 aus dem SQL-Verlauf von %2 entfernen, samt aufbewahrter Ergebnisse?</translation>
    </message>
    <message>
        <location filename="../app/sql_history_view.cpp" line="75"/>
        <source>Older than:</source>
        <translation>Älter als:</translation>
    </message>
    <message>
        <location filename="../app/sql_history_view.cpp" line="110"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/sql_history_view.cpp" line="110"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/sql_history_view.cpp" line="121"/>
        <source>1 query in the history of %1</source>
        <translation>1 Abfrage im Verlauf von %1</translation>
    </message>
    <message>
        <location filename="../app/sql_history_view.cpp" line="122"/>
        <source>%1 queries in the history of %2</source>
        <translation>%1 Abfragen im Verlauf von %2</translation>
    </message>
    <message>
        <location filename="../app/sql_history_view.cpp" line="146"/>
        <source>No rows were kept for this query.</source>
        <translation>Für diese Abfrage wurden keine Zeilen aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sql_history_view.cpp" line="178"/>
        <source>The first %n row(s), as kept</source>
        <translation>
            <numerusform>Die erste Zeile, wie aufbewahrt</numerusform>
            <numerusform>Die ersten %n Zeilen, wie aufbewahrt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sql_history_view.cpp" line="179"/>
        <source>%n row(s), as kept</source>
        <translation>
            <numerusform>%n Zeile, wie aufbewahrt</numerusform>
            <numerusform>%n Zeilen, wie aufbewahrt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/sql_history_view.cpp" line="190"/>
        <source>Removed %1 entries</source>
        <translation>%1 Einträge entfernt</translation>
    </message>
</context>
<context>
    <name>noorm::StagesPage</name>
    <message>
        <location filename="../app/settings_pages.cpp" line="125"/>
        <source>Strict: every config must belong to one of these stages</source>
        <translation>Strikt: Jede Konfiguration muss zu einer dieser Stages gehören</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="126"/>
        <source>stages a config may belong to, one per line</source>
        <translation>Stages, zu denen eine Konfiguration gehören darf, eine pro Zeile</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="130"/>
        <source>Locked: its configs cannot be removed</source>
        <translation>Gesperrt: Die Konfigurationen dieser Stage können nicht entfernt werden</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="140"/>
        <location filename="../app/settings_pages.cpp" line="145"/>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="149"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="150"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="152"/>
        <source>Defaults of a config made for this stage</source>
        <translation>Vorgaben für eine Konfiguration, die für diese Stage angelegt wird</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="154"/>
        <source>Dialect:</source>
        <translation>Dialekt:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="155"/>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="156"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="157"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="158"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="159"/>
        <source>SSL:</source>
        <translation>SSL:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="160"/>
        <source>Test database:</source>
        <translation>Testdatenbank:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="161"/>
        <source>Protected:</source>
        <translation>Geschützt:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="163"/>
        <source>Secrets its configs must have:</source>
        <translation>Geheimnisse, die die Konfigurationen dieser Stage haben müssen:</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="166"/>
        <source>Add Stage</source>
        <translation>Stage hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/settings_pages.cpp" line="167"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>noorm::TemplateInspector</name>
    <message>
        <location filename="../app/template_inspector.cpp" line="38"/>
        <source>await include(path): another file&apos;s text, rendered if a template</source>
        <translation>await include(pfad): der Text einer anderen Datei, gerendert, wenn sie ein Template ist</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="40"/>
        <source>escape(text): quotes doubled for a SQL string</source>
        <translation>escape(text): Anführungszeichen verdoppelt für einen SQL-String</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="42"/>
        <source>quote(value): a SQL literal (&apos;text&apos;, 42, NULL)</source>
        <translation>quote(wert): ein SQL-Literal (&apos;text&apos;, 42, NULL)</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="44"/>
        <source>json(value): JSON text</source>
        <translation>json(wert): JSON-Text</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="46"/>
        <source>now(): the current time, ISO 8601</source>
        <translation>now(): die aktuelle Zeit, ISO 8601</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="48"/>
        <source>uuid(): a random UUID</source>
        <translation>uuid(): eine zufällige UUID</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="57"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="57"/>
        <source>Preview SQL</source>
        <translation>SQL-Vorschau</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="59"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="59"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="59"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="66"/>
        <source>What this template can use from $; double-click an entry to open the file it comes from</source>
        <translation>Was dieses Template aus $ nutzen kann; Doppelklick auf einen Eintrag öffnet die Datei, aus der er stammt</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="70"/>
        <source>Read the data files, helpers and config again</source>
        <translation>Datendateien, Helfer und Konfiguration neu lesen</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="71"/>
        <source>Render the saved file and show the SQL it runs (secrets masked)</source>
        <translation>Die gespeicherte Datei rendern und das SQL zeigen, das sie ausführt (Geheimnisse maskiert)</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="73"/>
        <source>&lt;b&gt;Template context&lt;/b&gt;</source>
        <translation>&lt;b&gt;Template-Kontext&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="133"/>
        <source>Rendering…</source>
        <translation>Wird gerendert…</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="144"/>
        <source>Rendered in %1 ms (secrets masked)</source>
        <translation>In %1 ms gerendert (Geheimnisse maskiert)</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="176"/>
        <source>Data files</source>
        <translation>Datendateien</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/template_inspector.cpp" line="176"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/template_inspector.cpp" line="179"/>
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n Funktion</numerusform>
            <numerusform>%n Funktionen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="197"/>
        <source>names only</source>
        <translation>nur Namen</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="179"/>
        <source>Helpers</source>
        <translation>Helfer</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="182"/>
        <source>Built-ins</source>
        <translation>Eingebaut</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="195"/>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="197"/>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="199"/>
        <source>secret of %1</source>
        <translation>Geheimnis von %1</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="201"/>
        <source>global secret</source>
        <translation>globales Geheimnis</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="202"/>
        <source>Values are never shown here; a preview masks them</source>
        <translation>Werte werden hier nie gezeigt; eine Vorschau maskiert sie</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="204"/>
        <source>none set</source>
        <translation>keine gesetzt</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="205"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/template_inspector.cpp" line="206"/>
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n Variable</numerusform>
            <numerusform>%n Variablen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="210"/>
        <source>%1 · Preview SQL renders it</source>
        <translation>%1 · SQL-Vorschau rendert es</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="221"/>
        <source>Open %1 at line %2</source>
        <translation>%1 in Zeile %2 öffnen</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="225"/>
        <source>Cannot render: %1</source>
        <translation>Rendern nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../app/template_inspector.cpp" line="225"/>
        <source>Cannot read the context: %1</source>
        <translation>Kontext nicht lesbar: %1</translation>
    </message>
</context>
</TS>

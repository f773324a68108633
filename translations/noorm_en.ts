<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>noorm::BuildRunner</name>
    <message numerus="yes">
        <location filename="../app/build_runner.cpp" line="230"/>
        <source>Dry run: %n file(s) rendered, nothing ran</source>
        <translation>
            <numerusform>Dry run: %n file rendered, nothing ran</numerusform>
            <numerusform>Dry run: %n files rendered, nothing ran</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/build_runner.cpp" line="263"/>
        <source>%n statement(s) before it ran and stay</source>
        <translation>
            <numerusform>%n statement before it ran and stays</numerusform>
            <numerusform>%n statements before it ran and stay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/build_runner.cpp" line="299"/>
        <source>%n file(s) rendered</source>
        <translation>
            <numerusform>%n file rendered</numerusform>
            <numerusform>%n files rendered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/build_runner.cpp" line="349"/>
        <source>%n table(s) emptied</source>
        <translation>
            <numerusform>%n table emptied</numerusform>
            <numerusform>%n tables emptied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/build_runner.cpp" line="355"/>
        <location filename="../app/build_runner.cpp" line="368"/>
        <source>%n object(s) dropped</source>
        <translation>
            <numerusform>%n object dropped</numerusform>
            <numerusform>%n objects dropped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/build_runner.cpp" line="357"/>
        <source>%n change(s) marked stale</source>
        <translation>
            <numerusform>%n change marked stale</numerusform>
            <numerusform>%n changes marked stale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/build_runner.cpp" line="359"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/build_runner.cpp" line="359"/>
        <source>%n build(s)</source>
        <translation>
            <numerusform>%n build</numerusform>
            <numerusform>%n builds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/build_runner.cpp" line="368"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>noorm::ConfigSharing</name>
    <message numerus="yes">
        <location filename="../app/config_sharing.cpp" line="68"/>
        <source>Wrote %1: config %2 with %n secret(s) for %3; without your user and password</source>
        <translation>
            <numerusform>Wrote %1: config %2 with %n secret for %3; without your user and password</numerusform>
            <numerusform>Wrote %1: config %2 with %n secrets for %3; without your user and password</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/config_sharing.cpp" line="149"/>
        <source>Imported config %1 from %2 with %n secret(s)</source>
        <translation>
            <numerusform>Imported config %1 from %2 with %n secret</numerusform>
            <numerusform>Imported config %1 from %2 with %n secrets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>noorm::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/main_window.cpp" line="824"/>
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/main_window.cpp" line="824"/>
        <source>%n foreign key(s)</source>
        <translation>
            <numerusform>%n foreign key</numerusform>
            <numerusform>%n foreign keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>noorm::SqlHistoryView</name>
    <message numerus="yes">
        <location filename="../app/sql_history_view.cpp" line="175"/>
        <source>The first %n row(s), as kept</source>
        <translation>
            <numerusform>The first row, as kept</numerusform>
            <numerusform>The first %n rows, as kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/sql_history_view.cpp" line="176"/>
        <source>%n row(s), as kept</source>
        <translation>
            <numerusform>%n row, as kept</numerusform>
            <numerusform>%n rows, as kept</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>noorm::TemplateInspector</name>
    <message numerus="yes">
        <location filename="../app/template_inspector.cpp" line="175"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/template_inspector.cpp" line="178"/>
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n function</numerusform>
            <numerusform>%n functions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/template_inspector.cpp" line="195"/>
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
</context>
</TS>

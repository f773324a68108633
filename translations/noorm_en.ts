<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- English plural forms only (lupdate -pluralonly app -ts translations/noorm_en.ts): the
     source texts are English, but %n needs a translation to say "1 file" and "2 files". -->
<TS version="2.1" language="en_US">
<context>
    <name>noorm::BuildRunner</name>
    <message numerus="yes">
        <source>%n statement(s) before it ran and stay</source>
        <translation>
            <numerusform>%n statement before it ran and stays</numerusform>
            <numerusform>%n statements before it ran and stay</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>noorm::TemplateInspector</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n function(s)</source>
        <translation>
            <numerusform>%n function</numerusform>
            <numerusform>%n functions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s)</source>
        <translation>
            <numerusform>%n variable</numerusform>
            <numerusform>%n variables</numerusform>
        </translation>
    </message>
</context>
</TS>

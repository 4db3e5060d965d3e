<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>atrium::ReadingWriter</name>
        <message numerus="yes">
            <location filename="../../models/telemetry/ReadingWriter.cpp" line="201" />
            <source>Cannot store %n reading(s) in %1: %2</source>
            <translation>
                <numerusform>Cannot store %n reading in %1: %2</numerusform>
                <numerusform>Cannot store %n readings in %1: %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>atrium::replay::ReplayPublisher</name>
        <message numerus="yes">
            <location filename="../../tools/replay/ReplayPublisher.cpp" line="37" />
            <source>%n message(s) still unconfirmed after the drain timeout</source>
            <translation>
                <numerusform>%n message still unconfirmed after the drain timeout</numerusform>
                <numerusform>%n messages still unconfirmed after the drain timeout</numerusform>
            </translation>
        </message>
    </context>
</TS>

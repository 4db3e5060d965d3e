<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>atrium::AutomationPage</name>
        <message numerus="yes">
            <location filename="../../ui/automation/AutomationPage.cpp" line="299" />
            <source>%1; at least %n min</source>
            <extracomment>a rule's minimum duration, after its condition: "occupied for 2 min; at least 15 min"</extracomment>
            <translation>
                <numerusform>%1; at least %n min</numerusform>
                <numerusform>%1; at least %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/automation/AutomationPage.cpp" line="316" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/automation/AutomationPage.cpp" line="337" />
            <source>%n override(s) in this period.</source>
            <translation>
                <numerusform>%n override in this period.</numerusform>
                <numerusform>%n overrides in this period.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/automation/AutomationPage.cpp" line="339" />
            <source>%n rule(s) overridden %1 times or more: check whether they suit the people in those rooms.</source>
            <translation>
                <numerusform>%n rule overridden %1 times or more: check whether they suit the people in those rooms.</numerusform>
                <numerusform>%n rules overridden %1 times or more: check whether they suit the people in those rooms.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>atrium::BookingDialog</name>
        <message numerus="yes">
            <location filename="../../ui/bookings/BookingDialog.cpp" line="36" />
            <source>%1 (%n seat(s))</source>
            <translation>
                <numerusform>%1 (%n seat)</numerusform>
                <numerusform>%1 (%n seats)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/bookings/BookingDialog.cpp" line="288" />
            <source>%n of %1 dates cannot be booked:</source>
            <translation>
                <numerusform>%n of %1 dates cannot be booked:</numerusform>
                <numerusform>%n of %1 dates cannot be booked:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>atrium::BookingStore</name>
        <message numerus="yes">
            <location filename="../../models/bookings/BookingStore.cpp" line="319" />
            <source>Nothing was saved; %n booking(s) clash:</source>
            <translation>
                <numerusform>Nothing was saved; %n booking clashes:</numerusform>
                <numerusform>Nothing was saved; %n bookings clash:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>atrium::BookingsPage</name>
        <message numerus="yes">
            <location filename="../../ui/bookings/BookingsPage.cpp" line="324" />
            <source>Booked: %n booking(s) saved.</source>
            <translation>
                <numerusform>Booked: %n booking saved.</numerusform>
                <numerusform>Booked: %n bookings saved.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/bookings/BookingsPage.cpp" line="424" />
            <source>Imported %n booking(s).</source>
            <translation>
                <numerusform>Imported %n booking.</numerusform>
                <numerusform>Imported %n bookings.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>atrium::DayTimeline</name>
        <message numerus="yes">
            <location filename="../../ui/bookings/DayTimelinePaint.cpp" line="75" />
            <source>%n seat(s)</source>
            <extracomment>under a room's name on the timeline: "6 seats"</extracomment>
            <translation>
                <numerusform>%n seat</numerusform>
                <numerusform>%n seats</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>atrium::IcsImport</name>
        <message numerus="yes">
            <location filename="../../models/bookings/IcsImport.cpp" line="70" />
            <source>Nothing was imported: %n event(s) clash with the rules or with other bookings.</source>
            <translation>
                <numerusform>Nothing was imported: %n event clashes with the rules or with other bookings.</numerusform>
                <numerusform>Nothing was imported: %n events clash with the rules or with other bookings.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>atrium::IcsImportDialog</name>
        <message numerus="yes">
            <location filename="../../ui/bookings/IcsImportDialog.cpp" line="136" />
            <source>%n event(s) to book.</source>
            <translation>
                <numerusform>%n event to book.</numerusform>
                <numerusform>%n events to book.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/bookings/IcsImportDialog.cpp" line="141" />
            <source>%n event(s) clash with bookings or rules. Nothing is imported until none do (choose another room, or change the bookings in the way).</source>
            <translation>
                <numerusform>%n event clashes with bookings or rules. Nothing is imported until none does (choose another room, or change the bookings in the way).</numerusform>
                <numerusform>%n events clash with bookings or rules. Nothing is imported until none do (choose another room, or change the bookings in the way).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>atrium::IcsReader</name>
        <message numerus="yes">
            <location filename="../../models/bookings/IcsReader.cpp" line="407" />
            <source>%n cancelled event(s) skipped</source>
            <translation>
                <numerusform>%n cancelled event skipped</numerusform>
                <numerusform>%n cancelled events skipped</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>atrium::MembersPage</name>
        <message numerus="yes">
            <location filename="../../ui/members/MembersPage.cpp" line="125" />
            <source>%n member(s)</source>
            <extracomment>how many members the search shows</extracomment>
            <translation>
                <numerusform>%n member</numerusform>
                <numerusform>%n members</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>atrium::OverrideBadgeLayer</name>
        <message numerus="yes">
            <location filename="../../ui/automation/OverrideBadgeLayer.cpp" line="48" />
            <source>Rooms with an override: %n</source>
            <translation>
                <numerusform>Rooms with an override: %n</numerusform>
                <numerusform>Rooms with an override: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>atrium::ReadingWriter</name>
        <message numerus="yes">
            <location filename="../../models/telemetry/ReadingWriter.cpp" line="385" />
            <source>Cannot store %n reading(s) in %1: %2</source>
            <translation>
                <numerusform>Cannot store %n reading in %1: %2</numerusform>
                <numerusform>Cannot store %n readings in %1: %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>atrium::Recurrence</name>
        <message numerus="yes">
            <location filename="../../models/bookings/Recurrence.cpp" line="207" />
            <source>, %n time(s)</source>
            <translation>
                <numerusform>, %n time</numerusform>
                <numerusform>, %n times</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../models/bookings/Recurrence.cpp" line="211" />
            <source>, except %n date(s)</source>
            <translation>
                <numerusform>, except %n date</numerusform>
                <numerusform>, except %n dates</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>atrium::RuleText</name>
        <message numerus="yes">
            <location filename="../../models/automation/AutomationRule.cpp" line="132" />
            <source> for %n min</source>
            <translation>
                <numerusform> for %n min</numerusform>
                <numerusform> for %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../models/automation/AutomationRule.cpp" line="139" />
            <source>booked now, or a booking starts within %n min</source>
            <translation>
                <numerusform>booked now, or a booking starts within %n min</numerusform>
                <numerusform>booked now, or a booking starts within %n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>atrium::WhyText</name>
        <message numerus="yes">
            <location filename="../../models/automation/WhyText.cpp" line="95" />
            <source>%n s left</source>
            <translation>
                <numerusform>%n s left</numerusform>
                <numerusform>%n s left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../models/automation/WhyText.cpp" line="98" />
            <source>%n min left</source>
            <translation>
                <numerusform>%n min left</numerusform>
                <numerusform>%n min left</numerusform>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
    <context>
        <name>atrium::AccessEventLog</name>
        <message>
            <location filename="../../models/access/AccessEventLog.cpp" line="56" />
            <source>Cannot write the access log: %1</source>
            <translation>Impossible d’écrire le journal des accès : %1</translation>
        </message>
        <message>
            <location filename="../../models/access/AccessEventLog.cpp" line="129" />
            <source>Cannot trim the access log: %1</source>
            <translation>Impossible d’alléger le journal des accès : %1</translation>
        </message>
    </context>
    <context>
        <name>atrium::AccessEventModel</name>
        <message>
            <location filename="../../models/access/AccessEventModel.cpp" line="96" />
            <source>(anonymised)</source>
            <translation>(anonymisé)</translation>
        </message>
        <message>
            <location filename="../../models/access/AccessEventModel.cpp" line="96" />
            <source>unknown card %1</source>
            <translation>carte inconnue %1</translation>
        </message>
        <message>
            <location filename="../../models/access/AccessEventModel.cpp" line="99" />
            <source>Allowed</source>
            <translation>Autorisé</translation>
        </message>
        <message>
            <location filename="../../models/access/AccessEventModel.cpp" line="99" />
            <source>Refused</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <location filename="../../models/access/AccessEventModel.cpp" line="113" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../../models/access/AccessEventModel.cpp" line="115" />
            <source>Door</source>
            <translation>Porte</translation>
        </message>
        <message>
            <location filename="../../models/access/AccessEventModel.cpp" line="117" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../../models/access/AccessEventModel.cpp" line="119" />
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../../models/access/AccessEventModel.cpp" line="121" />
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
    </context>
    <context>
        <name>atrium::AccessRules</name>
        <message>
            <location filename="../../models/access/AccessRules.cpp" line="71" />
            <source>Door "%1" is not known to the console.</source>
            <translation>La porte « %1 » est inconnue de la console.</translation>
        </message>
        <message>
            <location filename="../../models/access/AccessRules.cpp" line="79" />
            <source>Unknown badge.</source>
            <translation>Badge inconnu.</translation>
        </message>
        <message>
            <location filename="../../models/access/AccessRules.cpp" line="83" />
            <source>This reader's number matches several badges; use a reader that reads the whole UID.</source>
            <translation>Le numéro lu correspond à plusieurs badges ; utilisez un lecteur qui lit l’UID complet.</translation>
        </message>
        <message>
            <location filename="../../models/access/AccessRules.cpp" line="92" />
            <source>Badge suspended.</source>
            <translation>Badge suspendu.</translation>
        </message>
        <message>
            <location filename="../../models/access/AccessRules.cpp" line="94" />
            <source>Badge reported lost.</source>
            <translation>Badge déclaré perdu.</translation>
        </message>
        <message>
            <location filename="../../models/access/AccessRules.cpp" line="96" />
            <source>Badge replaced by a new one.</source>
            <translation>Badge remplacé par un nouveau.</translation>
        </message>
        <message>
            <location filename="../../models/access/AccessRules.cpp" line="97" />
            <source>Badge revoked.</source>
            <translation>Badge révoqué.</translation>
        </message>
        <message>
            <location filename="../../models/access/AccessRules.cpp" line="100" />
            <source>Badge expired on %1.</source>
            <translation>Badge expiré le %1.</translation>
        </message>
        <message>
            <location filename="../../models/access/AccessRules.cpp" line="101" />
            <source>Badge expired.</source>
            <translation>Badge expiré.</translation>
        </message>
        <message>
            <location filename="../../models/access/AccessRules.cpp" line="106" />
            <source>Badge valid from %1.</source>
            <translation>Badge valable à partir du %1.</translation>
        </message>
        <message>
            <location filename="../../models/access/AccessRules.cpp" line="109" />
            <source>Badge has no access group.</source>
            <translation>Badge sans groupe d’accès.</translation>
        </message>
        <message>
            <location filename="../../models/access/AccessRules.cpp" line="125" />
            <source>Allowed (group %1).</source>
            <translation>Autorisé (groupe %1).</translation>
        </message>
        <message>
            <location filename="../../models/access/AccessRules.cpp" line="132" />
            <source>Allowed during the member's booking.</source>
            <translation>Autorisé pendant la réservation du membre.</translation>
        </message>
        <message>
            <location filename="../../models/access/AccessRules.cpp" line="137" />
            <source>Group %1 does not open %2.</source>
            <translation>Le groupe %1 n’ouvre pas %2.</translation>
        </message>
        <message>
            <location filename="../../models/access/AccessRules.cpp" line="139" />
            <source>No booking of this room by the member now.</source>
            <translation>Le membre n’a pas de réservation de cette salle en ce moment.</translation>
        </message>
        <message>
            <location filename="../../models/access/AccessRules.cpp" line="141" />
            <source>Outside the hours of group %1 (%2).</source>
            <translation>En dehors des horaires du groupe %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>atrium::Actuator</name>
        <message>
            <location filename="../../models/automation/Actuator.cpp" line="47" />
            <source>Heating and cooling</source>
            <extracomment>heating and cooling unit of a room</extracomment>
            <translation>Chauffage et climatisation</translation>
        </message>
        <message>
            <location filename="../../models/automation/Actuator.cpp" line="49" />
            <location filename="../../models/automation/Actuator.cpp" line="99" />
            <source>Ventilation</source>
            <translation>Aération</translation>
        </message>
        <message>
            <location filename="../../models/automation/Actuator.cpp" line="51" />
            <location filename="../../models/automation/Actuator.cpp" line="101" />
            <source>Lights</source>
            <translation>Éclairage</translation>
        </message>
        <message>
            <location filename="../../models/automation/Actuator.cpp" line="53" />
            <location filename="../../models/automation/Actuator.cpp" line="105" />
            <source>Blinds</source>
            <translation>Stores</translation>
        </message>
        <message>
            <location filename="../../models/automation/Actuator.cpp" line="55" />
            <source>Lock</source>
            <translation>Serrure</translation>
        </message>
        <message>
            <location filename="../../models/automation/Actuator.cpp" line="59" />
            <source>Other device</source>
            <translation>Autre appareil</translation>
        </message>
        <message>
            <location filename="../../models/automation/Actuator.cpp" line="95" />
            <source>Temperature</source>
            <extracomment>the temperature a room's heating or cooling aims at</extracomment>
            <translation>Température</translation>
        </message>
        <message>
            <location filename="../../models/automation/Actuator.cpp" line="97" />
            <source>Heating mode</source>
            <translation>Mode de chauffage</translation>
        </message>
        <message>
            <location filename="../../models/automation/Actuator.cpp" line="103" />
            <source>Light level</source>
            <translation>Niveau d’éclairage</translation>
        </message>
        <message>
            <location filename="../../models/automation/Actuator.cpp" line="140" />
            <source>%1 °C</source>
            <extracomment>a temperature setpoint, e.g. "21 °C" or "21.5 °C"</extracomment>
            <translation>%1 °C</translation>
        </message>
        <message>
            <location filename="../../models/automation/Actuator.cpp" line="145" />
            <source>heating and cooling off</source>
            <translation>chauffage et climatisation arrêtés</translation>
        </message>
        <message>
            <location filename="../../models/automation/Actuator.cpp" line="147" />
            <source>heating</source>
            <translation>chauffage</translation>
        </message>
        <message>
            <location filename="../../models/automation/Actuator.cpp" line="149" />
            <source>cooling</source>
            <translation>climatisation</translation>
        </message>
        <message>
            <location filename="../../models/automation/Actuator.cpp" line="151" />
            <source>heating or cooling as needed</source>
            <translation>chauffage ou climatisation selon le besoin</translation>
        </message>
        <message>
            <location filename="../../models/automation/Actuator.cpp" line="157" />
            <source>ventilation off</source>
            <translation>aération arrêtée</translation>
        </message>
        <message>
            <location filename="../../models/automation/Actuator.cpp" line="159" />
            <source>ventilation low</source>
            <translation>aération faible</translation>
        </message>
        <message>
            <location filename="../../models/automation/Actuator.cpp" line="161" />
            <source>ventilation medium</source>
            <translation>aération moyenne</translation>
        </message>
        <message>
            <location filename="../../models/automation/Actuator.cpp" line="163" />
            <source>ventilation high</source>
            <translation>aération forte</translation>
        </message>
        <message>
            <location filename="../../models/automation/Actuator.cpp" line="166" />
            <source>lights on</source>
            <translation>éclairage allumé</translation>
        </message>
        <message>
            <location filename="../../models/automation/Actuator.cpp" line="167" />
            <source>lights off</source>
            <translation>éclairage éteint</translation>
        </message>
        <message>
            <location filename="../../models/automation/Actuator.cpp" line="169" />
            <source>lights at %1 %</source>
            <translation>éclairage à %1 %</translation>
        </message>
        <message>
            <location filename="../../models/automation/Actuator.cpp" line="172" />
            <source>blinds closed</source>
            <translation>stores fermés</translation>
        </message>
        <message>
            <location filename="../../models/automation/Actuator.cpp" line="174" />
            <source>blinds open</source>
            <translation>stores ouverts</translation>
        </message>
        <message>
            <location filename="../../models/automation/Actuator.cpp" line="175" />
            <source>blinds %1 % open</source>
            <translation>stores ouverts à %1 %</translation>
        </message>
    </context>
    <context>
        <name>atrium::ActuatorLoader</name>
        <message>
            <location filename="../../models/automation/ActuatorLoader.cpp" line="37" />
            <source>cannot open the site file %1: %2</source>
            <translation>impossible d’ouvrir le fichier du site %1 : %2</translation>
        </message>
        <message>
            <location filename="../../models/automation/ActuatorLoader.cpp" line="49" />
            <source>%1: not a site file (%2)</source>
            <translation>%1 : ce n’est pas un fichier de site (%2)</translation>
        </message>
        <message>
            <location filename="../../models/automation/ActuatorLoader.cpp" line="60" />
            <source>%1 line %2: %3: %4</source>
            <translation>%1 ligne %2 : %3 : %4</translation>
        </message>
        <message>
            <location filename="../../models/automation/ActuatorLoader.cpp" line="63" />
            <source>must be a list in square brackets</source>
            <translation>doit être une liste entre crochets</translation>
        </message>
        <message>
            <location filename="../../models/automation/ActuatorLoader.cpp" line="69" />
            <source>must be an object in curly braces</source>
            <translation>doit être un objet entre accolades</translation>
        </message>
        <message>
            <location filename="../../models/automation/ActuatorLoader.cpp" line="75" />
            <source>required, but missing</source>
            <translation>obligatoire, mais absent</translation>
        </message>
        <message>
            <location filename="../../models/automation/ActuatorLoader.cpp" line="77" />
            <source>duplicate actuator id '%1'</source>
            <translation>identifiant d’appareil « %1 » en double</translation>
        </message>
        <message>
            <location filename="../../models/automation/ActuatorLoader.cpp" line="82" />
            <source>unknown room '%1'</source>
            <translation>salle « %1 » inconnue</translation>
        </message>
        <message>
            <location filename="../../models/automation/ActuatorLoader.cpp" line="87" />
            <source>unknown kind '%1' (known: hvac, ventilation, lights, blinds, lock, other)</source>
            <translation>type « %1 » inconnu (connus : hvac, ventilation, lights, blinds, lock, other)</translation>
        </message>
        <message>
            <location filename="../../models/automation/ActuatorLoader.cpp" line="93" />
            <source>unknown profile '%1' (known: atrium, zigbee2mqtt, homeassistant)</source>
            <translation>profil « %1 » inconnu (connus : atrium, zigbee2mqtt, homeassistant)</translation>
        </message>
        <message>
            <location filename="../../models/automation/ActuatorLoader.cpp" line="106" />
            <source>must be below maxSetpointC</source>
            <translation>doit être inférieur à maxSetpointC</translation>
        </message>
        <message>
            <location filename="../../models/automation/ActuatorLoader.cpp" line="111" />
            <source>unknown command topic key (known: %1)</source>
            <translation>clé de topic de commande inconnue (connues : %1)</translation>
        </message>
        <message>
            <location filename="../../models/automation/ActuatorLoader.cpp" line="115" />
            <source>must be a topic without wildcards</source>
            <translation>doit être un topic sans caractères génériques</translation>
        </message>
        <message>
            <location filename="../../models/automation/ActuatorLoader.cpp" line="119" />
            <source>a zigbee2mqtt actuator needs its friendly name</source>
            <translation>un appareil zigbee2mqtt doit avoir son friendly name</translation>
        </message>
        <message>
            <location filename="../../models/automation/ActuatorLoader.cpp" line="121" />
            <source>a homeassistant actuator needs its command topics</source>
            <translation>un appareil homeassistant doit avoir ses topics de commande</translation>
        </message>
    </context>
    <context>
        <name>atrium::AssignTopicDialog</name>
        <message>
            <location filename="../../ui/AssignTopicDialog.cpp" line="23" />
            <source>Assign topic to a room</source>
            <translation>Affecter le topic à une salle</translation>
        </message>
        <message>
            <location filename="../../ui/AssignTopicDialog.cpp" line="28" />
            <source>Topic: %1</source>
            <translation>Topic : %1</translation>
        </message>
        <message>
            <location filename="../../ui/AssignTopicDialog.cpp" line="32" />
            <source>Room</source>
            <translation>Salle</translation>
        </message>
        <message>
            <location filename="../../ui/AssignTopicDialog.cpp" line="40" />
            <source>%1 (%2)</source>
            <extracomment>room name and its id in the site file</extracomment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location filename="../../ui/AssignTopicDialog.cpp" line="49" />
            <source>Topic:</source>
            <translation>Topic :</translation>
        </message>
        <message>
            <location filename="../../ui/AssignTopicDialog.cpp" line="50" />
            <source>Profile:</source>
            <translation>Profil :</translation>
        </message>
        <message>
            <location filename="../../ui/AssignTopicDialog.cpp" line="51" />
            <source>&amp;Room:</source>
            <translation>&amp;Salle :</translation>
        </message>
        <message>
            <location filename="../../ui/AssignTopicDialog.cpp" line="56" />
            <source>&amp;Assign</source>
            <translation>&amp;Affecter</translation>
        </message>
        <message>
            <location filename="../../ui/AssignTopicDialog.cpp" line="64" />
            <source>Readings on this topic will count for the chosen room from now on, and the assignment is saved in the site file.</source>
            <translation>Les relevés de ce topic compteront désormais pour la salle choisie, et l’affectation est enregistrée dans le fichier du site.</translation>
        </message>
        <message>
            <location filename="../../ui/AssignTopicDialog.cpp" line="97" />
            <source>Assigning topics is not available in this console.</source>
            <translation>Cette console ne permet pas d’affecter des topics.</translation>
        </message>
        <message>
            <location filename="../../ui/AssignTopicDialog.cpp" line="100" />
            <source>The topic was not assigned: %1</source>
            <extracomment>%1 the reason, in words</extracomment>
            <translation>Le topic n’a pas été affecté : %1</translation>
        </message>
    </context>
    <context>
        <name>atrium::AtriumDecoder</name>
        <message>
            <location filename="../../models/feeds/AtriumDecoder.cpp" line="29" />
            <source>topic "%1" is not atrium/&lt;site&gt;/&lt;room&gt;/&lt;metric&gt;</source>
            <translation>le topic « %1 » n’est pas de la forme atrium/&lt;site&gt;/&lt;salle&gt;/&lt;mesure&gt;</translation>
        </message>
        <message>
            <location filename="../../models/feeds/AtriumDecoder.cpp" line="32" />
            <source>unknown metric "%1" in topic "%2"</source>
            <translation>mesure inconnue « %1 » dans le topic « %2 »</translation>
        </message>
        <message>
            <location filename="../../models/feeds/AtriumDecoder.cpp" line="45" />
            <source>field "value" is missing</source>
            <translation>le champ « value » est absent</translation>
        </message>
        <message>
            <location filename="../../models/feeds/AtriumDecoder.cpp" line="48" />
            <source>field "unit": %1 is not text</source>
            <translation>champ « unit » : %1 n’est pas du texte</translation>
        </message>
    </context>
    <context>
        <name>atrium::AuditLog</name>
        <message>
            <location filename="../../models/storage/AuditLog.cpp" line="43" />
            <source>An audit line needs who acted, the action and what it applies to.</source>
            <translation>Une ligne du journal doit dire qui a agi, l’action et sur quoi.</translation>
        </message>
        <message>
            <location filename="../../models/storage/AuditLog.cpp" line="58" />
            <location filename="../../models/storage/AuditLog.cpp" line="68" />
            <location filename="../../models/storage/AuditLog.cpp" line="75" />
            <source>Cannot write the audit log: %1</source>
            <translation>Impossible d’écrire dans le journal des actions : %1</translation>
        </message>
        <message>
            <location filename="../../models/storage/AuditLog.cpp" line="65" />
            <source>The audit log is not open.</source>
            <translation>Le journal des actions n’est pas ouvert.</translation>
        </message>
        <message>
            <location filename="../../models/storage/AuditLog.cpp" line="138" />
            <source>Cannot anonymise the audit log: %1</source>
            <translation>Impossible d’anonymiser le journal des actions : %1</translation>
        </message>
    </context>
    <context>
        <name>atrium::AutomationPage</name>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="59" />
            <location filename="../../ui/automation/AutomationPage.cpp" line="130" />
            <source>Rooms</source>
            <extracomment>Automation page section</extracomment>
            <translation>Salles</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="61" />
            <location filename="../../ui/automation/AutomationPage.cpp" line="185" />
            <location filename="../../ui/automation/AutomationPage.cpp" line="187" />
            <source>Overrides</source>
            <extracomment>Automation page section</extracomment>
            <translation>Réglages manuels</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="63" />
            <location filename="../../ui/automation/AutomationPage.cpp" line="129" />
            <source>Rules</source>
            <extracomment>Automation page section</extracomment>
            <translation>Règles</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="65" />
            <source>Report</source>
            <extracomment>Automation page section: how often people override the automation</extracomment>
            <translation>Bilan</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="85" />
            <source>Rooms and why</source>
            <translation>Salles et raisons</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="85" />
            <location filename="../../ui/automation/AutomationPage.cpp" line="110" />
            <location filename="../../ui/automation/AutomationPage.cpp" line="187" />
            <source>Room</source>
            <translation>Salle</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="85" />
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="87" />
            <source>&amp;Override…</source>
            <translation>&amp;Régler à la main…</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="89" />
            <source>Change the selected room for a while</source>
            <translation>Changer la salle sélectionnée pour un moment</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="109" />
            <source>Overrides in force</source>
            <translation>Réglages manuels en cours</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="110" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="110" />
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="110" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="110" />
            <source>Time left</source>
            <translation>Temps restant</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="113" />
            <source>&amp;End now</source>
            <translation>&amp;Terminer maintenant</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="115" />
            <source>End the selected override: automation takes over again</source>
            <translation>Terminer le réglage manuel sélectionné : l’automatisation reprend la main</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="130" />
            <source>On</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="130" />
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="130" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="130" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="130" />
            <source>Then</source>
            <translation>Alors</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="146" />
            <source>&amp;New rule…</source>
            <translation>&amp;Nouvelle règle…</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="148" />
            <source>Ed&amp;it…</source>
            <translation>Mod&amp;ifier…</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="150" />
            <source>&amp;Delete</source>
            <translation>Supprim&amp;er</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="161" />
            <source>Highest priority first: safety, then a person's override, then bookings and presence, schedule, energy saving. Within a priority, the rule listed first wins.</source>
            <translation>La priorité la plus haute d’abord : sécurité, puis réglage manuel d’une personne, puis réservations et présence, horaires, économies d’énergie. À priorité égale, la première règle de la liste l’emporte.</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="176" />
            <source>Report period</source>
            <translation>Période du bilan</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="177" />
            <source>Last 7 days</source>
            <translation>7 derniers jours</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="178" />
            <source>Last 30 days</source>
            <translation>30 derniers jours</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="179" />
            <source>Last 90 days</source>
            <translation>90 derniers jours</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="184" />
            <source>Overrides per rule</source>
            <translation>Réglages manuels par règle</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="185" />
            <source>Rule</source>
            <translation>Règle</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="185" />
            <location filename="../../ui/automation/AutomationPage.cpp" line="187" />
            <source>Time overridden</source>
            <translation>Durée en réglage manuel</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="185" />
            <source>Review</source>
            <translation>À revoir</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="186" />
            <source>Overrides per room</source>
            <translation>Réglages manuels par salle</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="195" />
            <source>&amp;Period:</source>
            <translation>Péri&amp;ode :</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="203" />
            <source>Per rule</source>
            <translation>Par règle</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="205" />
            <source>Per room</source>
            <translation>Par salle</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="249" />
            <source>%1 (overridden)</source>
            <extracomment>a room with an override in force, in the rooms list</extracomment>
            <translation>%1 (réglage manuel)</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="292" />
            <source>On: press Space to turn it off</source>
            <translation>Active : appuyez sur Espace pour la désactiver</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="292" />
            <source>Off: press Space to turn it on</source>
            <translation>Inactive : appuyez sur Espace pour l’activer</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/automation/AutomationPage.cpp" line="299" />
            <source>%1; at least %n min</source>
            <extracomment>a rule's minimum duration, after its condition: "occupied for 2 min; at least 15 min"</extracomment>
            <translation>
                <numerusform>%1 ; au moins %n min</numerusform>
                <numerusform>%1 ; au moins %n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/automation/AutomationPage.cpp" line="316" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="317" />
            <source>%1 h %2</source>
            <translation>%1 h %2</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="327" />
            <source>⚑ Review: overridden often</source>
            <extracomment>a rule people override often: it may be intrusive</extracomment>
            <translation>⚑ À revoir : souvent réglée à la main</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/automation/AutomationPage.cpp" line="337" />
            <source>%n override(s) in this period.</source>
            <translation>
                <numerusform>%n réglage manuel sur cette période.</numerusform>
                <numerusform>%n réglages manuels sur cette période.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/automation/AutomationPage.cpp" line="339" />
            <source>%n rule(s) overridden %1 times or more: check whether they suit the people in those rooms.</source>
            <translation>
                <numerusform>%n règle réglée à la main %1 fois ou plus : vérifiez qu’elle convient aux personnes de ces salles.</numerusform>
                <numerusform>%n règles réglées à la main %1 fois ou plus : vérifiez qu’elles conviennent aux personnes de ces salles.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="350" />
            <source>%1 has no device automation can drive.</source>
            <translation>%1 n’a aucun appareil que l’automatisation peut piloter.</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="368" />
            <source>ended early from the console</source>
            <translation>terminé plus tôt depuis la console</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="397" />
            <source>Delete rule</source>
            <translation>Supprimer la règle</translation>
        </message>
        <message>
            <location filename="../../ui/automation/AutomationPage.cpp" line="398" />
            <source>Delete the rule "%1"? You can also just turn it off.</source>
            <translation>Supprimer la règle « %1 » ? Vous pouvez aussi simplement la désactiver.</translation>
        </message>
    </context>
    <context>
        <name>atrium::AutomationService</name>
        <message>
            <location filename="../../models/automation/AutomationService.cpp" line="58" />
            <source>default rules of a new site</source>
            <translation>règles par défaut d’un nouveau site</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationService.cpp" line="187" />
            <source>the room is empty</source>
            <translation>la salle est vide</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationService.cpp" line="187" />
            <source>time is up</source>
            <translation>le temps est écoulé</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationService.cpp" line="343" />
            <source>%1 is never driven from the console.</source>
            <translation>%1 n’est jamais piloté depuis la console.</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationService.cpp" line="362" />
            <source>No device of this room is driven by automation.</source>
            <translation>Aucun appareil de cette salle n’est piloté par l’automatisation.</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationService.cpp" line="381" />
            <source>Unknown room '%1'.</source>
            <translation>Salle « %1 » inconnue.</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationService.cpp" line="383" />
            <source>Say why: an override needs a reason ("client cold", "event set-up").</source>
            <translation>Dites pourquoi : un réglage manuel demande un motif (« client a froid », « installation d’un événement »).</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationService.cpp" line="385" />
            <source>An override needs its author.</source>
            <translation>Un réglage manuel doit avoir son auteur.</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationService.cpp" line="390" />
            <source>%1 has no device '%2'.</source>
            <translation>%1 n’a pas d’appareil « %2 ».</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationService.cpp" line="398" />
            <source>%1 has no device for %2.</source>
            <translation>%1 n’a pas d’appareil pour %2.</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationService.cpp" line="416" />
            <location filename="../../models/automation/AutomationService.cpp" line="423" />
            <source>An override lasts from 1 minute to 7 days.</source>
            <translation>Un réglage manuel dure de 1 minute à 7 jours.</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationService.cpp" line="421" />
            <source>That time has already passed: choose a later one.</source>
            <translation>Cette heure est déjà passée : choisissez-en une plus tard.</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationService.cpp" line="429" />
            <source>%1 has no booking now: choose another end.</source>
            <translation>%1 n’a pas de réservation en ce moment : choisissez une autre fin.</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationService.cpp" line="460" />
            <source>Override %1 does not exist.</source>
            <translation>Le réglage manuel %1 n’existe pas.</translation>
        </message>
    </context>
    <context>
        <name>atrium::Badge</name>
        <message>
            <location filename="../../models/access/Badge.cpp" line="40" />
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <location filename="../../models/access/Badge.cpp" line="42" />
            <source>Suspended</source>
            <translation>Suspendu</translation>
        </message>
        <message>
            <location filename="../../models/access/Badge.cpp" line="44" />
            <source>Lost</source>
            <translation>Perdu</translation>
        </message>
        <message>
            <location filename="../../models/access/Badge.cpp" line="46" />
            <source>Revoked</source>
            <translation>Révoqué</translation>
        </message>
        <message>
            <location filename="../../models/access/Badge.cpp" line="48" />
            <source>Expired</source>
            <translation>Expiré</translation>
        </message>
    </context>
    <context>
        <name>atrium::BadgeCsv</name>
        <message>
            <location filename="../../models/access/BadgeCsv.cpp" line="80" />
            <source>Line 1: the file needs a header line (uid, member_email, group, ...).</source>
            <translation>Ligne 1 : le fichier doit commencer par une ligne d’en-tête (uid, member_email, group, ...).</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeCsv.cpp" line="87" />
            <source>Line 1: unknown column "%1"; the columns are %2.</source>
            <translation>Ligne 1 : colonne « %1 » inconnue ; les colonnes sont %2.</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeCsv.cpp" line="95" />
            <source>Line 1: the columns uid and member_id or member_email are required.</source>
            <translation>Ligne 1 : les colonnes uid et member_id ou member_email sont obligatoires.</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeCsv.cpp" line="111" />
            <source>Line %1: a quote is not closed.</source>
            <translation>Ligne %1 : un guillemet n’est pas fermé.</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeCsv.cpp" line="119" />
            <source>Line %1, %2: %3</source>
            <translation>Ligne %1, %2 : %3</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeCsv.cpp" line="138" />
            <source>this card is already on an earlier line.</source>
            <translation>cette carte figure déjà sur une ligne précédente.</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeCsv.cpp" line="146" />
            <source>there is no member #%1.</source>
            <translation>il n’y a pas de membre n° %1.</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeCsv.cpp" line="152" />
            <source>no member has the e-mail address "%1".</source>
            <translation>aucun membre n’a l’adresse e-mail « %1 ».</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeCsv.cpp" line="156" />
            <source>say whose badge it is (member_id or member_email).</source>
            <translation>indiquez à qui est le badge (member_id ou member_email).</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeCsv.cpp" line="161" />
            <source>member #%1 was erased.</source>
            <translation>le membre n° %1 a été effacé.</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeCsv.cpp" line="168" />
            <source>there is no access group "%1".</source>
            <translation>il n’y a pas de groupe d’accès « %1 ».</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeCsv.cpp" line="178" />
            <source>"%1" is not a status (active, suspended, lost, revoked, expired).</source>
            <translation>« %1 » n’est pas un état (active, suspended, lost, revoked, expired).</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeCsv.cpp" line="189" />
            <source>"%1" is not a date (YYYY-MM-DD).</source>
            <translation>« %1 » n’est pas une date (AAAA-MM-JJ).</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeCsv.cpp" line="198" />
            <source>the badge would expire before it starts.</source>
            <translation>le badge expirerait avant de commencer.</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeCsv.cpp" line="203" />
            <source>this card is badge #%1 of another member; revoke it first.</source>
            <translation>cette carte est le badge n° %1 d’un autre membre ; révoquez-le d’abord.</translation>
        </message>
    </context>
    <context>
        <name>atrium::BadgeStore</name>
        <message>
            <location filename="../../models/access/BadgeStore.cpp" line="90" />
            <source>Cannot read the doors: %1</source>
            <translation>Impossible de lire les portes : %1</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStore.cpp" line="107" />
            <location filename="../../models/access/BadgeStore.cpp" line="112" />
            <source>Cannot read the access groups: %1</source>
            <translation>Impossible de lire les groupes d’accès : %1</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStore.cpp" line="133" />
            <source>Cannot read the badges: %1</source>
            <translation>Impossible de lire les badges : %1</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStore.cpp" line="165" />
            <source>no member</source>
            <translation>aucun membre</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStore.cpp" line="170" />
            <source>member #%1</source>
            <translation>membre n° %1</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStore.cpp" line="176" />
            <source>badge %1 of %2</source>
            <extracomment>audit log label: badge UID and holder</extracomment>
            <translation>badge %1 de %2</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStore.cpp" line="200" />
            <source>Member: there is no member #%1.</source>
            <translation>Membre : il n’y a pas de membre n° %1.</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStore.cpp" line="202" />
            <source>Member: %1 was erased and cannot hold a badge.</source>
            <translation>Membre : %1 a été effacé et ne peut pas avoir de badge.</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStore.cpp" line="204" />
            <source>Member: choose who receives the badge.</source>
            <translation>Membre : choisissez qui reçoit le badge.</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStore.cpp" line="212" />
            <source>UID: %1</source>
            <translation>UID : %1</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStore.cpp" line="215" />
            <source>UID: this card is already badge #%1 of %2; revoke or replace it first.</source>
            <translation>UID : cette carte est déjà le badge n° %1 de %2 ; révoquez-le ou remplacez-le d’abord.</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStore.cpp" line="220" />
            <location filename="../../models/access/BadgeStore.cpp" line="378" />
            <source>Access group: there is no group #%1.</source>
            <translation>Groupe d’accès : il n’y a pas de groupe n° %1.</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStore.cpp" line="222" />
            <source>Dates: the badge would expire (%1) before it starts (%2).</source>
            <translation>Dates : le badge expirerait (%1) avant de commencer (%2).</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStore.cpp" line="247" />
            <location filename="../../models/access/BadgeStore.cpp" line="259" />
            <location filename="../../models/access/BadgeStore.cpp" line="270" />
            <location filename="../../models/access/BadgeStore.cpp" line="289" />
            <location filename="../../models/access/BadgeStore.cpp" line="296" />
            <location filename="../../models/access/BadgeStore.cpp" line="302" />
            <location filename="../../models/access/BadgeStore.cpp" line="346" />
            <location filename="../../models/access/BadgeStore.cpp" line="357" />
            <location filename="../../models/access/BadgeStore.cpp" line="367" />
            <location filename="../../models/access/BadgeStore.cpp" line="386" />
            <location filename="../../models/access/BadgeStore.cpp" line="392" />
            <source>Cannot save the badge: %1</source>
            <translation>Impossible d’enregistrer le badge : %1</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStore.cpp" line="281" />
            <location filename="../../models/access/BadgeStore.cpp" line="333" />
            <location filename="../../models/access/BadgeStore.cpp" line="376" />
            <source>Badge #%1 does not exist.</source>
            <translation>Le badge n° %1 n’existe pas.</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStore.cpp" line="284" />
            <source>Badge %1 is revoked; a revoked badge cannot change. Issue a new one.</source>
            <translation>Le badge %1 est révoqué ; un badge révoqué ne peut plus changer. Remettez-en un nouveau.</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStore.cpp" line="286" />
            <source>Badge %1 is already %2.</source>
            <translation>Le badge %1 est déjà %2.</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStore.cpp" line="335" />
            <source>Badge %1 is already revoked; issue a new badge instead.</source>
            <translation>Le badge %1 est déjà révoqué ; remettez plutôt un nouveau badge.</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStore.cpp" line="337" />
            <source>Badge %1 has no member any more; issue a new badge instead.</source>
            <translation>Le badge %1 n’a plus de membre ; remettez plutôt un nouveau badge.</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStoreConfig.cpp" line="49" />
            <location filename="../../models/access/BadgeStoreConfig.cpp" line="87" />
            <source>Cannot import the badges: %1</source>
            <translation>Impossible d’importer les badges : %1</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStoreConfig.cpp" line="74" />
            <source>Line %1: cannot update badge #%2: %3</source>
            <translation>Ligne %1 : impossible de mettre à jour le badge n° %2 : %3</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStoreConfig.cpp" line="80" />
            <source>Line %1: %2</source>
            <translation>Ligne %1 : %2</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStoreConfig.cpp" line="97" />
            <source>Door id "%1": one topic segment, without / + or #.</source>
            <translation>Identifiant de porte « %1 » : un seul segment de topic, sans / + ni #.</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStoreConfig.cpp" line="115" />
            <location filename="../../models/access/BadgeStoreConfig.cpp" line="130" />
            <location filename="../../models/access/BadgeStoreConfig.cpp" line="201" />
            <source>Cannot save door %1: %2</source>
            <translation>Impossible d’enregistrer la porte %1 : %2</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStoreConfig.cpp" line="140" />
            <source>An access group needs a name.</source>
            <translation>Un groupe d’accès doit avoir un nom.</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStoreConfig.cpp" line="142" />
            <source>There is already an access group named "%1".</source>
            <translation>Il existe déjà un groupe d’accès nommé « %1 ».</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStoreConfig.cpp" line="155" />
            <location filename="../../models/access/BadgeStoreConfig.cpp" line="171" />
            <location filename="../../models/access/BadgeStoreConfig.cpp" line="188" />
            <source>Cannot save access group %1: %2</source>
            <translation>Impossible d’enregistrer le groupe d’accès %1 : %2</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStoreConfig.cpp" line="231" />
            <location filename="../../models/access/BadgeStoreConfig.cpp" line="244" />
            <source>Cannot save the setting %1: %2</source>
            <translation>Impossible d’enregistrer le réglage %1 : %2</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStoreConfig.cpp" line="267" />
            <location filename="../../models/access/BadgeStoreConfig.cpp" line="282" />
            <source>Cannot erase the member's badges: %1</source>
            <translation>Impossible d’effacer les badges du membre : %1</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStoreConfig.cpp" line="274" />
            <source>badge #%1 of an erased member</source>
            <translation>badge n° %1 d’un membre effacé</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeStoreConfig.cpp" line="287" />
            <source>Cannot erase the member's access events: %1</source>
            <translation>Impossible d’effacer les passages du membre : %1</translation>
        </message>
    </context>
    <context>
        <name>atrium::BadgeTableModel</name>
        <message>
            <location filename="../../models/access/BadgeTableModel.cpp" line="111" />
            <source>(erased)</source>
            <translation>(effacé)</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeTableModel.cpp" line="116" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeTableModel.cpp" line="121" />
            <source>no end</source>
            <translation>sans fin</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeTableModel.cpp" line="133" />
            <source>Badge</source>
            <translation>Badge</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeTableModel.cpp" line="135" />
            <source>Holder</source>
            <translation>Titulaire</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeTableModel.cpp" line="137" />
            <source>Access group</source>
            <translation>Groupe d’accès</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeTableModel.cpp" line="139" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../models/access/BadgeTableModel.cpp" line="141" />
            <source>Valid until</source>
            <translation>Valable jusqu’au</translation>
        </message>
    </context>
    <context>
        <name>atrium::BadgesPage</name>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="94" />
            <location filename="../../ui/access/BadgesPage.cpp" line="113" />
            <source>Badges</source>
            <translation>Badges</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="99" />
            <source>Search badges</source>
            <translation>Chercher des badges</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="100" />
            <source>Name, company or badge number</source>
            <translation>Nom, société ou numéro de badge</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="103" />
            <source>Searc&amp;h:</source>
            <translation>&amp;Chercher :</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="105" />
            <source>Show revo&amp;ked</source>
            <translation>Affic&amp;her les révoqués</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="126" />
            <source>Why, for the audit log</source>
            <translation>Pourquoi, pour le journal des actions</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="127" />
            <source>Why? Kept in the audit log</source>
            <translation>Pourquoi ? Gardé dans le journal des actions</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="128" />
            <source>&amp;Why:</source>
            <translation>Mot&amp;if :</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="135" />
            <source>&amp;New badge…</source>
            <translation>&amp;Nouveau badge…</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="136" />
            <source>Issue a badge: the next unknown badge shown to the desk reader is used</source>
            <translation>Remettre un badge : le prochain badge inconnu présenté au lecteur de l’accueil est utilisé</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="137" />
            <source>&amp;Suspend</source>
            <translation>Susp&amp;endre</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="138" />
            <source>The badge stops opening doors until it is reactivated</source>
            <translation>Le badge n’ouvre plus les portes jusqu’à sa réactivation</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="139" />
            <source>Reac&amp;tivate</source>
            <translation>Réac&amp;tiver</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="140" />
            <source>A suspended or lost badge opens doors again</source>
            <translation>Un badge suspendu ou perdu ouvre de nouveau les portes</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="141" />
            <source>Report &amp;lost</source>
            <translation>Décl&amp;arer perdu</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="142" />
            <source>The badge stops opening doors and is marked lost</source>
            <translation>Le badge n’ouvre plus les portes et est marqué perdu</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="144" />
            <source>Re&amp;voke</source>
            <translation>Ré&amp;voquer</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="144" />
            <source>The badge never opens a door again</source>
            <translation>Le badge n’ouvrira plus jamais de porte</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="145" />
            <source>Re&amp;place…</source>
            <translation>Remp&amp;lacer…</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="146" />
            <source>Revoke this badge and give the member a new one, in one step</source>
            <translation>Révoquer ce badge et en remettre un nouveau au membre, en une seule étape</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="162" />
            <source>Badge %1 suspended.</source>
            <translation>Badge %1 suspendu.</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="164" />
            <source>Badge %1 reactivated.</source>
            <translation>Badge %1 réactivé.</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="166" />
            <source>Badge %1 reported lost.</source>
            <translation>Badge %1 déclaré perdu.</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="167" />
            <source>Badge %1 revoked.</source>
            <translation>Badge %1 révoqué.</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="183" />
            <location filename="../../ui/access/BadgesPage.cpp" line="207" />
            <source>Access log</source>
            <translation>Journal des passages</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="188" />
            <source>Show the door</source>
            <translation>Afficher la porte</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="189" />
            <source>Do&amp;or:</source>
            <translation>P&amp;orte :</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="193" />
            <source>Show the member</source>
            <translation>Afficher le membre</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="194" />
            <source>Pe&amp;rson:</source>
            <translation>&amp;Qui :</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="196" />
            <source>Refused onl&amp;y</source>
            <translation>Seulement les re&amp;fus</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="215" />
            <location filename="../../ui/access/BadgesPage.cpp" line="218" />
            <source>Alerts</source>
            <translation>Alertes</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="221" />
            <source>No alert.</source>
            <extracomment>shown in the alert list while there is no alert</extracomment>
            <translation>Aucune alerte.</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="224" />
            <location filename="../../ui/access/BadgesPage.cpp" line="227" />
            <source>On site today</source>
            <translation>Sur place aujourd’hui</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="249" />
            <source>All doors</source>
            <translation>Toutes les portes</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="255" />
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="312" />
            <source>Choose a badge in the list first.</source>
            <translation>Choisissez d’abord un badge dans la liste.</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="352" />
            <source>%1, since %2</source>
            <translation>%1, depuis %2</translation>
        </message>
        <message>
            <location filename="../../ui/access/BadgesPage.cpp" line="353" />
            <source>member #%1</source>
            <translation>membre n° %1</translation>
        </message>
    </context>
    <context>
        <name>atrium::Booking</name>
        <message>
            <location filename="../../models/bookings/Booking.cpp" line="41" />
            <location filename="../../models/bookings/Booking.cpp" line="52" />
            <location filename="../../models/bookings/Booking.cpp" line="58" />
            <location filename="../../models/bookings/Booking.cpp" line="63" />
            <source>Booked</source>
            <extracomment>Shown instead of a private booking title on public views and in exported calendars.</extracomment>
            <translation>Réservé</translation>
        </message>
        <message>
            <location filename="../../models/bookings/Booking.cpp" line="43" />
            <source>Checked in</source>
            <translation>Arrivé</translation>
        </message>
        <message>
            <location filename="../../models/bookings/Booking.cpp" line="45" />
            <source>Released</source>
            <translation>Libérée</translation>
        </message>
        <message>
            <location filename="../../models/bookings/Booking.cpp" line="48" />
            <source>No-show</source>
            <extracomment>The member did not come and the room was not released.</extracomment>
            <translation>Absent</translation>
        </message>
        <message>
            <location filename="../../models/bookings/Booking.cpp" line="50" />
            <source>Cancelled</source>
            <translation>Annulée</translation>
        </message>
    </context>
    <context>
        <name>atrium::BookingDialog</name>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="34" />
            <source>Room</source>
            <translation>Salle</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/bookings/BookingDialog.cpp" line="36" />
            <source>%1 (%n seat(s))</source>
            <translation>
                <numerusform>%1 (%n place)</numerusform>
                <numerusform>%1 (%n places)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="39" />
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="42" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="43" />
            <source>Seen by staff only unless shown publicly</source>
            <translation>Vu seulement par l’équipe, sauf s’il est affiché pour tous</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="44" />
            <source>Show the title &amp;publicly</source>
            <translation>Titre &amp;visible par tous</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="46" />
            <source>Off: screens and exported calendars say “Booked”.</source>
            <translation>Décoché : les écrans et les calendriers exportés affichent « Réservé ».</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="49" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="56" />
            <source>Start time</source>
            <translation>Heure de début</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="60" />
            <source>End time</source>
            <translation>Heure de fin</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="67" />
            <source>Attendees</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="71" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="77" />
            <source>Apply to</source>
            <translation>Appliquer à</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="78" />
            <source>This one only</source>
            <translation>Celle-ci seulement</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="79" />
            <source>This one and the following</source>
            <translation>Celle-ci et les suivantes</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="80" />
            <source>All in the series</source>
            <translation>Toute la série</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="84" />
            <source>Why the booking was not saved</source>
            <translation>Pourquoi la réservation n’a pas été enregistrée</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="99" />
            <source>Why this time cannot be booked</source>
            <translation>Pourquoi ce créneau ne peut pas être réservé</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="109" />
            <source>&amp;from</source>
            <translation>&amp;de</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="111" />
            <source>&amp;to</source>
            <translation>&amp;à</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="121" />
            <source>&amp;Room:</source>
            <translation>&amp;Salle :</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="122" />
            <source>&amp;Member:</source>
            <translation>&amp;Membre :</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="123" />
            <source>T&amp;itle:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="125" />
            <source>&amp;Date:</source>
            <translation>Dat&amp;e :</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="127" />
            <source>&amp;Attendees:</source>
            <translation>&amp;Participants :</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="128" />
            <source>&amp;Notes:</source>
            <translation>N&amp;otes :</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="129" />
            <source>R&amp;epeat:</source>
            <translation>&amp;Répétition :</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="130" />
            <source>Appl&amp;y to:</source>
            <translation>&amp;Appliquer à :</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="177" />
            <source>Times are the site's local time (%1).</source>
            <translation>Les heures sont celles du site (%1).</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="182" />
            <location filename="../../ui/bookings/BookingDialog.cpp" line="188" />
            <location filename="../../ui/bookings/BookingDialog.cpp" line="195" />
            <source>New booking</source>
            <translation>Nouvelle réservation</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="195" />
            <source>Edit booking</source>
            <translation>Modifier la réservation</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="268" />
            <source>Not saved.</source>
            <extracomment>heading of a refused booking in the booking dialog</extracomment>
            <translation>Non enregistrée.</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingDialog.cpp" line="283" />
            <source>%1: %2</source>
            <extracomment>one refused date of a series: "Tue 10 Mar 2026: Alpha is booked ..."</extracomment>
            <translation>%1 : %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/bookings/BookingDialog.cpp" line="288" />
            <source>%n of %1 dates cannot be booked:</source>
            <translation>
                <numerusform>%n date sur %1 ne peut pas être réservée :</numerusform>
                <numerusform>%n dates sur %1 ne peuvent pas être réservées :</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>atrium::BookingPolicy</name>
        <message>
            <location filename="../../models/bookings/BookingPolicy.cpp" line="23" />
            <source>bookings.%1: must be a whole number of minutes from %2 to %3</source>
            <translation>bookings.%1 : doit être un nombre entier de minutes entre %2 et %3</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingPolicy.cpp" line="81" />
            <source>bookings.autoRelease: must be true or false</source>
            <translation>bookings.autoRelease : doit valoir true ou false</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingPolicy.cpp" line="95" />
            <source>bookings.roomTypes.%1: unknown room type</source>
            <translation>bookings.roomTypes.%1 : type de salle inconnu</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingPolicy.cpp" line="104" />
            <source>bookings.roomTypes.%1: minMinutes is longer than maxMinutes</source>
            <translation>bookings.roomTypes.%1 : minMinutes est plus grand que maxMinutes</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingPolicy.cpp" line="117" />
            <source>bookings.closures[%1]: needs "from" (and optionally "to") as YYYY-MM-DD, in order</source>
            <translation>bookings.closures[%1] : il faut « from » (et si besoin « to ») au format AAAA-MM-JJ, dans l’ordre</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingPolicy.cpp" line="127" />
            <source>Cannot read the site file %1</source>
            <translation>Impossible de lire le fichier du site %1</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingPolicy.cpp" line="134" />
            <source>%1: bookings: must be an object</source>
            <translation>%1 : bookings : doit être un objet</translation>
        </message>
    </context>
    <context>
        <name>atrium::BookingRules</name>
        <message>
            <location filename="../../models/bookings/BookingRules.cpp" line="31" />
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingRules.cpp" line="33" />
            <source>%1 h</source>
            <translation>%1 h</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingRules.cpp" line="34" />
            <source>%1 h %2</source>
            <translation>%1 h %2</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingRules.cpp" line="69" />
            <source>%1–%2</source>
            <extracomment>A time range, e.g. 13:00–14:00</extracomment>
            <translation>%1–%2</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingRules.cpp" line="82" />
            <location filename="../../models/bookings/BookingStoreSeries.cpp" line="98" />
            <source>The booking must end after it starts.</source>
            <translation>La réservation doit finir après son début.</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingRules.cpp" line="87" />
            <source>There is no room "%1" on this site.</source>
            <translation>Il n’y a pas de salle « %1 » sur ce site.</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingRules.cpp" line="101" />
            <source>%1 is booked %2 (%3)</source>
            <translation>%1 est réservée %2 (%3)</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingRules.cpp" line="102" />
            <source>%1 is booked %2 by %3 (%4)</source>
            <translation>%1 est réservée %2 par %3 (%4)</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingRules.cpp" line="105" />
            <source> on %1</source>
            <translation> le %1</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingRules.cpp" line="112" />
            <source>%1, and %2 of cleaning are kept between two bookings of this room.</source>
            <extracomment>%1 is "Ada is booked 13:00–14:00 by Jane Doe (Sprint review)"</extracomment>
            <translation>%1, et %2 de ménage sont prévues entre deux réservations de cette salle.</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingRules.cpp" line="119" />
            <source>%1 holds %2 people; this booking is for %3.</source>
            <translation>%1 accueille %2 personnes ; cette réservation est pour %3.</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingRules.cpp" line="127" />
            <source>The site is closed on %1.</source>
            <translation>Le site est fermé le %1.</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingRules.cpp" line="128" />
            <source>The site is closed on %1 (%2).</source>
            <translation>Le site est fermé le %1 (%2).</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingRules.cpp" line="135" />
            <source>The site is closed on %1s.</source>
            <translation>Le site est fermé le %1.</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingRules.cpp" line="138" />
            <source>The site is open %1–%2 on %3; this booking is %4.</source>
            <translation>Le site est ouvert de %1 à %2 le %3 ; cette réservation : %4.</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingRules.cpp" line="147" />
            <source>A booking of %1 lasts at least %2.</source>
            <translation>Une réservation de %1 dure au moins %2.</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingRules.cpp" line="150" />
            <source>A booking of %1 lasts at most %2.</source>
            <translation>Une réservation de %1 dure au plus %2.</translation>
        </message>
    </context>
    <context>
        <name>atrium::BookingStore</name>
        <message>
            <location filename="../../models/bookings/BookingStore.cpp" line="21" />
            <source>front desk</source>
            <translation>accueil</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingStore.cpp" line="52" />
            <location filename="../../models/bookings/BookingStore.cpp" line="57" />
            <location filename="../../models/bookings/BookingStoreSeries.cpp" line="157" />
            <source>The bookings cannot be saved: %1</source>
            <translation>Les réservations ne peuvent pas être enregistrées : %1</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingStore.cpp" line="124" />
            <location filename="../../models/bookings/BookingStore.cpp" line="127" />
            <location filename="../../models/bookings/BookingStore.cpp" line="215" />
            <source>The booking cannot be saved: %1</source>
            <translation>La réservation ne peut pas être enregistrée : %1</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingStore.cpp" line="165" />
            <location filename="../../models/bookings/BookingStore.cpp" line="198" />
            <location filename="../../models/bookings/BookingStore.cpp" line="211" />
            <location filename="../../models/bookings/BookingStoreSeries.cpp" line="197" />
            <location filename="../../models/bookings/BookingStoreSeries.cpp" line="350" />
            <source>This booking no longer exists.</source>
            <translation>Cette réservation n’existe plus.</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingStore.cpp" line="168" />
            <source>This booking is %1; it cannot be changed.</source>
            <translation>Cette réservation est %1 ; elle ne peut plus être modifiée.</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingStore.cpp" line="229" />
            <location filename="../../models/bookings/BookingStoreSeries.cpp" line="347" />
            <source>Say why the booking is cancelled.</source>
            <translation>Dites pourquoi la réservation est annulée.</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingStore.cpp" line="235" />
            <location filename="../../models/bookings/BookingStore.cpp" line="264" />
            <source>This booking is already %1.</source>
            <translation>Cette réservation est déjà %1.</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingStore.cpp" line="250" />
            <location filename="../../models/bookings/BookingStore.cpp" line="275" />
            <location filename="../../models/bookings/BookingStore.cpp" line="286" />
            <source>This booking is %1.</source>
            <translation>Cette réservation est %1.</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingStore.cpp" line="252" />
            <source>This booking has already ended.</source>
            <translation>Cette réservation est déjà terminée.</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingStore.cpp" line="313" />
            <source>%1: %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../models/bookings/BookingStore.cpp" line="319" />
            <source>Nothing was saved; %n booking(s) clash:</source>
            <translation>
                <numerusform>Rien n’a été enregistré ; %n réservation est en conflit :</numerusform>
                <numerusform>Rien n’a été enregistré ; %n réservations sont en conflit :</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingStoreSeries.cpp" line="124" />
            <source>Nothing was saved: %1 of %2 dates clash.</source>
            <translation>Rien n’a été enregistré : %1 dates sur %2 sont en conflit.</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingStoreSeries.cpp" line="135" />
            <source>Choose how the booking repeats.</source>
            <translation>Choisissez comment la réservation se répète.</translation>
        </message>
        <message>
            <location filename="../../models/bookings/BookingStoreSeries.cpp" line="232" />
            <location filename="../../models/bookings/BookingStoreSeries.cpp" line="359" />
            <source>This series no longer exists.</source>
            <translation>Cette série n’existe plus.</translation>
        </message>
    </context>
    <context>
        <name>atrium::BookingsPage</name>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="53" />
            <source>Cannot write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="63" />
            <source>Previous day</source>
            <translation>Jour précédent</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="64" />
            <source>Previous day (Alt+Left)</source>
            <translation>Jour précédent (Alt+Gauche)</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="65" />
            <source>&amp;Today</source>
            <translation>Aujourd’&amp;hui</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="65" />
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="65" />
            <source>Today (Ctrl+T)</source>
            <translation>Aujourd’hui (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="67" />
            <source>Next day</source>
            <translation>Jour suivant</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="67" />
            <source>Next day (Alt+Right)</source>
            <translation>Jour suivant (Alt+Droite)</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="76" />
            <source>Go to date</source>
            <translation>Aller à une date</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="78" />
            <source>Go to a date (Ctrl+G), then Enter</source>
            <translation>Aller à une date (Ctrl+G), puis Entrée</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="79" />
            <source>&amp;Go to:</source>
            <translation>&amp;Aller au :</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="83" />
            <source>View</source>
            <translation>Affichage</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="84" />
            <source>Day, all rooms</source>
            <translation>Jour, toutes les salles</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="85" />
            <source>Week, one room</source>
            <translation>Semaine, une salle</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="88" />
            <source>Room of the week</source>
            <translation>Salle de la semaine</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="92" />
            <source>&amp;24 h</source>
            <translation>&amp;24 h</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="94" />
            <source>Show the whole day</source>
            <translation>Afficher toute la journée</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="95" />
            <source>Show the whole day, not only the opening hours</source>
            <translation>Afficher toute la journée, pas seulement les heures d’ouverture</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="96" />
            <source>Check &amp;in</source>
            <translation>Arri&amp;vée</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="98" />
            <source>The member of the selected booking is here</source>
            <translation>Le membre de la réservation sélectionnée est arrivé</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="118" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="140" />
            <source>Drag on free time to book · drag a booking to move it · double-click or Enter: edit · Delete: cancel · arrows: move</source>
            <translation>Glisser sur un créneau libre : réserver · glisser une réservation : la déplacer · double-clic ou Entrée : modifier · Suppr : annuler · flèches : se déplacer</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="263" />
            <source>%1 (today)</source>
            <extracomment>the day shown on the bookings page, when it is today</extracomment>
            <translation>%1 (aujourd’hui)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/bookings/BookingsPage.cpp" line="324" />
            <source>Booked: %n booking(s) saved.</source>
            <translation>
                <numerusform>Réservé : %n réservation enregistrée.</numerusform>
                <numerusform>Réservé : %n réservations enregistrées.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="361" />
            <source>Cancelled. The booking is kept with its reason.</source>
            <translation>Annulée. La réservation est gardée avec son motif.</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="373" />
            <source>Not moved: %1</source>
            <extracomment>a drag on the timeline was refused; the booking went back to its place</extracomment>
            <translation>Non déplacée : %1</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="378" />
            <source>Moved to %1, %2.</source>
            <translation>Déplacée à %1, %2.</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="394" />
            <source>Checked in.</source>
            <translation>Arrivée enregistrée.</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="414" />
            <source>Choose a booking first (click it in the timeline).</source>
            <translation>Choisissez d’abord une réservation (cliquez dessus dans le planning).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/bookings/BookingsPage.cpp" line="424" />
            <source>Imported %n booking(s).</source>
            <translation>
                <numerusform>%n réservation importée.</numerusform>
                <numerusform>%n réservations importées.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="433" />
            <source>&amp;Calendar</source>
            <translation>&amp;Calendrier</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="434" />
            <source>Calendar files</source>
            <translation>Fichiers de calendrier</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="437" />
            <source>iCalendar files (*.ics)</source>
            <translation>Fichiers iCalendar (*.ics)</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="439" />
            <source>Export to .ics</source>
            <translation>Exporter en .ics</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="443" />
            <source>Saved %1.</source>
            <translation>%1 enregistré.</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="445" />
            <source>&amp;Import .ics into room…</source>
            <translation>&amp;Importer un .ics dans une salle…</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="446" />
            <source>Import a calendar</source>
            <translation>Importer un calendrier</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="451" />
            <source>Export this &amp;day…</source>
            <translation>Exporter ce &amp;jour…</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="455" />
            <source>Export the &amp;room…</source>
            <translation>Exporter la &amp;salle…</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/BookingsPage.cpp" line="459" />
            <source>Export the &amp;booking…</source>
            <translation>Exporter la &amp;réservation…</translation>
        </message>
    </context>
    <context>
        <name>atrium::BrokerSettings</name>
        <message>
            <location filename="../../models/feeds/BrokerSettings.cpp" line="18" />
            <source>Broker address "%1": %2</source>
            <translation>Adresse du broker « %1 » : %2</translation>
        </message>
        <message>
            <location filename="../../models/feeds/BrokerSettings.cpp" line="29" />
            <source>use mqtt:// or mqtts://, not %1://</source>
            <translation>utilisez mqtt:// ou mqtts://, pas %1://</translation>
        </message>
        <message>
            <location filename="../../models/feeds/BrokerSettings.cpp" line="33" />
            <source>no host name</source>
            <translation>aucun nom d’hôte</translation>
        </message>
        <message>
            <location filename="../../models/feeds/BrokerSettings.cpp" line="37" />
            <source>port out of range</source>
            <translation>port hors limites</translation>
        </message>
    </context>
    <context>
        <name>atrium::CancelBookingDialog</name>
        <message>
            <location filename="../../ui/bookings/CancelBookingDialog.cpp" line="23" />
            <source>Cancel booking</source>
            <translation>Annuler la réservation</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/CancelBookingDialog.cpp" line="30" />
            <source>%1 — %2, %3</source>
            <extracomment>what is about to be cancelled: "Sprint review · Jane Doe — Alpha, Tue 10 Mar 13:00–14:00"</extracomment>
            <translation>%1 — %2, %3</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/CancelBookingDialog.cpp" line="39" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/CancelBookingDialog.cpp" line="40" />
            <source>e.g. member called, meeting moved</source>
            <translation>ex. : le membre a appelé, réunion déplacée</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/CancelBookingDialog.cpp" line="43" />
            <source>Cancel which</source>
            <translation>Lesquelles annuler</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/CancelBookingDialog.cpp" line="44" />
            <source>This one only</source>
            <translation>Celle-ci seulement</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/CancelBookingDialog.cpp" line="45" />
            <source>This one and the following</source>
            <translation>Celle-ci et les suivantes</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/CancelBookingDialog.cpp" line="46" />
            <source>All in the series</source>
            <translation>Toute la série</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/CancelBookingDialog.cpp" line="54" />
            <source>&amp;Reason:</source>
            <translation>&amp;Motif :</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/CancelBookingDialog.cpp" line="56" />
            <source>&amp;Which:</source>
            <translation>&amp;Lesquelles :</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/CancelBookingDialog.cpp" line="59" />
            <source>The booking is kept with its reason; the room becomes free.</source>
            <translation>La réservation est gardée avec son motif ; la salle redevient libre.</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/CancelBookingDialog.cpp" line="65" />
            <source>Cancel &amp;booking</source>
            <translation>&amp;Annuler la réservation</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/CancelBookingDialog.cpp" line="68" />
            <source>&amp;Keep it</source>
            <translation>&amp;Garder</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/CancelBookingDialog.cpp" line="91" />
            <source>Say why the booking is cancelled.</source>
            <translation>Dites pourquoi la réservation est annulée.</translation>
        </message>
    </context>
    <context>
        <name>atrium::ColorScale</name>
        <message>
            <location filename="../../models/analytics/ColorScale.cpp" line="164" />
            <source>Cat. I</source>
            <extracomment>EN 16798-1 indoor-environment category, shown in the map legend</extracomment>
            <translation>Cat. I</translation>
        </message>
        <message>
            <location filename="../../models/analytics/ColorScale.cpp" line="165" />
            <source>Cat. II</source>
            <translation>Cat. II</translation>
        </message>
        <message>
            <location filename="../../models/analytics/ColorScale.cpp" line="166" />
            <source>Cat. III</source>
            <translation>Cat. III</translation>
        </message>
        <message>
            <location filename="../../models/analytics/ColorScale.cpp" line="167" />
            <source>Cat. IV</source>
            <translation>Cat. IV</translation>
        </message>
        <message>
            <location filename="../../models/analytics/ColorScale.cpp" line="176" />
            <source>Free</source>
            <extracomment>bookings layer legend: no booking now or soon</extracomment>
            <translation>Libre</translation>
        </message>
        <message>
            <location filename="../../models/analytics/ColorScale.cpp" line="178" />
            <source>Booked soon</source>
            <extracomment>bookings layer legend: a booking starts within half an hour</extracomment>
            <translation>Réservée bientôt</translation>
        </message>
        <message>
            <location filename="../../models/analytics/ColorScale.cpp" line="180" />
            <source>In progress</source>
            <extracomment>bookings layer legend: a booking holds the room now</extracomment>
            <translation>En cours</translation>
        </message>
        <message>
            <location filename="../../models/analytics/ColorScale.cpp" line="182" />
            <source>Booked, empty</source>
            <extracomment>bookings layer legend: booked, grace over, nobody checked in</extracomment>
            <translation>Réservée, vide</translation>
        </message>
        <message>
            <location filename="../../models/analytics/ColorScale.cpp" line="184" />
            <source>In use, not booked</source>
            <extracomment>bookings layer legend: people seen, no booking</extracomment>
            <translation>Occupée, non réservée</translation>
        </message>
        <message>
            <location filename="../../models/analytics/ColorScale.cpp" line="251" />
            <source>%1 %2</source>
            <extracomment>A value and its unit in the map legend, e.g. "1,000 ppm"</extracomment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../../models/analytics/ColorScale.cpp" line="273" />
            <source>%1 free</source>
            <extracomment>occupancy legend, the empty end of the scale: "0 % free"</extracomment>
            <translation>%1 libre</translation>
        </message>
        <message>
            <location filename="../../models/analytics/ColorScale.cpp" line="275" />
            <source>%1 full</source>
            <extracomment>occupancy legend, the full end of the scale: "100 % full"</extracomment>
            <translation>%1 complet</translation>
        </message>
        <message>
            <location filename="../../models/analytics/ColorScale.cpp" line="276" />
            <source>As many people as seats, or occupied according to a presence sensor that cannot count people.</source>
            <translation>Autant de personnes que de places, ou occupée d’après un détecteur de présence qui ne compte pas les personnes.</translation>
        </message>
    </context>
    <context>
        <name>atrium::Comfort</name>
        <message>
            <location filename="../../models/analytics/Comfort.cpp" line="64" />
            <source>within the category I range %1–%2 %3</source>
            <translation>dans la plage de la catégorie I, %1–%2 %3</translation>
        </message>
        <message>
            <location filename="../../models/analytics/Comfort.cpp" line="68" />
            <source>outside the category %1 range %2–%3 %4</source>
            <translation>hors de la plage de la catégorie %1, %2–%3 %4</translation>
        </message>
        <message>
            <location filename="../../models/analytics/Comfort.cpp" line="115" />
            <source>heating season</source>
            <translation>saison de chauffe</translation>
        </message>
        <message>
            <location filename="../../models/analytics/Comfort.cpp" line="115" />
            <source>cooling season</source>
            <translation>saison de climatisation</translation>
        </message>
        <message>
            <location filename="../../models/analytics/Comfort.cpp" line="117" />
            <source>Temperature %1 °C: category %2 (%3, %4)</source>
            <extracomment>%1 temperature, %2 category, %3 which band it is in or outside of, %4 the season</extracomment>
            <translation>Température %1 °C : catégorie %2 (%3, %4)</translation>
        </message>
        <message>
            <location filename="../../models/analytics/Comfort.cpp" line="126" />
            <source>Humidity %1 %: category %2 (%3)</source>
            <translation>Humidité %1 % : catégorie %2 (%3)</translation>
        </message>
        <message>
            <location filename="../../models/analytics/Comfort.cpp" line="143" />
            <source>more than %1 ppm above outdoor</source>
            <translation>plus de %1 ppm au-dessus de l’extérieur</translation>
        </message>
        <message>
            <location filename="../../models/analytics/Comfort.cpp" line="144" />
            <source>at most %1 ppm above outdoor</source>
            <translation>au plus %1 ppm au-dessus de l’extérieur</translation>
        </message>
        <message>
            <location filename="../../models/analytics/Comfort.cpp" line="146" />
            <source>CO₂ %1 ppm (%2 ppm above outdoor %3 ppm): category %4 (%5)</source>
            <extracomment>%1 CO2 reading, %2 difference to outdoor, %3 outdoor CO2, %4 category, %5 the limit</extracomment>
            <translation>CO₂ %1 ppm (%2 ppm au-dessus de l’extérieur, %3 ppm) : catégorie %4 (%5)</translation>
        </message>
    </context>
    <context>
        <name>atrium::CommandEncoder</name>
        <message>
            <location filename="../../models/automation/CommandEncoder.cpp" line="41" />
            <source>%1 must never be driven from the console (%2): ask whoever runs it on site.</source>
            <translation>%1 ne doit jamais être piloté depuis la console (%2) : demandez à la personne qui s’en occupe sur place.</translation>
        </message>
        <message>
            <location filename="../../models/automation/CommandEncoder.cpp" line="45" />
            <source>%1 has no %2 to set.</source>
            <translation>%1 n’a pas de %2 à régler.</translation>
        </message>
        <message>
            <location filename="../../models/automation/CommandEncoder.cpp" line="48" />
            <source>%1 is not a possible %2.</source>
            <translation>%1 n’est pas une valeur possible pour %2.</translation>
        </message>
        <message>
            <location filename="../../models/automation/CommandEncoder.cpp" line="50" />
            <source>%1 takes %2 to %3 °C, not %4 °C.</source>
            <translation>%1 accepte de %2 à %3 °C, pas %4 °C.</translation>
        </message>
        <message>
            <location filename="../../models/automation/CommandEncoder.cpp" line="142" />
            <source>%1 has no %2 in its topics (site file).</source>
            <translation>%1 n’a pas de %2 dans ses topics (fichier du site).</translation>
        </message>
        <message>
            <location filename="../../models/automation/CommandEncoder.cpp" line="146" />
            <source>%1: unknown command profile.</source>
            <translation>%1 : profil de commande inconnu.</translation>
        </message>
    </context>
    <context>
        <name>atrium::CommandLine</name>
        <message>
            <location filename="../../app/CommandLine.cpp" line="42" />
            <source>Atrium: the operator console of a coworking space.</source>
            <translation>Atrium : la console d’accueil d’un espace de coworking.</translation>
        </message>
        <message>
            <location filename="../../app/CommandLine.cpp" line="47" />
            <source>MQTT broker, mqtt://HOST:PORT or mqtts://HOST:PORT (default mqtt://127.0.0.1:1883).</source>
            <translation>Broker MQTT, mqtt://HÔTE:PORT ou mqtts://HÔTE:PORT (par défaut mqtt://127.0.0.1:1883).</translation>
        </message>
        <message>
            <location filename="../../app/CommandLine.cpp" line="47" />
            <source>url</source>
            <translation>url</translation>
        </message>
        <message>
            <location filename="../../app/CommandLine.cpp" line="49" />
            <source>Site file (JSON, see docs/site-file.md).</source>
            <translation>Fichier du site (JSON, voir docs/site-file.md).</translation>
        </message>
        <message>
            <location filename="../../app/CommandLine.cpp" line="50" />
            <location filename="../../app/CommandLine.cpp" line="53" />
            <location filename="../../app/CommandLine.cpp" line="56" />
            <location filename="../../app/CommandLine.cpp" line="57" />
            <source>file</source>
            <translation>fichier</translation>
        </message>
        <message>
            <location filename="../../app/CommandLine.cpp" line="52" />
            <source>SQLite database file (default: one per site in the user's data folder).</source>
            <translation>Fichier de base de données SQLite (par défaut : un par site dans le dossier de données de l’utilisateur).</translation>
        </message>
        <message>
            <location filename="../../app/CommandLine.cpp" line="54" />
            <source>Broker user name.</source>
            <translation>Nom d’utilisateur pour le broker.</translation>
        </message>
        <message>
            <location filename="../../app/CommandLine.cpp" line="54" />
            <location filename="../../app/CommandLine.cpp" line="65" />
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <location filename="../../app/CommandLine.cpp" line="56" />
            <source>File whose first line is the broker password.</source>
            <translation>Fichier dont la première ligne est le mot de passe du broker.</translation>
        </message>
        <message>
            <location filename="../../app/CommandLine.cpp" line="57" />
            <source>CA certificate (PEM) for mqtts://.</source>
            <translation>Certificat d’autorité (PEM) pour mqtts://.</translation>
        </message>
        <message>
            <location filename="../../app/CommandLine.cpp" line="58" />
            <source>MQTT client id.</source>
            <translation>Identifiant du client MQTT.</translation>
        </message>
        <message>
            <location filename="../../app/CommandLine.cpp" line="58" />
            <source>id</source>
            <translation>id</translation>
        </message>
        <message>
            <location filename="../../app/CommandLine.cpp" line="60" />
            <source>Floor layer shown first: occupancy, popularity, temperature, humidity, co2, illuminance or comfort.</source>
            <translation>Calque affiché au démarrage : occupancy, popularity, temperature, humidity, co2, illuminance ou comfort.</translation>
        </message>
        <message>
            <location filename="../../app/CommandLine.cpp" line="62" />
            <source>layer</source>
            <translation>calque</translation>
        </message>
        <message>
            <location filename="../../app/CommandLine.cpp" line="65" />
            <source>Name of the person at the console, for the audit log (default: the account's user name).</source>
            <translation>Nom de la personne à la console, pour le journal des actions (par défaut : le nom d’utilisateur du compte).</translation>
        </message>
        <message>
            <location filename="../../app/CommandLine.cpp" line="83" />
            <source>Unexpected argument: %1 (see --help)</source>
            <translation>Argument inattendu : %1 (voir --help)</translation>
        </message>
        <message>
            <location filename="../../app/CommandLine.cpp" line="95" />
            <source>--password-file: cannot read %1: %2</source>
            <translation>--password-file : impossible de lire %1 : %2</translation>
        </message>
        <message>
            <location filename="../../app/CommandLine.cpp" line="101" />
            <source>--ca-file: %1 does not exist</source>
            <translation>--ca-file : %1 n’existe pas</translation>
        </message>
        <message>
            <location filename="../../app/CommandLine.cpp" line="107" />
            <source>No site file: pass --site FILE (see docs/site-file.md).</source>
            <translation>Aucun fichier de site : indiquez --site FICHIER (voir docs/site-file.md).</translation>
        </message>
        <message>
            <location filename="../../app/CommandLine.cpp" line="109" />
            <source>--site: %1 does not exist</source>
            <translation>--site : %1 n’existe pas</translation>
        </message>
        <message>
            <location filename="../../app/CommandLine.cpp" line="115" />
            <source>--layer: unknown layer "%1" (occupancy, popularity, temperature, humidity, co2, illuminance, comfort)</source>
            <translation>--layer : calque « %1 » inconnu (occupancy, popularity, temperature, humidity, co2, illuminance, comfort)</translation>
        </message>
    </context>
    <context>
        <name>atrium::CommandOutbox</name>
        <message>
            <location filename="../../models/feeds/CommandOutbox.cpp" line="76" />
            <source>The outbox is not open.</source>
            <translation>La file d’envoi n’est pas ouverte.</translation>
        </message>
        <message>
            <location filename="../../models/feeds/CommandOutbox.cpp" line="78" />
            <source>"%1" is not a topic a message can be published on.</source>
            <translation>« %1 » n’est pas un topic sur lequel publier un message.</translation>
        </message>
        <message>
            <location filename="../../models/feeds/CommandOutbox.cpp" line="81" />
            <location filename="../../models/feeds/CommandOutbox.cpp" line="99" />
            <location filename="../../models/feeds/CommandOutbox.cpp" line="103" />
            <source>Cannot store the message for %1: %2</source>
            <translation>Impossible d’enregistrer le message pour %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>atrium::ConsoleServices</name>
        <message>
            <location filename="../../app/ConsoleServices.cpp" line="47" />
            <source>front desk</source>
            <translation>accueil</translation>
        </message>
        <message>
            <location filename="../../app/ConsoleServices.cpp" line="255" />
            <source>There is no room "%1" on this site.</source>
            <translation>Il n’y a pas de salle « %1 » sur ce site.</translation>
        </message>
    </context>
    <context>
        <name>atrium::Database</name>
        <message>
            <location filename="../../models/storage/Database.cpp" line="123" />
            <source>Cannot create the folder %1</source>
            <translation>Impossible de créer le dossier %1</translation>
        </message>
        <message>
            <location filename="../../models/storage/Database.cpp" line="132" />
            <source>Cannot open the database %1: %2</source>
            <translation>Impossible d’ouvrir la base de données %1 : %2</translation>
        </message>
        <message>
            <location filename="../../models/storage/Database.cpp" line="157" />
            <source>Cannot set up the database %1: %2</source>
            <translation>Impossible de préparer la base de données %1 : %2</translation>
        </message>
        <message>
            <location filename="../../models/storage/Database.cpp" line="212" />
            <source>Cannot read the schema version of %1: %2</source>
            <translation>Impossible de lire la version du schéma de %1 : %2</translation>
        </message>
        <message>
            <location filename="../../models/storage/Database.cpp" line="215" />
            <source>The database %1 was written by a newer Atrium (schema %2; this version knows %3)</source>
            <translation>La base de données %1 a été écrite par une version plus récente d’Atrium (schéma %2 ; cette version connaît le %3)</translation>
        </message>
        <message>
            <location filename="../../models/storage/Database.cpp" line="230" />
            <source>cannot read %1</source>
            <translation>impossible de lire %1</translation>
        </message>
        <message>
            <location filename="../../models/storage/Database.cpp" line="236" />
            <source>migration %1, statement "%2": %3</source>
            <translation>migration %1, instruction « %2 » : %3</translation>
        </message>
        <message>
            <location filename="../../models/storage/Database.cpp" line="252" />
            <source>Cannot update the database %1: %2</source>
            <translation>Impossible de mettre à jour la base de données %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>atrium::DayTimeline</name>
        <message>
            <location filename="../../ui/bookings/DayTimeline.cpp" line="53" />
            <source>Day timeline</source>
            <translation>Planning du jour</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DayTimeline.cpp" line="296" />
            <source>free</source>
            <translation>libre</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DayTimeline.cpp" line="299" />
            <source>%1, %2, %3–%4</source>
            <extracomment>timeline cursor on a booking: title, member, times</extracomment>
            <translation>%1, %2, %3–%4</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DayTimeline.cpp" line="303" />
            <source>%1 at %2: %3. Arrows move, Enter books or edits, Delete cancels.</source>
            <extracomment>what the timeline's cursor is on: room, time, what is there</extracomment>
            <translation>%1 à %2 : %3. Flèches : se déplacer, Entrée : réserver ou modifier, Suppr : annuler.</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DayTimeline.cpp" line="311" />
            <location filename="../../ui/bookings/DayTimelinePaint.cpp" line="98" />
            <location filename="../../ui/bookings/DayTimelinePaint.cpp" line="162" />
            <source>%1–%2</source>
            <translation>%1–%2</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DayTimeline.cpp" line="316" />
            <source>Reason: %1</source>
            <translation>Motif : %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/bookings/DayTimelinePaint.cpp" line="75" />
            <source>%n seat(s)</source>
            <extracomment>under a room's name on the timeline: "6 seats"</extracomment>
            <translation>
                <numerusform>%n place</numerusform>
                <numerusform>%n places</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DayTimelinePaint.cpp" line="157" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>atrium::DefaultRules</name>
        <message>
            <location filename="../../models/automation/DefaultRules.cpp" line="63" />
            <source>Air quality alarm</source>
            <translation>Alarme qualité de l’air</translation>
        </message>
        <message>
            <location filename="../../models/automation/DefaultRules.cpp" line="70" />
            <source>More fresh air above category II</source>
            <translation>Plus d’air frais au-delà de la catégorie II</translation>
        </message>
        <message>
            <location filename="../../models/automation/DefaultRules.cpp" line="72" />
            <source>Pre-heat before a booking</source>
            <translation>Préchauffer avant une réservation</translation>
        </message>
        <message>
            <location filename="../../models/automation/DefaultRules.cpp" line="77" />
            <source>Comfort while occupied</source>
            <translation>Confort pendant l’occupation</translation>
        </message>
        <message>
            <location filename="../../models/automation/DefaultRules.cpp" line="86" />
            <source>Opening hours</source>
            <translation>Heures d’ouverture</translation>
        </message>
        <message>
            <location filename="../../models/automation/DefaultRules.cpp" line="90" />
            <source>Setback when empty</source>
            <translation>Réduit quand la salle est vide</translation>
        </message>
        <message>
            <location filename="../../models/automation/DefaultRules.cpp" line="96" />
            <source>Heat or cool when out of range</source>
            <translation>Chauffer ou refroidir hors de la plage</translation>
        </message>
    </context>
    <context>
        <name>atrium::DeskQueuePanel</name>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="25" />
            <source>Front desk queue</source>
            <translation>File de l’accueil</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="26" />
            <source>To handle</source>
            <translation>À traiter</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="30" />
            <source>Nothing to handle: every booked room is in use, every used room is booked.</source>
            <translation>Rien à traiter : chaque salle réservée est occupée, chaque salle occupée est réservée.</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="36" />
            <source>Rooms to handle</source>
            <translation>Salles à traiter</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="48" />
            <source>Check &amp;in</source>
            <translation>&amp;Enregistrer l’arrivée</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="48" />
            <source>The member is here: the room stays booked.</source>
            <translation>Le membre est là : la salle reste réservée.</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="49" />
            <source>&amp;Release</source>
            <translation>&amp;Libérer</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="50" />
            <source>Free the room now; the booking is kept as released.</source>
            <translation>Libérer la salle maintenant ; la réservation est gardée comme libérée.</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="51" />
            <source>K&amp;eep</source>
            <translation>&amp;Garder</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="51" />
            <source>Keep the booking and take it off this list.</source>
            <translation>Garder la réservation et la retirer de cette liste.</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="52" />
            <source>&amp;Call noted…</source>
            <translation>Appel &amp;noté…</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="53" />
            <source>Note that the member was called, and what they said.</source>
            <translation>Noter que le membre a été appelé, et ce qu’il a dit.</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="54" />
            <source>&amp;Book now</source>
            <translation>&amp;Réserver maintenant</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="54" />
            <source>Book the room for the people using it.</source>
            <translation>Réserver la salle pour les personnes qui l’occupent.</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="60" />
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="64" />
            <source>Reminders</source>
            <translation>Rappels</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="89" />
            <source>Atrium front desk</source>
            <translation>Accueil Atrium</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="118" />
            <source>Starting soon</source>
            <translation>Commence bientôt</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="120" />
            <source>Not checked in</source>
            <translation>Arrivée non enregistrée</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="122" />
            <source>Released automatically</source>
            <translation>Libérée automatiquement</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="122" />
            <source>Released</source>
            <translation>Libérée</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="125" />
            <source>No-show</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="142" />
            <source>%1 %2–%3, %4</source>
            <extracomment>a booking in the desk's lists: "Alpha 10:00–11:00, Sprint review · Jane Doe"</extracomment>
            <translation>%1 %2–%3, %4</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="149" />
            <source>%1 %2: %3</source>
            <translation>%1 %2 : %3</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="168" />
            <source>%1: booked but empty since %2
%3</source>
            <extracomment>first line of a queue item: "Alpha: booked but empty since 09:10"</extracomment>
            <translation>%1 : réservée mais vide depuis %2
%3</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="170" />
            <source>Call: %1</source>
            <translation>Appel : %1</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="172" />
            <source>%1: in use, not booked (since %2)</source>
            <translation>%1 : occupée, non réservée (depuis %2)</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="221" />
            <source>Call noted</source>
            <translation>Appel noté</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="222" />
            <source>What happened (e.g. “left a message”, “on the way”):</source>
            <translation>Ce qui s’est passé (ex. : « message laissé », « en route ») :</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/DeskQueuePanel.cpp" line="225" />
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
    </context>
    <context>
        <name>atrium::DiagnosticsPage</name>
        <message>
            <location filename="../../ui/DiagnosticsPage.cpp" line="63" />
            <source>Refused payloads</source>
            <translation>Messages refusés</translation>
        </message>
        <message>
            <location filename="../../ui/DiagnosticsPage.cpp" line="64" />
            <source>Topics without a room</source>
            <translation>Topics sans salle</translation>
        </message>
        <message>
            <location filename="../../ui/DiagnosticsPage.cpp" line="68" />
            <source>&amp;Assign to room…</source>
            <translation>&amp;Affecter à une salle…</translation>
        </message>
        <message>
            <location filename="../../ui/DiagnosticsPage.cpp" line="70" />
            <source>Make readings on the selected topic count for a room</source>
            <translation>Faire compter les relevés du topic sélectionné pour une salle</translation>
        </message>
        <message>
            <location filename="../../ui/DiagnosticsPage.cpp" line="78" />
            <source>Messages the console received but could not read. The feed keeps running; nothing was stored from them.</source>
            <translation>Messages reçus par la console mais illisibles. Le flux continue ; rien n’en a été enregistré.</translation>
        </message>
        <message>
            <location filename="../../ui/DiagnosticsPage.cpp" line="93" />
            <source>Readable messages on topics that belong to no sensor. Assign a topic to a room to use its readings.</source>
            <translation>Messages lisibles sur des topics qui n’appartiennent à aucun capteur. Affectez un topic à une salle pour utiliser ses relevés.</translation>
        </message>
        <message>
            <location filename="../../ui/DiagnosticsPage.cpp" line="136" />
            <source>&amp;Refused payloads, by topic (%1)</source>
            <translation>Messages &amp;refusés, par topic (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/DiagnosticsPage.cpp" line="137" />
            <source>&amp;Topics without a room (%1)</source>
            <translation>&amp;Topics sans salle (%1)</translation>
        </message>
    </context>
    <context>
        <name>atrium::DoorProtocol</name>
        <message>
            <location filename="../../models/access/DoorProtocol.cpp" line="79" />
            <source>%1: the %2 message has no UID.</source>
            <translation>%1 : le message %2 n’a pas d’UID.</translation>
        </message>
        <message>
            <location filename="../../models/access/DoorProtocol.cpp" line="94" />
            <source>%1: not a JSON object (%2).</source>
            <translation>%1 : ce n’est pas un objet JSON (%2).</translation>
        </message>
        <message>
            <location filename="../../models/access/DoorProtocol.cpp" line="99" />
            <source>%1: "uid" is missing; it must be the UID as the reader read it, as a string.</source>
            <translation>%1 : « uid » manque ; ce doit être l’UID tel que le lecteur l’a lu, sous forme de texte.</translation>
        </message>
        <message>
            <location filename="../../models/access/DoorProtocol.cpp" line="109" />
            <source>%1: "decision" must be "allow" or "deny".</source>
            <translation>%1 : « decision » doit valoir « allow » ou « deny ».</translation>
        </message>
    </context>
    <context>
        <name>atrium::DoorService</name>
        <message>
            <location filename="../../models/access/DoorService.cpp" line="85" />
            <source>Opened by the door; the console's rules say: %1</source>
            <translation>Ouverte par la porte ; selon les règles de la console : %1</translation>
        </message>
        <message>
            <location filename="../../models/access/DoorService.cpp" line="86" />
            <source>Refused by the door (%1); the console's rules say: %2</source>
            <translation>Refusé par la porte (%1) ; selon les règles de la console : %2</translation>
        </message>
        <message>
            <location filename="../../models/access/DoorService.cpp" line="87" />
            <source>no reason given</source>
            <translation>aucune raison donnée</translation>
        </message>
        <message>
            <location filename="../../models/access/DoorService.cpp" line="103" />
            <source>badge #%1 of %2</source>
            <translation>badge n° %1 de %2</translation>
        </message>
        <message>
            <location filename="../../models/access/DoorService.cpp" line="159" />
            <source>%1 refused attempts at %2 within %3 min.</source>
            <translation>%1 tentatives refusées à %2 en %3 min.</translation>
        </message>
    </context>
    <context>
        <name>atrium::EraseMemberDialog</name>
        <message>
            <location filename="../../ui/members/EraseMemberDialog.cpp" line="22" />
            <source>Erase member</source>
            <translation>Effacer le membre</translation>
        </message>
        <message>
            <location filename="../../ui/members/EraseMemberDialog.cpp" line="24" />
            <source>Erase %1?

Their name, company, e-mail, phone and notes are blanked; what other parts of Atrium hold about them (bookings, badges) is unlinked or blanked as docs/personal-data.md lists. Times and counts stay, without the name, for the figures. This cannot be undone: export their data first if they asked for a copy.</source>
            <translation>Effacer %1 ?

Son nom, sa société, son e-mail, son téléphone et ses notes sont vidés ; ce que le reste d’Atrium garde sur cette personne (réservations, badges) est détaché ou vidé, comme le décrit docs/personal-data.md. Les heures et les nombres restent, sans le nom, pour les statistiques. C’est définitif : exportez d’abord ses données si elle en a demandé une copie.</translation>
        </message>
        <message>
            <location filename="../../ui/members/EraseMemberDialog.cpp" line="34" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../ui/members/EraseMemberDialog.cpp" line="35" />
            <source>e.g. request by e-mail of 12 March</source>
            <translation>ex. : demande par e-mail du 12 mars</translation>
        </message>
        <message>
            <location filename="../../ui/members/EraseMemberDialog.cpp" line="41" />
            <source>&amp;Erase</source>
            <translation>&amp;Effacer</translation>
        </message>
        <message>
            <location filename="../../ui/members/EraseMemberDialog.cpp" line="47" />
            <source>&amp;Reason:</source>
            <translation>&amp;Motif :</translation>
        </message>
    </context>
    <context>
        <name>atrium::FeedStatusBar</name>
        <message>
            <location filename="../../ui/FeedStatusBar.cpp" line="39" />
            <source>Messages received from the broker per second</source>
            <translation>Messages reçus du broker par seconde</translation>
        </message>
        <message>
            <location filename="../../ui/FeedStatusBar.cpp" line="43" />
            <source>Payloads the console could not read. Click to see them under Diagnostics.</source>
            <translation>Messages que la console n’a pas pu lire. Cliquez pour les voir dans Diagnostic.</translation>
        </message>
        <message>
            <location filename="../../ui/FeedStatusBar.cpp" line="65" />
            <source>Not connected to %1</source>
            <translation>Non connecté à %1</translation>
        </message>
        <message>
            <location filename="../../ui/FeedStatusBar.cpp" line="70" />
            <source>No broker configured</source>
            <translation>Aucun broker configuré</translation>
        </message>
        <message>
            <location filename="../../ui/FeedStatusBar.cpp" line="104" />
            <source>Connected</source>
            <translation>Connecté</translation>
        </message>
        <message>
            <location filename="../../ui/FeedStatusBar.cpp" line="108" />
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <location filename="../../ui/FeedStatusBar.cpp" line="112" />
            <source>Reconnecting…</source>
            <translation>Reconnexion…</translation>
        </message>
        <message>
            <location filename="../../ui/FeedStatusBar.cpp" line="116" />
            <source>Disconnected</source>
            <translation>Déconnecté</translation>
        </message>
        <message>
            <location filename="../../ui/FeedStatusBar.cpp" line="122" />
            <source>Broker: %1</source>
            <translation>Broker : %1</translation>
        </message>
        <message>
            <location filename="../../ui/FeedStatusBar.cpp" line="134" />
            <source>%1 msg/s</source>
            <extracomment>messages per second from the broker</extracomment>
            <translation>%1 msg/s</translation>
        </message>
        <message>
            <location filename="../../ui/FeedStatusBar.cpp" line="142" />
            <source>Site time: %1</source>
            <translation>Heure du site : %1</translation>
        </message>
        <message>
            <location filename="../../ui/FeedStatusBar.cpp" line="144" />
            <source>%1 refused</source>
            <translation>Refusés : %1</translation>
        </message>
        <message>
            <location filename="../../ui/FeedStatusBar.cpp" line="145" />
            <source>%1 refused payloads, open Diagnostics</source>
            <translation>Messages refusés : %1, ouvrir Diagnostic</translation>
        </message>
        <message>
            <location filename="../../ui/FeedStatusBar.cpp" line="153" />
            <source>%1 Database problem, retrying: %2</source>
            <extracomment>%1 time of day, %2 what went wrong; readings are kept and written again</extracomment>
            <translation>%1 Problème de base de données, nouvel essai : %2</translation>
        </message>
        <message>
            <location filename="../../ui/FeedStatusBar.cpp" line="187" />
            <source>Local time at the site (%1)</source>
            <translation>Heure locale du site (%1)</translation>
        </message>
        <message>
            <location filename="../../ui/FeedStatusBar.cpp" line="195" />
            <source>ddd d MMM, HH:mm</source>
            <extracomment>status bar clock: weekday, day, month and time in the site's time zone</extracomment>
            <translation>ddd d MMM, HH:mm</translation>
        </message>
    </context>
    <context>
        <name>atrium::FeedTopicTableModel</name>
        <message>
            <location filename="../../models/feeds/FeedTopicTableModel.cpp" line="156" />
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <location filename="../../models/feeds/FeedTopicTableModel.cpp" line="158" />
            <source>Profile</source>
            <translation>Profil</translation>
        </message>
        <message>
            <location filename="../../models/feeds/FeedTopicTableModel.cpp" line="162" />
            <source>Last reason</source>
            <translation>Dernière raison</translation>
        </message>
        <message>
            <location filename="../../models/feeds/FeedTopicTableModel.cpp" line="164" />
            <source>Last payload</source>
            <translation>Dernier message</translation>
        </message>
        <message>
            <location filename="../../models/feeds/FeedTopicTableModel.cpp" line="166" />
            <source>Last seen</source>
            <translation>Vu en dernier</translation>
        </message>
    </context>
    <context>
        <name>atrium::FloorPage</name>
        <message>
            <location filename="../../ui/FloorPage.cpp" line="29" />
            <source>Floor</source>
            <translation>Étage</translation>
        </message>
        <message>
            <location filename="../../ui/FloorPage.cpp" line="32" />
            <source>Fl&amp;oor:</source>
            <translation>É&amp;tage :</translation>
        </message>
        <message>
            <location filename="../../ui/FloorPage.cpp" line="40" />
            <source>Colour rooms by</source>
            <translation>Colorer les salles selon</translation>
        </message>
        <message>
            <location filename="../../ui/FloorPage.cpp" line="43" />
            <source>Colour rooms &amp;by:</source>
            <translation>&amp;Colorer les salles selon :</translation>
        </message>
        <message>
            <location filename="../../ui/FloorPage.cpp" line="46" />
            <source>&amp;Fit to window</source>
            <translation>A&amp;juster à la fenêtre</translation>
        </message>
        <message>
            <location filename="../../ui/FloorPage.cpp" line="48" />
            <source>Show the whole floor (F or Ctrl+0 on the plan)</source>
            <translation>Afficher tout l’étage (F ou Ctrl+0 sur le plan)</translation>
        </message>
        <message>
            <location filename="../../ui/FloorPage.cpp" line="51" />
            <source>Arrow keys: move between rooms · Enter: open · + / −: zoom · drag: move the plan</source>
            <translation>Flèches : passer d’une salle à l’autre · Entrée : ouvrir · + / − : zoom · glisser : déplacer le plan</translation>
        </message>
    </context>
    <context>
        <name>atrium::FloorPlan</name>
        <message>
            <location filename="../../models/site/FloorPlan.cpp" line="50" />
            <source>cannot open the floor plan %1: %2</source>
            <translation>impossible d’ouvrir le plan d’étage %1 : %2</translation>
        </message>
        <message>
            <location filename="../../models/site/FloorPlan.cpp" line="53" />
            <source>%1 is a compressed SVG (svgz): save it as plain SVG</source>
            <translation>%1 est un SVG compressé (svgz) : enregistrez-le en SVG simple</translation>
        </message>
        <message>
            <location filename="../../models/site/FloorPlan.cpp" line="65" />
            <source>%1: Qt SVG cannot draw this file (see the log for the element it stopped at)</source>
            <translation>%1 : Qt SVG ne peut pas dessiner ce fichier (le journal indique l’élément où il s’est arrêté)</translation>
        </message>
        <message>
            <location filename="../../models/site/FloorPlan.cpp" line="75" />
            <source>'%1' (line %2)</source>
            <translation>« %1 » (ligne %2)</translation>
        </message>
        <message>
            <location filename="../../models/site/FloorPlan.cpp" line="80" />
            <source>%1: no element has the id %2</source>
            <translation>%1 : aucun élément n’a l’id %2</translation>
        </message>
        <message>
            <location filename="../../models/site/FloorPlan.cpp" line="81" />
            <source>%1: no elements have the ids %2</source>
            <translation>%1 : aucun élément n’a les id %2</translation>
        </message>
        <message>
            <location filename="../../models/site/FloorPlan.cpp" line="84" />
            <source>%1: Qt SVG cannot draw the element %2 (definitions and metadata are not rooms)</source>
            <translation>%1 : Qt SVG ne peut pas dessiner l’élément %2 (les définitions et métadonnées ne sont pas des salles)</translation>
        </message>
        <message>
            <location filename="../../models/site/SvgScan.cpp" line="214" />
            <source>%1 line %2: the root element is &lt;%3&gt;, not &lt;svg&gt;: this is not an SVG drawing</source>
            <translation>%1 ligne %2 : l’élément racine est &lt;%3&gt;, pas &lt;svg&gt; : ce n’est pas un dessin SVG</translation>
        </message>
        <message>
            <location filename="../../models/site/SvgScan.cpp" line="230" />
            <source>%1 line %2, column %3: %4</source>
            <translation>%1 ligne %2, colonne %3 : %4</translation>
        </message>
        <message>
            <location filename="../../models/site/SvgScan.cpp" line="237" />
            <source>%1: the file holds no XML element</source>
            <translation>%1 : le fichier ne contient aucun élément XML</translation>
        </message>
    </context>
    <context>
        <name>atrium::FloorPlanView</name>
        <message>
            <location filename="../../ui/FloorPlanView.cpp" line="37" />
            <source>Floor plan</source>
            <translation>Plan d’étage</translation>
        </message>
        <message>
            <location filename="../../ui/FloorPlanView.cpp" line="199" />
            <source>No floor plan loaded for this floor.</source>
            <translation>Aucun plan chargé pour cet étage.</translation>
        </message>
        <message>
            <location filename="../../ui/FloorPlanView.cpp" line="318" />
            <source>%1 · %2 seats</source>
            <extracomment>room type and capacity, e.g. "Meeting room · 6 seats"</extracomment>
            <translation>%1 · %2 places</translation>
        </message>
        <message>
            <location filename="../../ui/FloorPlanView.cpp" line="321" />
            <source>Occupied %1 % of opening hours (7 days)</source>
            <translation>Occupée %1 % des heures d’ouverture (7 jours)</translation>
        </message>
        <message>
            <location filename="../../ui/FloorPlanView.cpp" line="323" />
            <source>Comfort: category %1 (EN 16798-1)</source>
            <translation>Confort : catégorie %1 (EN 16798-1)</translation>
        </message>
        <message>
            <location filename="../../ui/FloorPlanView.cpp" line="338" />
            <source>No readings yet</source>
            <translation>Aucun relevé pour l’instant</translation>
        </message>
        <message>
            <location filename="../../ui/FloorPlanView.cpp" line="358" />
            <source>No room selected. Use the arrow keys to move between rooms, Enter to open one.</source>
            <translation>Aucune salle sélectionnée. Utilisez les flèches pour passer d’une salle à l’autre, Entrée pour l’ouvrir.</translation>
        </message>
    </context>
    <context>
        <name>atrium::IcsImport</name>
        <message>
            <location filename="../../models/bookings/IcsImport.cpp" line="33" />
            <source>There is no room "%1" on this site.</source>
            <translation>Il n’y a pas de salle « %1 » sur ce site.</translation>
        </message>
        <message>
            <location filename="../../models/bookings/IcsImport.cpp" line="67" />
            <source>The calendar holds no event to import.</source>
            <translation>Le calendrier ne contient aucun événement à importer.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../models/bookings/IcsImport.cpp" line="70" />
            <source>Nothing was imported: %n event(s) clash with the rules or with other bookings.</source>
            <translation>
                <numerusform>Rien n’a été importé : %n événement est en conflit avec les règles ou d’autres réservations.</numerusform>
                <numerusform>Rien n’a été importé : %n événements sont en conflit avec les règles ou d’autres réservations.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>atrium::IcsImportDialog</name>
        <message>
            <location filename="../../ui/bookings/IcsImportDialog.cpp" line="29" />
            <source>Import %1</source>
            <translation>Importer %1</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/IcsImportDialog.cpp" line="34" />
            <source>Cannot read %1: %2</source>
            <translation>Impossible de lire %1 : %2</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/IcsImportDialog.cpp" line="39" />
            <source>Into room</source>
            <translation>Dans la salle</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/IcsImportDialog.cpp" line="45" />
            <source>Events from</source>
            <translation>Événements à partir du</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/IcsImportDialog.cpp" line="48" />
            <source>Events that end before this date are left out.</source>
            <translation>Les événements qui finissent avant cette date sont laissés de côté.</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/IcsImportDialog.cpp" line="52" />
            <source>Events to import</source>
            <translation>Événements à importer</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/IcsImportDialog.cpp" line="53" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/IcsImportDialog.cpp" line="53" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/IcsImportDialog.cpp" line="53" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/IcsImportDialog.cpp" line="53" />
            <source>Conflict</source>
            <translation>Conflit</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/IcsImportDialog.cpp" line="71" />
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/IcsImportDialog.cpp" line="75" />
            <source>Into &amp;room:</source>
            <translation>Dans la &amp;salle :</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/IcsImportDialog.cpp" line="76" />
            <source>Events &amp;from:</source>
            <translation>Événements à &amp;partir du :</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/IcsImportDialog.cpp" line="113" />
            <source>Nothing can be imported: %1</source>
            <extracomment>an unreadable calendar file: the reason names the line</extracomment>
            <translation>Rien ne peut être importé : %1</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/IcsImportDialog.cpp" line="127" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/bookings/IcsImportDialog.cpp" line="136" />
            <source>%n event(s) to book.</source>
            <translation>
                <numerusform>%n événement à réserver.</numerusform>
                <numerusform>%n événements à réserver.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/bookings/IcsImportDialog.cpp" line="138" />
            <source>Left out: %1</source>
            <translation>Laissé de côté : %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/bookings/IcsImportDialog.cpp" line="141" />
            <source>%n event(s) clash with bookings or rules. Nothing is imported until none do (choose another room, or change the bookings in the way).</source>
            <translation>
                <numerusform>%n événement est en conflit avec des réservations ou des règles. Rien n’est importé tant qu’il reste un conflit (choisissez une autre salle, ou modifiez les réservations gênantes).</numerusform>
                <numerusform>%n événements sont en conflit avec des réservations ou des règles. Rien n’est importé tant qu’il reste un conflit (choisissez une autre salle, ou modifiez les réservations gênantes).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/bookings/IcsImportDialog.cpp" line="145" />
            <source>The file has no events from this date on.</source>
            <translation>Le fichier n’a aucun événement à partir de cette date.</translation>
        </message>
    </context>
    <context>
        <name>atrium::IcsLines</name>
        <message>
            <location filename="../../models/bookings/IcsLines.cpp" line="67" />
            <source>line %1: this is not UTF-8 text</source>
            <translation>ligne %1 : ce n’est pas du texte UTF-8</translation>
        </message>
        <message>
            <location filename="../../models/bookings/IcsLines.cpp" line="76" />
            <source>line %1: not an iCalendar file (it must start with BEGIN:VCALENDAR)</source>
            <translation>ligne %1 : ce n’est pas un fichier iCalendar (il doit commencer par BEGIN:VCALENDAR)</translation>
        </message>
        <message>
            <location filename="../../models/bookings/IcsLines.cpp" line="93" />
            <source>line %1: "%2" is not an iCalendar line (NAME:value)</source>
            <translation>ligne %1 : « %2 » n’est pas une ligne iCalendar (NOM:valeur)</translation>
        </message>
        <message>
            <location filename="../../models/bookings/IcsLines.cpp" line="102" />
            <source>line %1: %2 had its value inside the TZID quotes; read as %3 in "%4"</source>
            <translation>ligne %1 : %2 avait sa valeur dans les guillemets du TZID ; lu comme %3 dans « %4 »</translation>
        </message>
        <message>
            <location filename="../../models/bookings/IcsLines.cpp" line="108" />
            <source>line %1: %2 has no value (no ':' outside quotes)</source>
            <translation>ligne %1 : %2 n’a pas de valeur (pas de « : » hors des guillemets)</translation>
        </message>
        <message>
            <location filename="../../models/bookings/IcsLines.cpp" line="116" />
            <source>line %1: END:%2 without a BEGIN</source>
            <translation>ligne %1 : END:%2 sans BEGIN</translation>
        </message>
        <message>
            <location filename="../../models/bookings/IcsLines.cpp" line="118" />
            <source>line %1: END:%2 closes BEGIN:%3 of line %4</source>
            <translation>ligne %1 : END:%2 ferme BEGIN:%3 de la ligne %4</translation>
        </message>
        <message>
            <location filename="../../models/bookings/IcsLines.cpp" line="125" />
            <source>line %1: %2 is outside BEGIN:VCALENDAR ... END:VCALENDAR</source>
            <translation>ligne %1 : %2 est en dehors de BEGIN:VCALENDAR ... END:VCALENDAR</translation>
        </message>
        <message>
            <location filename="../../models/bookings/IcsLines.cpp" line="130" />
            <source>line %1: %2 "%3" is not a date or a date and time (YYYYMMDD or YYYYMMDDTHHMMSS)</source>
            <translation>ligne %1 : %2 « %3 » n’est ni une date ni une date et heure (AAAAMMJJ ou AAAAMMJJTHHMMSS)</translation>
        </message>
        <message>
            <location filename="../../models/bookings/IcsLines.cpp" line="136" />
            <source>line %1: DURATION "%2" is not a duration (e.g. PT1H30M)</source>
            <translation>ligne %1 : DURATION « %2 » n’est pas une durée (ex. : PT1H30M)</translation>
        </message>
        <message>
            <location filename="../../models/bookings/IcsLines.cpp" line="141" />
            <source>line %1: RRULE "%2" is not a recurrence rule</source>
            <translation>ligne %1 : RRULE « %2 » n’est pas une règle de répétition</translation>
        </message>
        <message>
            <location filename="../../models/bookings/IcsLines.cpp" line="146" />
            <source>line %1: BEGIN:%2 is never closed</source>
            <translation>ligne %1 : BEGIN:%2 n’est jamais fermé</translation>
        </message>
    </context>
    <context>
        <name>atrium::IcsReader</name>
        <message>
            <location filename="../../models/bookings/IcsReader.cpp" line="99" />
            <source>time zone "%1" is unknown: its times are read in %2</source>
            <translation>fuseau horaire « %1 » inconnu : ses heures sont lues en %2</translation>
        </message>
        <message>
            <location filename="../../models/bookings/IcsReader.cpp" line="207" />
            <source>line 1: libical could not read this calendar</source>
            <translation>ligne 1 : libical n’a pas pu lire ce calendrier</translation>
        </message>
        <message>
            <location filename="../../models/bookings/IcsReader.cpp" line="212" />
            <source>line 1: no VCALENDAR in this file</source>
            <translation>ligne 1 : pas de VCALENDAR dans ce fichier</translation>
        </message>
        <message>
            <location filename="../../models/bookings/IcsReader.cpp" line="230" />
            <source>line %1: event has both DTEND and DURATION; DTEND is used</source>
            <translation>ligne %1 : l’événement a DTEND et DURATION ; DTEND est utilisé</translation>
        </message>
        <message>
            <location filename="../../models/bookings/IcsReader.cpp" line="255" />
            <source>line %1: event "%2" on %3 has no length; skipped</source>
            <translation>ligne %1 : l’événement « %2 » du %3 n’a pas de durée ; ignoré</translation>
        </message>
        <message>
            <location filename="../../models/bookings/IcsReader.cpp" line="315" />
            <source>line %1: "%2" repeats beyond %3; only its first %4 years are read</source>
            <translation>ligne %1 : « %2 » se répète au-delà de %3 ; seules ses %4 premières années sont lues</translation>
        </message>
        <message>
            <location filename="../../models/bookings/IcsReader.cpp" line="354" />
            <source>line %1: event "%2" has no start (DTSTART); skipped</source>
            <translation>ligne %1 : l’événement « %2 » n’a pas de début (DTSTART) ; ignoré</translation>
        </message>
        <message>
            <location filename="../../models/bookings/IcsReader.cpp" line="401" />
            <source>line %1: moved occurrence without a start; skipped</source>
            <translation>ligne %1 : occurrence déplacée sans début ; ignorée</translation>
        </message>
        <message numerus="yes">
            <location filename="../../models/bookings/IcsReader.cpp" line="407" />
            <source>%n cancelled event(s) skipped</source>
            <translation>
                <numerusform>%n événement annulé ignoré</numerusform>
                <numerusform>%n événements annulés ignorés</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>atrium::Ingestor</name>
        <message>
            <location filename="../../models/telemetry/Ingestor.cpp" line="232" />
            <source>%1 is not a finite number</source>
            <translation>%1 n’est pas un nombre fini</translation>
        </message>
    </context>
    <context>
        <name>atrium::IssueBadgePanel</name>
        <message>
            <location filename="../../ui/access/IssueBadgePanel.cpp" line="34" />
            <source>Type a name, company or e-mail</source>
            <extracomment>placeholder of the member search in the issue-badge form</extracomment>
            <translation>Tapez un nom, une société ou un e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/access/IssueBadgePanel.cpp" line="35" />
            <source>Member search</source>
            <translation>Recherche de membre</translation>
        </message>
        <message>
            <location filename="../../ui/access/IssueBadgePanel.cpp" line="38" />
            <source>Matching members</source>
            <translation>Membres trouvés</translation>
        </message>
        <message>
            <location filename="../../ui/access/IssueBadgePanel.cpp" line="40" />
            <source>Memb&amp;er:</source>
            <translation>Memb&amp;re :</translation>
        </message>
        <message>
            <location filename="../../ui/access/IssueBadgePanel.cpp" line="50" />
            <source>Access group</source>
            <translation>Groupe d’accès</translation>
        </message>
        <message>
            <location filename="../../ui/access/IssueBadgePanel.cpp" line="51" />
            <source>Access gro&amp;up:</source>
            <translation>&amp;Groupe d’accès :</translation>
        </message>
        <message>
            <location filename="../../ui/access/IssueBadgePanel.cpp" line="56" />
            <source>No end date</source>
            <translation>Sans date de fin</translation>
        </message>
        <message>
            <location filename="../../ui/access/IssueBadgePanel.cpp" line="61" />
            <source>Valid until</source>
            <translation>Valable jusqu’au</translation>
        </message>
        <message>
            <location filename="../../ui/access/IssueBadgePanel.cpp" line="67" />
            <source>Valid until:</source>
            <translation>Valable jusqu’au :</translation>
        </message>
        <message>
            <location filename="../../ui/access/IssueBadgePanel.cpp" line="73" />
            <source>Badge number</source>
            <translation>Numéro du badge</translation>
        </message>
        <message>
            <location filename="../../ui/access/IssueBadgePanel.cpp" line="74" />
            <source>Show the badge to the desk reader, or type its number</source>
            <translation>Présentez le badge au lecteur de l’accueil, ou tapez son numéro</translation>
        </message>
        <message>
            <location filename="../../ui/access/IssueBadgePanel.cpp" line="76" />
            <source>&amp;Card number:</source>
            <translation>Num&amp;éro de carte :</translation>
        </message>
        <message>
            <location filename="../../ui/access/IssueBadgePanel.cpp" line="94" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/access/IssueBadgePanel.cpp" line="132" />
            <source>No group (opens nothing)</source>
            <extracomment>access group choice: the badge opens no door until a group is set</extracomment>
            <translation>Aucun groupe (n’ouvre rien)</translation>
        </message>
        <message>
            <location filename="../../ui/access/IssueBadgePanel.cpp" line="142" />
            <source>Issue a badge</source>
            <translation>Remettre un badge</translation>
        </message>
        <message>
            <location filename="../../ui/access/IssueBadgePanel.cpp" line="143" />
            <source>&amp;Issue badge</source>
            <translation>Remettre le ba&amp;dge</translation>
        </message>
        <message>
            <location filename="../../ui/access/IssueBadgePanel.cpp" line="159" />
            <source>Waiting for a badge at the desk reader…</source>
            <translation>En attente d’un badge au lecteur de l’accueil…</translation>
        </message>
        <message>
            <location filename="../../ui/access/IssueBadgePanel.cpp" line="160" />
            <source>No desk reader: type the number.</source>
            <translation>Pas de lecteur à l’accueil : tapez le numéro.</translation>
        </message>
        <message>
            <location filename="../../ui/access/IssueBadgePanel.cpp" line="172" />
            <source>Replace badge %1 of %2</source>
            <translation>Remplacer le badge %1 de %2</translation>
        </message>
        <message>
            <location filename="../../ui/access/IssueBadgePanel.cpp" line="173" />
            <source>&amp;Issue the new badge</source>
            <translation>Remettre le nouveau ba&amp;dge</translation>
        </message>
        <message>
            <location filename="../../ui/access/IssueBadgePanel.cpp" line="201" />
            <source>Badge %1 is already %2. Show another badge.</source>
            <translation>Le badge %1 est déjà %2. Présentez un autre badge.</translation>
        </message>
        <message>
            <location filename="../../ui/access/IssueBadgePanel.cpp" line="209" />
            <source>Badge read at the desk reader.</source>
            <translation>Badge lu au lecteur de l’accueil.</translation>
        </message>
        <message>
            <location filename="../../ui/access/IssueBadgePanel.cpp" line="231" />
            <source>Badge replaced: %1 is now %2's badge.</source>
            <translation>Badge remplacé : %1 est maintenant le badge de %2.</translation>
        </message>
        <message>
            <location filename="../../ui/access/IssueBadgePanel.cpp" line="236" />
            <source>Choose the member who receives the badge.</source>
            <translation>Choisissez le membre qui reçoit le badge.</translation>
        </message>
        <message>
            <location filename="../../ui/access/IssueBadgePanel.cpp" line="246" />
            <source>Show the badge to the desk reader or type its number.</source>
            <translation>Présentez le badge au lecteur de l’accueil ou tapez son numéro.</translation>
        </message>
        <message>
            <location filename="../../ui/access/IssueBadgePanel.cpp" line="253" />
            <source>Badge %1 issued to %2.</source>
            <translation>Badge %1 remis à %2.</translation>
        </message>
    </context>
    <context>
        <name>atrium::Layer</name>
        <message>
            <location filename="../../models/analytics/Layer.cpp" line="45" />
            <source>Live occupancy</source>
            <translation>Occupation en direct</translation>
        </message>
        <message>
            <location filename="../../models/analytics/Layer.cpp" line="47" />
            <source>Popularity (7 days)</source>
            <translation>Fréquentation (7 jours)</translation>
        </message>
        <message>
            <location filename="../../models/analytics/Layer.cpp" line="49" />
            <source>Temperature</source>
            <translation>Température</translation>
        </message>
        <message>
            <location filename="../../models/analytics/Layer.cpp" line="51" />
            <source>Humidity</source>
            <translation>Humidité</translation>
        </message>
        <message>
            <location filename="../../models/analytics/Layer.cpp" line="53" />
            <source>CO₂</source>
            <translation>CO₂</translation>
        </message>
        <message>
            <location filename="../../models/analytics/Layer.cpp" line="55" />
            <source>Light</source>
            <translation>Luminosité</translation>
        </message>
        <message>
            <location filename="../../models/analytics/Layer.cpp" line="57" />
            <source>Comfort (EN 16798-1)</source>
            <translation>Confort (EN 16798-1)</translation>
        </message>
        <message>
            <location filename="../../models/analytics/Layer.cpp" line="59" />
            <source>Bookings</source>
            <translation>Réservations</translation>
        </message>
    </context>
    <context>
        <name>atrium::LegendWidget</name>
        <message>
            <location filename="../../ui/LegendWidget.cpp" line="16" />
            <source>Legend</source>
            <translation>Légende</translation>
        </message>
        <message>
            <location filename="../../ui/LegendWidget.cpp" line="48" />
            <source>No data</source>
            <translation>Aucune donnée</translation>
        </message>
        <message>
            <location filename="../../ui/LegendWidget.cpp" line="48" />
            <source>No reading has arrived for this room yet.</source>
            <translation>Aucun relevé n’est encore arrivé pour cette salle.</translation>
        </message>
        <message>
            <location filename="../../ui/LegendWidget.cpp" line="49" />
            <source>Stale</source>
            <translation>Données périmées</translation>
        </message>
        <message>
            <location filename="../../ui/LegendWidget.cpp" line="50" />
            <source>The room's sensor has been silent for longer than it should be: the last value may be out of date.</source>
            <translation>Le capteur de la salle est silencieux depuis plus longtemps que prévu : la dernière valeur n’est peut-être plus à jour.</translation>
        </message>
        <message>
            <location filename="../../ui/LegendWidget.cpp" line="57" />
            <source>%1: %2. Light grey with diagonal lines: no data. Grey, cross-hatched with a clock: stale.</source>
            <extracomment>read by screen readers; %1 the layer, %2 the scale's labels</extracomment>
            <translation>%1 : %2. Gris clair à rayures diagonales : aucune donnée. Gris quadrillé avec une horloge : données périmées.</translation>
        </message>
    </context>
    <context>
        <name>atrium::MainWindow</name>
        <message>
            <location filename="../../ui/MainWindow.cpp" line="27" />
            <source>%1 — Atrium</source>
            <translation>%1 — Atrium</translation>
        </message>
        <message>
            <location filename="../../ui/MainWindow.cpp" line="28" />
            <source>Atrium</source>
            <translation>Atrium</translation>
        </message>
        <message>
            <location filename="../../ui/MainWindow.cpp" line="37" />
            <source>&amp;Floor</source>
            <extracomment>tab title</extracomment>
            <translation>&amp;Plan</translation>
        </message>
        <message>
            <location filename="../../ui/MainWindow.cpp" line="42" />
            <source>&amp;Bookings</source>
            <extracomment>tab title</extracomment>
            <translation>Ré&amp;servations</translation>
        </message>
        <message>
            <location filename="../../ui/MainWindow.cpp" line="48" />
            <source>&amp;Members</source>
            <extracomment>tab title</extracomment>
            <translation>&amp;Membres</translation>
        </message>
        <message>
            <location filename="../../ui/MainWindow.cpp" line="53" />
            <source>Bad&amp;ges</source>
            <extracomment>tab title</extracomment>
            <translation>&amp;Badges</translation>
        </message>
        <message>
            <location filename="../../ui/MainWindow.cpp" line="58" />
            <source>&amp;Automation</source>
            <extracomment>tab title</extracomment>
            <translation>A&amp;utomatisation</translation>
        </message>
        <message>
            <location filename="../../ui/MainWindow.cpp" line="61" />
            <source>&amp;Diagnostics</source>
            <extracomment>tab title</extracomment>
            <translation>&amp;Diagnostic</translation>
        </message>
    </context>
    <context>
        <name>atrium::Member</name>
        <message>
            <location filename="../../models/people/Member.cpp" line="46" />
            <source>Freelancer</source>
            <translation>Indépendant</translation>
        </message>
        <message>
            <location filename="../../models/people/Member.cpp" line="48" />
            <source>Remote employee</source>
            <translation>Salarié à distance</translation>
        </message>
        <message>
            <location filename="../../models/people/Member.cpp" line="50" />
            <source>Consultant</source>
            <translation>Consultant</translation>
        </message>
        <message>
            <location filename="../../models/people/Member.cpp" line="52" />
            <source>Company team</source>
            <translation>Équipe d’entreprise</translation>
        </message>
        <message>
            <location filename="../../models/people/Member.cpp" line="54" />
            <source>Guest</source>
            <translation>Invité</translation>
        </message>
    </context>
    <context>
        <name>atrium::MemberDialog</name>
        <message>
            <location filename="../../ui/members/MemberDialog.cpp" line="21" />
            <source>front desk</source>
            <extracomment>who did it, as the audit log records a change made at the console</extracomment>
            <translation>accueil</translation>
        </message>
        <message>
            <location filename="../../ui/members/MemberDialog.cpp" line="33" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../ui/members/MemberDialog.cpp" line="34" />
            <source>Company</source>
            <translation>Société</translation>
        </message>
        <message>
            <location filename="../../ui/members/MemberDialog.cpp" line="35" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/members/MemberDialog.cpp" line="36" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/members/MemberDialog.cpp" line="37" />
            <source>+33 1 23 45 67 89</source>
            <translation>+33 1 23 45 67 89</translation>
        </message>
        <message>
            <location filename="../../ui/members/MemberDialog.cpp" line="40" />
            <source>Kind</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="../../ui/members/MemberDialog.cpp" line="46" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/members/MemberDialog.cpp" line="48" />
            <source>Only what the desk needs (no health or private details)</source>
            <translation>Seulement ce dont l’accueil a besoin (pas de santé ni de vie privée)</translation>
        </message>
        <message>
            <location filename="../../ui/members/MemberDialog.cpp" line="62" />
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <location filename="../../ui/members/MemberDialog.cpp" line="63" />
            <source>&amp;Company:</source>
            <translation>&amp;Société :</translation>
        </message>
        <message>
            <location filename="../../ui/members/MemberDialog.cpp" line="64" />
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail :</translation>
        </message>
        <message>
            <location filename="../../ui/members/MemberDialog.cpp" line="65" />
            <source>&amp;Phone:</source>
            <translation>&amp;Téléphone :</translation>
        </message>
        <message>
            <location filename="../../ui/members/MemberDialog.cpp" line="66" />
            <source>&amp;Kind:</source>
            <translation>&amp;Catégorie :</translation>
        </message>
        <message>
            <location filename="../../ui/members/MemberDialog.cpp" line="67" />
            <source>N&amp;otes:</source>
            <translation>N&amp;otes :</translation>
        </message>
        <message>
            <location filename="../../ui/members/MemberDialog.cpp" line="110" />
            <source>New member</source>
            <translation>Nouveau membre</translation>
        </message>
        <message>
            <location filename="../../ui/members/MemberDialog.cpp" line="125" />
            <source>Edit member</source>
            <translation>Modifier le membre</translation>
        </message>
    </context>
    <context>
        <name>atrium::MemberPicker</name>
        <message>
            <location filename="../../ui/members/MemberPicker.cpp" line="28" />
            <source>Find a member</source>
            <translation>Trouver un membre</translation>
        </message>
        <message>
            <location filename="../../ui/members/MemberPicker.cpp" line="29" />
            <source>Type a name, company or e-mail</source>
            <translation>Tapez un nom, une société ou un e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/members/MemberPicker.cpp" line="32" />
            <source>&amp;New member…</source>
            <translation>&amp;Nouveau membre…</translation>
        </message>
        <message>
            <location filename="../../ui/members/MemberPicker.cpp" line="34" />
            <source>New member</source>
            <translation>Nouveau membre</translation>
        </message>
        <message>
            <location filename="../../ui/members/MemberPicker.cpp" line="38" />
            <source>Matching members</source>
            <translation>Membres trouvés</translation>
        </message>
        <message>
            <location filename="../../ui/members/MemberPicker.cpp" line="73" />
            <location filename="../../ui/members/MemberPicker.cpp" line="88" />
            <source>No member chosen</source>
            <translation>Aucun membre choisi</translation>
        </message>
        <message>
            <location filename="../../ui/members/MemberPicker.cpp" line="99" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location filename="../../ui/members/MemberPicker.cpp" line="105" />
            <source>No member matches “%1”. Use New member… to add one.</source>
            <translation>Aucun membre ne correspond à « %1 ». Utilisez Nouveau membre… pour en ajouter un.</translation>
        </message>
    </context>
    <context>
        <name>atrium::MemberStore</name>
        <message>
            <location filename="../../models/people/MemberStore.cpp" line="90" />
            <source>Cannot read the members: %1</source>
            <translation>Impossible de lire les membres : %1</translation>
        </message>
        <message>
            <location filename="../../models/people/MemberStore.cpp" line="113" />
            <source>Name: a member needs a name.</source>
            <translation>Nom : un membre doit avoir un nom.</translation>
        </message>
        <message>
            <location filename="../../models/people/MemberStore.cpp" line="116" />
            <source>E-mail: "%1" is not an e-mail address.</source>
            <translation>E-mail : « %1 » n’est pas une adresse e-mail.</translation>
        </message>
        <message>
            <location filename="../../models/people/MemberStore.cpp" line="120" />
            <source>Phone: "%1" is not a phone number (digits, spaces and a leading +).</source>
            <translation>Téléphone : « %1 » n’est pas un numéro de téléphone (chiffres, espaces et + au début).</translation>
        </message>
        <message>
            <location filename="../../models/people/MemberStore.cpp" line="130" />
            <location filename="../../models/people/MemberStore.cpp" line="141" />
            <location filename="../../models/people/MemberStore.cpp" line="158" />
            <location filename="../../models/people/MemberStore.cpp" line="175" />
            <location filename="../../models/people/MemberStore.cpp" line="194" />
            <location filename="../../models/people/MemberStore.cpp" line="200" />
            <source>Cannot save the member: %1</source>
            <translation>Impossible d’enregistrer le membre : %1</translation>
        </message>
        <message>
            <location filename="../../models/people/MemberStore.cpp" line="170" />
            <location filename="../../models/people/MemberStore.cpp" line="250" />
            <source>Member #%1 does not exist.</source>
            <translation>Le membre n° %1 n’existe pas.</translation>
        </message>
        <message>
            <location filename="../../models/people/MemberStore.cpp" line="172" />
            <source>Member #%1 was erased and cannot be edited.</source>
            <translation>Le membre n° %1 a été effacé et ne peut plus être modifié.</translation>
        </message>
        <message>
            <location filename="../../models/people/MemberStore.cpp" line="255" />
            <location filename="../../models/people/MemberStore.cpp" line="270" />
            <location filename="../../models/people/MemberStore.cpp" line="285" />
            <source>Cannot erase the member: %1</source>
            <translation>Impossible d’effacer le membre : %1</translation>
        </message>
        <message>
            <location filename="../../models/people/MemberStore.cpp" line="257" />
            <source>Erased member #%1</source>
            <translation>Membre effacé n° %1</translation>
        </message>
    </context>
    <context>
        <name>atrium::MembersPage</name>
        <message>
            <location filename="../../ui/members/MembersPage.cpp" line="30" />
            <source>Search members</source>
            <translation>Chercher des membres</translation>
        </message>
        <message>
            <location filename="../../ui/members/MembersPage.cpp" line="31" />
            <source>Name, company or e-mail</source>
            <translation>Nom, société ou e-mail</translation>
        </message>
        <message>
            <location filename="../../ui/members/MembersPage.cpp" line="33" />
            <source>&amp;Search:</source>
            <translation>&amp;Chercher :</translation>
        </message>
        <message>
            <location filename="../../ui/members/MembersPage.cpp" line="41" />
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <location filename="../../ui/members/MembersPage.cpp" line="42" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../ui/members/MembersPage.cpp" line="42" />
            <source>Company</source>
            <translation>Société</translation>
        </message>
        <message>
            <location filename="../../ui/members/MembersPage.cpp" line="42" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../ui/members/MembersPage.cpp" line="42" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../ui/members/MembersPage.cpp" line="42" />
            <source>Kind</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <location filename="../../ui/members/MembersPage.cpp" line="51" />
            <source>&amp;Add…</source>
            <translation>&amp;Ajouter…</translation>
        </message>
        <message>
            <location filename="../../ui/members/MembersPage.cpp" line="53" />
            <source>Add a member</source>
            <translation>Ajouter un membre</translation>
        </message>
        <message>
            <location filename="../../ui/members/MembersPage.cpp" line="54" />
            <source>&amp;Edit…</source>
            <translation>Modi&amp;fier…</translation>
        </message>
        <message>
            <location filename="../../ui/members/MembersPage.cpp" line="56" />
            <source>Edit the member</source>
            <translation>Modifier le membre</translation>
        </message>
        <message>
            <location filename="../../ui/members/MembersPage.cpp" line="57" />
            <source>E&amp;xport data…</source>
            <translation>E&amp;xporter les données…</translation>
        </message>
        <message>
            <location filename="../../ui/members/MembersPage.cpp" line="59" />
            <location filename="../../ui/members/MembersPage.cpp" line="222" />
            <source>Export the member's data</source>
            <translation>Exporter les données du membre</translation>
        </message>
        <message>
            <location filename="../../ui/members/MembersPage.cpp" line="60" />
            <source>Everything Atrium holds about the member, as a JSON file (GDPR access request)</source>
            <translation>Tout ce qu’Atrium garde sur le membre, dans un fichier JSON (demande d’accès RGPD)</translation>
        </message>
        <message>
            <location filename="../../ui/members/MembersPage.cpp" line="61" />
            <source>E&amp;rase…</source>
            <translation>&amp;Effacer…</translation>
        </message>
        <message>
            <location filename="../../ui/members/MembersPage.cpp" line="63" />
            <source>Erase the member</source>
            <translation>Effacer le membre</translation>
        </message>
        <message>
            <location filename="../../ui/members/MembersPage.cpp" line="64" />
            <source>Blank the member's personal data (GDPR erasure request)</source>
            <translation>Vider les données personnelles du membre (demande d’effacement RGPD)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/members/MembersPage.cpp" line="125" />
            <source>%n member(s)</source>
            <extracomment>how many members the search shows</extracomment>
            <translation>
                <numerusform>%n membre</numerusform>
                <numerusform>%n membres</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/members/MembersPage.cpp" line="186" />
            <source>Added %1.</source>
            <translation>%1 ajouté.</translation>
        </message>
        <message>
            <location filename="../../ui/members/MembersPage.cpp" line="201" />
            <source>Saved %1.</source>
            <translation>%1 enregistré.</translation>
        </message>
        <message>
            <location filename="../../ui/members/MembersPage.cpp" line="211" />
            <source>Cannot write %1: %2</source>
            <translation>Impossible d’écrire %1 : %2</translation>
        </message>
        <message>
            <location filename="../../ui/members/MembersPage.cpp" line="222" />
            <source>JSON files (*.json)</source>
            <translation>Fichiers JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../ui/members/MembersPage.cpp" line="226" />
            <source>Saved %1's data to %2.</source>
            <translation>Données de %1 enregistrées dans %2.</translation>
        </message>
        <message>
            <location filename="../../ui/members/MembersPage.cpp" line="237" />
            <source>Erased. The audit log keeps the reason.</source>
            <translation>Effacé. Le journal des actions garde le motif.</translation>
        </message>
    </context>
    <context>
        <name>atrium::Metric</name>
        <message>
            <location filename="../../models/core/Metric.cpp" line="81" />
            <source>people</source>
            <translation>personnes</translation>
        </message>
        <message>
            <location filename="../../models/core/Metric.cpp" line="90" />
            <source>Occupancy</source>
            <translation>Occupation</translation>
        </message>
        <message>
            <location filename="../../models/core/Metric.cpp" line="92" />
            <source>Temperature</source>
            <translation>Température</translation>
        </message>
        <message>
            <location filename="../../models/core/Metric.cpp" line="94" />
            <source>Humidity</source>
            <translation>Humidité</translation>
        </message>
        <message>
            <location filename="../../models/core/Metric.cpp" line="96" />
            <source>CO₂</source>
            <translation>CO₂</translation>
        </message>
        <message>
            <location filename="../../models/core/Metric.cpp" line="98" />
            <source>VOC</source>
            <translation>COV</translation>
        </message>
        <message>
            <location filename="../../models/core/Metric.cpp" line="100" />
            <source>PM2.5</source>
            <translation>PM2,5</translation>
        </message>
        <message>
            <location filename="../../models/core/Metric.cpp" line="102" />
            <source>Light</source>
            <translation>Luminosité</translation>
        </message>
        <message>
            <location filename="../../models/core/Metric.cpp" line="104" />
            <source>Noise</source>
            <translation>Bruit</translation>
        </message>
        <message>
            <location filename="../../models/core/Metric.cpp" line="106" />
            <source>Battery</source>
            <translation>Batterie</translation>
        </message>
        <message>
            <location filename="../../models/core/Metric.cpp" line="108" />
            <source>People</source>
            <translation>Personnes</translation>
        </message>
    </context>
    <context>
        <name>atrium::MqttSession</name>
        <message>
            <location filename="../../models/feeds/MqttSession.cpp" line="147" />
            <source>Cannot create the MQTT client: %1</source>
            <translation>Impossible de créer le client MQTT : %1</translation>
        </message>
        <message>
            <location filename="../../models/feeds/MqttSession.cpp" line="168" />
            <source>TLS set-up failed (CA file "%1"): %2</source>
            <translation>Échec de la configuration TLS (fichier CA « %1 ») : %2</translation>
        </message>
        <message>
            <location filename="../../models/feeds/MqttSession.cpp" line="293" />
            <source>the broker refused the connection (%1)</source>
            <translation>le broker a refusé la connexion (%1)</translation>
        </message>
        <message>
            <location filename="../../models/feeds/MqttSession.cpp" line="326" />
            <source>Connecting to %1</source>
            <translation>Connexion à %1</translation>
        </message>
        <message>
            <location filename="../../models/feeds/MqttSession.cpp" line="327" />
            <source>Reconnecting to %1</source>
            <translation>Reconnexion à %1</translation>
        </message>
        <message>
            <location filename="../../models/feeds/MqttSession.cpp" line="369" />
            <source>Connection to %1 lost, retrying in %2 s</source>
            <translation>Connexion à %1 perdue, nouvel essai dans %2 s</translation>
        </message>
        <message>
            <location filename="../../models/feeds/MqttSession.cpp" line="371" />
            <source>Connection to %1 lost: %2, retrying in %3 s</source>
            <translation>Connexion à %1 perdue : %2, nouvel essai dans %3 s</translation>
        </message>
        <message>
            <location filename="../../models/feeds/MqttSession.cpp" line="373" />
            <source>Broker unreachable: %1, retrying in %2 s</source>
            <translation>Broker injoignable : %1, nouvel essai dans %2 s</translation>
        </message>
        <message>
            <location filename="../../models/feeds/MqttSession.cpp" line="386" />
            <source>Disconnected from %1</source>
            <translation>Déconnecté de %1</translation>
        </message>
        <message>
            <location filename="../../models/feeds/MqttSession.cpp" line="408" />
            <source>Connected to %1</source>
            <translation>Connecté à %1</translation>
        </message>
    </context>
    <context>
        <name>atrium::OverrideBadgeLayer</name>
        <message numerus="yes">
            <location filename="../../ui/automation/OverrideBadgeLayer.cpp" line="48" />
            <source>Rooms with an override: %n</source>
            <translation>
                <numerusform>Salles en réglage manuel : %n</numerusform>
                <numerusform>Salles en réglage manuel : %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>atrium::OverrideDialog</name>
        <message>
            <location filename="../../ui/automation/OverrideDialog.cpp" line="33" />
            <source>Override — %1</source>
            <extracomment>dialog title: "Override — Ada"</extracomment>
            <translation>Réglage manuel — %1</translation>
        </message>
        <message>
            <location filename="../../ui/automation/OverrideDialog.cpp" line="36" />
            <source>Now: %1</source>
            <extracomment>the override dialog's first line: what automation does in the room now, and why</extracomment>
            <translation>Maintenant : %1</translation>
        </message>
        <message>
            <location filename="../../ui/automation/OverrideDialog.cpp" line="39" />
            <source>Automation now</source>
            <translation>L’automatisation maintenant</translation>
        </message>
        <message>
            <location filename="../../ui/automation/OverrideDialog.cpp" line="43" />
            <source>What to change</source>
            <translation>Quoi changer</translation>
        </message>
        <message>
            <location filename="../../ui/automation/OverrideDialog.cpp" line="59" />
            <source>Reason (required)</source>
            <translation>Motif (obligatoire)</translation>
        </message>
        <message>
            <location filename="../../ui/automation/OverrideDialog.cpp" line="61" />
            <source>e.g. client cold, event set-up</source>
            <extracomment>example reasons in the override dialog's empty reason field</extracomment>
            <translation>ex. : client a froid, installation d’un événement</translation>
        </message>
        <message>
            <location filename="../../ui/automation/OverrideDialog.cpp" line="66" />
            <source>Until</source>
            <translation>Jusqu’à</translation>
        </message>
        <message>
            <location filename="../../ui/automation/OverrideDialog.cpp" line="67" />
            <source>For a duration</source>
            <translation>Pendant une durée</translation>
        </message>
        <message>
            <location filename="../../ui/automation/OverrideDialog.cpp" line="68" />
            <source>Until a time today</source>
            <translation>Jusqu’à une heure aujourd’hui</translation>
        </message>
        <message>
            <location filename="../../ui/automation/OverrideDialog.cpp" line="69" />
            <source>Until the booking ends</source>
            <translation>Jusqu’à la fin de la réservation</translation>
        </message>
        <message>
            <location filename="../../ui/automation/OverrideDialog.cpp" line="70" />
            <source>Until the room is empty</source>
            <translation>Jusqu’à ce que la salle soit vide</translation>
        </message>
        <message>
            <location filename="../../ui/automation/OverrideDialog.cpp" line="73" />
            <source>Duration in minutes</source>
            <translation>Durée en minutes</translation>
        </message>
        <message>
            <location filename="../../ui/automation/OverrideDialog.cpp" line="78" />
            <source> min</source>
            <extracomment>unit after the duration box</extracomment>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../ui/automation/OverrideDialog.cpp" line="81" />
            <source>End time</source>
            <translation>Heure de fin</translation>
        </message>
        <message>
            <location filename="../../ui/automation/OverrideDialog.cpp" line="96" />
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <location filename="../../ui/automation/OverrideDialog.cpp" line="100" />
            <source>&amp;Change:</source>
            <translation>&amp;Réglage :</translation>
        </message>
        <message>
            <location filename="../../ui/automation/OverrideDialog.cpp" line="101" />
            <source>&amp;Value:</source>
            <translation>&amp;Valeur :</translation>
        </message>
        <message>
            <location filename="../../ui/automation/OverrideDialog.cpp" line="104" />
            <source>&amp;Reason:</source>
            <translation>&amp;Motif :</translation>
        </message>
        <message>
            <location filename="../../ui/automation/OverrideDialog.cpp" line="105" />
            <source>&amp;Until:</source>
            <translation>&amp;Jusqu’à :</translation>
        </message>
        <message>
            <location filename="../../ui/automation/OverrideDialog.cpp" line="109" />
            <source>By:</source>
            <extracomment>who the audit log will name</extracomment>
            <translation>Par :</translation>
        </message>
        <message>
            <location filename="../../ui/automation/OverrideDialog.cpp" line="112" />
            <source>Set override</source>
            <translation>Appliquer le réglage</translation>
        </message>
    </context>
    <context>
        <name>atrium::OverrideLedger</name>
        <message>
            <location filename="../../models/automation/OverrideLedger.cpp" line="41" />
            <source>No rule (the device's own setting)</source>
            <translation>Aucune règle (réglage propre de l’appareil)</translation>
        </message>
        <message>
            <location filename="../../models/automation/OverrideLedger.cpp" line="47" />
            <source>Deleted rule %1</source>
            <translation>Règle supprimée %1</translation>
        </message>
    </context>
    <context>
        <name>atrium::OverrideStore</name>
        <message>
            <location filename="../../models/automation/OverrideStore.cpp" line="91" />
            <source>The overrides are not open.</source>
            <translation>Les réglages manuels ne sont pas ouverts.</translation>
        </message>
        <message>
            <location filename="../../models/automation/OverrideStore.cpp" line="93" />
            <source>Say why: an override needs a reason.</source>
            <translation>Dites pourquoi : un réglage manuel demande un motif.</translation>
        </message>
        <message>
            <location filename="../../models/automation/OverrideStore.cpp" line="95" />
            <source>An override needs its author.</source>
            <translation>Un réglage manuel doit avoir son auteur.</translation>
        </message>
        <message>
            <location filename="../../models/automation/OverrideStore.cpp" line="98" />
            <location filename="../../models/automation/OverrideStore.cpp" line="128" />
            <location filename="../../models/automation/OverrideStore.cpp" line="148" />
            <source>Cannot save the override: %1</source>
            <translation>Impossible d’enregistrer le réglage manuel : %1</translation>
        </message>
        <message>
            <location filename="../../models/automation/OverrideStore.cpp" line="105" />
            <source>replaced by a new override</source>
            <translation>remplacé par un nouveau réglage manuel</translation>
        </message>
        <message>
            <location filename="../../models/automation/OverrideStore.cpp" line="157" />
            <source>Override %1 does not exist.</source>
            <translation>Le réglage manuel %1 n’existe pas.</translation>
        </message>
        <message>
            <location filename="../../models/automation/OverrideStore.cpp" line="159" />
            <source>This override already ended.</source>
            <translation>Ce réglage manuel est déjà terminé.</translation>
        </message>
        <message>
            <location filename="../../models/automation/OverrideStore.cpp" line="183" />
            <location filename="../../models/automation/OverrideStore.cpp" line="186" />
            <source>Cannot end the override: %1</source>
            <translation>Impossible de terminer le réglage manuel : %1</translation>
        </message>
    </context>
    <context>
        <name>atrium::PayloadValues</name>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="121" />
            <source>payload of %1 bytes is larger than the %2 bytes accepted</source>
            <translation>message de %1 octets, plus grand que les %2 octets acceptés</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="124" />
            <source>empty payload</source>
            <translation>message vide</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="127" />
            <source>payload is not UTF-8 text (invalid byte 0x%1 at byte %2)</source>
            <translation>le message n’est pas du texte UTF-8 (octet invalide 0x%1 à l’octet %2)</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="144" />
            <source>%1 is not a number</source>
            <translation>%1 n’est pas un nombre</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="148" />
            <source>invalid JSON at byte %1: %2</source>
            <translation>JSON invalide à l’octet %1 : %2</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="152" />
            <source>expected a JSON object, got %1</source>
            <translation>objet JSON attendu, reçu %1</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="152" />
            <location filename="../../models/feeds/PayloadValues.cpp" line="168" />
            <source>an array</source>
            <translation>un tableau</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="152" />
            <source>a single value</source>
            <translation>une valeur isolée</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="170" />
            <source>an object</source>
            <translation>un objet</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="172" />
            <source>nothing</source>
            <translation>rien</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="180" />
            <source>field %1 is null</source>
            <translation>le champ %1 est nul</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="187" />
            <location filename="../../models/feeds/PayloadValues.cpp" line="191" />
            <location filename="../../models/feeds/PayloadValues.cpp" line="193" />
            <source>field %1: %2 is not a number</source>
            <translation>champ %1 : %2 n’est pas un nombre</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="196" />
            <source>field %1 is not a finite number</source>
            <translation>le champ %1 n’est pas un nombre fini</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="231" />
            <source>field %1: %2 is not a time (ISO 8601 or epoch seconds/milliseconds)</source>
            <translation>champ %1 : %2 n’est pas une date (ISO 8601 ou secondes/millisecondes epoch)</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="318" />
            <source>field %1: unit "%2" is not a unit of %3</source>
            <translation>champ %1 : l’unité « %2 » n’est pas une unité de %3</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="329" />
            <source>field %1: %2 is outside the plausible range %3 to %4</source>
            <translation>champ %1 : %2 est hors de la plage plausible %3 à %4</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="332" />
            <source>field %1: %2 %3 is outside the plausible range %4 to %5 %3</source>
            <translation>champ %1 : %2 %3 est hors de la plage plausible %4 à %5 %3</translation>
        </message>
    </context>
    <context>
        <name>atrium::ReaderFormat</name>
        <message>
            <location filename="../../models/access/ReaderFormat.cpp" line="88" />
            <source>Reader format "%1": expected credential:encoding:order, e.g. iso14443:hex:msb or wiegand26:dec:lsb.</source>
            <translation>Format de lecteur « %1 » : attendu credential:encodage:ordre, ex. iso14443:hex:msb ou wiegand26:dec:lsb.</translation>
        </message>
        <message>
            <location filename="../../models/access/ReaderFormat.cpp" line="123" />
            <source>%1, %2, %3</source>
            <extracomment>reader format: credential, hexadecimal or decimal, byte order</extracomment>
            <translation>%1, %2, %3</translation>
        </message>
        <message>
            <location filename="../../models/access/ReaderFormat.cpp" line="124" />
            <source>hex</source>
            <translation>hexa</translation>
        </message>
        <message>
            <location filename="../../models/access/ReaderFormat.cpp" line="124" />
            <source>decimal</source>
            <translation>décimal</translation>
        </message>
        <message>
            <location filename="../../models/access/ReaderFormat.cpp" line="125" />
            <source>MSB first</source>
            <translation>octet fort en premier</translation>
        </message>
        <message>
            <location filename="../../models/access/ReaderFormat.cpp" line="125" />
            <source>LSB first</source>
            <translation>octet faible en premier</translation>
        </message>
        <message>
            <location filename="../../models/access/ReaderFormat.cpp" line="132" />
            <source>The reader sent an empty UID.</source>
            <translation>Le lecteur a envoyé un UID vide.</translation>
        </message>
        <message>
            <location filename="../../models/access/ReaderFormat.cpp" line="142" />
            <source>UID "%1": "%2" is not a hexadecimal digit.</source>
            <translation>UID « %1 » : « %2 » n’est pas un chiffre hexadécimal.</translation>
        </message>
        <message>
            <location filename="../../models/access/ReaderFormat.cpp" line="155" />
            <source>UID "%1": "facility,card" is a Wiegand 26 notation; this reader is %2.</source>
            <translation>UID « %1 » : « site,carte » est une notation Wiegand 26 ; ce lecteur est %2.</translation>
        </message>
        <message>
            <location filename="../../models/access/ReaderFormat.cpp" line="162" />
            <source>UID "%1": a facility code is 0 to 255 and a card number 0 to 65535.</source>
            <translation>UID « %1 » : un code site va de 0 à 255 et un numéro de carte de 0 à 65535.</translation>
        </message>
        <message>
            <location filename="../../models/access/ReaderFormat.cpp" line="168" />
            <source>UID "%1": "%2" is not a decimal digit (this reader reports decimal numbers).</source>
            <translation>UID « %1 » : « %2 » n’est pas un chiffre décimal (ce lecteur donne des nombres décimaux).</translation>
        </message>
        <message>
            <location filename="../../models/access/ReaderFormat.cpp" line="182" />
            <source>UID "%1" is too long for a %2 reader.</source>
            <translation>L’UID « %1 » est trop long pour un lecteur %2.</translation>
        </message>
    </context>
    <context>
        <name>atrium::ReadingText</name>
        <message>
            <location filename="../../ui/ReadingText.cpp" line="40" />
            <source>occupied</source>
            <extracomment>a room as a presence sensor sees it</extracomment>
            <translation>occupée</translation>
        </message>
        <message>
            <location filename="../../ui/ReadingText.cpp" line="40" />
            <source>free</source>
            <translation>libre</translation>
        </message>
        <message>
            <location filename="../../ui/ReadingText.cpp" line="45" />
            <source>1 person</source>
            <translation>1 personne</translation>
        </message>
        <message>
            <location filename="../../ui/ReadingText.cpp" line="47" />
            <source>%1 people</source>
            <extracomment>%1 is a number of people counted in a room</extracomment>
            <translation>%1 personnes</translation>
        </message>
        <message>
            <location filename="../../ui/ReadingText.cpp" line="51" />
            <source>%1 %2</source>
            <extracomment>%1 is a number, %2 its unit (°C, ppm, lx, ...)</extracomment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../../ui/ReadingText.cpp" line="59" />
            <source>1 person of %1</source>
            <extracomment>people counted in a room against its seats: "3 people of 8"</extracomment>
            <translation>1 personne sur %1</translation>
        </message>
        <message>
            <location filename="../../ui/ReadingText.cpp" line="60" />
            <source>%1 people of %2</source>
            <translation>%1 personnes sur %2</translation>
        </message>
        <message>
            <location filename="../../ui/ReadingText.cpp" line="64" />
            <source>occupied (presence sensor, no count)</source>
            <extracomment>a presence sensor says someone is in the room but cannot say how many</extracomment>
            <translation>occupée (détecteur de présence, sans comptage)</translation>
        </message>
        <message>
            <location filename="../../ui/ReadingText.cpp" line="77" />
            <source>just now</source>
            <translation>à l’instant</translation>
        </message>
        <message>
            <location filename="../../ui/ReadingText.cpp" line="80" />
            <source>%1 s ago</source>
            <extracomment>seconds</extracomment>
            <translation>il y a %1 s</translation>
        </message>
        <message>
            <location filename="../../ui/ReadingText.cpp" line="83" />
            <source>%1 min ago</source>
            <extracomment>minutes</extracomment>
            <translation>il y a %1 min</translation>
        </message>
        <message>
            <location filename="../../ui/ReadingText.cpp" line="86" />
            <source>%1 h ago</source>
            <extracomment>hours</extracomment>
            <translation>il y a %1 h</translation>
        </message>
        <message>
            <location filename="../../ui/ReadingText.cpp" line="87" />
            <source>%1 days ago</source>
            <translation>il y a %1 jours</translation>
        </message>
        <message>
            <location filename="../../ui/ReadingText.cpp" line="93" />
            <source>%1 %2 · %3</source>
            <extracomment>metric name, value with unit, age: "CO₂ 812 ppm · 2 min ago"</extracomment>
            <translation>%1 %2 · %3</translation>
        </message>
        <message>
            <location filename="../../ui/ReadingText.cpp" line="112" />
            <source>presence sensor: %1</source>
            <extracomment>presence sensor reading next to a people count</extracomment>
            <translation>détecteur de présence : %1</translation>
        </message>
        <message>
            <location filename="../../ui/ReadingText.cpp" line="114" />
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <location filename="../../ui/ReadingText.cpp" line="120" />
            <source>%1 (stale)</source>
            <extracomment>after a reading whose sensor has been silent longer than expected</extracomment>
            <translation>%1 (périmé)</translation>
        </message>
    </context>
    <context>
        <name>atrium::ReadingWriter</name>
        <message>
            <location filename="../../models/telemetry/ReadingWriter.cpp" line="243" />
            <source>Cannot read the schema version of %1: %2</source>
            <translation>Impossible de lire la version du schéma de %1 : %2</translation>
        </message>
        <message>
            <location filename="../../models/telemetry/ReadingWriter.cpp" line="245" />
            <source>The database %1 is at schema %2, not %3: it must be migrated first</source>
            <translation>La base de données %1 est au schéma %2, pas %3 : elle doit d’abord être migrée</translation>
        </message>
        <message>
            <location filename="../../models/telemetry/ReadingWriter.cpp" line="270" />
            <source>Cannot prepare writing to %1: not an SQLite connection</source>
            <translation>Impossible de préparer l’écriture dans %1 : ce n’est pas une connexion SQLite</translation>
        </message>
        <message>
            <location filename="../../models/telemetry/ReadingWriter.cpp" line="289" />
            <location filename="../../models/telemetry/ReadingWriter.cpp" line="297" />
            <source>Cannot prepare writing to %1: %2</source>
            <translation>Impossible de préparer l’écriture dans %1 : %2</translation>
        </message>
        <message>
            <location filename="../../models/telemetry/ReadingWriter.cpp" line="315" />
            <source>Cannot read the daily occupancy of %1: %2</source>
            <translation>Impossible de lire l’occupation journalière de %1 : %2</translation>
        </message>
        <message>
            <location filename="../../models/telemetry/ReadingWriter.cpp" line="325" />
            <location filename="../../models/telemetry/ReadingWriter.cpp" line="349" />
            <source>Cannot recompute the daily occupancy of %1: %2</source>
            <translation>Impossible de recalculer l’occupation journalière de %1 : %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../models/telemetry/ReadingWriter.cpp" line="385" />
            <source>Cannot store %n reading(s) in %1: %2</source>
            <translation>
                <numerusform>Impossible d’enregistrer %n relevé dans %1 : %2</numerusform>
                <numerusform>Impossible d’enregistrer %n relevés dans %1 : %2</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../models/telemetry/ReadingWriter.cpp" line="450" />
            <source>rollup %1/%2: %3</source>
            <translation>agrégat %1/%2 : %3</translation>
        </message>
        <message>
            <location filename="../../models/telemetry/ReadingWriter.cpp" line="454" />
            <source>daily occupancy %1: %2</source>
            <translation>occupation journalière %1 : %2</translation>
        </message>
        <message>
            <location filename="../../models/telemetry/ReadingWriter.cpp" line="469" />
            <source>Cannot delete old readings from %1: %2</source>
            <translation>Impossible de supprimer les anciens relevés de %1 : %2</translation>
        </message>
        <message>
            <location filename="../../models/telemetry/ReadingWriter.cpp" line="125" />
            <location filename="../../models/telemetry/ReadingWriter.cpp" line="128" />
            <source>sensor %1: %2</source>
            <translation>capteur %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>atrium::Recurrence</name>
        <message>
            <location filename="../../models/bookings/Recurrence.cpp" line="94" />
            <location filename="../../models/bookings/Recurrence.cpp" line="157" />
            <location filename="../../models/bookings/Recurrence.cpp" line="160" />
            <source>"%1" is not a recurrence rule.</source>
            <translation>« %1 » n’est pas une règle de répétition.</translation>
        </message>
        <message>
            <location filename="../../models/bookings/Recurrence.cpp" line="108" />
            <source>Only daily, weekly and monthly repeats can be edited here, not "%1".</source>
            <translation>Seules les répétitions par jour, par semaine et par mois se modifient ici, pas « %1 ».</translation>
        </message>
        <message>
            <location filename="../../models/bookings/Recurrence.cpp" line="112" />
            <source>"%1" uses %2, which cannot be edited here.</source>
            <translation>« %1 » utilise %2, qui ne se modifie pas ici.</translation>
        </message>
        <message>
            <location filename="../../models/bookings/Recurrence.cpp" line="124" />
            <source>"%1" uses BYDAY, which cannot be edited here.</source>
            <translation>« %1 » utilise BYDAY, qui ne se modifie pas ici.</translation>
        </message>
        <message>
            <location filename="../../models/bookings/Recurrence.cpp" line="147" />
            <source>The first date of the series is missing.</source>
            <translation>La première date de la série manque.</translation>
        </message>
        <message>
            <location filename="../../models/bookings/Recurrence.cpp" line="152" />
            <source>The repeat interval must be at least 1.</source>
            <translation>L’intervalle de répétition doit être d’au moins 1.</translation>
        </message>
        <message>
            <location filename="../../models/bookings/Recurrence.cpp" line="178" />
            <source>This repeat gives no date at all.</source>
            <translation>Cette répétition ne donne aucune date.</translation>
        </message>
        <message>
            <location filename="../../models/bookings/Recurrence.cpp" line="187" />
            <source>Does not repeat</source>
            <translation>Ne se répète pas</translation>
        </message>
        <message>
            <location filename="../../models/bookings/Recurrence.cpp" line="189" />
            <source>Every %1 days</source>
            <translation>Tous les %1 jours</translation>
        </message>
        <message>
            <location filename="../../models/bookings/Recurrence.cpp" line="189" />
            <source>Every day</source>
            <translation>Tous les jours</translation>
        </message>
        <message>
            <location filename="../../models/bookings/Recurrence.cpp" line="192" />
            <source>Every %1 weeks</source>
            <translation>Toutes les %1 semaines</translation>
        </message>
        <message>
            <location filename="../../models/bookings/Recurrence.cpp" line="192" />
            <source>Every week</source>
            <translation>Toutes les semaines</translation>
        </message>
        <message>
            <location filename="../../models/bookings/Recurrence.cpp" line="199" />
            <source> on %1</source>
            <translation> le %1</translation>
        </message>
        <message>
            <location filename="../../models/bookings/Recurrence.cpp" line="203" />
            <source>Every %1 months</source>
            <translation>Tous les %1 mois</translation>
        </message>
        <message>
            <location filename="../../models/bookings/Recurrence.cpp" line="203" />
            <source>Every month</source>
            <translation>Tous les mois</translation>
        </message>
        <message numerus="yes">
            <location filename="../../models/bookings/Recurrence.cpp" line="207" />
            <source>, %n time(s)</source>
            <translation>
                <numerusform>, %n fois</numerusform>
                <numerusform>, %n fois</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../models/bookings/Recurrence.cpp" line="209" />
            <source>, until %1</source>
            <translation>, jusqu’au %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../models/bookings/Recurrence.cpp" line="211" />
            <source>, except %n date(s)</source>
            <translation>
                <numerusform>, sauf %n date</numerusform>
                <numerusform>, sauf %n dates</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>atrium::RecurrenceEditor</name>
        <message>
            <location filename="../../ui/bookings/RecurrenceEditor.cpp" line="23" />
            <source>Repeat</source>
            <translation>Répétition</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/RecurrenceEditor.cpp" line="24" />
            <source>Does not repeat</source>
            <translation>Ne se répète pas</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/RecurrenceEditor.cpp" line="25" />
            <source>Daily</source>
            <translation>Chaque jour</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/RecurrenceEditor.cpp" line="26" />
            <source>Weekly</source>
            <translation>Chaque semaine</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/RecurrenceEditor.cpp" line="27" />
            <source>Monthly</source>
            <translation>Chaque mois</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/RecurrenceEditor.cpp" line="30" />
            <source>Repeat every</source>
            <translation>Répéter tous les</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/RecurrenceEditor.cpp" line="34" />
            <source>every</source>
            <extracomment>"every [2] weeks": the word before the number</extracomment>
            <translation>tous les</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/RecurrenceEditor.cpp" line="61" />
            <source>&amp;after</source>
            <translation>au &amp;bout de</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/RecurrenceEditor.cpp" line="63" />
            <source>End after a number of times</source>
            <translation>Finir après un nombre de fois</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/RecurrenceEditor.cpp" line="66" />
            <source>Number of times</source>
            <translation>Nombre de fois</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/RecurrenceEditor.cpp" line="69" />
            <source> times</source>
            <translation> fois</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/RecurrenceEditor.cpp" line="70" />
            <source>&amp;until</source>
            <translation>&amp;jusqu’au</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/RecurrenceEditor.cpp" line="72" />
            <source>End on a date</source>
            <translation>Finir à une date</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/RecurrenceEditor.cpp" line="75" />
            <source>Last date</source>
            <translation>Dernière date</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/RecurrenceEditor.cpp" line="81" />
            <source>Ends</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/RecurrenceEditor.cpp" line="180" />
            <source>day(s)</source>
            <translation>jour(s)</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/RecurrenceEditor.cpp" line="183" />
            <source>week(s)</source>
            <translation>semaine(s)</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/RecurrenceEditor.cpp" line="188" />
            <source>month(s)</source>
            <translation>mois</translation>
        </message>
    </context>
    <context>
        <name>atrium::RejectedPayloadsModel</name>
        <message>
            <location filename="../../models/feeds/RejectedPayloadsModel.cpp" line="21" />
            <source>Refused</source>
            <extracomment>How many payloads on this topic were refused</extracomment>
            <translation>Refusés</translation>
        </message>
    </context>
    <context>
        <name>atrium::RollupStore</name>
        <message>
            <location filename="../../models/telemetry/RollupStore.cpp" line="61" />
            <source>Cannot read the rollups of room %1 (%2): %3</source>
            <translation>Impossible de lire les agrégats de la salle %1 (%2) : %3</translation>
        </message>
        <message>
            <location filename="../../models/telemetry/RollupStore.cpp" line="92" />
            <source>Cannot read the occupancy rollups: %1</source>
            <translation>Impossible de lire les agrégats d’occupation : %1</translation>
        </message>
        <message>
            <location filename="../../models/telemetry/RollupStore.cpp" line="109" />
            <location filename="../../models/telemetry/RollupStore.cpp" line="133" />
            <source>Cannot read the daily occupancy: %1</source>
            <translation>Impossible de lire l’occupation journalière : %1</translation>
        </message>
    </context>
    <context>
        <name>atrium::RoomAutomationSection</name>
        <message>
            <location filename="../../ui/automation/RoomAutomationSection.cpp" line="19" />
            <source>Automation</source>
            <translation>Automatisation</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RoomAutomationSection.cpp" line="29" />
            <source>&amp;Override…</source>
            <translation>&amp;Régler à la main…</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RoomAutomationSection.cpp" line="31" />
            <source>Override the automation in this room</source>
            <translation>Régler à la main l’automatisation de cette salle</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RoomAutomationSection.cpp" line="60" />
            <source>Why: %1</source>
            <translation>Pourquoi : %1</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RoomAutomationSection.cpp" line="65" />
            <source>%1 %2 by %3, %4</source>
            <extracomment>"Temperature 23 °C by Front desk, 45 min left"</extracomment>
            <translation>%1 %2 par %3, %4</translation>
        </message>
    </context>
    <context>
        <name>atrium::RoomBookingState</name>
        <message>
            <location filename="../../models/bookings/RoomBookingState.cpp" line="30" />
            <source>Free</source>
            <translation>Libre</translation>
        </message>
        <message>
            <location filename="../../models/bookings/RoomBookingState.cpp" line="32" />
            <source>Booked soon</source>
            <translation>Réservée bientôt</translation>
        </message>
        <message>
            <location filename="../../models/bookings/RoomBookingState.cpp" line="34" />
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <location filename="../../models/bookings/RoomBookingState.cpp" line="36" />
            <source>Booked but empty</source>
            <translation>Réservée mais vide</translation>
        </message>
        <message>
            <location filename="../../models/bookings/RoomBookingState.cpp" line="38" />
            <source>In use, not booked</source>
            <translation>Occupée, non réservée</translation>
        </message>
    </context>
    <context>
        <name>atrium::RoomHistoryChart</name>
        <message>
            <location filename="../../ui/RoomHistoryChart.cpp" line="145" />
            <source>% of time occupied</source>
            <extracomment>chart axis: percent of each quarter hour a room was occupied</extracomment>
            <translation>% du temps occupée</translation>
        </message>
        <message>
            <location filename="../../ui/RoomHistoryChart.cpp" line="152" />
            <source>Select a room to see its last 24 hours</source>
            <translation>Sélectionnez une salle pour voir ses dernières 24 heures</translation>
        </message>
        <message>
            <location filename="../../ui/RoomHistoryChart.cpp" line="154" />
            <source>History is not available: no database is open</source>
            <translation>Historique indisponible : aucune base de données ouverte</translation>
        </message>
        <message>
            <location filename="../../ui/RoomHistoryChart.cpp" line="159" />
            <source>History could not be read: %1</source>
            <translation>Impossible de lire l’historique : %1</translation>
        </message>
        <message>
            <location filename="../../ui/RoomHistoryChart.cpp" line="168" />
            <source>No %1 readings in the last 24 hours</source>
            <extracomment>chart title; %1 is a metric such as CO₂</extracomment>
            <translation>Aucun relevé de %1 ces dernières 24 heures</translation>
        </message>
        <message>
            <location filename="../../ui/RoomHistoryChart.cpp" line="169" />
            <source>%1, last 24 hours (15-minute means)</source>
            <translation>%1, dernières 24 heures (moyennes par quart d’heure)</translation>
        </message>
        <message>
            <location filename="../../ui/RoomHistoryChart.cpp" line="177" />
            <source>15-minute means</source>
            <extracomment>chart title above a room's last 24 hours of one metric</extracomment>
            <translation>Moyennes sur 15 minutes</translation>
        </message>
    </context>
    <context>
        <name>atrium::RoomPanel</name>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="29" />
            <source>north</source>
            <translation>nord</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="30" />
            <source>north-east</source>
            <translation>nord-est</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="31" />
            <source>east</source>
            <translation>est</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="32" />
            <source>south-east</source>
            <translation>sud-est</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="33" />
            <source>south</source>
            <translation>sud</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="34" />
            <source>south-west</source>
            <translation>sud-ouest</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="35" />
            <source>west</source>
            <translation>ouest</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="36" />
            <source>north-west</source>
            <translation>nord-ouest</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="59" />
            <source>Room details</source>
            <translation>Détails de la salle</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="73" />
            <source>&amp;Book this room…</source>
            <translation>Réser&amp;ver cette salle…</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="75" />
            <source>Book this room</source>
            <translation>Réserver cette salle</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="106" />
            <source>Now</source>
            <translation>Maintenant</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="109" />
            <source>No readings yet.</source>
            <translation>Aucun relevé pour l’instant.</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="141" />
            <source>About the room</source>
            <translation>À propos de la salle</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="150" />
            <source>Natural light</source>
            <translation>Lumière naturelle</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="151" />
            <source>Windows</source>
            <translation>Fenêtres</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="152" />
            <source>Ergonomic furniture</source>
            <translation>Mobilier ergonomique</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="153" />
            <source>Screen</source>
            <translation>Écran</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="154" />
            <source>Features</source>
            <translation>Équipements</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="161" />
            <source>Last 24 hours</source>
            <translation>Dernières 24 heures</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="167" />
            <source>Metric shown in the chart</source>
            <translation>Mesure affichée dans le graphique</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="171" />
            <source>&amp;Chart:</source>
            <translation>&amp;Graphique :</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="209" />
            <source>No room selected</source>
            <translation>Aucune sélection</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="210" />
            <source>Click a room on the plan, or move to it with the arrow keys, to see its readings.</source>
            <translation>Cliquez sur une salle du plan, ou rejoignez-la avec les flèches, pour voir ses relevés.</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="217" />
            <source>%1 · %2 seats</source>
            <extracomment>room type and capacity, e.g. "Meeting room · 6 seats"</extracomment>
            <translation>%1 · %2 places</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="219" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="219" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="222" />
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="223" />
            <source>Facing %1</source>
            <translation>Côté %1</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="226" />
            <source>None listed</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="279" />
            <source>%1 · stale: sensor silent</source>
            <extracomment>e.g. "2 min ago · stale: sensor silent"</extracomment>
            <translation>%1 · périmé : capteur silencieux</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="281" />
            <source>%1: %2, %3</source>
            <translation>%1 : %2, %3</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="282" />
            <source>%1 updated %2</source>
            <translation>%1 mis à jour %2</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="286" />
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="292" />
            <source>Comfort (EN 16798-1): category %1</source>
            <translation>Confort (EN 16798-1) : catégorie %1</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="294" />
            <source>comfort category %1</source>
            <translation>catégorie de confort %1</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="296" />
            <source>Comfort (EN 16798-1): not enough fresh readings</source>
            <translation>Confort (EN 16798-1) : pas assez de relevés récents</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="297" />
            <source>Needs a current temperature, humidity or CO₂ reading.</source>
            <translation>Il faut un relevé récent de température, d’humidité ou de CO₂.</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="304" />
            <source>%1, %2 for %3.</source>
            <extracomment>summary of a room for a quick look and for screen readers: name, type, capacity, readings</extracomment>
            <translation>%1, %2 pour %3.</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="309" />
            <source>No current readings.</source>
            <translation>Aucun relevé récent.</translation>
        </message>
    </context>
    <context>
        <name>atrium::RuleDialog</name>
        <message>
            <location filename="../../ui/automation/RuleDialog.cpp" line="45" />
            <source>New rule</source>
            <translation>Nouvelle règle</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RuleDialog.cpp" line="45" />
            <source>Rule — %1</source>
            <translation>Règle — %1</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RuleDialog.cpp" line="57" />
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RuleDialog.cpp" line="58" />
            <source>On</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RuleDialog.cpp" line="69" />
            <source>&amp;Priority:</source>
            <translation>&amp;Priorité :</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RuleDialog.cpp" line="80" />
            <source>&amp;Rooms:</source>
            <translation>&amp;Salles :</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RuleDialog.cpp" line="84" />
            <source>The room is occupied</source>
            <translation>La salle est occupée</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RuleDialog.cpp" line="85" />
            <source>The room is empty</source>
            <translation>La salle est vide</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RuleDialog.cpp" line="86" />
            <source>A booking starts soon</source>
            <translation>Une réservation commence bientôt</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RuleDialog.cpp" line="87" />
            <source>CO₂ is above</source>
            <translation>Le CO₂ dépasse</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RuleDialog.cpp" line="88" />
            <source>The temperature is outside</source>
            <translation>La température est hors de</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RuleDialog.cpp" line="89" />
            <source>Time of day</source>
            <translation>Heure de la journée</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RuleDialog.cpp" line="91" />
            <source>&amp;When:</source>
            <translation>&amp;Quand :</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RuleDialog.cpp" line="97" />
            <location filename="../../ui/automation/RuleDialog.cpp" line="136" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RuleDialog.cpp" line="99" />
            <source>For / within:</source>
            <translation>Depuis / dans :</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RuleDialog.cpp" line="102" />
            <source>CO₂ threshold:</source>
            <translation>Seuil de CO₂ :</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RuleDialog.cpp" line="105" />
            <source>Lowest:</source>
            <translation>Minimum :</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RuleDialog.cpp" line="108" />
            <source>Highest:</source>
            <translation>Maximum :</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RuleDialog.cpp" line="111" />
            <source>How far the value must come back before the rule lets go (ppm or °C)</source>
            <translation>De combien la valeur doit revenir avant que la règle s’arrête (ppm ou °C)</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RuleDialog.cpp" line="112" />
            <source>Hysteresis:</source>
            <translation>Hystérésis :</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RuleDialog.cpp" line="116" />
            <source>From:</source>
            <translation>De :</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RuleDialog.cpp" line="120" />
            <source>To:</source>
            <translation>À :</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RuleDialog.cpp" line="132" />
            <source>Days:</source>
            <translation>Jours :</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RuleDialog.cpp" line="139" />
            <source>Once on, the rule stays on at least this long, so devices do not switch back and forth</source>
            <translation>Une fois active, la règle le reste au moins ce temps, pour que les appareils ne basculent pas sans arrêt</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RuleDialog.cpp" line="140" />
            <source>Stay on at least:</source>
            <translation>Active au moins :</translation>
        </message>
        <message>
            <location filename="../../ui/automation/RuleDialog.cpp" line="142" />
            <source>Then</source>
            <translation>Alors</translation>
        </message>
    </context>
    <context>
        <name>atrium::RuleStore</name>
        <message>
            <location filename="../../models/automation/RuleStore.cpp" line="138" />
            <location filename="../../models/automation/RuleStore.cpp" line="214" />
            <location filename="../../models/automation/RuleStore.cpp" line="224" />
            <source>Rule %1 does not exist (any more).</source>
            <translation>La règle %1 n’existe pas (ou plus).</translation>
        </message>
        <message>
            <location filename="../../models/automation/RuleStore.cpp" line="147" />
            <source>The rules are not open.</source>
            <translation>Les règles ne sont pas ouvertes.</translation>
        </message>
        <message>
            <location filename="../../models/automation/RuleStore.cpp" line="153" />
            <location filename="../../models/automation/RuleStore.cpp" line="184" />
            <location filename="../../models/automation/RuleStore.cpp" line="206" />
            <source>Cannot save rule "%1": %2</source>
            <translation>Impossible d’enregistrer la règle « %1 » : %2</translation>
        </message>
        <message>
            <location filename="../../models/automation/RuleStore.cpp" line="227" />
            <location filename="../../models/automation/RuleStore.cpp" line="243" />
            <source>Cannot delete rule "%1": %2</source>
            <translation>Impossible de supprimer la règle « %1 » : %2</translation>
        </message>
    </context>
    <context>
        <name>atrium::RuleText</name>
        <message>
            <location filename="../../models/automation/AutomationRule.cpp" line="62" />
            <source>Safety</source>
            <translation>Sécurité</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationRule.cpp" line="65" />
            <source>Bookings and presence</source>
            <extracomment>rules driven by bookings and by people in the room</extracomment>
            <translation>Réservations et présence</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationRule.cpp" line="67" />
            <source>Schedule</source>
            <translation>Horaires</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationRule.cpp" line="72" />
            <source>Energy saving</source>
            <extracomment>rules that save energy</extracomment>
            <translation>Économies d’énergie</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationRule.cpp" line="114" />
            <source>every day</source>
            <translation>tous les jours</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationRule.cpp" line="117" />
            <source>%1–%2</source>
            <translation>%1–%2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../models/automation/AutomationRule.cpp" line="132" />
            <source> for %n min</source>
            <translation>
                <numerusform> depuis %n min</numerusform>
                <numerusform> depuis %n min</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationRule.cpp" line="135" />
            <source>occupied</source>
            <translation>occupée</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationRule.cpp" line="137" />
            <source>empty</source>
            <translation>vide</translation>
        </message>
        <message numerus="yes">
            <location filename="../../models/automation/AutomationRule.cpp" line="139" />
            <source>booked now, or a booking starts within %n min</source>
            <translation>
                <numerusform>réservée maintenant, ou une réservation commence dans %n min</numerusform>
                <numerusform>réservée maintenant, ou une réservation commence dans %n min</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationRule.cpp" line="141" />
            <source>%1 above %2 ppm</source>
            <translation>%1 au-dessus de %2 ppm</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationRule.cpp" line="144" />
            <source>temperature outside %1–%2 °C</source>
            <translation>température hors de %1–%2 °C</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationRule.cpp" line="148" />
            <source>%1–%2, %3</source>
            <translation>%1–%2, %3</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationRule.cpp" line="164" />
            <source>All rooms</source>
            <translation>Toutes les salles</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationRule.cpp" line="177" />
            <source>A rule needs a name.</source>
            <translation>Une règle doit avoir un nom.</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationRule.cpp" line="179" />
            <source>Rule "%1" does nothing: give it at least one action.</source>
            <translation>La règle « %1 » ne fait rien : donnez-lui au moins une action.</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationRule.cpp" line="183" />
            <source>Rule "%1": %2 is not a possible %3.</source>
            <translation>Règle « %1 » : %2 n’est pas une valeur possible pour %3.</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationRule.cpp" line="188" />
            <source>Rule "%1": minutes must be between 0 and 1440.</source>
            <translation>Règle « %1 » : les minutes doivent être entre 0 et 1440.</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationRule.cpp" line="190" />
            <source>Rule "%1": the hysteresis cannot be negative.</source>
            <translation>Règle « %1 » : l’hystérésis ne peut pas être négative.</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationRule.cpp" line="192" />
            <source>Rule "%1": a CO₂ threshold is between 400 and 5,000 ppm.</source>
            <translation>Règle « %1 » : un seuil de CO₂ est entre 400 et 5 000 ppm.</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationRule.cpp" line="195" />
            <source>Rule "%1": the temperature band must be wider than twice the hysteresis.</source>
            <translation>Règle « %1 » : la plage de température doit être plus large que deux fois l’hystérésis.</translation>
        </message>
        <message>
            <location filename="../../models/automation/AutomationRule.cpp" line="200" />
            <source>Rule "%1": the time window needs a start, an end and at least one day.</source>
            <translation>Règle « %1 » : la plage horaire doit avoir un début, une fin et au moins un jour.</translation>
        </message>
    </context>
    <context>
        <name>atrium::Site</name>
        <message>
            <location filename="../../models/site/Site.cpp" line="45" />
            <source>Meeting room</source>
            <translation>Salle de réunion</translation>
        </message>
        <message>
            <location filename="../../models/site/Site.cpp" line="47" />
            <source>Open space</source>
            <translation>Open space</translation>
        </message>
        <message>
            <location filename="../../models/site/Site.cpp" line="49" />
            <source>Phone booth</source>
            <translation>Cabine téléphonique</translation>
        </message>
        <message>
            <location filename="../../models/site/Site.cpp" line="51" />
            <source>Private office</source>
            <translation>Bureau privatif</translation>
        </message>
        <message>
            <location filename="../../models/site/Site.cpp" line="53" />
            <source>Event space</source>
            <translation>Espace événementiel</translation>
        </message>
        <message>
            <location filename="../../models/site/Site.cpp" line="55" />
            <source>Kitchen</source>
            <translation>Cuisine</translation>
        </message>
        <message>
            <location filename="../../models/site/Site.cpp" line="57" />
            <source>Reception</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <location filename="../../models/site/Site.cpp" line="59" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
    </context>
    <context>
        <name>atrium::SiteLoader</name>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="507" />
            <source>cannot open the site file %1: %2</source>
            <translation>impossible d’ouvrir le fichier du site %1 : %2</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="517" />
            <source>%1 is saved as UTF-16 text: save it as UTF-8</source>
            <translation>%1 est enregistré en UTF-16 : enregistrez-le en UTF-8</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="529" />
            <source>%1 line %2, column %3: not UTF-8 text (byte 0x%4): save the file as UTF-8</source>
            <translation>%1 ligne %2, colonne %3 : texte non UTF-8 (octet 0x%4) : enregistrez le fichier en UTF-8</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="552" />
            <source>%1 line %2, column %3: %4</source>
            <translation>%1 ligne %2, colonne %3 : %4</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="556" />
            <source>%1 line 1: the site file must hold one JSON object in curly braces</source>
            <translation>%1 ligne 1 : le fichier du site doit contenir un seul objet JSON entre accolades</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="549" />
            <location filename="../../models/site/SiteLoader.cpp" line="44" />
            <source>missing comma</source>
            <translation>il manque une virgule</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="38" />
            <source>unterminated object (a missing '}' or comma)</source>
            <translation>objet non terminé (il manque « } » ou une virgule)</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="40" />
            <source>missing colon after a key</source>
            <translation>il manque les deux-points après une clé</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="42" />
            <source>unterminated array (a missing ']' or comma)</source>
            <translation>tableau non terminé (il manque « ] » ou une virgule)</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="46" />
            <source>not a JSON value (text needs double quotes)</source>
            <translation>pas une valeur JSON (le texte doit être entre guillemets doubles)</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="48" />
            <source>the file ends inside a number</source>
            <translation>le fichier se termine au milieu d’un nombre</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="50" />
            <source>not a valid number</source>
            <translation>nombre invalide</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="52" />
            <source>invalid escape sequence in text</source>
            <translation>séquence d’échappement invalide dans le texte</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="54" />
            <source>invalid UTF-8 in text</source>
            <translation>UTF-8 invalide dans le texte</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="56" />
            <source>text without its closing double quote</source>
            <translation>texte sans guillemet double fermant</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="58" />
            <source>expected an object here</source>
            <translation>un objet est attendu ici</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="60" />
            <source>nested too deeply</source>
            <translation>imbrication trop profonde</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="62" />
            <source>the file is too large</source>
            <translation>le fichier est trop volumineux</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="64" />
            <source>unexpected text after the end of the document</source>
            <translation>texte inattendu après la fin du document</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="68" />
            <source>invalid JSON</source>
            <translation>JSON invalide</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="111" />
            <source>%1 line %2: %3: %4</source>
            <translation>%1 ligne %2 : %3 : %4</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="112" />
            <source>%1: %2: %3</source>
            <translation>%1 : %2 : %3</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="127" />
            <location filename="../../models/site/SiteLoader.cpp" line="165" />
            <source>required, but missing</source>
            <translation>obligatoire, mais absent</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="131" />
            <location filename="../../models/site/SiteLoader.cpp" line="364" />
            <source>must be text in double quotes</source>
            <translation>doit être du texte entre guillemets doubles</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="134" />
            <source>must not be empty</source>
            <translation>ne doit pas être vide</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="143" />
            <source>'%1' is not a usable id (letters, digits, '.', '_', '-', ':'; no spaces or slashes)</source>
            <translation>« %1 » n’est pas un id utilisable (lettres, chiffres, « . », « _ », « - », « : » ; ni espaces ni barres obliques)</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="155" />
            <source>must be true or false</source>
            <translation>doit valoir true ou false</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="172" />
            <source>must be a positive whole number, not %1</source>
            <translation>doit être un nombre entier positif, pas %1</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="185" />
            <source>must be a list in square brackets</source>
            <translation>doit être une liste entre crochets</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="192" />
            <source>must be an object in curly braces</source>
            <translation>doit être un objet entre accolades</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="204" />
            <source>unknown profile '%1' (known: %2)</source>
            <translation>profil « %1 » inconnu (connus : %2)</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="226" />
            <source>unknown day '%1' (use mon, tue, wed, thu, fri, sat, sun)</source>
            <translation>jour « %1 » inconnu (utilisez mon, tue, wed, thu, fri, sat, sun)</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="235" />
            <source>expected "HH:MM-HH:MM" (closing after opening, at most 24:00) or "closed", not '%1'</source>
            <translation>attendu : « HH:MM-HH:MM » (fermeture après ouverture, au plus 24:00) ou « closed », pas « %1 »</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="237" />
            <source>a non-text value</source>
            <translation>une valeur qui n’est pas du texte</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="260" />
            <source>'%1' is not an IANA time zone (such as Europe/Paris)</source>
            <translation>« %1 » n’est pas un fuseau horaire IANA (comme Europe/Paris)</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="275" />
            <source>a site needs at least one floor with a plan</source>
            <translation>un site doit avoir au moins un étage avec un plan</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="288" />
            <source>duplicate floor id '%1'</source>
            <translation>id d’étage « %1 » en double</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="293" />
            <source>file not found: %1</source>
            <translation>fichier introuvable : %1</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="315" />
            <source>duplicate room id '%1' (already used by %2 on line %3)</source>
            <translation>id de salle « %1 » en double (déjà utilisé par %2 à la ligne %3)</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="331" />
            <source>unknown room type '%1' (known: %2)</source>
            <translation>type de salle « %1 » inconnu (connus : %2)</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="351" />
            <source>unknown floor '%1' (floors: %2)</source>
            <translation>étage « %1 » inconnu (étages : %2)</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="356" />
            <source>'%1' is not a compass direction (N, NE, E, SE, S, SW, W, NW, or "" without window)</source>
            <translation>« %1 » n’est pas une orientation (N, NE, E, SE, S, SW, W, NW, ou "" sans fenêtre)</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="360" />
            <source>must be a list of text tags</source>
            <translation>doit être une liste d’étiquettes texte</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="388" />
            <source>duplicate sensor id '%1'</source>
            <translation>id de capteur « %1 » en double</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="391" />
            <source>'%1' holds a wildcard: a sensor names one exact topic (wildcards belong in subscriptions)</source>
            <translation>« %1 » contient un joker : un capteur désigne un topic exact (les jokers vont dans les abonnements)</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="396" />
            <source>topic '%1' already belongs to sensor '%2'</source>
            <translation>le topic « %1 » appartient déjà au capteur « %2 »</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="399" />
            <source>unknown room '%1'</source>
            <translation>salle « %1 » inconnue</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="421" />
            <source>'%1' is not an MQTT topic filter ('+' and '#' stand alone between slashes, '#' last)</source>
            <translation>« %1 » n’est pas un filtre de topic MQTT (« + » et « # » seuls entre barres obliques, « # » en dernier)</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="439" />
            <location filename="../../models/site/SiteLoader.cpp" line="451" />
            <source>floor '%1': %2</source>
            <translation>étage « %1 » : %2</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="446" />
            <source>floor '%1': cannot open %2: %3</source>
            <translation>étage « %1 » : impossible d’ouvrir %2 : %3</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="465" />
            <source>floor '%1': room '%2' has no element id '%3' in %4 (%5 line %6)</source>
            <translation>étage « %1 » : la salle « %2 » n’a pas d’élément d’id « %3 » dans %4 (%5 ligne %6)</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="469" />
            <source>floor '%1': room '%2': element '%3' at %4 line %5 is not something Qt SVG draws</source>
            <translation>étage « %1 » : salle « %2 » : l’élément « %3 » en %4 ligne %5 n’est pas dessinable par Qt SVG</translation>
        </message>
    </context>
    <context>
        <name>atrium::SiteWriter</name>
        <message>
            <location filename="../../models/site/SiteWriter.cpp" line="93" />
            <source>cannot open the site file %1: %2</source>
            <translation>impossible d’ouvrir le fichier du site %1 : %2</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteWriter.cpp" line="101" />
            <source>the site file must be fixed before a sensor can be added: %1</source>
            <translation>le fichier du site doit être corrigé avant d’ajouter un capteur : %1</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteWriter.cpp" line="141" />
            <source>sensor not added: %1</source>
            <translation>capteur non ajouté : %1</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteWriter.cpp" line="63" />
            <location filename="../../models/site/SiteWriter.cpp" line="69" />
            <location filename="../../models/site/SiteWriter.cpp" line="72" />
            <source>cannot write %1: %2</source>
            <translation>impossible d’écrire %1 : %2</translation>
        </message>
    </context>
    <context>
        <name>atrium::TopicRouter</name>
        <message>
            <location filename="../../models/feeds/TopicRouter.cpp" line="111" />
            <source>unknown payload profile "%1"</source>
            <translation>profil de message « %1 » inconnu</translation>
        </message>
        <message>
            <location filename="../../models/feeds/TopicRouter.cpp" line="150" />
            <source>reading dated %1 is more than %2 min ahead of the current time %3</source>
            <translation>relevé daté de %1, plus de %2 min en avance sur l’heure actuelle %3</translation>
        </message>
    </context>
    <context>
        <name>atrium::UnmatchedTopicsModel</name>
        <message>
            <location filename="../../models/feeds/UnmatchedTopicsModel.cpp" line="20" />
            <source>Messages</source>
            <extracomment>How many messages arrived on this topic</extracomment>
            <translation>Messages</translation>
        </message>
    </context>
    <context>
        <name>atrium::WeekView</name>
        <message>
            <location filename="../../ui/bookings/WeekView.cpp" line="28" />
            <source>Week of one room</source>
            <translation>Semaine d’une salle</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/WeekView.cpp" line="136" />
            <source>free</source>
            <translation>libre</translation>
        </message>
        <message>
            <location filename="../../ui/bookings/WeekView.cpp" line="141" />
            <source>%1 %2: %3</source>
            <translation>%1 %2 : %3</translation>
        </message>
    </context>
    <context>
        <name>atrium::WeeklySchedule</name>
        <message>
            <location filename="../../models/access/WeeklySchedule.cpp" line="59" />
            <source>Schedule "%1": %2</source>
            <translation>Horaire « %1 » : %2</translation>
        </message>
        <message>
            <location filename="../../models/access/WeeklySchedule.cpp" line="62" />
            <source>write days then hours, e.g. "mon-fri 07:00-22:00".</source>
            <translation>écrivez les jours puis les heures, ex. « mon-fri 07:00-22:00 ».</translation>
        </message>
        <message>
            <location filename="../../models/access/WeeklySchedule.cpp" line="73" />
            <source>"%1" is not a day (mon, tue, wed, thu, fri, sat, sun, daily).</source>
            <translation>« %1 » n’est pas un jour (mon, tue, wed, thu, fri, sat, sun, daily).</translation>
        </message>
        <message>
            <location filename="../../models/access/WeeklySchedule.cpp" line="84" />
            <source>"%1" is not a time range such as 07:00-22:00.</source>
            <translation>« %1 » n’est pas une plage horaire comme 07:00-22:00.</translation>
        </message>
        <message>
            <location filename="../../models/access/WeeklySchedule.cpp" line="86" />
            <source>the range %1 is empty.</source>
            <translation>la plage %1 est vide.</translation>
        </message>
    </context>
    <context>
        <name>atrium::WhyText</name>
        <message>
            <location filename="../../models/automation/WhyText.cpp" line="43" />
            <source>%1 and %2</source>
            <extracomment>joins the last two facts of a list: "booked from 14:00 and CO₂ 1,150 ppm"</extracomment>
            <translation>%1 et %2</translation>
        </message>
        <message>
            <location filename="../../models/automation/WhyText.cpp" line="52" />
            <source>occupied since %1</source>
            <translation>occupée depuis %1</translation>
        </message>
        <message>
            <location filename="../../models/automation/WhyText.cpp" line="54" />
            <source>empty since %1</source>
            <translation>vide depuis %1</translation>
        </message>
        <message>
            <location filename="../../models/automation/WhyText.cpp" line="58" />
            <source>booked from %1</source>
            <translation>réservée à partir de %1</translation>
        </message>
        <message>
            <location filename="../../models/automation/WhyText.cpp" line="59" />
            <source>booked</source>
            <translation>réservée</translation>
        </message>
        <message>
            <location filename="../../models/automation/WhyText.cpp" line="63" />
            <source>%1 %2 ppm</source>
            <translation>%1 %2 ppm</translation>
        </message>
        <message>
            <location filename="../../models/automation/WhyText.cpp" line="64" />
            <source>%1 was high</source>
            <translation>%1 était élevé</translation>
        </message>
        <message>
            <location filename="../../models/automation/WhyText.cpp" line="67" />
            <source>%1 °C in the room</source>
            <translation>%1 °C dans la salle</translation>
        </message>
        <message>
            <location filename="../../models/automation/WhyText.cpp" line="68" />
            <source>the temperature was out of range</source>
            <translation>la température était hors de la plage</translation>
        </message>
        <message>
            <location filename="../../models/automation/WhyText.cpp" line="71" />
            <source>schedule %1</source>
            <extracomment>a rule's time window: "schedule 08:00–19:00"</extracomment>
            <translation>horaire %1</translation>
        </message>
        <message>
            <location filename="../../models/automation/WhyText.cpp" line="79" />
            <location filename="../../models/automation/WhyText.cpp" line="90" />
            <source>until the room is empty</source>
            <translation>jusqu’à ce que la salle soit vide</translation>
        </message>
        <message>
            <location filename="../../models/automation/WhyText.cpp" line="81" />
            <source>until the booking ends at %1</source>
            <translation>jusqu’à la fin de la réservation à %1</translation>
        </message>
        <message>
            <location filename="../../models/automation/WhyText.cpp" line="83" />
            <source>until %1</source>
            <translation>jusqu’à %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../models/automation/WhyText.cpp" line="95" />
            <source>%n s left</source>
            <translation>
                <numerusform>encore %n s</numerusform>
                <numerusform>encore %n s</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../models/automation/WhyText.cpp" line="98" />
            <source>%n min left</source>
            <translation>
                <numerusform>encore %n min</numerusform>
                <numerusform>encore %n min</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../models/automation/WhyText.cpp" line="100" />
            <source>%1 h %2 left</source>
            <extracomment>hours and minutes left: "1 h 05 left"</extracomment>
            <translation>encore %1 h %2</translation>
        </message>
        <message>
            <location filename="../../models/automation/WhyText.cpp" line="128" />
            <source>%1 for safety (%2)</source>
            <extracomment>a value forced by a safety rule: "ventilation high for safety (CO₂ 1,900 ppm)"</extracomment>
            <translation>%1 par sécurité (%2)</translation>
        </message>
        <message>
            <location filename="../../models/automation/WhyText.cpp" line="133" />
            <source>%1 set by %2 %3 (%4)</source>
            <extracomment>"23 °C set by Front desk until 15:00 (client cold)"</extracomment>
            <translation>%1 réglé par %2 %3 (%4)</translation>
        </message>
        <message>
            <location filename="../../models/automation/WhyText.cpp" line="136" />
            <source>%1, automatic %2</source>
            <extracomment>what the rules would give without the override</extracomment>
            <translation>%1, automatique : %2</translation>
        </message>
        <message>
            <location filename="../../models/automation/WhyText.cpp" line="145" />
            <source>%1 because %2</source>
            <extracomment>"21 °C, lights on because booked from 14:00 and CO₂ 1,150 ppm"</extracomment>
            <translation>%1 car %2</translation>
        </message>
        <message>
            <location filename="../../models/automation/WhyText.cpp" line="148" />
            <source>No rule applies now: the devices keep their own settings.</source>
            <translation>Aucune règle ne s’applique en ce moment : les appareils gardent leurs propres réglages.</translation>
        </message>
    </context>
    <context>
        <name>atrium::cli::BadgesCommand</name>
        <message>
            <location filename="../../app/cli/BadgesCommand.cpp" line="25" />
            <source>Usage: atrium-cli badges import --file FILE.csv [--dry-run] [--reason TEXT] --database DB
       atrium-cli badges export [--file FILE.csv] --database DB
       atrium-cli badges door --id ID [--name TEXT] [--zone Z] [--room ROOM]
                  [--format iso14443:hex:msb] [--tasmota DEVICE] [--desk] --database DB
       atrium-cli badges group --name NAME --grant "door:ID|zone:Z [SCHEDULE] [booking-only]"...
                  --database DB
       atrium-cli badges set KEY VALUE --database DB   (retention_days, onsite_list 0|1,
                  alert_denied_count, alert_window_min)
</source>
            <translation>Utilisation : atrium-cli badges import --file FICHIER.csv [--dry-run] [--reason TEXTE] --database BASE
               atrium-cli badges export [--file FICHIER.csv] --database BASE
               atrium-cli badges door --id ID [--name TEXTE] [--zone Z] [--room SALLE]
                          [--format iso14443:hex:msb] [--tasmota APPAREIL] [--desk] --database BASE
               atrium-cli badges group --name NOM --grant "door:ID|zone:Z [HORAIRE] [booking-only]"...
                          --database BASE
               atrium-cli badges set CLÉ VALEUR --database BASE   (retention_days, onsite_list 0|1,
                          alert_denied_count, alert_window_min)
</translation>
        </message>
        <message>
            <location filename="../../app/cli/BadgesCommand.cpp" line="47" />
            <source>Grant "%1": start with door:ID or zone:NAME.</source>
            <translation>Accès « %1 » : commencez par door:ID ou zone:NOM.</translation>
        </message>
        <message>
            <location filename="../../app/cli/BadgesCommand.cpp" line="89" />
            <source>CSV import</source>
            <translation>Import CSV</translation>
        </message>
        <message>
            <location filename="../../app/cli/BadgesCommand.cpp" line="92" />
            <source>Cannot read "%1": %2</source>
            <translation>Impossible de lire « %1 » : %2</translation>
        </message>
        <message>
            <location filename="../../app/cli/BadgesCommand.cpp" line="111" />
            <source>Nothing imported: %1 line(s) refused. Fix them and run the import again.</source>
            <translation>Rien n’a été importé : %1 ligne(s) refusée(s). Corrigez-les et relancez l’import.</translation>
        </message>
        <message>
            <location filename="../../app/cli/BadgesCommand.cpp" line="117" />
            <source>Dry run: %1 badge(s) would be added, %2 updated.</source>
            <translation>Essai à blanc : %1 badge(s) seraient ajoutés, %2 mis à jour.</translation>
        </message>
        <message>
            <location filename="../../app/cli/BadgesCommand.cpp" line="126" />
            <source>Imported: %1 badge(s) added, %2 updated.</source>
            <translation>Importé : %1 badge(s) ajouté(s), %2 mis à jour.</translation>
        </message>
        <message>
            <location filename="../../app/cli/BadgesCommand.cpp" line="138" />
            <source>Cannot write "%1": %2</source>
            <translation>Impossible d’écrire « %1 » : %2</translation>
        </message>
        <message>
            <location filename="../../app/cli/BadgesCommand.cpp" line="161" />
            <source>Door %1 saved.</source>
            <translation>Porte %1 enregistrée.</translation>
        </message>
        <message>
            <location filename="../../app/cli/BadgesCommand.cpp" line="183" />
            <source>Access group %1 saved (#%2).</source>
            <translation>Groupe d’accès %1 enregistré (n° %2).</translation>
        </message>
        <message>
            <location filename="../../app/cli/BadgesCommand.cpp" line="201" />
            <source>import or export badges (CSV), set up doors and access groups</source>
            <translation>importer ou exporter les badges (CSV), configurer les portes et les groupes d’accès</translation>
        </message>
    </context>
    <context>
        <name>atrium::cli::DemoCommand</name>
        <message>
            <location filename="../../app/cli/DemoCommand.cpp" line="76" />
            <source>Front door</source>
            <translation>Porte d’entrée</translation>
        </message>
        <message>
            <location filename="../../app/cli/DemoCommand.cpp" line="80" />
            <source>Desk reader</source>
            <translation>Lecteur de l’accueil</translation>
        </message>
        <message>
            <location filename="../../app/cli/DemoCommand.cpp" line="84" />
            <source>Ada meeting room</source>
            <translation>Salle de réunion Ada</translation>
        </message>
        <message>
            <location filename="../../app/cli/DemoCommand.cpp" line="98" />
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <location filename="../../app/cli/DemoCommand.cpp" line="116" />
            <source>3 doors, 1 access group and %1 badges added.</source>
            <translation>3 portes, 1 groupe d’accès et %1 badges ajoutés.</translation>
        </message>
        <message>
            <location filename="../../app/cli/DemoCommand.cpp" line="151" />
            <source>Usage: atrium-cli demo-seed --site SITE --database DB
</source>
            <translation>Utilisation : atrium-cli demo-seed --site SITE --database BASE
</translation>
        </message>
        <message>
            <location filename="../../app/cli/DemoCommand.cpp" line="176" />
            <source>The database already has members; nothing added.</source>
            <translation>La base contient déjà des membres ; rien n’a été ajouté.</translation>
        </message>
        <message>
            <location filename="../../app/cli/DemoCommand.cpp" line="214" />
            <source>Booked %1 at %2: %3</source>
            <translation>Réservé %1 à %2 : %3</translation>
        </message>
        <message>
            <location filename="../../app/cli/DemoCommand.cpp" line="217" />
            <source>Not booked %1 at %2: %3</source>
            <translation>Non réservé %1 à %2 : %3</translation>
        </message>
        <message>
            <location filename="../../app/cli/DemoCommand.cpp" line="220" />
            <source>%1 members and %2 bookings added.</source>
            <translation>%1 membres et %2 réservations ajoutés.</translation>
        </message>
        <message>
            <location filename="../../app/cli/DemoCommand.cpp" line="237" />
            <source>add sample members, today's bookings, doors and badges for the demo</source>
            <translation>ajouter des membres d’exemple, les réservations du jour, des portes et des badges pour la démo</translation>
        </message>
    </context>
    <context>
        <name>atrium::cli::IcsCommand</name>
        <message>
            <location filename="../../app/cli/IcsCommand.cpp" line="64" />
            <source>Usage: atrium-cli ics import FILE --room ID --database DB [--dry-run] [--site SITE]
       atrium-cli ics export (--room ID | --day YYYY-MM-DD | --booking ID) --database DB
                             [--output FILE] [--private] [--site SITE]
Import prints one JSON line per event (uid, summary, start/end in UTC and local time, room,
conflicts) and saves nothing if any event clashes. Export writes the .ics to FILE and prints
the exported events as JSON lines, or writes the .ics to standard output without --output.
</source>
            <translation>Utilisation : atrium-cli ics import FICHIER --room ID --database BASE [--dry-run] [--site SITE]
               atrium-cli ics export (--room ID | --day AAAA-MM-JJ | --booking ID) --database BASE
                                     [--output FICHIER] [--private] [--site SITE]
L’import affiche une ligne JSON par événement (uid, titre, début/fin en UTC et en heure locale, salle,
conflits) et n’enregistre rien si un événement est en conflit. L’export écrit le .ics dans FICHIER et affiche
les événements exportés en lignes JSON, ou écrit le .ics sur la sortie standard sans --output.
</translation>
        </message>
        <message>
            <location filename="../../app/cli/IcsCommand.cpp" line="119" />
            <source>Cannot read %1</source>
            <translation>Impossible de lire %1</translation>
        </message>
        <message>
            <location filename="../../app/cli/IcsCommand.cpp" line="141" />
            <source>%1 events read, %2 with conflicts; nothing saved (--dry-run).</source>
            <translation>%1 événements lus, %2 en conflit ; rien n’a été enregistré (--dry-run).</translation>
        </message>
        <message>
            <location filename="../../app/cli/IcsCommand.cpp" line="152" />
            <source>%1 bookings imported into %2.</source>
            <translation>%1 réservations importées dans %2.</translation>
        </message>
        <message>
            <location filename="../../app/cli/IcsCommand.cpp" line="161" />
            <source>There is no booking with id %1.</source>
            <translation>Il n’y a pas de réservation avec l’identifiant %1.</translation>
        </message>
        <message>
            <location filename="../../app/cli/IcsCommand.cpp" line="167" />
            <source>--day needs a date as YYYY-MM-DD, not "%1".</source>
            <translation>--day attend une date AAAA-MM-JJ, pas « %1 ».</translation>
        </message>
        <message>
            <location filename="../../app/cli/IcsCommand.cpp" line="173" />
            <source>There is no room "%1" on this site.</source>
            <translation>Il n’y a pas de salle « %1 » sur ce site.</translation>
        </message>
        <message>
            <location filename="../../app/cli/IcsCommand.cpp" line="193" />
            <source>Cannot write %1</source>
            <translation>Impossible d’écrire %1</translation>
        </message>
        <message>
            <location filename="../../app/cli/IcsCommand.cpp" line="212" />
            <source>import .ics files into a room, export bookings to .ics</source>
            <translation>importer des fichiers .ics dans une salle, exporter des réservations en .ics</translation>
        </message>
    </context>
    <context>
        <name>atrium::cli::MembersCommand</name>
        <message>
            <location filename="../../app/cli/MembersCommand.cpp" line="31" />
            <source>Usage: atrium-cli members list --database DB
       atrium-cli members export --id N --database DB
       atrium-cli members erase --id N --reason TEXT --database DB
</source>
            <translation>Utilisation : atrium-cli members list --database BASE
               atrium-cli members export --id N --database BASE
               atrium-cli members erase --id N --reason TEXTE --database BASE
</translation>
        </message>
        <message>
            <location filename="../../app/cli/MembersCommand.cpp" line="59" />
            <source>There is no member with id %1.</source>
            <translation>Il n’y a pas de membre avec l’identifiant %1.</translation>
        </message>
        <message>
            <location filename="../../app/cli/MembersCommand.cpp" line="68" />
            <source>An erasure needs a reason (--reason), kept in the audit log.</source>
            <translation>Un effacement demande un motif (--reason), gardé dans le journal des actions.</translation>
        </message>
        <message>
            <location filename="../../app/cli/MembersCommand.cpp" line="75" />
            <source>Member %1 erased.</source>
            <translation>Membre %1 effacé.</translation>
        </message>
        <message>
            <location filename="../../app/cli/MembersCommand.cpp" line="78" />
            <source>Unknown action "%1": use list, export or erase.</source>
            <translation>Action « %1 » inconnue : utilisez list, export ou erase.</translation>
        </message>
        <message>
            <location filename="../../app/cli/MembersCommand.cpp" line="86" />
            <source>list, export (GDPR access) or erase a member</source>
            <translation>lister, exporter (accès RGPD) ou effacer un membre</translation>
        </message>
    </context>
    <context>
        <name>atrium::main</name>
        <message>
            <location filename="../../app/main.cpp" line="86" />
            <source>Atrium cannot start</source>
            <translation>Atrium ne peut pas démarrer</translation>
        </message>
        <message>
            <location filename="../../app/main.cpp" line="151" />
            <source>--layer: unknown layer "%1"</source>
            <translation>--layer : calque « %1 » inconnu</translation>
        </message>
    </context>
    <context>
        <name>atrium::replay::CsvSource</name>
        <message>
            <location filename="../../tools/replay/CsvSource.cpp" line="120" />
            <source>cannot open %1: %2</source>
            <translation>impossible d’ouvrir %1 : %2</translation>
        </message>
        <message>
            <location filename="../../tools/replay/CsvSource.cpp" line="128" />
            <source>%1: no room to replay the series into</source>
            <translation>%1 : aucune salle où rejouer la série</translation>
        </message>
        <message>
            <location filename="../../tools/replay/CsvSource.cpp" line="143" />
            <source>%1: the file is empty</source>
            <translation>%1 : le fichier est vide</translation>
        </message>
        <message>
            <location filename="../../tools/replay/CsvSource.cpp" line="160" />
            <location filename="../../tools/replay/CsvSource.cpp" line="181" />
            <source>%1 line 1: no column "%2" in the header (%3)</source>
            <translation>%1 ligne 1 : pas de colonne « %2 » dans l’en-tête (%3)</translation>
        </message>
        <message>
            <location filename="../../tools/replay/CsvSource.cpp" line="165" />
            <source>%1 line 1: no date column (named date, time, timestamp or datetime) in %2</source>
            <translation>%1 ligne 1 : pas de colonne de date (date, time, timestamp ou datetime) dans %2</translation>
        </message>
        <message>
            <location filename="../../tools/replay/CsvSource.cpp" line="187" />
            <source>%1 line 1: none of the mapped columns is in the header (%2); use --map COLUMN=METRIC</source>
            <translation>%1 ligne 1 : aucune des colonnes associées n’est dans l’en-tête (%2) ; utilisez --map COLONNE=MESURE</translation>
        </message>
        <message>
            <location filename="../../tools/replay/CsvSource.cpp" line="200" />
            <source>%1 line %2: %3 fields where the header names %4</source>
            <translation>%1 ligne %2 : %3 champs alors que l’en-tête en nomme %4</translation>
        </message>
        <message>
            <location filename="../../tools/replay/CsvSource.cpp" line="206" />
            <source>%1 line %2: %3 fields where line %4 has %5</source>
            <translation>%1 ligne %2 : %3 champs alors que la ligne %4 en a %5</translation>
        </message>
        <message>
            <location filename="../../tools/replay/CsvSource.cpp" line="215" />
            <source>%1 line %2: "%3" in column "%4" is not a date and time</source>
            <translation>%1 ligne %2 : « %3 » dans la colonne « %4 » n’est pas une date et heure</translation>
        </message>
        <message>
            <location filename="../../tools/replay/CsvSource.cpp" line="235" />
            <source>%1 line %2: "%3" in column "%4" is not a number</source>
            <translation>%1 ligne %2 : « %3 » dans la colonne « %4 » n’est pas un nombre</translation>
        </message>
        <message>
            <location filename="../../tools/replay/CsvSource.cpp" line="244" />
            <source>%1: no data rows after the header</source>
            <translation>%1 : aucune ligne de données après l’en-tête</translation>
        </message>
        <message>
            <location filename="../../tools/replay/CsvSource.cpp" line="86" />
            <source>%1 line %2: a quoted field is never closed</source>
            <translation>%1 ligne %2 : un champ entre guillemets n’est jamais fermé</translation>
        </message>
    </context>
    <context>
        <name>atrium::replay::JsonlSource</name>
        <message>
            <location filename="../../tools/replay/JsonlSource.cpp" line="49" />
            <source>cannot open %1: %2</source>
            <translation>impossible d’ouvrir %1 : %2</translation>
        </message>
        <message>
            <location filename="../../tools/replay/JsonlSource.cpp" line="65" />
            <source>%1 line %2: %3</source>
            <translation>%1 ligne %2 : %3</translation>
        </message>
        <message>
            <location filename="../../tools/replay/JsonlSource.cpp" line="71" />
            <source>not valid JSON (%1 at column %2)</source>
            <translation>JSON invalide (%1 à la colonne %2)</translation>
        </message>
        <message>
            <location filename="../../tools/replay/JsonlSource.cpp" line="73" />
            <source>expected a JSON object with "topic" and "payload"</source>
            <translation>objet JSON attendu avec « topic » et « payload »</translation>
        </message>
        <message>
            <location filename="../../tools/replay/JsonlSource.cpp" line="78" />
            <source>"topic" is missing or not a non-empty string</source>
            <translation>« topic » est absent ou n’est pas un texte non vide</translation>
        </message>
        <message>
            <location filename="../../tools/replay/JsonlSource.cpp" line="80" />
            <source>topic "%1" holds an MQTT wildcard and cannot be published</source>
            <translation>le topic « %1 » contient un joker MQTT et ne peut pas être publié</translation>
        </message>
        <message>
            <location filename="../../tools/replay/JsonlSource.cpp" line="82" />
            <source>"payload" is missing</source>
            <translation>« payload » est absent</translation>
        </message>
        <message>
            <location filename="../../tools/replay/JsonlSource.cpp" line="90" />
            <source>"time" is neither an ISO 8601 date nor epoch seconds/milliseconds: %1</source>
            <translation>« time » n’est ni une date ISO 8601 ni des secondes/millisecondes epoch : %1</translation>
        </message>
    </context>
    <context>
        <name>atrium::replay::ReplayCommandLine</name>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="36" />
            <source>Publishes sensor data to an MQTT broker: a JSON-lines capture, a time-series CSV mapped to rooms, or a generated day for a site.</source>
            <translation>Publie des données de capteurs sur un broker MQTT : une capture JSON-lines, un CSV de séries temporelles associé à des salles, ou une journée générée pour un site.</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="39" />
            <source>Show this help.</source>
            <translation>Afficher cette aide.</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="40" />
            <source>Show the version.</source>
            <translation>Afficher la version.</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="42" />
            <source>Broker, mqtt://[user[:password]@]host[:port] or mqtts://...</source>
            <translation>Broker, mqtt://[utilisateur[:mot_de_passe]@]hôte[:port] ou mqtts://...</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="42" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="44" />
            <source>Replay a JSON-lines capture ({"topic","payload"[,"time"]} per line).</source>
            <translation>Rejouer une capture JSON-lines ({"topic","payload"[,"time"]} par ligne).</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="45" />
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="47" />
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="65" />
            <source>FILE</source>
            <translation>FICHIER</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="46" />
            <source>Replay a time-series CSV (header row, a date column).</source>
            <translation>Rejouer un CSV de séries temporelles (ligne d’en-tête, une colonne de date).</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="48" />
            <source>Generate a realistic day for a site.</source>
            <translation>Générer une journée réaliste pour un site.</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="50" />
            <source>CSV: a room the series is published for (repeat for several rooms).</source>
            <translation>CSV : une salle pour laquelle la série est publiée (à répéter pour plusieurs salles).</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="50" />
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="82" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="52" />
            <source>CSV: map a column to a metric (repeatable; replaces the default Temperature, Humidity, Light, CO2, Occupancy mapping).</source>
            <translation>CSV : associer une colonne à une mesure (répétable ; remplace l’association par défaut Temperature, Humidity, Light, CO2, Occupancy).</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="54" />
            <source>COLUMN=METRIC</source>
            <translation>COLONNE=MESURE</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="56" />
            <source>CSV: shift one room's times by MINUTES (may be negative; repeatable).</source>
            <translation>CSV : décaler les heures d’une salle de MINUTES (peut être négatif ; répétable).</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="57" />
            <source>ROOM=MINUTES</source>
            <translation>SALLE=MINUTES</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="60" />
            <source>CSV: the date/time column (default: the one named date, time, timestamp or datetime).</source>
            <translation>CSV : la colonne de date et heure (par défaut : celle nommée date, time, timestamp ou datetime).</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="60" />
            <source>NAME</source>
            <translation>NOM</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="62" />
            <source>CSV: keep the recorded times (default: shift them so the last row is now).</source>
            <translation>CSV : garder les heures enregistrées (par défaut : les décaler pour que la dernière ligne soit maintenant).</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="63" />
            <source>CSV: replay only the first N data rows.</source>
            <translation>CSV : ne rejouer que les N premières lignes de données.</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="63" />
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="73" />
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="79" />
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="65" />
            <source>Site file: rooms for --generate; time zone and id for every source.</source>
            <translation>Fichier du site : salles pour --generate ; fuseau horaire et id pour toutes les sources.</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="67" />
            <source>--generate: the day to generate (default: today in the site's time zone).</source>
            <translation>--generate : le jour à générer (par défaut : aujourd’hui dans le fuseau horaire du site).</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="68" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="70" />
            <source>--generate: start the day at this local time, e.g. 08:00 (default: midnight).</source>
            <translation>--generate : commencer la journée à cette heure locale, p. ex. 08:00 (par défaut : minuit).</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="71" />
            <source>HH:MM</source>
            <translation>HH:MM</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="73" />
            <source>--generate: random seed; the same seed gives the same day (default 1).</source>
            <translation>--generate : graine aléatoire ; la même graine donne la même journée (par défaut 1).</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="74" />
            <source>Replay X times faster than recorded time (default 1).</source>
            <translation>Rejouer X fois plus vite que le temps enregistré (par défaut 1).</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="75" />
            <source>X</source>
            <translation>X</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="76" />
            <source>Publish as fast as the broker takes the messages.</source>
            <translation>Publier aussi vite que le broker accepte les messages.</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="77" />
            <source>MQTT quality of service, 0 or 1 (default 1).</source>
            <translation>Qualité de service MQTT, 0 ou 1 (par défaut 1).</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="77" />
            <source>0|1</source>
            <translation>0|1</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="78" />
            <source>Most messages unconfirmed at once (default 500).</source>
            <translation>Nombre maximal de messages non confirmés à la fois (par défaut 500).</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="82" />
            <source>Site id in atrium/&lt;site&gt;/&lt;room&gt;/&lt;metric&gt; topics (default: the site file's id, else demo).</source>
            <translation>Id du site dans les topics atrium/&lt;site&gt;/&lt;salle&gt;/&lt;mesure&gt; (par défaut : l’id du fichier du site, sinon demo).</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="84" />
            <source>IANA time zone for local times (default: the site file's, else Europe/Paris).</source>
            <translation>Fuseau horaire IANA des heures locales (par défaut : celui du fichier du site, sinon Europe/Paris).</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="85" />
            <source>ZONE</source>
            <translation>FUSEAU</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="87" />
            <source>Stamp payloads with the publish time instead of the recorded time.</source>
            <translation>Horodater les messages à l’heure de publication au lieu de l’heure enregistrée.</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="88" />
            <source>Start again at the end, until interrupted.</source>
            <translation>Recommencer à la fin, jusqu’à interruption.</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="89" />
            <source>Print only errors and the final summary.</source>
            <translation>N’afficher que les erreurs et le bilan final.</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="91" />
            <source>Seconds to wait for the broker before giving up (default 10).</source>
            <translation>Secondes d’attente du broker avant d’abandonner (par défaut 10).</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="91" />
            <source>S</source>
            <translation>S</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="93" />
            <source>Write the messages as JSON lines (with "time") to standard output instead of publishing; no broker needed.</source>
            <translation>Écrire les messages en JSON lines (avec « time ») sur la sortie standard au lieu de les publier ; aucun broker nécessaire.</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="103" />
            <source>unexpected argument "%1"</source>
            <translation>argument inattendu « %1 »</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="122" />
            <source>--%1 given more than once</source>
            <translation>--%1 donné plusieurs fois</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="127" />
            <source>--broker URL is required (e.g. --broker mqtt://127.0.0.1:1883)</source>
            <translation>--broker URL est obligatoire (p. ex. --broker mqtt://127.0.0.1:1883)</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="131" />
            <source>--broker: %1</source>
            <translation>--broker : %1</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="137" />
            <source>choose exactly one source: --jsonl FILE, --csv FILE or --generate</source>
            <translation>choisissez une seule source : --jsonl FICHIER, --csv FICHIER ou --generate</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="148" />
            <source>--csv needs at least one --room ID to publish the series for</source>
            <translation>--csv demande au moins un --room ID pour lequel publier la série</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="152" />
            <source>--room: "%1" is not a usable room id (no /, + or #)</source>
            <translation>--room : « %1 » n’est pas un id de salle utilisable (ni /, ni +, ni #)</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="157" />
            <source>--%1 only applies to --csv</source>
            <translation>--%1 ne s’applique qu’à --csv</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="164" />
            <source>--map: "%1" is not COLUMN=METRIC</source>
            <translation>--map : « %1 » n’est pas de la forme COLONNE=MESURE</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="167" />
            <source>--map: unknown metric "%1" (known: %2)</source>
            <translation>--map : mesure « %1 » inconnue (connues : %2)</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="175" />
            <source>--shift: "%1" is not ROOM=MINUTES</source>
            <translation>--shift : « %1 » n’est pas de la forme SALLE=MINUTES</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="178" />
            <source>--shift: room "%1" is not one of the --room values</source>
            <translation>--shift : la salle « %1 » ne fait pas partie des valeurs de --room</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="187" />
            <source>--rows: "%1" is not a whole number above 0</source>
            <translation>--rows : « %1 » n’est pas un nombre entier supérieur à 0</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="193" />
            <source>--date only applies to --generate</source>
            <translation>--date ne s’applique qu’à --generate</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="196" />
            <source>--date: "%1" is not a date like 2026-03-29</source>
            <translation>--date : « %1 » n’est pas une date comme 2026-03-29</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="200" />
            <source>--from only applies to --generate</source>
            <translation>--from ne s’applique qu’à --generate</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="203" />
            <source>--from: "%1" is not a time like 08:00</source>
            <translation>--from : « %1 » n’est pas une heure comme 08:00</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="209" />
            <source>--seed: "%1" is not a whole number from 0 to 4294967295</source>
            <translation>--seed : « %1 » n’est pas un nombre entier de 0 à 4294967295</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="213" />
            <source>--speed and --fast exclude each other</source>
            <translation>--speed et --fast s’excluent mutuellement</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="219" />
            <source>--speed: "%1" is not a number above 0</source>
            <translation>--speed : « %1 » n’est pas un nombre supérieur à 0</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="224" />
            <source>--qos: "%1" must be 0 or 1</source>
            <translation>--qos : « %1 » doit valoir 0 ou 1</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="231" />
            <source>--window: "%1" is not a whole number above 0</source>
            <translation>--window : « %1 » n’est pas un nombre entier supérieur à 0</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="235" />
            <source>--site-id: "%1" is not a usable topic segment</source>
            <translation>--site-id : « %1 » n’est pas un segment de topic utilisable</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="238" />
            <source>--zone: "%1" is not a known IANA time zone</source>
            <translation>--zone : « %1 » n’est pas un fuseau horaire IANA connu</translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayCommandLine.cpp" line="244" />
            <source>--timeout: "%1" is not a whole number of seconds above 0</source>
            <translation>--timeout : « %1 » n’est pas un nombre entier de secondes supérieur à 0</translation>
        </message>
    </context>
    <context>
        <name>atrium::replay::ReplayPublisher</name>
        <message numerus="yes">
            <location filename="../../tools/replay/ReplayPublisher.cpp" line="37" />
            <source>%n message(s) still unconfirmed after the drain timeout</source>
            <translation>
                <numerusform>%n message toujours non confirmé après le délai de vidage</numerusform>
                <numerusform>%n messages toujours non confirmés après le délai de vidage</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../tools/replay/ReplayPublisher.cpp" line="109" />
            <source>the MQTT client refused to publish on %1: %2</source>
            <translation>le client MQTT a refusé de publier sur %1 : %2</translation>
        </message>
    </context>
</TS>

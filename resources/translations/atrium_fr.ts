<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
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
        <name>atrium::ColorScale</name>
        <message>
            <location filename="../../models/analytics/ColorScale.cpp" line="158" />
            <source>Cat. I</source>
            <extracomment>EN 16798-1 indoor-environment category, shown in the map legend</extracomment>
            <translation>Cat. I</translation>
        </message>
        <message>
            <location filename="../../models/analytics/ColorScale.cpp" line="159" />
            <source>Cat. II</source>
            <translation>Cat. II</translation>
        </message>
        <message>
            <location filename="../../models/analytics/ColorScale.cpp" line="160" />
            <source>Cat. III</source>
            <translation>Cat. III</translation>
        </message>
        <message>
            <location filename="../../models/analytics/ColorScale.cpp" line="161" />
            <source>Cat. IV</source>
            <translation>Cat. IV</translation>
        </message>
        <message>
            <location filename="../../models/analytics/ColorScale.cpp" line="228" />
            <source>%1 %2</source>
            <extracomment>A value and its unit in the map legend, e.g. "1,000 ppm"</extracomment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../../models/analytics/ColorScale.cpp" line="250" />
            <source>%1 free</source>
            <extracomment>occupancy legend, the empty end of the scale: "0 % free"</extracomment>
            <translation>%1 libre</translation>
        </message>
        <message>
            <location filename="../../models/analytics/ColorScale.cpp" line="252" />
            <source>%1 full</source>
            <extracomment>occupancy legend, the full end of the scale: "100 % full"</extracomment>
            <translation>%1 complet</translation>
        </message>
        <message>
            <location filename="../../models/analytics/ColorScale.cpp" line="253" />
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
            <location filename="../../app/CommandLine.cpp" line="80" />
            <source>Unexpected argument: %1 (see --help)</source>
            <translation>Argument inattendu : %1 (voir --help)</translation>
        </message>
        <message>
            <location filename="../../app/CommandLine.cpp" line="92" />
            <source>--password-file: cannot read %1: %2</source>
            <translation>--password-file : impossible de lire %1 : %2</translation>
        </message>
        <message>
            <location filename="../../app/CommandLine.cpp" line="98" />
            <source>--ca-file: %1 does not exist</source>
            <translation>--ca-file : %1 n’existe pas</translation>
        </message>
        <message>
            <location filename="../../app/CommandLine.cpp" line="104" />
            <source>No site file: pass --site FILE (see docs/site-file.md).</source>
            <translation>Aucun fichier de site : indiquez --site FICHIER (voir docs/site-file.md).</translation>
        </message>
        <message>
            <location filename="../../app/CommandLine.cpp" line="106" />
            <source>--site: %1 does not exist</source>
            <translation>--site : %1 n’existe pas</translation>
        </message>
        <message>
            <location filename="../../app/CommandLine.cpp" line="111" />
            <source>--layer: unknown layer "%1" (occupancy, popularity, temperature, humidity, co2, illuminance, comfort)</source>
            <translation>--layer : calque « %1 » inconnu (occupancy, popularity, temperature, humidity, co2, illuminance, comfort)</translation>
        </message>
    </context>
    <context>
        <name>atrium::ConsoleServices</name>
        <message>
            <location filename="../../app/ConsoleServices.cpp" line="107" />
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
            <location filename="../../models/storage/Database.cpp" line="155" />
            <source>Cannot set up the database %1: %2</source>
            <translation>Impossible de préparer la base de données %1 : %2</translation>
        </message>
        <message>
            <location filename="../../models/storage/Database.cpp" line="210" />
            <source>Cannot read the schema version of %1: %2</source>
            <translation>Impossible de lire la version du schéma de %1 : %2</translation>
        </message>
        <message>
            <location filename="../../models/storage/Database.cpp" line="213" />
            <source>The database %1 was written by a newer Atrium (schema %2; this version knows %3)</source>
            <translation>La base de données %1 a été écrite par une version plus récente d’Atrium (schéma %2 ; cette version connaît le %3)</translation>
        </message>
        <message>
            <location filename="../../models/storage/Database.cpp" line="228" />
            <source>cannot read %1</source>
            <translation>impossible de lire %1</translation>
        </message>
        <message>
            <location filename="../../models/storage/Database.cpp" line="234" />
            <source>migration %1, statement "%2": %3</source>
            <translation>migration %1, instruction « %2 » : %3</translation>
        </message>
        <message>
            <location filename="../../models/storage/Database.cpp" line="250" />
            <source>Cannot update the database %1: %2</source>
            <translation>Impossible de mettre à jour la base de données %1 : %2</translation>
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
            <location filename="../../ui/FloorPage.cpp" line="26" />
            <source>Floor</source>
            <translation>Étage</translation>
        </message>
        <message>
            <location filename="../../ui/FloorPage.cpp" line="29" />
            <source>Fl&amp;oor:</source>
            <translation>É&amp;tage :</translation>
        </message>
        <message>
            <location filename="../../ui/FloorPage.cpp" line="37" />
            <source>Colour rooms by</source>
            <translation>Colorer les salles selon</translation>
        </message>
        <message>
            <location filename="../../ui/FloorPage.cpp" line="40" />
            <source>Colour rooms &amp;by:</source>
            <translation>&amp;Colorer les salles selon :</translation>
        </message>
        <message>
            <location filename="../../ui/FloorPage.cpp" line="43" />
            <source>&amp;Fit to window</source>
            <translation>A&amp;juster à la fenêtre</translation>
        </message>
        <message>
            <location filename="../../ui/FloorPage.cpp" line="45" />
            <source>Show the whole floor (F or Ctrl+0 on the plan)</source>
            <translation>Afficher tout l’étage (F ou Ctrl+0 sur le plan)</translation>
        </message>
        <message>
            <location filename="../../ui/FloorPage.cpp" line="48" />
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
            <location filename="../../ui/FloorPlanView.cpp" line="189" />
            <source>No floor plan loaded for this floor.</source>
            <translation>Aucun plan chargé pour cet étage.</translation>
        </message>
        <message>
            <location filename="../../ui/FloorPlanView.cpp" line="310" />
            <source>%1 · %2 seats</source>
            <extracomment>room type and capacity, e.g. "Meeting room · 6 seats"</extracomment>
            <translation>%1 · %2 places</translation>
        </message>
        <message>
            <location filename="../../ui/FloorPlanView.cpp" line="313" />
            <source>Occupied %1 % of opening hours (7 days)</source>
            <translation>Occupée %1 % des heures d’ouverture (7 jours)</translation>
        </message>
        <message>
            <location filename="../../ui/FloorPlanView.cpp" line="315" />
            <source>Comfort: category %1 (EN 16798-1)</source>
            <translation>Confort : catégorie %1 (EN 16798-1)</translation>
        </message>
        <message>
            <location filename="../../ui/FloorPlanView.cpp" line="325" />
            <source>No readings yet</source>
            <translation>Aucun relevé pour l’instant</translation>
        </message>
        <message>
            <location filename="../../ui/FloorPlanView.cpp" line="345" />
            <source>No room selected. Use the arrow keys to move between rooms, Enter to open one.</source>
            <translation>Aucune salle sélectionnée. Utilisez les flèches pour passer d’une salle à l’autre, Entrée pour l’ouvrir.</translation>
        </message>
    </context>
    <context>
        <name>atrium::Ingestor</name>
        <message>
            <location filename="../../models/telemetry/Ingestor.cpp" line="121" />
            <source>%1 is not a finite number</source>
            <translation>%1 n’est pas un nombre fini</translation>
        </message>
    </context>
    <context>
        <name>atrium::Layer</name>
        <message>
            <location filename="../../models/analytics/Layer.cpp" line="43" />
            <source>Live occupancy</source>
            <translation>Occupation en direct</translation>
        </message>
        <message>
            <location filename="../../models/analytics/Layer.cpp" line="45" />
            <source>Popularity (7 days)</source>
            <translation>Fréquentation (7 jours)</translation>
        </message>
        <message>
            <location filename="../../models/analytics/Layer.cpp" line="47" />
            <source>Temperature</source>
            <translation>Température</translation>
        </message>
        <message>
            <location filename="../../models/analytics/Layer.cpp" line="49" />
            <source>Humidity</source>
            <translation>Humidité</translation>
        </message>
        <message>
            <location filename="../../models/analytics/Layer.cpp" line="51" />
            <source>CO₂</source>
            <translation>CO₂</translation>
        </message>
        <message>
            <location filename="../../models/analytics/Layer.cpp" line="53" />
            <source>Light</source>
            <translation>Luminosité</translation>
        </message>
        <message>
            <location filename="../../models/analytics/Layer.cpp" line="55" />
            <source>Comfort (EN 16798-1)</source>
            <translation>Confort (EN 16798-1)</translation>
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
            <location filename="../../ui/MainWindow.cpp" line="23" />
            <source>%1 — Atrium</source>
            <translation>%1 — Atrium</translation>
        </message>
        <message>
            <location filename="../../ui/MainWindow.cpp" line="24" />
            <source>Atrium</source>
            <translation>Atrium</translation>
        </message>
        <message>
            <location filename="../../ui/MainWindow.cpp" line="33" />
            <source>&amp;Floor</source>
            <extracomment>tab title</extracomment>
            <translation>&amp;Plan</translation>
        </message>
        <message>
            <location filename="../../ui/MainWindow.cpp" line="35" />
            <source>&amp;Diagnostics</source>
            <extracomment>tab title</extracomment>
            <translation>&amp;Diagnostic</translation>
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
            <location filename="../../models/feeds/MqttSession.cpp" line="146" />
            <source>Cannot create the MQTT client: %1</source>
            <translation>Impossible de créer le client MQTT : %1</translation>
        </message>
        <message>
            <location filename="../../models/feeds/MqttSession.cpp" line="167" />
            <source>TLS set-up failed (CA file "%1"): %2</source>
            <translation>Échec de la configuration TLS (fichier CA « %1 ») : %2</translation>
        </message>
        <message>
            <location filename="../../models/feeds/MqttSession.cpp" line="260" />
            <source>the broker refused the connection (%1)</source>
            <translation>le broker a refusé la connexion (%1)</translation>
        </message>
        <message>
            <location filename="../../models/feeds/MqttSession.cpp" line="293" />
            <source>Connecting to %1</source>
            <translation>Connexion à %1</translation>
        </message>
        <message>
            <location filename="../../models/feeds/MqttSession.cpp" line="294" />
            <source>Reconnecting to %1</source>
            <translation>Reconnexion à %1</translation>
        </message>
        <message>
            <location filename="../../models/feeds/MqttSession.cpp" line="336" />
            <source>Connection to %1 lost, retrying in %2 s</source>
            <translation>Connexion à %1 perdue, nouvel essai dans %2 s</translation>
        </message>
        <message>
            <location filename="../../models/feeds/MqttSession.cpp" line="338" />
            <source>Connection to %1 lost: %2, retrying in %3 s</source>
            <translation>Connexion à %1 perdue : %2, nouvel essai dans %3 s</translation>
        </message>
        <message>
            <location filename="../../models/feeds/MqttSession.cpp" line="340" />
            <source>Broker unreachable: %1, retrying in %2 s</source>
            <translation>Broker injoignable : %1, nouvel essai dans %2 s</translation>
        </message>
        <message>
            <location filename="../../models/feeds/MqttSession.cpp" line="353" />
            <source>Disconnected from %1</source>
            <translation>Déconnecté de %1</translation>
        </message>
        <message>
            <location filename="../../models/feeds/MqttSession.cpp" line="375" />
            <source>Connected to %1</source>
            <translation>Connecté à %1</translation>
        </message>
    </context>
    <context>
        <name>atrium::PayloadValues</name>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="120" />
            <source>payload of %1 bytes is larger than the %2 bytes accepted</source>
            <translation>message de %1 octets, plus grand que les %2 octets acceptés</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="122" />
            <source>empty payload</source>
            <translation>message vide</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="125" />
            <source>payload is not UTF-8 text (invalid byte 0x%1 at byte %2)</source>
            <translation>le message n’est pas du texte UTF-8 (octet invalide 0x%1 à l’octet %2)</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="142" />
            <source>%1 is not a number</source>
            <translation>%1 n’est pas un nombre</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="146" />
            <source>invalid JSON at byte %1: %2</source>
            <translation>JSON invalide à l’octet %1 : %2</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="150" />
            <source>expected a JSON object, got %1</source>
            <translation>objet JSON attendu, reçu %1</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="150" />
            <location filename="../../models/feeds/PayloadValues.cpp" line="166" />
            <source>an array</source>
            <translation>un tableau</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="150" />
            <source>a single value</source>
            <translation>une valeur isolée</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="168" />
            <source>an object</source>
            <translation>un objet</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="170" />
            <source>nothing</source>
            <translation>rien</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="178" />
            <source>field %1 is null</source>
            <translation>le champ %1 est nul</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="185" />
            <location filename="../../models/feeds/PayloadValues.cpp" line="189" />
            <location filename="../../models/feeds/PayloadValues.cpp" line="191" />
            <source>field %1: %2 is not a number</source>
            <translation>champ %1 : %2 n’est pas un nombre</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="194" />
            <source>field %1 is not a finite number</source>
            <translation>le champ %1 n’est pas un nombre fini</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="229" />
            <source>field %1: %2 is not a time (ISO 8601 or epoch seconds/milliseconds)</source>
            <translation>champ %1 : %2 n’est pas une date (ISO 8601 ou secondes/millisecondes epoch)</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="314" />
            <source>field %1: unit "%2" is not a unit of %3</source>
            <translation>champ %1 : l’unité « %2 » n’est pas une unité de %3</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="325" />
            <source>field %1: %2 is outside the plausible range %3 to %4</source>
            <translation>champ %1 : %2 est hors de la plage plausible %3 à %4</translation>
        </message>
        <message>
            <location filename="../../models/feeds/PayloadValues.cpp" line="328" />
            <source>field %1: %2 %3 is outside the plausible range %4 to %5 %3</source>
            <translation>champ %1 : %2 %3 est hors de la plage plausible %4 à %5 %3</translation>
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
            <location filename="../../models/telemetry/ReadingWriter.cpp" line="135" />
            <source>Cannot read the schema version of %1: %2</source>
            <translation>Impossible de lire la version du schéma de %1 : %2</translation>
        </message>
        <message>
            <location filename="../../models/telemetry/ReadingWriter.cpp" line="137" />
            <source>The database %1 is at schema %2, not %3: it must be migrated first</source>
            <translation>La base de données %1 est au schéma %2, pas %3 : elle doit d’abord être migrée</translation>
        </message>
        <message>
            <location filename="../../models/telemetry/ReadingWriter.cpp" line="176" />
            <source>Cannot prepare writing to %1: %2</source>
            <translation>Impossible de préparer l’écriture dans %1 : %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../models/telemetry/ReadingWriter.cpp" line="201" />
            <source>Cannot store %n reading(s) in %1: %2</source>
            <translation>
                <numerusform>Impossible d’enregistrer %n relevé dans %1 : %2</numerusform>
                <numerusform>Impossible d’enregistrer %n relevés dans %1 : %2</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../models/telemetry/ReadingWriter.cpp" line="245" />
            <source>rollup %1/%2: %3</source>
            <translation>agrégat %1/%2 : %3</translation>
        </message>
        <message>
            <location filename="../../models/telemetry/ReadingWriter.cpp" line="72" />
            <location filename="../../models/telemetry/ReadingWriter.cpp" line="75" />
            <source>sensor %1: %2</source>
            <translation>capteur %1 : %2</translation>
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
    </context>
    <context>
        <name>atrium::RoomHistoryChart</name>
        <message>
            <location filename="../../ui/RoomHistoryChart.cpp" line="90" />
            <source>% of time occupied</source>
            <extracomment>chart axis: percent of each quarter hour a room was occupied</extracomment>
            <translation>% du temps occupée</translation>
        </message>
        <message>
            <location filename="../../ui/RoomHistoryChart.cpp" line="97" />
            <source>Select a room to see its last 24 hours</source>
            <translation>Sélectionnez une salle pour voir ses dernières 24 heures</translation>
        </message>
        <message>
            <location filename="../../ui/RoomHistoryChart.cpp" line="99" />
            <source>History is not available: no database is open</source>
            <translation>Historique indisponible : aucune base de données ouverte</translation>
        </message>
        <message>
            <location filename="../../ui/RoomHistoryChart.cpp" line="104" />
            <source>History could not be read: %1</source>
            <translation>Impossible de lire l’historique : %1</translation>
        </message>
        <message>
            <location filename="../../ui/RoomHistoryChart.cpp" line="113" />
            <source>No %1 readings in the last 24 hours</source>
            <extracomment>chart title; %1 is a metric such as CO₂</extracomment>
            <translation>Aucun relevé de %1 ces dernières 24 heures</translation>
        </message>
        <message>
            <location filename="../../ui/RoomHistoryChart.cpp" line="114" />
            <source>%1, last 24 hours (15-minute means)</source>
            <translation>%1, dernières 24 heures (moyennes par quart d’heure)</translation>
        </message>
    </context>
    <context>
        <name>atrium::RoomPanel</name>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="28" />
            <source>north</source>
            <translation>nord</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="29" />
            <source>north-east</source>
            <translation>nord-est</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="30" />
            <source>east</source>
            <translation>est</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="31" />
            <source>south-east</source>
            <translation>sud-est</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="32" />
            <source>south</source>
            <translation>sud</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="33" />
            <source>south-west</source>
            <translation>sud-ouest</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="34" />
            <source>west</source>
            <translation>ouest</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="35" />
            <source>north-west</source>
            <translation>nord-ouest</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="58" />
            <source>Room details</source>
            <translation>Détails de la salle</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="96" />
            <source>Now</source>
            <translation>Maintenant</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="99" />
            <source>No readings yet.</source>
            <translation>Aucun relevé pour l’instant.</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="131" />
            <source>About the room</source>
            <translation>À propos de la salle</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="140" />
            <source>Natural light</source>
            <translation>Lumière naturelle</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="141" />
            <source>Windows</source>
            <translation>Fenêtres</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="142" />
            <source>Ergonomic furniture</source>
            <translation>Mobilier ergonomique</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="143" />
            <source>Screen</source>
            <translation>Écran</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="144" />
            <source>Features</source>
            <translation>Équipements</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="151" />
            <source>Last 24 hours</source>
            <translation>Dernières 24 heures</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="157" />
            <source>Metric shown in the chart</source>
            <translation>Mesure affichée dans le graphique</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="161" />
            <source>&amp;Chart:</source>
            <translation>&amp;Graphique :</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="183" />
            <source>No room selected</source>
            <translation>Aucune sélection</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="184" />
            <source>Click a room on the plan, or move to it with the arrow keys, to see its readings.</source>
            <translation>Cliquez sur une salle du plan, ou rejoignez-la avec les flèches, pour voir ses relevés.</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="191" />
            <source>%1 · %2 seats</source>
            <extracomment>room type and capacity, e.g. "Meeting room · 6 seats"</extracomment>
            <translation>%1 · %2 places</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="193" />
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="193" />
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="196" />
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="197" />
            <source>Facing %1</source>
            <translation>Côté %1</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="200" />
            <source>None listed</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="253" />
            <source>%1 · stale: sensor silent</source>
            <extracomment>e.g. "2 min ago · stale: sensor silent"</extracomment>
            <translation>%1 · périmé : capteur silencieux</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="255" />
            <source>%1: %2, %3</source>
            <translation>%1 : %2, %3</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="256" />
            <source>%1 updated %2</source>
            <translation>%1 mis à jour %2</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="260" />
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="266" />
            <source>Comfort (EN 16798-1): category %1</source>
            <translation>Confort (EN 16798-1) : catégorie %1</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="268" />
            <source>comfort category %1</source>
            <translation>catégorie de confort %1</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="270" />
            <source>Comfort (EN 16798-1): not enough fresh readings</source>
            <translation>Confort (EN 16798-1) : pas assez de relevés récents</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="271" />
            <source>Needs a current temperature, humidity or CO₂ reading.</source>
            <translation>Il faut un relevé récent de température, d’humidité ou de CO₂.</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="278" />
            <source>%1, %2 for %3.</source>
            <extracomment>summary of a room for a quick look and for screen readers: name, type, capacity, readings</extracomment>
            <translation>%1, %2 pour %3.</translation>
        </message>
        <message>
            <location filename="../../ui/RoomPanel.cpp" line="283" />
            <source>No current readings.</source>
            <translation>Aucun relevé récent.</translation>
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
            <location filename="../../models/site/SiteLoader.cpp" line="505" />
            <source>cannot open the site file %1: %2</source>
            <translation>impossible d’ouvrir le fichier du site %1 : %2</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="515" />
            <source>%1 is saved as UTF-16 text: save it as UTF-8</source>
            <translation>%1 est enregistré en UTF-16 : enregistrez-le en UTF-8</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="527" />
            <source>%1 line %2, column %3: not UTF-8 text (byte 0x%4): save the file as UTF-8</source>
            <translation>%1 ligne %2, colonne %3 : texte non UTF-8 (octet 0x%4) : enregistrez le fichier en UTF-8</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="550" />
            <source>%1 line %2, column %3: %4</source>
            <translation>%1 ligne %2, colonne %3 : %4</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="554" />
            <source>%1 line 1: the site file must hold one JSON object in curly braces</source>
            <translation>%1 ligne 1 : le fichier du site doit contenir un seul objet JSON entre accolades</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="547" />
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
            <location filename="../../models/site/SiteLoader.cpp" line="362" />
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
            <location filename="../../models/site/SiteLoader.cpp" line="273" />
            <source>a site needs at least one floor with a plan</source>
            <translation>un site doit avoir au moins un étage avec un plan</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="286" />
            <source>duplicate floor id '%1'</source>
            <translation>id d’étage « %1 » en double</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="291" />
            <source>file not found: %1</source>
            <translation>fichier introuvable : %1</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="313" />
            <source>duplicate room id '%1' (already used by %2 on line %3)</source>
            <translation>id de salle « %1 » en double (déjà utilisé par %2 à la ligne %3)</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="329" />
            <source>unknown room type '%1' (known: %2)</source>
            <translation>type de salle « %1 » inconnu (connus : %2)</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="349" />
            <source>unknown floor '%1' (floors: %2)</source>
            <translation>étage « %1 » inconnu (étages : %2)</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="354" />
            <source>'%1' is not a compass direction (N, NE, E, SE, S, SW, W, NW, or "" without window)</source>
            <translation>« %1 » n’est pas une orientation (N, NE, E, SE, S, SW, W, NW, ou "" sans fenêtre)</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="358" />
            <source>must be a list of text tags</source>
            <translation>doit être une liste d’étiquettes texte</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="386" />
            <source>duplicate sensor id '%1'</source>
            <translation>id de capteur « %1 » en double</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="389" />
            <source>'%1' holds a wildcard: a sensor names one exact topic (wildcards belong in subscriptions)</source>
            <translation>« %1 » contient un joker : un capteur désigne un topic exact (les jokers vont dans les abonnements)</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="394" />
            <source>topic '%1' already belongs to sensor '%2'</source>
            <translation>le topic « %1 » appartient déjà au capteur « %2 »</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="397" />
            <source>unknown room '%1'</source>
            <translation>salle « %1 » inconnue</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="419" />
            <source>'%1' is not an MQTT topic filter ('+' and '#' stand alone between slashes, '#' last)</source>
            <translation>« %1 » n’est pas un filtre de topic MQTT (« + » et « # » seuls entre barres obliques, « # » en dernier)</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="437" />
            <location filename="../../models/site/SiteLoader.cpp" line="449" />
            <source>floor '%1': %2</source>
            <translation>étage « %1 » : %2</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="444" />
            <source>floor '%1': cannot open %2: %3</source>
            <translation>étage « %1 » : impossible d’ouvrir %2 : %3</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="463" />
            <source>floor '%1': room '%2' has no element id '%3' in %4 (%5 line %6)</source>
            <translation>étage « %1 » : la salle « %2 » n’a pas d’élément d’id « %3 » dans %4 (%5 ligne %6)</translation>
        </message>
        <message>
            <location filename="../../models/site/SiteLoader.cpp" line="467" />
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
            <location filename="../../models/feeds/TopicRouter.cpp" line="89" />
            <source>unknown payload profile "%1"</source>
            <translation>profil de message « %1 » inconnu</translation>
        </message>
        <message>
            <location filename="../../models/feeds/TopicRouter.cpp" line="128" />
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
        <name>atrium::main</name>
        <message>
            <location filename="../../app/main.cpp" line="56" />
            <source>Atrium cannot start</source>
            <translation>Atrium ne peut pas démarrer</translation>
        </message>
        <message>
            <location filename="../../app/main.cpp" line="107" />
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About RecoEngine</source>
        <translation>Über RecoEngine</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RecoEngine %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for people who run recommendation systems: import interaction logs, browse the data, train and evaluate recommender models, read dashboards and curate what users see.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RecoEngine %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Workbench für alle, die Empfehlungssysteme betreiben: Interaktionsprotokolle importieren, die Daten durchsuchen, Empfehlungsmodelle trainieren und evaluieren, Dashboards auswerten und kuratieren, was Nutzer sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with %1; %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Erstellt mit %1; %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;RecoEngine links Qt Charts, which Qt offers under the GNU General Public License version 3 (or a commercial licence). RecoEngine as distributed is therefore licensed under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;RecoEngine bindet Qt Charts ein, das Qt unter der GNU General Public License Version 3 (oder einer kommerziellen Lizenz) anbietet. RecoEngine in der vertriebenen Form steht daher unter der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version. Es wird ohne jegliche Gewährleistung bereitgestellt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Homepage: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Website: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>Versionsinformationen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the version, git revision and library versions (for a bug report)</source>
        <translation>Version, Git-Revision und Bibliotheksversionen kopieren (für einen Fehlerbericht)</translation>
    </message>
</context>
<context>
    <name>ActionRegistry</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Create a new, empty project file</source>
        <translation>Neue, leere Projektdatei anlegen</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open an existing project file</source>
        <translation>Vorhandene Projektdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Import Dataset…</source>
        <translation>Datensatz &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import an interaction log or a public dataset into the project</source>
        <translation>Ein Interaktionsprotokoll oder einen öffentlichen Datensatz in das Projekt importieren</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Close the current project</source>
        <translation>Aktuelles Projekt schließen</translation>
    </message>
    <message>
        <source>Clear &amp;List</source>
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;About RecoEngine</source>
        <translation>Ü&amp;ber RecoEngine</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>Open the user guide at the chapter of the current workspace</source>
        <translation>Handbuch beim Kapitel des aktuellen Arbeitsbereichs öffnen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Running &amp;Tasks…</source>
        <translation>&amp;Laufende Aufgaben…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>List the running tasks with their progress, and cancel them</source>
        <translation>Die laufenden Aufgaben mit ihrem Fortschritt anzeigen und abbrechen</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <source>Open the built-in demo project (an online shop&apos;s recommendation log), creating it first when it is missing</source>
        <translation>Das mitgelieferte Demoprojekt (das Empfehlungsprotokoll eines Onlineshops) öffnen und es zuerst erstellen, falls es fehlt</translation>
    </message>
</context>
<context>
    <name>AddRuleCommand</name>
    <message>
        <source>Add rule #%1: %2</source>
        <translation>Regel #%1 hinzufügen: %2</translation>
    </message>
</context>
<context>
    <name>AddRuleDialog</name>
    <message>
        <source>Add rule to &apos;%1&apos;</source>
        <translation>Regel zu „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Why this rule exists (optional)</source>
        <translation>Warum es diese Regel gibt (optional)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>Ar&amp;tikel:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>&amp;Faktor:</translation>
    </message>
    <message>
        <source>&amp;Max items:</source>
        <translation>&amp;Max. Artikel:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorität:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>every category</source>
        <translation>jede Kategorie</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
</context>
<context>
    <name>AddSegmentCommand</name>
    <message>
        <source>Add segment &apos;%1&apos;</source>
        <translation>Segment „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export this chart as PNG or SVG, or its data as CSV</source>
        <translation>Dieses Diagramm als PNG oder SVG oder seine Daten als CSV exportieren</translation>
    </message>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG…</translation>
    </message>
    <message>
        <source>Chart as &amp;SVG…</source>
        <translation>Diagramm als &amp;SVG…</translation>
    </message>
    <message>
        <source>Data as &amp;CSV…</source>
        <translation>Daten als &amp;CSV…</translation>
    </message>
    <message>
        <source>Could not write the PNG file %1.</source>
        <translation>Die PNG-Datei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write the SVG file %1.</source>
        <translation>Die SVG-Datei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write the CSV file %1: %2</source>
        <translation>Die CSV-Datei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>CurationDocument</name>
    <message>
        <source>The working rule set could not be written to the project: %1</source>
        <translation>Der Arbeitsstand des Regelsatzes konnte nicht in das Projekt geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Segment members could not be counted: %1</source>
        <translation>Die Segmentmitglieder konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Version %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Import rule set %1 version %2</source>
        <translation>Regelsatz %1, Version %2 importieren</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rule(s)</source>
        <translation>
            <numerusform>%n Regel entfernen</numerusform>
            <numerusform>%n Regeln entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move rule #%1 up</source>
        <translation>Regel #%1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move rule #%1 down</source>
        <translation>Regel #%1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove segment &apos;%1&apos;</source>
        <translation>Segment „%1“ entfernen</translation>
    </message>
    <message>
        <source>This is the first version of the rule set (%1, %2).</source>
        <translation>Dies ist die erste Version des Regelsatzes (%1, %2).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln Segment</numerusform>
            <numerusform>%Ln Segmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rule(s)</source>
        <translation>
            <numerusform>%Ln Regel</numerusform>
            <numerusform>%Ln Regeln</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes since version %1.</source>
        <translation>Keine Änderungen seit Version %1.</translation>
    </message>
    <message>
        <source>Changes since version %1:
%2</source>
        <translation>Änderungen seit Version %1:
%2</translation>
    </message>
    <message>
        <source>The saved versions could not be read: %1</source>
        <translation>Die gespeicherten Versionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Counting segment members</source>
        <translation>Segmentmitglieder werden gezählt</translation>
    </message>
    <message>
        <source>Counting the edited segment&apos;s members</source>
        <translation>Mitglieder des bearbeiteten Segments werden gezählt</translation>
    </message>
</context>
<context>
    <name>CurationImpactPanel</name>
    <message>
        <source>nDCG@%1</source>
        <translation>nDCG@%1</translation>
    </message>
    <message>
        <source>Recall@%1</source>
        <translation>Recall@%1</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Gini (exposure)</source>
        <translation>Gini (Sichtbarkeit)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The model is retrained on the split&apos;s training part with the stored model&apos;s parameters</source>
        <translation>Das Modell wird mit den Parametern des gespeicherten Modells auf dem Trainingsteil der Aufteilung neu trainiert</translation>
    </message>
    <message>
        <source>How interactions are divided into training and held-out data, as in the Evaluate tab (stratified-user:0.75, temporal:0.8, leave-last:1 …)</source>
        <translation>Wie die Interaktionen in Trainings- und zurückgehaltene Daten aufgeteilt werden, wie im Tab „Evaluieren“ (stratified-user:0.75, temporal:0.8, leave-last:1 …)</translation>
    </message>
    <message>
        <source>When the rules are applied: rules outside their time window do not count</source>
        <translation>Zeitpunkt, zu dem die Regeln angewendet werden: Regeln außerhalb ihres Zeitfensters zählen nicht</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>Rules at</source>
        <translation>Regeln zum Zeitpunkt</translation>
    </message>
    <message>
        <source>Run to see what the working rule set costs or gains on the offline evaluation split: each test user&apos;s top 10 with and without the rules, scored against their held-out interactions.</source>
        <translation>Führen Sie die Analyse aus, um zu sehen, was der Arbeitsstand des Regelsatzes auf der Offline-Evaluationsaufteilung kostet oder bringt: die Top 10 jedes Testnutzers mit und ohne Regeln, bewertet an seinen zurückgehaltenen Interaktionen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot list the trained models: %1</source>
        <translation>Die trainierten Modelle können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>No trained model yet: train one in the Models workspace first.</source>
        <translation>Noch kein trainiertes Modell: Trainieren Sie zuerst eines im Arbeitsbereich „Modelle“.</translation>
    </message>
    <message>
        <source>Split: %1</source>
        <translation>Aufteilung: %1</translation>
    </message>
    <message>
        <source>The model %1 no longer exists.</source>
        <translation>Das Modell %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Impact failed: %1</source>
        <translation>Auswirkungsanalyse fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 — test users: %2 · lists changed: %3</source>
        <translation>%1 — Testnutzer: %2 · geänderte Listen: %3</translation>
    </message>
    <message>
        <source>Without</source>
        <translation>Ohne</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Better with the rules</source>
        <translation>Besser mit den Regeln</translation>
    </message>
    <message>
        <source>Worse with the rules</source>
        <translation>Schlechter mit den Regeln</translation>
    </message>
    <message>
        <source>The rules change none of the %1 test users&apos; top %2 lists: no offline cost or gain.</source>
        <translation>Die Regeln ändern keine der Top-%2-Listen der %1 Testnutzer: weder Offline-Verlust noch -Gewinn.</translation>
    </message>
    <message>
        <source>stays at %1</source>
        <translation>bleibt bei %1</translation>
    </message>
    <message>
        <source> (%1%2%)</source>
        <translation> (%1%2&#xa0;%)</translation>
    </message>
    <message>
        <source>rises from %1 to %2%3</source>
        <translation>steigt von %1 auf %2%3</translation>
    </message>
    <message>
        <source>falls from %1 to %2%3</source>
        <translation>fällt von %1 auf %2%3</translation>
    </message>
    <message>
        <source>The rules change the top %1 lists of %2 of %3 test users. </source>
        <translation>Die Regeln ändern die Top-%1-Listen von %2 der %3 Testnutzer. </translation>
    </message>
    <message>
        <source>nDCG@%1 %2, recall@%1 %3; the share of the catalogue shown %4.</source>
        <translation>nDCG@%1 %2, Recall@%1 %3; der Anteil des gezeigten Katalogs %4.</translation>
    </message>
    <message>
        <source>Segment %1 loses most: nDCG@%2 %3.</source>
        <translation>Segment %1 verliert am meisten: nDCG@%2 %3.</translation>
    </message>
    <message>
        <source>Measuring the impact of the rules</source>
        <translation>Wirkung der Regeln wird gemessen</translation>
    </message>
    <message>
        <source>few users</source>
        <translation>wenige Nutzer</translation>
    </message>
    <message>
        <source>Test users in this segment: %1. That is fewer than %2, so these figures can change a lot with a single user: read them with care.</source>
        <translation>Testnutzer in diesem Segment: %1. Das sind weniger als %2, daher können sich diese Werte schon durch einen einzigen Nutzer stark ändern: Lesen Sie sie mit Vorsicht.</translation>
    </message>
    <message>
        <source>%1 on %2, seed %3: %4 training / %5 held-out interactions, %6.</source>
        <translation>%1 auf %2, Seed %3: %4 Trainings- / %5 zurückgehaltene Interaktionen, %6.</translation>
    </message>
</context>
<context>
    <name>CurationPreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Sample from segment</source>
        <translation>Aus Segment ziehen</translation>
    </message>
    <message>
        <source>The trained model whose ranking is curated</source>
        <translation>Das trainierte Modell, dessen Ranking kuratiert wird</translation>
    </message>
    <message>
        <source>List length</source>
        <translation>Listenlänge</translation>
    </message>
    <message>
        <source>When the list is shown: rules outside their time window do not apply</source>
        <translation>Zeitpunkt der Anzeige der Liste: Regeln außerhalb ihres Zeitfensters greifen nicht</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Nutzer-ID</translation>
    </message>
    <message>
        <source>Draw a few users of the segment and preview the first (each click draws anew)</source>
        <translation>Einige Nutzer des Segments ziehen und den ersten in der Vorschau zeigen (jeder Klick zieht neu)</translation>
    </message>
    <message>
        <source>Sampled users: pick one to preview it</source>
        <translation>Gezogene Nutzer: Wählen Sie einen für die Vorschau</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Bestimmt durch</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Gezogene Nutzer</translation>
    </message>
    <message>
        <source>Model ranking</source>
        <translation>Modell-Ranking</translation>
    </message>
    <message>
        <source>Curated</source>
        <translation>Kuratiert</translation>
    </message>
    <message>
        <source>Choose a model and a user, or sample users of a segment.</source>
        <translation>Wählen Sie ein Modell und einen Nutzer, oder ziehen Sie Nutzer aus einem Segment.</translation>
    </message>
    <message>
        <source>Cannot list the trained models: %1</source>
        <translation>Die trainierten Modelle können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>No trained model yet: train one in the Models workspace to preview its recommendations.</source>
        <translation>Noch kein trainiertes Modell: Trainieren Sie eines im Arbeitsbereich „Modelle“, um seine Empfehlungen in der Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>Type a user id, or sample users of a segment.</source>
        <translation>Geben Sie eine Nutzer-ID ein, oder ziehen Sie Nutzer aus einem Segment.</translation>
    </message>
    <message>
        <source>There is no segment named %1 in the rule set.</source>
        <translation>Im Regelsatz gibt es kein Segment namens %1.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Sampling users of %1…</source>
        <translation>Nutzer aus %1 werden gezogen…</translation>
    </message>
    <message>
        <source>Curating the recommendations of %1…</source>
        <translation>Die Empfehlungen von %1 werden kuratiert…</translation>
    </message>
    <message>
        <source>Segment %1 has no members.</source>
        <translation>Segment %1 hat keine Mitglieder.</translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation>Vorschau fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 · %2
category: %3</source>
        <translation>%1 · %2
Kategorie: %3</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Not among the model&apos;s candidates for this user</source>
        <translation>Nicht unter den Kandidaten des Modells für diesen Nutzer</translation>
    </message>
    <message>
        <source>User %1 (segments: %2) · positions changed: %3 · active rules: %4.</source>
        <translation>Nutzer %1 (Segmente: %2) · geänderte Positionen: %3 · aktive Regeln: %4.</translation>
    </message>
    <message>
        <source>Banned: %1</source>
        <translation>Gesperrt: %1</translation>
    </message>
    <message>
        <source>Pin #%1 lost its position to #%2.</source>
        <translation>Fixierung #%1 hat ihre Position an #%2 verloren.</translation>
    </message>
    <message>
        <source>Over a category cap: %1</source>
        <translation>Über einer Kategorie-Obergrenze: %1</translation>
    </message>
    <message>
        <source>%1 (rule #%2)</source>
        <translation>%1 (Regel #%2)</translation>
    </message>
    <message>
        <source>%1 (%2, rule #%3)</source>
        <translation>%1 (%2, Regel #%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Previewing the curated list</source>
        <translation>Vorschau der kuratierten Liste</translation>
    </message>
    <message>
        <source>Segment %1: %2</source>
        <translation>Segment %1: %2</translation>
    </message>
    <message>
        <source>Recommendations before the rules</source>
        <translation>Empfehlungen vor den Regeln</translation>
    </message>
    <message>
        <source>Recommendations after the rules</source>
        <translation>Empfehlungen nach den Regeln</translation>
    </message>
</context>
<context>
    <name>CurationWhatIfPanel</name>
    <message>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <source>IPS</source>
        <translation>IPS</translation>
    </message>
    <message>
        <source>Self-normalised IPS</source>
        <translation>Selbstnormalisiertes IPS</translation>
    </message>
    <message>
        <source>Direct method</source>
        <translation>Direkte Methode</translation>
    </message>
    <message>
        <source>Doubly robust</source>
        <translation>Doppelt robust</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Estimating the rules&apos; click rate</source>
        <translation>Klickrate der Regeln wird geschätzt</translation>
    </message>
    <message>
        <source>The trained model whose ranking the rules curate</source>
        <translation>Das trainierte Modell, dessen Ranking die Regeln kuratieren</translation>
    </message>
    <message>
        <source>0 evaluates the ranking as it is. Above 0, each slot shows the ranked item with probability 1 − ε and any candidate otherwise, so that more logged impressions count</source>
        <translation>0 bewertet das Ranking, wie es ist. Über 0 zeigt jeder Platz das gerankte Item mit Wahrscheinlichkeit 1 − ε und sonst einen beliebigen Kandidaten, damit mehr protokollierte Impressionen zählen</translation>
    </message>
    <message>
        <source>Without the rules</source>
        <translation>Ohne die Regeln</translation>
    </message>
    <message>
        <source>With the rules</source>
        <translation>Mit den Regeln</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Clicks per impression with 95% bootstrap intervals; the difference&apos;s interval is paired (both on the same resamples). Self-normalised IPS is the one to read first</source>
        <translation>Klicks pro Impression mit 95-%-Bootstrap-Intervallen; das Intervall der Differenz ist gepaart (beide auf denselben Stichproben). Selbstnormalisiertes IPS zuerst lesen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Smoothing ε</source>
        <translation>Glättung ε</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot list the trained models: %1</source>
        <translation>Die trainierten Modelle können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>No trained model yet: train one in the Models workspace first.</source>
        <translation>Noch kein trainiertes Modell: Trainieren Sie zuerst eines im Arbeitsbereich „Modelle“.</translation>
    </message>
    <message>
        <source>Recomputing…</source>
        <translation>Wird neu berechnet…</translation>
    </message>
    <message>
        <source>Reading the logged impressions</source>
        <translation>Protokollierte Impressionen werden gelesen</translation>
    </message>
    <message>
        <source>This project has no logged impressions to estimate from. Import impressions with their positions (and propensities), such as an Open Bandit log.</source>
        <translation>Dieses Projekt hat keine protokollierten Impressionen, aus denen geschätzt werden könnte. Importieren Sie Impressionen mit ihren Positionen (und Propensitäten), etwa ein Open-Bandit-Protokoll.</translation>
    </message>
    <message>
        <source>Ranking without the rules</source>
        <translation>Ranking ohne die Regeln</translation>
    </message>
    <message>
        <source>Ranking with the rules</source>
        <translation>Ranking mit den Regeln</translation>
    </message>
    <message>
        <source>Estimating the click rates</source>
        <translation>Klickraten werden geschätzt</translation>
    </message>
    <message>
        <source>Cancelled: the figures below are from before the last edit.</source>
        <translation>Abgebrochen: die Zahlen unten stammen von vor der letzten Änderung.</translation>
    </message>
    <message>
        <source>The estimate failed: %1</source>
        <translation>Die Schätzung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Up to date with the working rule set.</source>
        <translation>Auf dem Stand des Arbeitsregelsatzes.</translation>
    </message>
    <message>
        <source>The click rate the working rule set would have had on the logged impressions, with and without it, appears here and follows every edit.</source>
        <translation>Die Klickrate, die der Arbeitsregelsatz auf den protokollierten Impressionen gehabt hätte, mit und ohne ihn, erscheint hier und folgt jeder Änderung.</translation>
    </message>
    <message>
        <source>The ranking would never have shown any logged item in its slot: nothing to estimate from. Try a smoothing ε above 0.</source>
        <translation>Das Ranking hätte kein protokolliertes Item auf seinem Platz gezeigt: nichts, woraus sich schätzen ließe. Versuchen Sie eine Glättung ε über 0.</translation>
    </message>
    <message>
        <source>Too little overlap with the logs: the estimate is worth %1 impressions out of %2.</source>
        <translation>Zu wenig Überlappung mit den Protokollen: die Schätzung ist %1 von %2 Impressionen wert.</translation>
    </message>
    <message>
        <source>A few impressions dominate: the estimate rests on the equivalent of %1 clicks.</source>
        <translation>Wenige Impressionen dominieren: die Schätzung beruht auf dem Gegenwert von %1 Klicks.</translation>
    </message>
    <message>
        <source>%1 of the choices fall on items the logs never showed there: that part cannot be judged.</source>
        <translation>%1 der Auswahlen fallen auf Items, die die Protokolle dort nie zeigten: dieser Teil lässt sich nicht beurteilen.</translation>
    </message>
    <message>
        <source>The logs cannot tell.</source>
        <translation>Die Protokolle lassen es nicht erkennen.</translation>
    </message>
    <message>
        <source>The rules would have raised the click rate.</source>
        <translation>Die Regeln hätten die Klickrate erhöht.</translation>
    </message>
    <message>
        <source>The rules would have lowered the click rate.</source>
        <translation>Die Regeln hätten die Klickrate gesenkt.</translation>
    </message>
    <message>
        <source>The rules change nothing the logs can see.</source>
        <translation>Die Regeln ändern nichts, was die Protokolle sehen können.</translation>
    </message>
    <message>
        <source>The logs cannot tell the difference from zero.</source>
        <translation>Die Protokolle können die Differenz nicht von null unterscheiden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;With the rules: %1&lt;/b&gt; clicks per impression (95%: %2 to %3). Without: %4 (%5 to %6). Difference: &lt;b&gt;%7 percentage points&lt;/b&gt; (%8 to %9). %10</source>
        <translation>&lt;b&gt;Mit den Regeln: %1&lt;/b&gt; Klicks pro Impression (95 %: %2 bis %3). Ohne: %4 (%5 bis %6). Differenz: &lt;b&gt;%7 Prozentpunkte&lt;/b&gt; (%8 bis %9). %10</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>%1 pp (%2 to %3)</source>
        <translation>%1 Pp. (%2 bis %3)</translation>
    </message>
    <message>
        <source>the ranking epsilon-smoothed (ε = %1)</source>
        <translation>das Ranking epsilon-geglättet (ε = %1)</translation>
    </message>
    <message>
        <source>the ranking as it is (deterministic)</source>
        <translation>das Ranking, wie es ist (deterministisch)</translation>
    </message>
    <message>
        <source>%1 logged impressions, %2 clicks; evaluated: %3. With the rules: effective sample size %4, agreement with the logs %5, largest weight %6.</source>
        <translation>%1 protokollierte Impressionen, %2 Klicks; bewertet: %3. Mit den Regeln: effektive Stichprobengröße %4, Übereinstimmung mit den Protokollen %5, größtes Gewicht %6.</translation>
    </message>
    <message>
        <source>Estimate on the logged impressions of this segment&apos;s users only</source>
        <translation>Nur auf den protokollierten Impressionen der Nutzer dieses Segments schätzen</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>No logged impressions of users in segment %1.</source>
        <translation>Keine protokollierten Impressionen von Nutzern im Segment %1.</translation>
    </message>
    <message numerus="yes">
        <source>The logs carry no propensities for %Ln impression(s): they were estimated from how often each item was shown per placement and slot.</source>
        <translation>
            <numerusform>Die Protokolle enthalten für %Ln Impression keine Propensität: sie wurde aus der Häufigkeit geschätzt, mit der jedes Item pro Platzierung und Platz gezeigt wurde.</numerusform>
            <numerusform>Die Protokolle enthalten für %Ln Impressionen keine Propensitäten: sie wurden aus der Häufigkeit geschätzt, mit der jedes Item pro Platzierung und Platz gezeigt wurde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln logged impression(s) have a propensity below 0.001: their weights can be huge.</source>
        <translation>
            <numerusform>%Ln protokollierte Impression hat eine Propensität unter 0,001: ihr Gewicht kann riesig sein.</numerusform>
            <numerusform>%Ln protokollierte Impressionen haben eine Propensität unter 0,001: ihre Gewichte können riesig sein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln click(s) in the logs: the intervals are wide.</source>
        <translation>
            <numerusform>Nur %Ln Klick in den Protokollen: die Intervalle sind breit.</numerusform>
            <numerusform>Nur %Ln Klicks in den Protokollen: die Intervalle sind breit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurationWorkspace</name>
    <message>
        <source>No project is open.

Open or create a project to curate what recommendations show: pin, ban, boost and bury items for user segments.</source>
        <translation>Es ist kein Projekt geöffnet.

Öffnen oder erstellen Sie ein Projekt, um zu kuratieren, was Empfehlungen zeigen: Artikel für Nutzersegmente fixieren, sperren, hochstufen und herabstufen.</translation>
    </message>
    <message>
        <source>Find an item by id or title (Ctrl+F). Choosing one sets the selected rule&apos;s item, or starts a new rule for it.</source>
        <translation>Artikel nach ID oder Titel suchen (Strg+F). Die Auswahl setzt den Artikel der ausgewählten Regel oder legt eine neue Regel dafür an.</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <translation>Regel &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>Regel &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Edit cell</source>
        <translation>Zelle &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Enable/&amp;disable rule</source>
        <translation>Regel aktivieren/&amp;deaktivieren</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>&amp;Save version…</source>
        <translation>Version &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versionen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Find item</source>
        <translation>Artikel &amp;finden</translation>
    </message>
    <message>
        <source>&amp;New segment</source>
        <translation>&amp;Neues Segment</translation>
    </message>
    <message>
        <source>Remove se&amp;gment</source>
        <translation>Se&amp;gment entfernen</translation>
    </message>
    <message>
        <source>Remove segment</source>
        <translation>Segment entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Segment &apos;%1&apos; has %n rule(s). Remove the segment and its rules?</source>
        <translation>
            <numerusform>Segment „%1“ hat %n Regel. Segment und Regel entfernen?</numerusform>
            <numerusform>Segment „%1“ hat %n Regeln. Segment und Regeln entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The project&apos;s rule set cannot be read:
%1</source>
        <translation>Der Regelsatz des Projekts kann nicht gelesen werden:
%1</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message numerus="yes">
        <source>Rules for segment &apos;%1&apos; (%n rule(s), highest priority first)</source>
        <translation>
            <numerusform>Regeln für Segment „%1“ (%n Regel, höchste Priorität zuerst)</numerusform>
            <numerusform>Regeln für Segment „%1“ (%n Regeln, höchste Priorität zuerst)</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>Probleme: keine</translation>
    </message>
    <message>
        <source>The rule was not added: %1</source>
        <translation>Die Regel wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Als Version %1 gespeichert.</translation>
    </message>
    <message>
        <source>The version could not be saved: %1</source>
        <translation>Die Version konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Import rule set</source>
        <translation>Regelsatz importieren</translation>
    </message>
    <message>
        <source>Rule sets (*.json);;All files (*)</source>
        <translation>Regelsätze (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>Die Versionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Export rule set</source>
        <translation>Regelsatz exportieren</translation>
    </message>
    <message>
        <source>Export writes a saved version. Save a version first (Save version…).</source>
        <translation>Exportiert wird eine gespeicherte Version. Speichern Sie zuerst eine Version (Version speichern…).</translation>
    </message>
    <message>
        <source>The working rule set has changes that are not saved as a version. Export the latest saved version (%1) anyway?</source>
        <translation>Der Arbeitsstand des Regelsatzes enthält Änderungen, die nicht als Version gespeichert sind. Trotzdem die zuletzt gespeicherte Version (%1) exportieren?</translation>
    </message>
    <message>
        <source>Export rule set version %1</source>
        <translation>Regelsatz-Version %1 exportieren</translation>
    </message>
    <message>
        <source>ruleset-v%1.json</source>
        <translation>regelsatz-v%1.json</translation>
    </message>
    <message>
        <source>Version %1 exported to %2.</source>
        <translation>Version %1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Curation</source>
        <translation>Kuratierung</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Problems: %1, %2</source>
        <translation>Probleme: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln Fehler</numerusform>
            <numerusform>%Ln Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Ausgewählte Regel</translation>
    </message>
    <message>
        <source>No rules yet</source>
        <translation>Noch keine Regeln</translation>
    </message>
    <message>
        <source>Rules change what the recommendations show: pin an item to a position, ban, boost or bury items and categories, cap how many items of one category a list holds. Add a rule for all users, or first define a segment to target a group of users; or import a rule set exported before.</source>
        <translation>Regeln ändern, was die Empfehlungen zeigen: einen Artikel an einer Position fixieren, Artikel und Kategorien sperren, hochstufen oder herabstufen, begrenzen, wie viele Artikel einer Kategorie eine Liste enthält. Fügen Sie eine Regel für alle Nutzer hinzu, definieren Sie zuerst ein Segment, um eine Nutzergruppe anzusprechen, oder importieren Sie einen früher exportierten Regelsatz.</translation>
    </message>
    <message>
        <source>Add a rule for the selected segment (Insert)</source>
        <translation>Eine Regel für das ausgewählte Segment hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Define a group of users by their attributes and activity (Ctrl+Shift+N)</source>
        <translation>Eine Nutzergruppe über Attribute und Aktivität definieren (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>&amp;Import rule set…</source>
        <translation>Regelsatz &amp;importieren…</translation>
    </message>
    <message>
        <source>Read rules from a rule-set JSON file</source>
        <translation>Regeln aus einer Regelsatz-JSON-Datei lesen</translation>
    </message>
    <message>
        <source>Select a rule to see its note, author and creation time.</source>
        <translation>Wählen Sie eine Regel, um Notiz, Autor und Erstellungszeit zu sehen.</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>Find item</source>
        <translation>Artikel suchen</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>CTR (%)</source>
        <translation>CTR (%)</translation>
    </message>
    <message>
        <source>Conversion per click (%)</source>
        <translation>Conversions pro Klick (%)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressionen</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Impressions: %1&lt;br&gt;Clicks: %2 (CTR %3)&lt;br&gt;Add-to-carts: %4&lt;br&gt;Purchases: %5 (%6 per click)&lt;br&gt;Revenue: %7</source>
        <translation>Impressionen: %1&lt;br&gt;Klicks: %2 (CTR %3)&lt;br&gt;Add-to-Carts: %4&lt;br&gt;Käufe: %5 (%6 pro Klick)&lt;br&gt;Umsatz: %7</translation>
    </message>
    <message>
        <source>&lt;br&gt;Active users: %1</source>
        <translation>&lt;br&gt;Aktive Nutzer: %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week (starting Monday)</source>
        <translation>Woche (ab Montag)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>CTR by position</source>
        <translation>CTR nach Position</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>Position in der Liste</translation>
    </message>
    <message>
        <source>&lt;b&gt;Position %1&lt;/b&gt;&lt;br&gt;%2 impressions, %3 clicks&lt;br&gt;CTR %4</source>
        <translation>&lt;b&gt;Position %1&lt;/b&gt;&lt;br&gt;%2 Impressionen, %3 Klicks&lt;br&gt;CTR %4</translation>
    </message>
    <message>
        <source>Add-to-carts</source>
        <translation>Add-to-Carts</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 of the previous stage</source>
        <translation>&lt;br&gt;%1 der vorherigen Stufe</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 of impressions</source>
        <translation>&lt;br&gt;%1 der Impressionen</translation>
    </message>
    <message>
        <source>Events (log scale)</source>
        <translation>Ereignisse (log. Skala)</translation>
    </message>
    <message>
        <source>Impressions per week</source>
        <translation>Impressionen pro Woche</translation>
    </message>
    <message>
        <source>Impressions per month</source>
        <translation>Impressionen pro Monat</translation>
    </message>
    <message>
        <source>Impressions per day</source>
        <translation>Impressionen pro Tag</translation>
    </message>
    <message>
        <source>Clicks per week</source>
        <translation>Klicks pro Woche</translation>
    </message>
    <message>
        <source>Clicks per month</source>
        <translation>Klicks pro Monat</translation>
    </message>
    <message>
        <source>Clicks per day</source>
        <translation>Klicks pro Tag</translation>
    </message>
    <message>
        <source>Purchases per week</source>
        <translation>Käufe pro Woche</translation>
    </message>
    <message>
        <source>Purchases per month</source>
        <translation>Käufe pro Monat</translation>
    </message>
    <message>
        <source>Purchases per day</source>
        <translation>Käufe pro Tag</translation>
    </message>
    <message>
        <source>CTR (%) per week</source>
        <translation>CTR (%) pro Woche</translation>
    </message>
    <message>
        <source>CTR (%) per month</source>
        <translation>CTR (%) pro Monat</translation>
    </message>
    <message>
        <source>CTR (%) per day</source>
        <translation>CTR (%) pro Tag</translation>
    </message>
    <message>
        <source>Partial day: the data ends during it</source>
        <translation>Unvollständiger Tag: die Daten enden an ihm</translation>
    </message>
    <message>
        <source>Partial week: the data ends during its last day</source>
        <translation>Unvollständige Woche: die Daten enden an ihrem letzten Tag</translation>
    </message>
    <message>
        <source>Partial month: the data ends during its last day</source>
        <translation>Unvollständiger Monat: die Daten enden an seinem letzten Tag</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3 of %4 %5&lt;br&gt;rate %6 (95% interval %7 – %8)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3 von %4 %5&lt;br&gt;Rate %6 (95-%-Intervall %7 – %8)</translation>
    </message>
    <message>
        <source>%1 (%) with its 95% interval</source>
        <translation>%1 (%) mit 95-%-Intervall</translation>
    </message>
    <message>
        <source>%1 − %2</source>
        <extracomment>A variant&apos;s difference from the baseline: &quot;B − A&quot;.</extracomment>
        <translation>%1 − %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 − %2&lt;/b&gt;&lt;br&gt;%3 percentage points (95% interval %4 to %5)&lt;br&gt;p-value %6</source>
        <translation>&lt;b&gt;%1 − %2&lt;/b&gt;&lt;br&gt;%3 Prozentpunkte (95-%-Intervall %4 bis %5)&lt;br&gt;p-Wert %6</translation>
    </message>
    <message>
        <source>Difference from %1 in %2 (percentage points)</source>
        <translation>Unterschied zu %1 in %2 (Prozentpunkte)</translation>
    </message>
    <message>
        <source>Week only partly in the period</source>
        <translation>Woche nur teilweise im Zeitraum</translation>
    </message>
    <message>
        <source>Month only partly in the period</source>
        <translation>Monat nur teilweise im Zeitraum</translation>
    </message>
</context>
<context>
    <name>DashboardFilterBar</name>
    <message>
        <source>&amp;Dates</source>
        <translation>Zei&amp;traum</translation>
    </message>
    <message>
        <source>Restrict every chart to a date range (otherwise all data)</source>
        <translation>Alle Diagramme auf einen Zeitraum beschränken (sonst alle Daten)</translation>
    </message>
    <message>
        <source>First day (inclusive, UTC)</source>
        <translation>Erster Tag (einschließlich, UTC)</translation>
    </message>
    <message>
        <source>Last day (inclusive, UTC)</source>
        <translation>Letzter Tag (einschließlich, UTC)</translation>
    </message>
    <message>
        <source>Only users with this attribute value</source>
        <translation>Nur Nutzer mit diesem Attributwert</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>What the breakdown bars show</source>
        <translation>Was die Balken der Aufschlüsselungen zeigen</translation>
    </message>
    <message>
        <source>The user attribute of the segment breakdown chart</source>
        <translation>Das Nutzerattribut des Diagramms nach Segmenten</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Nutzer</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>All placements</source>
        <translation>Alle Platzierungen</translation>
    </message>
    <message>
        <source>All variants</source>
        <translation>Alle Varianten</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Placement:</source>
        <translation>&amp;Platzierung:</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>&amp;Variante:</translation>
    </message>
    <message>
        <source>&amp;Time series:</source>
        <translation>Zeit&amp;reihe:</translation>
    </message>
    <message>
        <source>&amp;Bars show:</source>
        <translation>Ba&amp;lken zeigen:</translation>
    </message>
    <message>
        <source>Se&amp;gments by:</source>
        <translation>Se&amp;gmente nach:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Segment value</source>
        <translation>Segmentwert</translation>
    </message>
</context>
<context>
    <name>DashboardPdf</name>
    <message>
        <source>Could not write the PDF file %1.</source>
        <translation>Die PDF-Datei %1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>DashboardRefresher</name>
    <message>
        <source>Refreshing the dashboard</source>
        <translation>Dashboard wird aktualisiert</translation>
    </message>
</context>
<context>
    <name>DashboardWorkspace</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>No project is open.

Open a project, or create the demo project, to see its dashboard.</source>
        <translation>Es ist kein Projekt geöffnet.

Öffnen Sie ein Projekt oder erstellen Sie das Demoprojekt, um sein Dashboard zu sehen.</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressionen</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <source>Add-to-carts</source>
        <translation>Add-to-Carts</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>Conversion per click</source>
        <translation>Conversions pro Klick</translation>
    </message>
    <message>
        <source>Conversion per impression</source>
        <translation>Conversions pro Impression</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Revenue per 1,000 impressions</source>
        <translation>Umsatz pro 1.000 Impressionen</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Aktive Nutzer</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <source>By user segment</source>
        <translation>Nach Nutzersegment</translation>
    </message>
    <message>
        <source>By placement</source>
        <translation>Nach Platzierung</translation>
    </message>
    <message>
        <source>By variant</source>
        <translation>Nach Variante</translation>
    </message>
    <message>
        <source>CTR by list position</source>
        <translation>CTR nach Listenposition</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>A/B comparison</source>
        <translation>A/B-Vergleich</translation>
    </message>
    <message>
        <source>Top items</source>
        <translation>Top-Artikel</translation>
    </message>
    <message>
        <source>Compare CTR</source>
        <translation>CTR vergleichen</translation>
    </message>
    <message>
        <source>Compare conversion (purchases per click)</source>
        <translation>Conversion vergleichen (Käufe pro Klick)</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Successes</source>
        <translation>Erfolge</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lift</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-Wert</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the whole dashboard, with its filters, as a PDF report</source>
        <translation>Das gesamte Dashboard mit seinen Filtern als PDF-Bericht speichern</translation>
    </message>
    <message>
        <source>Step back to the previous drill-down level</source>
        <translation>Zur vorherigen Drilldown-Ebene zurückkehren</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>all data</source>
        <translation>alle Daten</translation>
    </message>
    <message>
        <source>category = %1</source>
        <translation>Kategorie = %1</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>placement = %1</source>
        <translation>Platzierung = %1</translation>
    </message>
    <message>
        <source>variant = %1</source>
        <translation>Variante = %1</translation>
    </message>
    <message>
        <source>No data before this period</source>
        <translation>Keine Daten vor diesem Zeitraum</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Es gibt noch nichts zu exportieren.</translation>
    </message>
    <message>
        <source>RecoEngine dashboard</source>
        <translation>RecoEngine-Dashboard</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2, compared with %3 to %4</source>
        <translation>Zeitraum: %1 bis %2, verglichen mit %3 bis %4</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (no earlier data to compare with)</source>
        <translation>Zeitraum: %1 bis %2 (keine früheren Daten zum Vergleich)</translation>
    </message>
    <message>
        <source>A/B: %1</source>
        <translation>A/B: %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>RPM</source>
        <translation>RPM</translation>
    </message>
    <message>
        <source>Export dashboard as PDF</source>
        <translation>Dashboard als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>The dashboard shows impressions, clicks, conversions and revenue over time once the project holds events. Import an interaction log or a public dataset to see them.</source>
        <translation>Das Dashboard zeigt Impressionen, Klicks, Conversions und Umsatz im Zeitverlauf, sobald das Projekt Ereignisse enthält. Importieren Sie ein Interaktionsprotokoll oder einen öffentlichen Datensatz, um sie zu sehen.</translation>
    </message>
    <message>
        <source>A/B difference from the baseline</source>
        <translation>A/B-Unterschied zur Baseline</translation>
    </message>
    <message>
        <source>The partial last day, %1, is left out of the comparison.</source>
        <translation>Der unvollständige letzte Tag, %1, bleibt beim Vergleich außen vor.</translation>
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation>Vorperiode (%1): %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>By category: %1, %2</source>
        <translation>Nach Kategorie: %1, %2</translation>
    </message>
    <message>
        <source>By %1: %2, %3</source>
        <translation>Nach %1: %2, %3</translation>
    </message>
    <message>
        <source>By placement: %1, %2</source>
        <translation>Nach Platzierung: %1, %2</translation>
    </message>
    <message>
        <source>By variant: %1, %2</source>
        <translation>Nach Variante: %1, %2</translation>
    </message>
    <message>
        <source>CTR (%) by list position, %1</source>
        <translation>CTR (%) nach Listenposition, %1</translation>
    </message>
    <message>
        <source>Funnel: events per stage (log scale), %1</source>
        <translation>Funnel: Ereignisse pro Stufe (log. Skala), %1</translation>
    </message>
    <message>
        <source>A/B comparison: %1 per variant, %2</source>
        <translation>A/B-Vergleich: %1 pro Variante, %2</translation>
    </message>
    <message>
        <source>A/B difference from the baseline, %1</source>
        <translation>A/B-Unterschied zur Baseline, %1</translation>
    </message>
    <message>
        <source>Top items by revenue, %1</source>
        <translation>Top-Artikel nach Umsatz, %1</translation>
    </message>
    <message>
        <source>Period: %1, compared with the period of equal length before it: %2.</source>
        <translation>Zeitraum: %1, verglichen mit dem gleich langen Zeitraum davor: %2.</translation>
    </message>
    <message>
        <source>Period: %1 (no earlier data to compare with).</source>
        <translation>Zeitraum: %1 (keine früheren Daten zum Vergleich).</translation>
    </message>
    <message>
        <source>The data ends during %1: that day is partial, drawn dashed and left out of comparisons.</source>
        <translation>Die Daten enden im Lauf des %1: dieser Tag ist unvollständig, gestrichelt gezeichnet und bleibt bei Vergleichen außen vor.</translation>
    </message>
    <message>
        <source>A/B test measure</source>
        <translation>Messgröße des A/B-Tests</translation>
    </message>
    <message>
        <source>The measure the variants are compared on</source>
        <translation>Die Messgröße, nach der die Varianten verglichen werden</translation>
    </message>
    <message>
        <source>A/B test variants</source>
        <translation>Varianten des A/B-Tests</translation>
    </message>
</context>
<context>
    <name>DataTableModel</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>returning</source>
        <translation>wiederkehrend</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Nutzer-ID</translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation>Artikel-ID</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Altersgruppe</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <source>New/returning</source>
        <translation>Neu/wiederkehrend</translation>
    </message>
    <message>
        <source>Signed up (UTC)</source>
        <translation>Registriert (UTC)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Item title</source>
        <translation>Artikeltitel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Propensity</source>
        <translation>Propensity</translation>
    </message>
    <message>
        <source>Click to sort by %1</source>
        <translation>Klicken, um nach %1 zu sortieren</translation>
    </message>
    <message>
        <source>%1 (not sortable on large tables)</source>
        <translation>%1 (bei großen Tabellen nicht sortierbar)</translation>
    </message>
</context>
<context>
    <name>DataTablePage</name>
    <message>
        <source>Search by user ID (prefix)…</source>
        <translation>Nach Nutzer-ID suchen (Präfix)…</translation>
    </message>
    <message>
        <source>Search by item ID (prefix) or title…</source>
        <translation>Nach Artikel-ID (Präfix) oder Titel suchen…</translation>
    </message>
    <message>
        <source>Search by user ID, item ID (prefix) or item title…</source>
        <translation>Nach Nutzer-ID, Artikel-ID (Präfix) oder Artikeltitel suchen…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Query failed: %1</source>
        <translation>Abfrage fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) (%1 loaded)</source>
        <translation>
            <numerusform>%Ln Zeile (%1 geladen)</numerusform>
            <numerusform>%Ln Zeilen (%1 geladen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching row(s) (%1 loaded)</source>
        <translation>
            <numerusform>%Ln passende Zeile (%1 geladen)</numerusform>
            <numerusform>%Ln passende Zeilen (%1 geladen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>No value in the rows loaded so far</source>
        <translation>Kein Wert in den bisher geladenen Zeilen</translation>
    </message>
</context>
<context>
    <name>DataWorkspace</name>
    <message>
        <source>No project is open.

Create one with File › New Project… (Ctrl+N) or open one with File › Open Project… (Ctrl+O).</source>
        <translation>Es ist kein Projekt geöffnet.

Erstellen Sie eines mit Datei › Neues Projekt… (Strg+N) oder öffnen Sie eines mit Datei › Projekt öffnen… (Strg+O).</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Nutzer</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>A&amp;rtikel</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>This project holds no data. Import an interaction log (CSV, JSON Lines or Parquet) or a public dataset such as MovieLens to browse its users, items and events here.</source>
        <translation>Dieses Projekt enthält keine Daten. Importieren Sie ein Interaktionsprotokoll (CSV, JSON Lines oder Parquet) oder einen öffentlichen Datensatz wie MovieLens, um hier seine Nutzer, Artikel und Ereignisse zu durchsuchen.</translation>
    </message>
</context>
<context>
    <name>DatasetSummaryPanel</name>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Nutzer:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Ereignisse:</translation>
    </message>
    <message>
        <source>First event:</source>
        <translation>Erstes Ereignis:</translation>
    </message>
    <message>
        <source>Last event:</source>
        <translation>Letztes Ereignis:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Kategorien:</translation>
    </message>
    <message>
        <source>Placements:</source>
        <translation>Platzierungen:</translation>
    </message>
    <message>
        <source>Variants:</source>
        <translation>Varianten:</translation>
    </message>
    <message>
        <source>Events by type</source>
        <translation>Ereignisse nach Typ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>Computing summary…</source>
        <translation>Übersicht wird berechnet…</translation>
    </message>
    <message>
        <source>Could not summarize the project: %1</source>
        <translation>Die Projektübersicht konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The project holds no events yet. Use File › Import Dataset… to add some.</source>
        <translation>Das Projekt enthält noch keine Ereignisse. Fügen Sie über Datei › Datensatz importieren… welche hinzu.</translation>
    </message>
    <message>
        <source>Reading the dataset summary</source>
        <translation>Datensatzübersicht wird gelesen</translation>
    </message>
</context>
<context>
    <name>DemoProjectJob</name>
    <message>
        <source>Creating the demo project</source>
        <translation>Demoprojekt wird erstellt</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
</context>
<context>
    <name>EditSegmentCommand</name>
    <message>
        <source>Rename segment &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Segment „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Edit segment &apos;%1&apos;</source>
        <translation>Segment „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No events yet</source>
        <translation>Noch keine Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>Daten &amp;importieren…</translation>
    </message>
    <message>
        <source>Import an interaction log or a public dataset into the project</source>
        <translation>Ein Interaktionsprotokoll oder einen öffentlichen Datensatz in das Projekt importieren</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <source>Models to compare</source>
        <translation>Zu vergleichende Modelle</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Hinz&amp;ufügen</translation>
    </message>
    <message>
        <source>Add this algorithm with the parameters below to the comparison</source>
        <translation>Diesen Algorithmus mit den Parametern unten zum Vergleich hinzufügen</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algorithmus:</translation>
    </message>
    <message>
        <source>Add &amp;stored</source>
        <translation>Ge&amp;speichertes hinzufügen</translation>
    </message>
    <message>
        <source>Add the algorithm and parameters of a trained model (it is retrained on the split)</source>
        <translation>Algorithmus und Parameter eines trainierten Modells hinzufügen (es wird auf der Aufteilung neu trainiert)</translation>
    </message>
    <message>
        <source>Trained:</source>
        <translation>Trainiert:</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Entfer&amp;nen</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Random holdout per user</source>
        <translation>Zufälliger Holdout je Nutzer</translation>
    </message>
    <message>
        <source>Random holdout per item</source>
        <translation>Zufälliger Holdout je Artikel</translation>
    </message>
    <message>
        <source>Temporal (global)</source>
        <translation>Zeitlich (global)</translation>
    </message>
    <message>
        <source>Leave last N out</source>
        <translation>Letzte N zurückhalten</translation>
    </message>
    <message>
        <source>k-fold</source>
        <translation>k-fache Kreuzvalidierung</translation>
    </message>
    <message>
        <source>How interactions are divided into training data and held-out test data</source>
        <translation>Wie die Interaktionen in Trainingsdaten und zurückgehaltene Testdaten aufgeteilt werden</translation>
    </message>
    <message>
        <source>S&amp;plit:</source>
        <translation>Au&amp;fteilung:</translation>
    </message>
    <message>
        <source>Share of the interactions used for training</source>
        <translation>Anteil der Interaktionen, der für das Training verwendet wird</translation>
    </message>
    <message>
        <source>Train &amp;ratio:</source>
        <translation>&amp;Trainingsanteil:</translation>
    </message>
    <message>
        <source>Each user&apos;s latest N interactions are held out</source>
        <translation>Die letzten N Interaktionen jedes Nutzers werden zurückgehalten</translation>
    </message>
    <message>
        <source>&amp;Leave out:</source>
        <translation>&amp;Zurückhalten:</translation>
    </message>
    <message>
        <source>&amp;Folds:</source>
        <translation>F&amp;olds:</translation>
    </message>
    <message>
        <source>The same seed gives the same split and the same numbers</source>
        <translation>Derselbe Seed ergibt dieselbe Aufteilung und dieselben Zahlen</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <source>Repetitions with seeds seed, seed+1, …; the results are their mean</source>
        <translation>Wiederholungen mit den Seeds seed, seed+1, …; die Ergebnisse sind deren Mittelwert</translation>
    </message>
    <message>
        <source>Repe&amp;titions:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>Cut-offs, comma-separated (e.g. 10, 20); the first is the primary one</source>
        <translation>Cut-offs, durch Kommas getrennt (z. B. 10, 20); der erste ist der primäre</translation>
    </message>
    <message>
        <source>Cut-offs &amp;k:</source>
        <translation>Cut-offs &amp;k:</translation>
    </message>
    <message>
        <source>Bootstrap resamples over users for the confidence intervals</source>
        <translation>Bootstrap-Stichproben über Nutzer für die Konfidenzintervalle</translation>
    </message>
    <message>
        <source>&amp;Bootstrap:</source>
        <translation>&amp;Bootstrap:</translation>
    </message>
    <message>
        <source>(activity only)</source>
        <translation>(nur Aktivität)</translation>
    </message>
    <message>
        <source>User attribute for the per-segment breakdown (besides cold/regular/heavy)</source>
        <translation>Nutzerattribut für die Aufschlüsselung nach Segmenten (zusätzlich zu cold/regular/heavy)</translation>
    </message>
    <message>
        <source>Se&amp;gments by:</source>
        <translation>Se&amp;gmente nach:</translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation>E&amp;valuieren</translation>
    </message>
    <message>
        <source>Run the evaluation in the background (Ctrl+E)</source>
        <translation>Evaluation im Hintergrund ausführen (Strg+E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the evaluation (Esc)</source>
        <translation>Evaluation abbrechen (Esc)</translation>
    </message>
    <message>
        <source>No evaluation yet: add models on the left and press Evaluate.</source>
        <translation>Noch keine Evaluation: Fügen Sie links Modelle hinzu und klicken Sie auf „Evaluieren“.</translation>
    </message>
    <message>
        <source>▲/▼ mark values significantly higher/lower than this model&apos;s (paired t-test over users, p &lt; 0.05)</source>
        <translation>▲/▼ markieren Werte, die signifikant höher/niedriger sind als die dieses Modells (gepaarter t-Test über Nutzer, p &lt; 0,05)</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>Basel&amp;ine:</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>Diagra&amp;mm:</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>E&amp;rgebnisse</translation>
    </message>
    <message>
        <source>Se&amp;gments</source>
        <translation>Se&amp;gmente</translation>
    </message>
    <message>
        <source>&amp;Delete run</source>
        <translation>Lauf l&amp;öschen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export HT&amp;ML report…</source>
        <translation>HTML-Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Cannot read the run history: %1</source>
        <translation>Der Verlauf der Läufe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the user attributes: %1</source>
        <translation>Die Nutzerattribute können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>Add at least one model to evaluate.</source>
        <translation>Fügen Sie mindestens ein Modell zur Evaluation hinzu.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Finished: run %1 stored in the project.</source>
        <translation>Fertig: Lauf %1 ist im Projekt gespeichert.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was stored.</source>
        <translation>Abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The evaluation failed: %1</source>
        <translation>Die Evaluation ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Run %1: </source>
        <translation>Lauf %1: </translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <source>Delete evaluation run %1 from the project?</source>
        <translation>Evaluationslauf %1 aus dem Projekt löschen?</translation>
    </message>
    <message>
        <source>There is no run to export.</source>
        <translation>Es gibt keinen Lauf zum Exportieren.</translation>
    </message>
    <message>
        <source>Export HTML report</source>
        <translation>HTML-Bericht exportieren</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Evaluation results</source>
        <translation>Evaluationsergebnisse</translation>
    </message>
</context>
<context>
    <name>EvaluationExport</name>
    <message>
        <source>RecoEngine evaluation report</source>
        <translation>RecoEngine-Evaluationsbericht</translation>
    </message>
    <message>
        <source>Run %1 · %2</source>
        <translation>Lauf %1 · %2</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source> (baseline)</source>
        <translation> (Baseline)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Values with their %1% bootstrap confidence interval. ▲/▼: significantly higher/lower than the baseline (paired t-test over users, p &lt; 0.05).</source>
        <translation>Werte mit ihrem %1-%-Bootstrap-Konfidenzintervall. ▲/▼: signifikant höher/niedriger als die Baseline (gepaarter t-Test über Nutzer, p &lt; 0,05).</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>vs %1: difference %2, t-test p = %3, Wilcoxon p = %4</source>
        <translation>gegenüber %1: Differenz %2, t-Test p = %3, Wilcoxon p = %4</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Aufschlüsselung</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Generated by RecoEngine. Metric definitions: docs/evaluation.md.</source>
        <translation>Erstellt mit RecoEngine. Metrikdefinitionen: docs/evaluation.md.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>EvaluationJob</name>
    <message>
        <source>Reading interactions…</source>
        <translation>Interaktionen werden gelesen…</translation>
    </message>
    <message>
        <source>Saving the run…</source>
        <translation>Lauf wird gespeichert…</translation>
    </message>
    <message>
        <source>Evaluating models</source>
        <translation>Modelle werden evaluiert</translation>
    </message>
</context>
<context>
    <name>EvaluationReport</name>
    <message>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>nDCG</source>
        <translation>nDCG</translation>
    </message>
    <message>
        <source>MAP</source>
        <translation>MAP</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Novelty</source>
        <translation>Neuheit</translation>
    </message>
    <message>
        <source>Gini</source>
        <translation>Gini</translation>
    </message>
    <message>
        <source>Avg. popularity</source>
        <translation>Ø Popularität</translation>
    </message>
    <message numerus="yes">
        <source>split %1 · seed %2 · k = %3 · %4 users evaluated · %Ln repetition(s) · %5</source>
        <translation>
            <numerusform>Aufteilung %1 · Seed %2 · k = %3 · %4 Nutzer evaluiert · %Ln Wiederholung · %5</numerusform>
            <numerusform>Aufteilung %1 · Seed %2 · k = %3 · %4 Nutzer evaluiert · %Ln Wiederholungen · %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvaluationResultsModel</name>
    <message>
        <source>Training and scoring time per repetition</source>
        <translation>Trainings- und Scoring-Zeit pro Wiederholung</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>
%1% confidence interval (bootstrap over users): %2 … %3</source>
        <translation>
%1-%-Konfidenzintervall (Bootstrap über Nutzer): %2 … %3</translation>
    </message>
    <message>
        <source>
This is the baseline.</source>
        <translation>
Dies ist die Baseline.</translation>
    </message>
    <message>
        <source>
Against %1 over %2 users: difference %3, paired t-test p = %4, Wilcoxon p = %5</source>
        <translation>
Gegenüber %1 über %2 Nutzer: Differenz %3, gepaarter t-Test p = %4, Wilcoxon p = %5</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (Baseline)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>
Lower is better for this metric.</source>
        <translation>
Bei dieser Metrik ist ein niedrigerer Wert besser.</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Niedriger ist besser</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>EvaluationRunsModel</name>
    <message>
        <source>tuning</source>
        <translation>Tuning</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import rule set</source>
        <translation>Regelsatz importieren</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported (%n error(s)); nothing was changed.</source>
        <translation>
            <numerusform>%1 kann nicht importiert werden (%n Fehler); es wurde nichts geändert.</numerusform>
            <numerusform>%1 kann nicht importiert werden (%n Fehler); es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import refused; nothing was changed.</source>
        <translation>Import abgelehnt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Dry run of %1 (rule set %2, version %3, %4, %5): nothing has changed yet. Importing replaces the working rule set with this content and saves it as a version.</source>
        <translation>Probelauf für %1 (Regelsatz %2, Version %3, %4, %5): Es wurde noch nichts geändert. Der Import ersetzt den Arbeitsstand des Regelsatzes durch diesen Inhalt und speichert ihn als Version.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln Segment</numerusform>
            <numerusform>%Ln Segmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rule(s)</source>
        <translation>
            <numerusform>%Ln Regel</numerusform>
            <numerusform>%Ln Regeln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n files</source>
        <translation>
            <numerusform>%n Datei wird importiert</numerusform>
            <numerusform>%n Dateien werden importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>%1 Zeilen gelesen</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>User ID</source>
        <translation>Nutzer-ID</translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation>Artikel-ID</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Value (rating)</source>
        <translation>Wert (Bewertung)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>Variant / model</source>
        <translation>Variante / Modell</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Propensity</source>
        <translation>Propensity</translation>
    </message>
    <message>
        <source>Item title</source>
        <translation>Artikeltitel</translation>
    </message>
    <message>
        <source>Item category</source>
        <translation>Artikelkategorie</translation>
    </message>
    <message>
        <source>Item price</source>
        <translation>Artikelpreis</translation>
    </message>
    <message>
        <source>Map columns to fields</source>
        <translation>Spalten den Feldern zuordnen</translation>
    </message>
    <message>
        <source>Choose the file column for each field. Fields marked * are required; the others are optional.</source>
        <translation>Wählen Sie für jedes Feld die Spalte der Datei. Mit * markierte Felder sind Pflichtfelder, die anderen sind optional.</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>Columns with common names were matched automatically; check them before importing.</source>
        <translation>Spalten mit gängigen Namen wurden automatisch zugeordnet; prüfen Sie sie vor dem Import.</translation>
    </message>
    <message>
        <source>No column names were recognised; map at least the user, item and timestamp columns.</source>
        <translation>Es wurden keine Spaltennamen erkannt; ordnen Sie mindestens die Spalten für Nutzer, Artikel und Zeitstempel zu.</translation>
    </message>
    <message>
        <source>%1 *:</source>
        <extracomment>Form label of an import field; %1 is the field&apos;s title, * marks a required field</extracomment>
        <translation>%1 *:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>ImportPolicyPage</name>
    <message>
        <source>&amp;Skip bad rows and list them afterwards</source>
        <translation>&amp;Fehlerhafte Zeilen überspringen und anschließend auflisten</translation>
    </message>
    <message>
        <source>&amp;Abort at the first bad row (nothing is imported)</source>
        <translation>Bei der ersten fehlerhaften Zeile &amp;abbrechen (nichts wird importiert)</translation>
    </message>
    <message>
        <source>Bad rows and encoding</source>
        <translation>Fehlerhafte Zeilen und Kodierung</translation>
    </message>
    <message>
        <source>Every row is either imported or rejected with its file, line and reason; nothing vanishes.</source>
        <translation>Jede Zeile wird entweder importiert oder mit Datei, Zeile und Grund abgelehnt; nichts geht verloren.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>When a row cannot be imported</source>
        <translation>Wenn eine Zeile nicht importiert werden kann</translation>
    </message>
    <message>
        <source>Automatic (UTF-8, byte order mark removed)</source>
        <translation>Automatisch (UTF-8, Byte Order Mark wird entfernt)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO-8859-1)</source>
        <translation>Latin-1 (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation>Text&amp;kodierung:</translation>
    </message>
    <message>
        <source>Ready to import %1 as %2 into %3.
The import runs as one transaction: if it is aborted, fails or is cancelled, the project stays exactly as it was.</source>
        <translation>Bereit, %1 als %2 in %3 zu importieren.
Der Import läuft als eine einzige Transaktion: Wird er abgebrochen (automatisch oder von Ihnen) oder schlägt er fehl, bleibt das Projekt genau so, wie es war.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>&apos;::&apos;</source>
        <translation>„::“</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The first rows as RecoEngine reads them. If the columns look wrong, go back and choose another format.</source>
        <translation>Die ersten Zeilen, wie RecoEngine sie liest. Wenn die Spalten falsch aussehen, gehen Sie zurück und wählen Sie ein anderes Format.</translation>
    </message>
    <message>
        <source>Format: %1 · Delimiter: %2 · Encoding: %3
Files: %4</source>
        <translation>Format: %1 · Trennzeichen: %2 · Kodierung: %3
Dateien: %4</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
</context>
<context>
    <name>ImportProgressPage</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Reading, validating and storing the rows. Cancelling leaves the project unchanged.</source>
        <translation>Die Zeilen werden gelesen, geprüft und gespeichert. Ein Abbruch lässt das Projekt unverändert.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Gelesene Zeilen:</translation>
    </message>
    <message>
        <source>Data read:</source>
        <translation>Gelesene Daten:</translation>
    </message>
    <message>
        <source>%1 (%2 rows/s)</source>
        <translation>%1 (%2 Zeilen/s)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>ImportSourcePage</name>
    <message>
        <source>Add &amp;Files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Choose the data</source>
        <translation>Daten auswählen</translation>
    </message>
    <message>
        <source>Pick an event log (CSV/TSV), a dataset&apos;s files, or a dataset folder such as MovieLens&apos; ml-100k.</source>
        <translation>Wählen Sie ein Ereignisprotokoll (CSV/TSV), die Dateien eines Datensatzes oder einen Datensatzordner wie ml-100k von MovieLens.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.dat *.data u.*);;All files (*)</source>
        <translation>Datendateien (*.csv *.tsv *.txt *.dat *.data u.*);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add Dataset Folder</source>
        <translation>Datensatzordner hinzufügen</translation>
    </message>
    <message>
        <source>No files chosen yet.</source>
        <translation>Noch keine Dateien ausgewählt.</translation>
    </message>
    <message>
        <source>Automatic (detected: %1)</source>
        <translation>Automatisch (erkannt: %1)</translation>
    </message>
    <message>
        <source>Detected format: %1.
Files that will be read: %2</source>
        <translation>Erkanntes Format: %1.
Dateien, die gelesen werden: %2</translation>
    </message>
    <message>
        <source>Automatic (not recognised)</source>
        <translation>Automatisch (nicht erkannt)</translation>
    </message>
    <message>
        <source>The format could not be detected: %1
Choose the format above.</source>
        <translation>Das Format konnte nicht erkannt werden: %1
Wählen Sie oben das Format aus.</translation>
    </message>
    <message>
        <source>These files cannot be read as %1: %2</source>
        <translation>Diese Dateien können nicht als %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>For&amp;mat:</translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <source>&amp;Save Rejects as CSV…</source>
        <translation>Abgelehnte Zeilen als CSV &amp;speichern…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>Rows read, imported and rejected.</source>
        <translation>Gelesene, importierte und abgelehnte Zeilen.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>The import was cancelled; the project is unchanged.</source>
        <translation>Der Import wurde abgebrochen; das Projekt ist unverändert.</translation>
    </message>
    <message>
        <source>Import aborted</source>
        <translation>Import gestoppt</translation>
    </message>
    <message>
        <source>The import stopped and the project is unchanged.</source>
        <translation>Der Import wurde gestoppt; das Projekt ist unverändert.</translation>
    </message>
    <message>
        <source>All rows were imported.</source>
        <translation>Alle Zeilen wurden importiert.</translation>
    </message>
    <message numerus="yes">
        <source>The import finished; %Ln row(s) were rejected and are listed below.</source>
        <translation>
            <numerusform>Der Import ist abgeschlossen; %Ln Zeile wurde abgelehnt und ist unten aufgeführt.</numerusform>
            <numerusform>Der Import ist abgeschlossen; %Ln Zeilen wurden abgelehnt und sind unten aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No rows were rejected.</source>
        <translation>Es wurden keine Zeilen abgelehnt.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 rejected rows.</source>
        <translation>Die ersten %1 von %2 abgelehnten Zeilen werden angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected row(s).</source>
        <translation>
            <numerusform>%Ln abgelehnte Zeile.</numerusform>
            <numerusform>%Ln abgelehnte Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>rejects.csv</source>
        <translation>abgelehnte-zeilen.csv</translation>
    </message>
    <message>
        <source>Save Rejects</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Rows read: %1 · imported: %2 · rejected: %3 · new users: %4 · new items: %5 · %6</source>
        <translation>Gelesene Zeilen: %1 · importiert: %2 · abgelehnt: %3 · neue Nutzer: %4 · neue Artikel: %5 · %6</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Dataset</source>
        <translation>Datensatz importieren</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Generic event log (CSV/TSV)</source>
        <translation>Allgemeines Ereignisprotokoll (CSV/TSV)</translation>
    </message>
    <message>
        <source>MovieLens 100K (u.data, u.item, u.user)</source>
        <translation>MovieLens 100K (u.data, u.item, u.user)</translation>
    </message>
    <message>
        <source>MovieLens latest (ratings.csv, movies.csv)</source>
        <translation>MovieLens latest (ratings.csv, movies.csv)</translation>
    </message>
    <message>
        <source>MovieLens 1M (ratings.dat, movies.dat, users.dat)</source>
        <translation>MovieLens 1M (ratings.dat, movies.dat, users.dat)</translation>
    </message>
    <message>
        <source>Open Bandit Dataset (CSV, item_context.csv)</source>
        <translation>Open Bandit Dataset (CSV, item_context.csv)</translation>
    </message>
    <message>
        <source>Choose at least one file or folder.</source>
        <translation>Wählen Sie mindestens eine Datei oder einen Ordner aus.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>ItemCatalog</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <source>Find item by id or title…</source>
        <translation>Artikel nach ID oder Titel suchen…</translation>
    </message>
</context>
<context>
    <name>ItemSearchModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Item %1
Title: %2
Category: %3</source>
        <translation>Artikel %1
Titel: %2
Kategorie: %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>no previous period</source>
        <translation>keine Vorperiode</translation>
    </message>
    <message>
        <source>%1 %2% vs previous</source>
        <translation>%1 %2&#xa0;% ggü. Vorperiode</translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <extracomment>A percentage: %1 is the number in the locale&apos;s format. Languages that set the percent sign apart (German, French, Spanish) write &quot;%1 %&quot; with a no-break space.</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration</comment>
        <extracomment>A duration in seconds; %1 is the number.</extracomment>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>A date and time in UTC; %1 is the date and time in the locale&apos;s format.</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <comment>p-value floor</comment>
        <extracomment>A p-value below the smallest one shown; %1 is 0.001 in the locale&apos;s format.</extracomment>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>day range</comment>
        <extracomment>A range of days, both ends included; %1 and %2 are dates in the locale&apos;s format.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <comment>duration</comment>
        <extracomment>A duration in milliseconds; %1 is the number.</extracomment>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration</comment>
        <extracomment>A duration in minutes and seconds (%2 always has two digits: &quot;4 min 05 s&quot;).</extracomment>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration</comment>
        <extracomment>A duration in hours and minutes (%2 always has two digits: &quot;1 h 02 min&quot;).</extracomment>
        <translation>%1&#xa0;h %2&#xa0;min</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Trainings-Loss</translation>
    </message>
    <message>
        <source>Training loss per iteration: train a model to see its curve</source>
        <translation>Trainings-Loss pro Iteration: Trainieren Sie ein Modell, um seine Kurve zu sehen</translation>
    </message>
    <message>
        <source>%1: iteration %2 of %3 (this algorithm reports no loss)</source>
        <translation>%1: Iteration %2 von %3 (dieser Algorithmus meldet keinen Loss)</translation>
    </message>
    <message>
        <source>%1: iteration %2 of %3</source>
        <translation>%1: Iteration %2 von %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The project could not be opened.

%1</source>
        <translation>Das Projekt konnte nicht geöffnet werden.

%1</translation>
    </message>
    <message>
        <source>Creating the demo project (users, items and 90 days of events)…</source>
        <translation>Das Demoprojekt wird erstellt (Nutzer, Artikel und Ereignisse aus 90 Tagen)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Demo Project</source>
        <translation>Demoprojekt</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>Demoprojekt</translation>
    </message>
    <message>
        <source>The demo project could not be created.

%1</source>
        <translation>Das Demoprojekt konnte nicht erstellt werden.

%1</translation>
    </message>
    <message>
        <source>Demo project creation cancelled.</source>
        <translation>Erstellung des Demoprojekts abgebrochen.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>untitled.reco</source>
        <translation>unbenannt.reco</translation>
    </message>
    <message>
        <source>RecoEngine projects (*.reco)</source>
        <translation>RecoEngine-Projekte (*.reco)</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Projekt kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>The project could not be created.

%1</source>
        <translation>Das Projekt konnte nicht erstellt werden.

%1</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>RecoEngine projects (*.reco);;All files (*)</source>
        <translation>RecoEngine-Projekte (*.reco);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 — RecoEngine</source>
        <translation>%1 — RecoEngine</translation>
    </message>
    <message>
        <source>RecoEngine</source>
        <translation>RecoEngine</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>The new language applies when RecoEngine is started again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von RecoEngine.</translation>
    </message>
    <message>
        <source>● %1 — %2… — RecoEngine</source>
        <translation>● %1 — %2… — RecoEngine</translation>
    </message>
    <message>
        <source>● %1… — RecoEngine</source>
        <translation>● %1… — RecoEngine</translation>
    </message>
</context>
<context>
    <name>MetricBarChart</name>
    <message>
        <source>Run an evaluation to compare models</source>
        <translation>Führen Sie eine Evaluation aus, um Modelle zu vergleichen</translation>
    </message>
    <message>
        <source>%1 by model (whiskers: %2% confidence interval)</source>
        <translation>%1 nach Modell (Whisker: %2-%-Konfidenzintervall)</translation>
    </message>
</context>
<context>
    <name>ModelsWorkspace</name>
    <message>
        <source>No project is open.

Open or create a project with data to train and evaluate recommendation models.</source>
        <translation>Es ist kein Projekt geöffnet.

Öffnen oder erstellen Sie ein Projekt mit Daten, um Empfehlungsmodelle zu trainieren und zu evaluieren.</translation>
    </message>
    <message>
        <source>T&amp;rain</source>
        <translation>T&amp;rainieren</translation>
    </message>
    <message>
        <source>Tr&amp;y it</source>
        <translation>Aus&amp;probieren</translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation>E&amp;valuieren</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>No trained model yet</source>
        <translation>Noch kein trainiertes Modell</translation>
    </message>
    <message>
        <source>Try it shows a trained model&apos;s recommendations for a user beside the user&apos;s own history. Train a model on the Train tab first.</source>
        <translation>„Ausprobieren“ zeigt die Empfehlungen eines trainierten Modells für einen Nutzer neben dessen eigenem Verlauf. Trainieren Sie zuerst auf der Registerkarte „Trainieren“ ein Modell.</translation>
    </message>
    <message>
        <source>Evaluate compares trained models offline on held-out events (precision, recall, NDCG, coverage). Train at least one model on the Train tab first.</source>
        <translation>„Evaluieren“ vergleicht trainierte Modelle offline an zurückgehaltenen Ereignissen (Precision, Recall, NDCG, Abdeckung). Trainieren Sie zuerst auf der Registerkarte „Trainieren“ mindestens ein Modell.</translation>
    </message>
    <message>
        <source>&amp;Train a model…</source>
        <translation>Modell &amp;trainieren…</translation>
    </message>
    <message>
        <source>Open the Train tab</source>
        <translation>Die Registerkarte „Trainieren“ öffnen</translation>
    </message>
    <message>
        <source>Models learn from the project&apos;s events: who viewed, clicked or bought what. Import an interaction log or a public dataset, then train here.</source>
        <translation>Modelle lernen aus den Ereignissen des Projekts: wer was angesehen, angeklickt oder gekauft hat. Importieren Sie ein Interaktionsprotokoll oder einen öffentlichen Datensatz und trainieren Sie dann hier.</translation>
    </message>
</context>
<context>
    <name>ParamForm</name>
    <message>
        <source> (best varied on a log scale)</source>
        <translation> (am besten auf logarithmischer Skala variieren)</translation>
    </message>
    <message>
        <source>This algorithm has no parameters.</source>
        <translation>Dieser Algorithmus hat keine Parameter.</translation>
    </message>
    <message>
        <source>defaults</source>
        <translation>Standardwerte</translation>
    </message>
    <message>
        <source>Latent factors</source>
        <translation>Latente Faktoren</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Regularisation (λ)</source>
        <translation>Regularisierung (λ)</translation>
    </message>
    <message>
        <source>Training passes (epochs)</source>
        <translation>Trainingsdurchläufe (Epochen)</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iterationen</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Zufalls-Seed</translation>
    </message>
    <message>
        <source>Worker threads</source>
        <translation>Arbeits-Threads</translation>
    </message>
    <message>
        <source>Largest catalogue (items)</source>
        <translation>Größter Katalog (Artikel)</translation>
    </message>
    <message>
        <source>Confidence scale (α)</source>
        <translation>Konfidenzskala (α)</translation>
    </message>
    <message>
        <source>Fast solver (conjugate gradient)</source>
        <translation>Schneller Löser (konjugierte Gradienten)</translation>
    </message>
    <message>
        <source>Conjugate-gradient steps</source>
        <translation>Schritte der konjugierten Gradienten</translation>
    </message>
    <message>
        <source>Report the training loss</source>
        <translation>Trainingsverlust melden</translation>
    </message>
    <message>
        <source>Neighbours per item (K)</source>
        <translation>Nachbarn pro Artikel (K)</translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation>Schrumpfung</translation>
    </message>
    <message>
        <source>Weight by interaction strength</source>
        <translation>Nach Interaktionsstärke gewichten</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>&lt;br&gt;Default: %1</source>
        <translation>&lt;br&gt;Standardwert: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>&lt;br&gt;Range %1 … %2, default %3%4</source>
        <translation>&lt;br&gt;Bereich %1 … %2, Standardwert %3%4</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>Alle Kerne</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a parameter&apos;s label and value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>A new language applies the next time RecoEngine starts. Numbers, percentages and dates follow the language&apos;s conventions; CSV exports keep a machine format.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von RecoEngine. Zahlen, Prozentwerte und Datumsangaben folgen den Konventionen der Sprache; CSV-Exporte behalten ein maschinenlesbares Format.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
</context>
<context>
    <name>RejectsTableModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RemoveRuleCommand</name>
    <message>
        <source>Remove rule #%1: %2</source>
        <translation>Regel #%1 entfernen: %2</translation>
    </message>
</context>
<context>
    <name>RemoveSegmentCommand</name>
    <message>
        <source>Remove segment &apos;%1&apos;</source>
        <translation>Segment „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>RuleDelegate</name>
    <message>
        <source>no bound</source>
        <translation>unbegrenzt</translation>
    </message>
</context>
<context>
    <name>RulesTableModel</name>
    <message>
        <source>Ban item</source>
        <translation>Artikel sperren</translation>
    </message>
    <message>
        <source>Ban category</source>
        <translation>Kategorie sperren</translation>
    </message>
    <message>
        <source>Pin item</source>
        <translation>Artikel fixieren</translation>
    </message>
    <message>
        <source>Boost item</source>
        <translation>Artikel hochstufen</translation>
    </message>
    <message>
        <source>Boost category</source>
        <translation>Kategorie hochstufen</translation>
    </message>
    <message>
        <source>Bury item</source>
        <translation>Artikel herabstufen</translation>
    </message>
    <message>
        <source>Bury category</source>
        <translation>Kategorie herabstufen</translation>
    </message>
    <message>
        <source>Category cap</source>
        <translation>Kategorie-Obergrenze</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Item / category</source>
        <translation>Artikel / Kategorie</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Max items</source>
        <translation>Max. Artikel</translation>
    </message>
    <message>
        <source>Starts (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <source>Ends (UTC)</source>
        <translation>Ende (UTC)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <source>Rule #%1: %2</source>
        <translation>Regel #%1: %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>Item %1 (category %2)</source>
        <translation>Artikel %1 (Kategorie %2)</translation>
    </message>
    <message>
        <source>every category</source>
        <translation>jede Kategorie</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>No start: active from the beginning</source>
        <translation>Kein Beginn: von Anfang an aktiv</translation>
    </message>
    <message>
        <source>No end: active until disabled</source>
        <translation>Kein Ende: aktiv bis zur Deaktivierung</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Disabled: the rule is never applied</source>
        <translation>Deaktiviert: Die Regel wird nie angewendet</translation>
    </message>
    <message>
        <source>Rule #%1 not changed: %2</source>
        <translation>Regel #%1 nicht geändert: %2</translation>
    </message>
    <message>
        <source>Pins: the 1-based position the item is placed at</source>
        <translation>Fixierungen: die Position (ab 1 gezählt), an der der Artikel platziert wird</translation>
    </message>
    <message>
        <source>Boosts: a factor above 1; buries: a factor below 1</source>
        <translation>Hochstufungen: ein Faktor über 1; Herabstufungen: ein Faktor unter 1</translation>
    </message>
    <message>
        <source>Category caps: at most this many items of the category in the list</source>
        <translation>Kategorie-Obergrenzen: höchstens so viele Artikel der Kategorie in der Liste</translation>
    </message>
    <message>
        <source>The rule is active from this time on (inclusive, UTC)</source>
        <translation>Die Regel ist ab diesem Zeitpunkt aktiv (einschließlich, UTC)</translation>
    </message>
    <message>
        <source>The rule is active until this time (exclusive, UTC)</source>
        <translation>Die Regel ist bis zu diesem Zeitpunkt aktiv (ausschließlich, UTC)</translation>
    </message>
    <message>
        <source>Among pins of one position, the higher priority wins</source>
        <translation>Unter Fixierungen derselben Position gewinnt die höhere Priorität</translation>
    </message>
    <message>
        <source>Rule #%1, %2</source>
        <translation>Regel #%1, %2</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>keine Notiz</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>created %1 UTC by %2</source>
        <translation>erstellt am %1 UTC von %2</translation>
    </message>
    <message>
        <source>created %1 UTC</source>
        <translation>erstellt am %1 UTC</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
</context>
<context>
    <name>RunningTasksCloseGuard</name>
    <message>
        <source>Background work</source>
        <translation>Hintergrundarbeit</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>1 task is running: %1.

Cancel it and quit?</source>
        <translation>1 Aufgabe läuft: %1.

Abbrechen und beenden?</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks are running: %1.

Cancel them and quit?</source>
        <translation>
            <numerusform>%n Aufgabe läuft: %1.

Abbrechen und beenden?</numerusform>
            <numerusform>%n Aufgaben laufen: %1.

Abbrechen und beenden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Arbeit läuft</translation>
    </message>
    <message>
        <source>Quitting</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Cancelling running work… waiting for %1 to stop.</source>
        <translation>Laufende Arbeit wird abgebrochen… warte auf das Ende von %1.</translation>
    </message>
</context>
<context>
    <name>RunningTasksIndicator</name>
    <message>
        <source>Background work</source>
        <translation>Hintergrundarbeit</translation>
    </message>
    <message>
        <source>Running tasks</source>
        <translation>Laufende Aufgaben</translation>
    </message>
    <message>
        <source>Work in progress: click to see every running task and cancel it</source>
        <translation>Arbeit läuft: klicken, um alle laufenden Aufgaben zu sehen und abzubrechen</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Click to see every running task and cancel it.</source>
        <translation>%1
Klicken, um alle laufenden Aufgaben zu sehen und abzubrechen.</translation>
    </message>
</context>
<context>
    <name>RunningTasksList</name>
    <message>
        <source>No work is running.</source>
        <translation>Es läuft keine Arbeit.</translation>
    </message>
    <message>
        <source>Running tasks</source>
        <translation>Laufende Aufgaben</translation>
    </message>
    <message>
        <source>Background work</source>
        <translation>Hintergrundarbeit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>%1 abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <source>Save rule set version</source>
        <translation>Regelsatz-Version speichern</translation>
    </message>
    <message>
        <source>What changed and why</source>
        <translation>Was sich geändert hat und warum</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
</context>
<context>
    <name>ScoredItemsModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>&amp;Expression</source>
        <translation>A&amp;usdruck</translation>
    </message>
    <message>
        <source>User &amp;ids</source>
        <translation>Nutzer-&amp;IDs</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Übe&amp;rnehmen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>country in (&quot;DE&quot;, &quot;AT&quot;) and device = &quot;mobile&quot;</source>
        <translation>country in (&quot;DE&quot;, &quot;AT&quot;) and device = &quot;mobile&quot;</translation>
    </message>
    <message>
        <source>User ids separated by commas, spaces or new lines</source>
        <translation>Nutzer-IDs, getrennt durch Kommas, Leerzeichen oder Zeilenumbrüche</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>Segmentname</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Optionale Notiz</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Defined by:</source>
        <translation>Definiert durch:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Members could not be counted: %1</source>
        <translation>Die Mitglieder konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>, e.g. %1</source>
        <translation>, z. B. %1</translation>
    </message>
    <message>
        <source>No segment selected</source>
        <translation>Kein Segment ausgewählt</translation>
    </message>
    <message>
        <source>Built-in segment</source>
        <translation>Integriertes Segment</translation>
    </message>
    <message>
        <source>(every user)</source>
        <translation>(alle Nutzer)</translation>
    </message>
    <message>
        <source>Counting users…</source>
        <translation>Nutzer werden gezählt…</translation>
    </message>
    <message>
        <source>Segment &apos;%1&apos;</source>
        <translation>Segment „%1“</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Neues Segment</translation>
    </message>
    <message>
        <source>The segment needs a name.</source>
        <translation>Das Segment braucht einen Namen.</translation>
    </message>
    <message>
        <source>List at least one user id.</source>
        <translation>Geben Sie mindestens eine Nutzer-ID an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is built in; choose another name.</source>
        <translation>„%1“ ist integriert; wählen Sie einen anderen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Nutzer</numerusform>
            <numerusform>%Ln Nutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 von %2 Nutzern</translation>
    </message>
    <message>
        <source>Segment expression</source>
        <translation>Segmentausdruck</translation>
    </message>
    <message>
        <source>Segment user ids</source>
        <translation>Nutzer-IDs des Segments</translation>
    </message>
</context>
<context>
    <name>SegmentListModel</name>
    <message>
        <source>Built-in segment: every user of the project</source>
        <translation>Integriertes Segment: alle Nutzer des Projekts</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Users in this segment: %1. That is fewer than %2, too few for its preview and impact figures to be reliable.</source>
        <translation>Nutzer in diesem Segment: %1. Das sind weniger als %2, zu wenige für verlässliche Vorschau- und Auswirkungswerte.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln listed user(s)</source>
        <translation>
            <numerusform>%Ln Nutzer in der Liste</numerusform>
            <numerusform>%Ln Nutzer in der Liste</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentMetricsModel</name>
    <message>
        <source>activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Aufschlüsselung</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
</context>
<context>
    <name>SetRuleEnabledCommand</name>
    <message>
        <source>Enable rule #%1</source>
        <translation>Regel #%1 aktivieren</translation>
    </message>
    <message>
        <source>Disable rule #%1</source>
        <translation>Regel #%1 deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n rule(s)</source>
        <translation>
            <numerusform>%n Regel aktivieren</numerusform>
            <numerusform>%n Regeln aktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n rule(s)</source>
        <translation>
            <numerusform>%n Regel deaktivieren</numerusform>
            <numerusform>%n Regeln deaktivieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetRuleFieldCommand</name>
    <message>
        <source>Rule #%1: change %2</source>
        <translation>Regel #%1: %2 ändern</translation>
    </message>
</context>
<context>
    <name>TopItemsModel</name>
    <message>
        <source>&lt;br&gt;Item id: %1</source>
        <translation>&lt;br&gt;Artikel-ID: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressionen</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <source>Add-to-carts</source>
        <translation>Add-to-Carts</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Reset to &amp;defaults</source>
        <translation>Auf &amp;Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>alle Ereignisse</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Train only on the events of the last N days before the newest event (0 = all)</source>
        <translation>Nur mit den Ereignissen der letzten N Tage vor dem neuesten Ereignis trainieren (0 = alle)</translation>
    </message>
    <message>
        <source>Time &amp;window:</source>
        <translation>&amp;Zeitfenster:</translation>
    </message>
    <message>
        <source>Users with fewer distinct items are left out of training</source>
        <translation>Nutzer mit weniger unterschiedlichen Artikeln werden beim Training ausgelassen</translation>
    </message>
    <message>
        <source>Min. items per &amp;user:</source>
        <translation>Min. Artikel pro N&amp;utzer:</translation>
    </message>
    <message>
        <source>Items with fewer distinct users are left out of training</source>
        <translation>Artikel mit weniger unterschiedlichen Nutzern werden beim Training ausgelassen</translation>
    </message>
    <message>
        <source>Min. users per ite&amp;m:</source>
        <translation>Min. Nutzer pro Arti&amp;kel:</translation>
    </message>
    <message>
        <source>The name the model is stored under; a model with the same name is replaced</source>
        <translation>Der Name, unter dem das Modell gespeichert wird; ein Modell mit demselben Namen wird ersetzt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <source>Train in the background (Ctrl+T)</source>
        <translation>Im Hintergrund trainieren (Strg+T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop training (Esc)</source>
        <translation>Training abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Trained models</source>
        <translation>Trainierte Modelle</translation>
    </message>
    <message>
        <source>Try &amp;it</source>
        <translation>Ausprob&amp;ieren</translation>
    </message>
    <message>
        <source>Open the selected model in the Try it tab</source>
        <translation>Das ausgewählte Modell im Tab „Ausprobieren“ öffnen</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected model from the project (Del)</source>
        <translation>Das ausgewählte Modell aus dem Projekt löschen (Entf)</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Modell löschen</translation>
    </message>
    <message>
        <source>Delete the trained model %1?</source>
        <translation>Das trainierte Modell %1 löschen?</translation>
    </message>
    <message>
        <source>Cannot read the trained models: %1</source>
        <translation>Die trainierten Modelle können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Öffnen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>Give the model a name.</source>
        <translation>Geben Sie dem Modell einen Namen.</translation>
    </message>
    <message>
        <source>Invalid parameters: %1</source>
        <translation>Ungültige Parameter: %1</translation>
    </message>
    <message>
        <source>Invalid training data settings: %1</source>
        <translation>Ungültige Einstellungen für die Trainingsdaten: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Training cancelled; nothing was stored.</source>
        <translation>Training abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>trained in %1</source>
        <translation>trainiert in %1</translation>
    </message>
    <message>
        <source>Iteration %1 of %2 · loss %3 · %4</source>
        <translation>Iteration %1 von %2 · Loss %3 · %4</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Schritt %1 von %2 · %3</translation>
    </message>
    <message>
        <source>Trained %1 in %2 on %3 users × %4 items (%5 interactions); stored in the project.</source>
        <translation>%1 in %2 auf %3 Nutzern × %4 Artikeln (%5 Interaktionen) trainiert; im Projekt gespeichert.</translation>
    </message>
    <message>
        <source>done in %1</source>
        <translation>fertig in %1</translation>
    </message>
</context>
<context>
    <name>TrainedModelsModel</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 was trained on data that has changed since; retrain it to use the current data.</source>
        <translation>%1 wurde auf Daten trainiert, die sich seitdem geändert haben; trainieren Sie es neu, um die aktuellen Daten zu verwenden.</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Trainingsdauer</translation>
    </message>
    <message>
        <source>Trained at</source>
        <translation>Trainiert am</translation>
    </message>
</context>
<context>
    <name>TrainingJob</name>
    <message>
        <source>Reading interactions…</source>
        <translation>Interaktionen werden gelesen…</translation>
    </message>
    <message>
        <source>Training on %1 users × %2 items (%3 interactions)…</source>
        <translation>Training auf %1 Nutzern × %2 Artikeln (%3 Interaktionen)…</translation>
    </message>
    <message>
        <source>Saving the model…</source>
        <translation>Modell wird gespeichert…</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>%1 wird trainiert</translation>
    </message>
    <message>
        <source>iteration %1/%2</source>
        <translation>Iteration %1/%2</translation>
    </message>
</context>
<context>
    <name>TryItPage</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>External user id, e.g. U000042</source>
        <translation>Externe Nutzer-ID, z. B. U000042</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Nutzer:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Anzei&amp;gen</translation>
    </message>
    <message>
        <source>Number of recommendations and similar items</source>
        <translation>Anzahl der Empfehlungen und ähnlichen Artikel</translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation>&amp;Top:</translation>
    </message>
    <message>
        <source>E&amp;xclude seen</source>
        <translation>Gesehene aus&amp;schließen</translation>
    </message>
    <message>
        <source>Leave out items the user interacted with in the training data</source>
        <translation>Artikel auslassen, mit denen der Nutzer in den Trainingsdaten interagiert hat</translation>
    </message>
    <message>
        <source>&amp;Impressions in history</source>
        <translation>&amp;Impressionen im Verlauf</translation>
    </message>
    <message>
        <source>Pick a trained model and type a user id.</source>
        <translation>Wählen Sie ein trainiertes Modell und geben Sie eine Nutzer-ID ein.</translation>
    </message>
    <message>
        <source>History (newest first)</source>
        <translation>Verlauf (neueste zuerst)</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Similar items: select an item on the left</source>
        <translation>Ähnliche Artikel: Wählen Sie links einen Artikel aus</translation>
    </message>
    <message>
        <source>Train a model first (Train tab), then pick it here.</source>
        <translation>Trainieren Sie zuerst ein Modell (Tab „Trainieren“) und wählen Sie es dann hier aus.</translation>
    </message>
    <message>
        <source>Cannot load model %1: %2</source>
        <translation>Modell %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>There is no user %1 in this project.</source>
        <translation>In diesem Projekt gibt es keinen Nutzer %1.</translation>
    </message>
    <message>
        <source>Similar items: %1 is not in the model&apos;s training data</source>
        <translation>Ähnliche Artikel: %1 ist nicht in den Trainingsdaten des Modells</translation>
    </message>
    <message>
        <source>Cold user: %1 has no interactions in the data %2 was trained on (%3 history events now), so these are the most popular items (popularity fallback).</source>
        <translation>Cold-Start-Nutzer: %1 hat keine Interaktionen in den Daten, auf denen %2 trainiert wurde (jetzt %3 Verlaufsereignisse), daher sind dies die beliebtesten Artikel (Popularitäts-Fallback).</translation>
    </message>
    <message>
        <source>User %1: %2 history events, %3 recommendations from %4.</source>
        <translation>Nutzer %1: %2 Verlaufsereignisse, %3 Empfehlungen von %4.</translation>
    </message>
    <message>
        <source>Similar to %1</source>
        <translation>Ähnlich wie %1</translation>
    </message>
    <message>
        <source>Similar items</source>
        <translation>Ähnliche Artikel</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>RecoEngine User Guide</source>
        <translation>RecoEngine-Handbuch</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>The guide&apos;s contents page</source>
        <translation>Die Inhaltsseite des Handbuchs</translation>
    </message>
    <message>
        <source>%1 — RecoEngine User Guide</source>
        <translation>%1 — RecoEngine-Handbuch</translation>
    </message>
</context>
<context>
    <name>UserHistoryModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>&amp;Restore this version</source>
        <translation>Diese Version &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Rule set versions</source>
        <translation>Regelsatz-Versionen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation>Gespeichert (UTC)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>the version before it</source>
        <translation>der vorherigen Version</translation>
    </message>
    <message>
        <source>the working copy</source>
        <translation>der Arbeitskopie</translation>
    </message>
    <message>
        <source>Changes compared with</source>
        <translation>Änderungen im Vergleich zu</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Version wiederherstellen</translation>
    </message>
    <message>
        <source>Make version %1 the working rule set again? It is saved as a new version; Undo in the editor takes it back.</source>
        <translation>Version %1 wieder zum Arbeitsstand des Regelsatzes machen? Sie wird als neue Version gespeichert; „Rückgängig“ im Editor nimmt das zurück.</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>No version saved yet: use Save version… in the editor.</source>
        <translation>Noch keine Version gespeichert: Verwenden Sie „Version speichern…“ im Editor.</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>Die Versionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>From version %1 to the working copy:</source>
        <translation>Von Version %1 zur Arbeitskopie:</translation>
    </message>
    <message>
        <source>From version %1 to version %2:</source>
        <translation>Von Version %1 zu Version %2:</translation>
    </message>
    <message>
        <source>Version 1 (first version) against an empty rule set:</source>
        <translation>Version 1 (erste Version) im Vergleich zu einem leeren Regelsatz:</translation>
    </message>
    <message>
        <source>The version could not be read: %1</source>
        <translation>Die Version konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Version %1 restored and saved as version %2.</source>
        <translation>Version %1 wiederhergestellt und als Version %2 gespeichert.</translation>
    </message>
    <message>
        <source>Version %1 could not be restored: %2</source>
        <translation>Version %1 konnte nicht wiederhergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome to RecoEngine</source>
        <translation>Willkommen bei RecoEngine</translation>
    </message>
    <message>
        <source>Open a project to explore its data, train and evaluate recommendation models and curate what they recommend. New here? The demo project shows every workspace on an online shop&apos;s 90 days of events.</source>
        <translation>Öffnen Sie ein Projekt, um seine Daten zu erkunden, Empfehlungsmodelle zu trainieren und zu bewerten und zu kuratieren, was sie empfehlen. Neu hier? Das Demoprojekt zeigt jeden Arbeitsbereich mit 90 Tagen Ereignissen eines Onlineshops.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>Create a new, empty project file</source>
        <translation>Neue, leere Projektdatei anlegen</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an existing project file</source>
        <translation>Vorhandene Projektdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>Daten &amp;importieren…</translation>
    </message>
    <message>
        <source>Create a new project and import an interaction log or a public dataset into it</source>
        <translation>Ein neues Projekt anlegen und ein Interaktionsprotokoll oder einen öffentlichen Datensatz hineinimportieren</translation>
    </message>
    <message>
        <source>Open &amp;demo project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <source>Open the built-in demo project, creating it first when it is missing</source>
        <translation>Das mitgelieferte Demoprojekt öffnen und es zuerst erstellen, falls es fehlt</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>&amp;Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open a project</source>
        <translation>Zum Öffnen eines Projekts Eingabe drücken oder doppelklicken</translation>
    </message>
    <message>
        <source>No recent projects yet. Projects you open or create are listed here.</source>
        <translation>Noch keine zuletzt geöffneten Projekte. Projekte, die Sie öffnen oder anlegen, werden hier aufgeführt.</translation>
    </message>
    <message>
        <source>%1 (missing)
%2</source>
        <translation>%1 (fehlt)
%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>RecoEngine, a workbench for recommendation systems.</source>
        <translation>RecoEngine, eine Workbench für Empfehlungssysteme.</translation>
    </message>
    <message>
        <source>Open the demo project (creating it when missing).</source>
        <translation>Das Demoprojekt öffnen (und anlegen, falls es fehlt).</translation>
    </message>
    <message>
        <source>Project file to open.</source>
        <translation>Zu öffnende Projektdatei.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt Versionsinformationen an.</translation>
    </message>
</context>
</TS>

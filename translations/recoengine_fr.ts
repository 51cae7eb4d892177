<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About RecoEngine</source>
        <translation>À propos de RecoEngine</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RecoEngine %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for people who run recommendation systems: import interaction logs, browse the data, train and evaluate recommender models, read dashboards and curate what users see.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RecoEngine %1&lt;/h3&gt;&lt;p&gt;Un atelier de bureau pour les équipes qui pilotent des systèmes de recommandation&#xa0;: importer des journaux d&apos;interactions, parcourir les données, entraîner et évaluer des modèles de recommandation, consulter des tableaux de bord et organiser ce que voient les utilisateurs.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with %1; %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Compilé avec %1&#xa0;; %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;RecoEngine links Qt Charts, which Qt offers under the GNU General Public License version 3 (or a commercial licence). RecoEngine as distributed is therefore licensed under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;RecoEngine utilise Qt Charts, que Qt propose sous la licence GNU General Public License version 3 (ou sous licence commerciale). RecoEngine tel que distribué est donc placé sous la GNU General Public License, version 3 ou (à votre choix) toute version ultérieure. Il est fourni sans aucune garantie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Homepage: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Site web&#xa0;: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>&amp;Copier les informations de version</translation>
    </message>
    <message>
        <source>Copy the version, git revision and library versions (for a bug report)</source>
        <translation>Copier la version, la révision git et les versions des bibliothèques (pour un rapport de bogue)</translation>
    </message>
</context>
<context>
    <name>ActionRegistry</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Create a new, empty project file</source>
        <translation>Créer un nouveau fichier de projet vide</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open an existing project file</source>
        <translation>Ouvrir un fichier de projet existant</translation>
    </message>
    <message>
        <source>&amp;Import Dataset…</source>
        <translation>&amp;Importer un jeu de données…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import an interaction log or a public dataset into the project</source>
        <translation>Importer un journal d&apos;interactions ou un jeu de données public dans le projet</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Fermer le projet</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Close the current project</source>
        <translation>Fermer le projet en cours</translation>
    </message>
    <message>
        <source>Clear &amp;List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;About RecoEngine</source>
        <translation>À &amp;propos de RecoEngine</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Open the user guide at the chapter of the current workspace</source>
        <translation>Ouvrir le guide de l&apos;utilisateur au chapitre de l&apos;espace de travail actuel</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Running &amp;Tasks…</source>
        <translation>&amp;Tâches en cours…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>List the running tasks with their progress, and cancel them</source>
        <translation>Afficher les tâches en cours avec leur progression, et les annuler</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>Ouvrir le projet de &amp;démonstration</translation>
    </message>
    <message>
        <source>Open the built-in demo project (an online shop&apos;s recommendation log), creating it first when it is missing</source>
        <translation>Ouvrir le projet de démonstration intégré (le journal de recommandations d&apos;une boutique en ligne), en le créant d&apos;abord s&apos;il manque</translation>
    </message>
</context>
<context>
    <name>AddRuleCommand</name>
    <message>
        <source>Add rule #%1: %2</source>
        <translation>Ajouter la règle n°&#xa0;%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AddRuleDialog</name>
    <message>
        <source>Add rule to &apos;%1&apos;</source>
        <translation>Ajouter une règle à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Why this rule exists (optional)</source>
        <translation>Raison d&apos;être de cette règle (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Article&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>&amp;Facteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Max items:</source>
        <translation>&amp;Max. articles&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorité&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>every category</source>
        <translation>toutes les catégories</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
</context>
<context>
    <name>AddSegmentCommand</name>
    <message>
        <source>Add segment &apos;%1&apos;</source>
        <translation>Ajouter le segment «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export this chart as PNG or SVG, or its data as CSV</source>
        <translation>Exporter ce graphique en PNG ou SVG, ou ses données en CSV</translation>
    </message>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation>Graphique en &amp;PNG…</translation>
    </message>
    <message>
        <source>Chart as &amp;SVG…</source>
        <translation>Graphique en &amp;SVG…</translation>
    </message>
    <message>
        <source>Data as &amp;CSV…</source>
        <translation>Données en &amp;CSV…</translation>
    </message>
    <message>
        <source>Could not write the PNG file %1.</source>
        <translation>Impossible d&apos;écrire le fichier PNG %1.</translation>
    </message>
    <message>
        <source>Could not write the SVG file %1.</source>
        <translation>Impossible d&apos;écrire le fichier SVG %1.</translation>
    </message>
    <message>
        <source>Could not write the CSV file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier CSV %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
</context>
<context>
    <name>CurationDocument</name>
    <message>
        <source>The working rule set could not be written to the project: %1</source>
        <translation>Le jeu de règles de travail n&apos;a pas pu être enregistré dans le projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Segment members could not be counted: %1</source>
        <translation>Impossible de compter les membres du segment&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Restaurer la version %1</translation>
    </message>
    <message>
        <source>Import rule set %1 version %2</source>
        <translation>Importer le jeu de règles %1, version %2</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rule(s)</source>
        <translation>
            <numerusform>Supprimer %n règle</numerusform>
            <numerusform>Supprimer %n règles</numerusform>
        </translation>
    </message>
    <message>
        <source>Move rule #%1 up</source>
        <translation>Monter la règle n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Move rule #%1 down</source>
        <translation>Descendre la règle n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Remove segment &apos;%1&apos;</source>
        <translation>Supprimer le segment «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This is the first version of the rule set (%1, %2).</source>
        <translation>Ceci est la première version du jeu de règles (%1, %2).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln segment</numerusform>
            <numerusform>%Ln segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rule(s)</source>
        <translation>
            <numerusform>%Ln règle</numerusform>
            <numerusform>%Ln règles</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes since version %1.</source>
        <translation>Aucune modification depuis la version %1.</translation>
    </message>
    <message>
        <source>Changes since version %1:
%2</source>
        <translation>Modifications depuis la version %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>The saved versions could not be read: %1</source>
        <translation>Impossible de lire les versions enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Counting segment members</source>
        <translation>Comptage des membres des segments</translation>
    </message>
    <message>
        <source>Counting the edited segment&apos;s members</source>
        <translation>Comptage des membres du segment modifié</translation>
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
        <translation>Rappel@%1</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Gini (exposure)</source>
        <translation>Gini (exposition)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The model is retrained on the split&apos;s training part with the stored model&apos;s parameters</source>
        <translation>Le modèle est réentraîné sur la partie entraînement du découpage avec les paramètres du modèle enregistré</translation>
    </message>
    <message>
        <source>How interactions are divided into training and held-out data, as in the Evaluate tab (stratified-user:0.75, temporal:0.8, leave-last:1 …)</source>
        <translation>Répartition des interactions entre données d&apos;entraînement et données mises de côté, comme dans l&apos;onglet Évaluer (stratified-user:0.75, temporal:0.8, leave-last:1 …)</translation>
    </message>
    <message>
        <source>When the rules are applied: rules outside their time window do not count</source>
        <translation>Moment d&apos;application des règles&#xa0;: les règles hors de leur période de validité ne comptent pas</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Découpage</translation>
    </message>
    <message>
        <source>Rules at</source>
        <translation>Règles à</translation>
    </message>
    <message>
        <source>Run to see what the working rule set costs or gains on the offline evaluation split: each test user&apos;s top 10 with and without the rules, scored against their held-out interactions.</source>
        <translation>Lancez le calcul pour voir ce que le jeu de règles de travail coûte ou rapporte sur le découpage d&apos;évaluation hors ligne&#xa0;: le top 10 de chaque utilisateur de test avec et sans les règles, évalué par rapport à ses interactions mises de côté.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot list the trained models: %1</source>
        <translation>Impossible de lister les modèles entraînés&#xa0;: %1</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>No trained model yet: train one in the Models workspace first.</source>
        <translation>Aucun modèle entraîné pour l&apos;instant&#xa0;: entraînez-en un d&apos;abord dans l&apos;espace de travail Modèles.</translation>
    </message>
    <message>
        <source>Split: %1</source>
        <translation>Découpage&#xa0;: %1</translation>
    </message>
    <message>
        <source>The model %1 no longer exists.</source>
        <translation>Le modèle %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Impact failed: %1</source>
        <translation>Échec du calcul d&apos;impact&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — test users: %2 · lists changed: %3</source>
        <translation>%1 — utilisateurs de test&#xa0;: %2 · listes modifiées&#xa0;: %3</translation>
    </message>
    <message>
        <source>Without</source>
        <translation>Sans</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Better with the rules</source>
        <translation>Meilleur avec les règles</translation>
    </message>
    <message>
        <source>Worse with the rules</source>
        <translation>Moins bon avec les règles</translation>
    </message>
    <message>
        <source>The rules change none of the %1 test users&apos; top %2 lists: no offline cost or gain.</source>
        <translation>Les règles ne modifient aucune des listes top %2 des %1 utilisateurs de test&#xa0;: ni coût ni gain hors ligne.</translation>
    </message>
    <message>
        <source>stays at %1</source>
        <translation>reste à %1</translation>
    </message>
    <message>
        <source> (%1%2%)</source>
        <translation> (%1%2&#xa0;%)</translation>
    </message>
    <message>
        <source>rises from %1 to %2%3</source>
        <translation>passe de %1 à %2%3</translation>
    </message>
    <message>
        <source>falls from %1 to %2%3</source>
        <translation>baisse de %1 à %2%3</translation>
    </message>
    <message>
        <source>The rules change the top %1 lists of %2 of %3 test users. </source>
        <translation>Les règles modifient les listes top %1 de %2 utilisateurs de test sur %3. </translation>
    </message>
    <message>
        <source>nDCG@%1 %2, recall@%1 %3; the share of the catalogue shown %4.</source>
        <translation>nDCG@%1 %2, rappel@%1 %3&#xa0;; la part du catalogue affichée %4.</translation>
    </message>
    <message>
        <source>Segment %1 loses most: nDCG@%2 %3.</source>
        <translation>Le segment %1 perd le plus&#xa0;: nDCG@%2 %3.</translation>
    </message>
    <message>
        <source>Measuring the impact of the rules</source>
        <translation>Mesure de l&apos;impact des règles</translation>
    </message>
    <message>
        <source>few users</source>
        <translation>peu d&apos;utilisateurs</translation>
    </message>
    <message>
        <source>Test users in this segment: %1. That is fewer than %2, so these figures can change a lot with a single user: read them with care.</source>
        <translation>Utilisateurs de test dans ce segment&#xa0;: %1. C&apos;est moins de %2&#xa0;: un seul utilisateur peut beaucoup changer ces chiffres, lisez-les avec prudence.</translation>
    </message>
    <message>
        <source>%1 on %2, seed %3: %4 training / %5 held-out interactions, %6.</source>
        <translation>%1 sur %2, graine %3&#xa0;: %4 interactions d&apos;entraînement / %5 mises de côté, %6.</translation>
    </message>
</context>
<context>
    <name>CurationPreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Sample from segment</source>
        <translation>Échantillon du segment</translation>
    </message>
    <message>
        <source>The trained model whose ranking is curated</source>
        <translation>Le modèle entraîné dont le classement est organisé</translation>
    </message>
    <message>
        <source>List length</source>
        <translation>Longueur de la liste</translation>
    </message>
    <message>
        <source>When the list is shown: rules outside their time window do not apply</source>
        <translation>Moment d&apos;affichage de la liste&#xa0;: les règles hors de leur période de validité ne s&apos;appliquent pas</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>Draw a few users of the segment and preview the first (each click draws anew)</source>
        <translation>Tirer quelques utilisateurs du segment et prévisualiser le premier (chaque clic effectue un nouveau tirage)</translation>
    </message>
    <message>
        <source>Sampled users: pick one to preview it</source>
        <translation>Utilisateurs échantillonnés&#xa0;: choisissez-en un pour le prévisualiser</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>At</source>
        <translation>À</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <source>Model ranking</source>
        <translation>Classement du modèle</translation>
    </message>
    <message>
        <source>Curated</source>
        <translation>Après curation</translation>
    </message>
    <message>
        <source>Choose a model and a user, or sample users of a segment.</source>
        <translation>Choisissez un modèle et un utilisateur, ou échantillonnez des utilisateurs d&apos;un segment.</translation>
    </message>
    <message>
        <source>Cannot list the trained models: %1</source>
        <translation>Impossible de lister les modèles entraînés&#xa0;: %1</translation>
    </message>
    <message>
        <source>No trained model yet: train one in the Models workspace to preview its recommendations.</source>
        <translation>Aucun modèle entraîné pour l&apos;instant&#xa0;: entraînez-en un dans l&apos;espace de travail Modèles pour prévisualiser ses recommandations.</translation>
    </message>
    <message>
        <source>Type a user id, or sample users of a segment.</source>
        <translation>Saisissez un ID utilisateur ou échantillonnez des utilisateurs d&apos;un segment.</translation>
    </message>
    <message>
        <source>There is no segment named %1 in the rule set.</source>
        <translation>Aucun segment nommé %1 dans le jeu de règles.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Sampling users of %1…</source>
        <translation>Échantillonnage des utilisateurs de %1…</translation>
    </message>
    <message>
        <source>Curating the recommendations of %1…</source>
        <translation>Application des règles aux recommandations de %1…</translation>
    </message>
    <message>
        <source>Segment %1 has no members.</source>
        <translation>Le segment %1 n&apos;a aucun membre.</translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation>Échec de l&apos;aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · %2
category: %3</source>
        <translation>%1 · %2
catégorie&#xa0;: %3</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Not among the model&apos;s candidates for this user</source>
        <translation>Ne figure pas parmi les candidats du modèle pour cet utilisateur</translation>
    </message>
    <message>
        <source>User %1 (segments: %2) · positions changed: %3 · active rules: %4.</source>
        <translation>Utilisateur %1 (segments&#xa0;: %2) · positions modifiées&#xa0;: %3 · règles actives&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Banned: %1</source>
        <translation>Banni&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pin #%1 lost its position to #%2.</source>
        <translation>L&apos;épingle n°&#xa0;%1 a perdu sa position au profit de n°&#xa0;%2.</translation>
    </message>
    <message>
        <source>Over a category cap: %1</source>
        <translation>Au-delà d&apos;un plafond de catégorie&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (rule #%2)</source>
        <translation>%1 (règle n°&#xa0;%2)</translation>
    </message>
    <message>
        <source>%1 (%2, rule #%3)</source>
        <translation>%1 (%2, règle n°&#xa0;%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Previewing the curated list</source>
        <translation>Aperçu de la liste éditorialisée</translation>
    </message>
    <message>
        <source>Segment %1: %2</source>
        <translation>Segment %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Recommendations before the rules</source>
        <translation>Recommandations avant les règles</translation>
    </message>
    <message>
        <source>Recommendations after the rules</source>
        <translation>Recommandations après les règles</translation>
    </message>
</context>
<context>
    <name>CurationWhatIfPanel</name>
    <message>
        <source>Replay</source>
        <translation>Rejeu (replay)</translation>
    </message>
    <message>
        <source>IPS</source>
        <translation>IPS</translation>
    </message>
    <message>
        <source>Self-normalised IPS</source>
        <translation>IPS auto-normalisé</translation>
    </message>
    <message>
        <source>Direct method</source>
        <translation>Méthode directe</translation>
    </message>
    <message>
        <source>Doubly robust</source>
        <translation>Doublement robuste</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Estimating the rules&apos; click rate</source>
        <translation>Estimation du taux de clic des règles</translation>
    </message>
    <message>
        <source>The trained model whose ranking the rules curate</source>
        <translation>Le modèle entraîné dont les règles organisent le classement</translation>
    </message>
    <message>
        <source>0 evaluates the ranking as it is. Above 0, each slot shows the ranked item with probability 1 − ε and any candidate otherwise, so that more logged impressions count</source>
        <translation>0 évalue le classement tel quel. Au-delà de 0, chaque emplacement montre l’article classé avec la probabilité 1 − ε et sinon n’importe quel candidat, pour que davantage d’impressions journalisées comptent</translation>
    </message>
    <message>
        <source>Without the rules</source>
        <translation>Sans les règles</translation>
    </message>
    <message>
        <source>With the rules</source>
        <translation>Avec les règles</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Clicks per impression with 95% bootstrap intervals; the difference&apos;s interval is paired (both on the same resamples). Self-normalised IPS is the one to read first</source>
        <translation>Clics par impression avec intervalles bootstrap à 95 %&#xa0;; l’intervalle de la différence est apparié (les deux sur les mêmes rééchantillons). Lisez d’abord l’IPS auto-normalisé</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Smoothing ε</source>
        <translation>Lissage ε</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot list the trained models: %1</source>
        <translation>Impossible de lister les modèles entraînés&#xa0;: %1</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>No trained model yet: train one in the Models workspace first.</source>
        <translation>Aucun modèle entraîné pour l&apos;instant&#xa0;: entraînez-en un d&apos;abord dans l&apos;espace de travail Modèles.</translation>
    </message>
    <message>
        <source>Recomputing…</source>
        <translation>Recalcul…</translation>
    </message>
    <message>
        <source>Reading the logged impressions</source>
        <translation>Lecture des impressions journalisées</translation>
    </message>
    <message>
        <source>This project has no logged impressions to estimate from. Import impressions with their positions (and propensities), such as an Open Bandit log.</source>
        <translation>Ce projet n’a aucune impression journalisée à partir de laquelle estimer. Importez des impressions avec leurs positions (et propensions), par exemple un journal Open Bandit.</translation>
    </message>
    <message>
        <source>Ranking without the rules</source>
        <translation>Classement sans les règles</translation>
    </message>
    <message>
        <source>Ranking with the rules</source>
        <translation>Classement avec les règles</translation>
    </message>
    <message>
        <source>Estimating the click rates</source>
        <translation>Estimation des taux de clic</translation>
    </message>
    <message>
        <source>Cancelled: the figures below are from before the last edit.</source>
        <translation>Annulé&#xa0;: les chiffres ci-dessous datent d’avant la dernière modification.</translation>
    </message>
    <message>
        <source>The estimate failed: %1</source>
        <translation>L’estimation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Up to date with the working rule set.</source>
        <translation>À jour avec le jeu de règles de travail.</translation>
    </message>
    <message>
        <source>The click rate the working rule set would have had on the logged impressions, with and without it, appears here and follows every edit.</source>
        <translation>Le taux de clic qu’aurait eu le jeu de règles de travail sur les impressions journalisées, avec et sans lui, s’affiche ici et suit chaque modification.</translation>
    </message>
    <message>
        <source>The ranking would never have shown any logged item in its slot: nothing to estimate from. Try a smoothing ε above 0.</source>
        <translation>Le classement n’aurait jamais montré d’article journalisé à son emplacement&#xa0;: rien à partir de quoi estimer. Essayez un lissage ε supérieur à 0.</translation>
    </message>
    <message>
        <source>Too little overlap with the logs: the estimate is worth %1 impressions out of %2.</source>
        <translation>Trop peu de recouvrement avec les journaux&#xa0;: l’estimation vaut %1 impressions sur %2.</translation>
    </message>
    <message>
        <source>A few impressions dominate: the estimate rests on the equivalent of %1 clicks.</source>
        <translation>Quelques impressions dominent&#xa0;: l’estimation repose sur l’équivalent de %1 clics.</translation>
    </message>
    <message>
        <source>%1 of the choices fall on items the logs never showed there: that part cannot be judged.</source>
        <translation>%1 des choix portent sur des articles que les journaux n’ont jamais montrés à cet endroit&#xa0;: cette part ne peut pas être jugée.</translation>
    </message>
    <message>
        <source>The logs cannot tell.</source>
        <translation>Les journaux ne permettent pas de le dire.</translation>
    </message>
    <message>
        <source>The rules would have raised the click rate.</source>
        <translation>Les règles auraient augmenté le taux de clic.</translation>
    </message>
    <message>
        <source>The rules would have lowered the click rate.</source>
        <translation>Les règles auraient baissé le taux de clic.</translation>
    </message>
    <message>
        <source>The rules change nothing the logs can see.</source>
        <translation>Les règles ne changent rien que les journaux puissent voir.</translation>
    </message>
    <message>
        <source>The logs cannot tell the difference from zero.</source>
        <translation>Les journaux ne distinguent pas la différence de zéro.</translation>
    </message>
    <message>
        <source>&lt;b&gt;With the rules: %1&lt;/b&gt; clicks per impression (95%: %2 to %3). Without: %4 (%5 to %6). Difference: &lt;b&gt;%7 percentage points&lt;/b&gt; (%8 to %9). %10</source>
        <translation>&lt;b&gt;Avec les règles&#xa0;: %1&lt;/b&gt; clics par impression (95 %&#xa0;: %2 à %3). Sans&#xa0;: %4 (%5 à %6). Différence&#xa0;: &lt;b&gt;%7 points de pourcentage&lt;/b&gt; (%8 à %9). %10</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 à %3)</translation>
    </message>
    <message>
        <source>%1 pp (%2 to %3)</source>
        <translation>%1 pts (%2 à %3)</translation>
    </message>
    <message>
        <source>the ranking epsilon-smoothed (ε = %1)</source>
        <translation>le classement lissé epsilon (ε = %1)</translation>
    </message>
    <message>
        <source>the ranking as it is (deterministic)</source>
        <translation>le classement tel quel (déterministe)</translation>
    </message>
    <message>
        <source>%1 logged impressions, %2 clicks; evaluated: %3. With the rules: effective sample size %4, agreement with the logs %5, largest weight %6.</source>
        <translation>%1 impressions journalisées, %2 clics&#xa0;; évalué&#xa0;: %3. Avec les règles&#xa0;: taille d’échantillon effective %4, accord avec les journaux %5, plus grand poids %6.</translation>
    </message>
    <message>
        <source>Estimate on the logged impressions of this segment&apos;s users only</source>
        <translation>Estimer sur les seules impressions journalisées des utilisateurs de ce segment</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>No logged impressions of users in segment %1.</source>
        <translation>Aucune impression journalisée d’utilisateurs du segment %1.</translation>
    </message>
    <message numerus="yes">
        <source>The logs carry no propensities for %Ln impression(s): they were estimated from how often each item was shown per placement and slot.</source>
        <translation>
            <numerusform>Les journaux ne donnent pas de propension pour %Ln impression&#xa0;: elle a été estimée d’après la fréquence d’affichage de chaque article par emplacement et position.</numerusform>
            <numerusform>Les journaux ne donnent pas de propension pour %Ln impressions&#xa0;: elles ont été estimées d’après la fréquence d’affichage de chaque article par emplacement et position.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln logged impression(s) have a propensity below 0.001: their weights can be huge.</source>
        <translation>
            <numerusform>%Ln impression journalisée a une propension inférieure à 0,001&#xa0;: son poids peut être énorme.</numerusform>
            <numerusform>%Ln impressions journalisées ont une propension inférieure à 0,001&#xa0;: leurs poids peuvent être énormes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln click(s) in the logs: the intervals are wide.</source>
        <translation>
            <numerusform>Seulement %Ln clic dans les journaux&#xa0;: les intervalles sont larges.</numerusform>
            <numerusform>Seulement %Ln clics dans les journaux&#xa0;: les intervalles sont larges.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurationWorkspace</name>
    <message>
        <source>No project is open.

Open or create a project to curate what recommendations show: pin, ban, boost and bury items for user segments.</source>
        <translation>Aucun projet n&apos;est ouvert.

Ouvrez ou créez un projet pour organiser ce qu&apos;affichent les recommandations&#xa0;: épingler, bannir, promouvoir et rétrograder des articles pour des segments d&apos;utilisateurs.</translation>
    </message>
    <message>
        <source>Find an item by id or title (Ctrl+F). Choosing one sets the selected rule&apos;s item, or starts a new rule for it.</source>
        <translation>Rechercher un article par ID ou titre (Ctrl+F). Le choisir définit l&apos;article de la règle sélectionnée, ou crée une nouvelle règle pour lui.</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouvert&gt;</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <translation>&amp;Ajouter une règle…</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>&amp;Supprimer la règle</translation>
    </message>
    <message>
        <source>&amp;Edit cell</source>
        <translation>&amp;Modifier la cellule</translation>
    </message>
    <message>
        <source>Enable/&amp;disable rule</source>
        <translation>Activer/&amp;désactiver la règle</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Déplacer vers le &amp;haut</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Déplacer vers le &amp;bas</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Save version…</source>
        <translation>&amp;Enregistrer une version…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Find item</source>
        <translation>Rechercher un ar&amp;ticle</translation>
    </message>
    <message>
        <source>&amp;New segment</source>
        <translation>N&amp;ouveau segment</translation>
    </message>
    <message>
        <source>Remove se&amp;gment</source>
        <translation>Supprimer le se&amp;gment</translation>
    </message>
    <message>
        <source>Remove segment</source>
        <translation>Supprimer le segment</translation>
    </message>
    <message numerus="yes">
        <source>Segment &apos;%1&apos; has %n rule(s). Remove the segment and its rules?</source>
        <translation>
            <numerusform>Le segment «&#xa0;%1&#xa0;» a %n règle. Supprimer le segment et sa règle&#xa0;?</numerusform>
            <numerusform>Le segment «&#xa0;%1&#xa0;» a %n règles. Supprimer le segment et ses règles&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>The project&apos;s rule set cannot be read:
%1</source>
        <translation>Impossible de lire le jeu de règles du projet&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message numerus="yes">
        <source>Rules for segment &apos;%1&apos; (%n rule(s), highest priority first)</source>
        <translation>
            <numerusform>Règles du segment «&#xa0;%1&#xa0;» (%n règle, priorité la plus haute en premier)</numerusform>
            <numerusform>Règles du segment «&#xa0;%1&#xa0;» (%n règles, priorité la plus haute en premier)</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>Problèmes&#xa0;: aucun</translation>
    </message>
    <message>
        <source>The rule was not added: %1</source>
        <translation>La règle n&apos;a pas été ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Enregistré en tant que version %1.</translation>
    </message>
    <message>
        <source>The version could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer la version&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import rule set</source>
        <translation>Importer un jeu de règles</translation>
    </message>
    <message>
        <source>Rule sets (*.json);;All files (*)</source>
        <translation>Jeux de règles (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importé.</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>Impossible de lire les versions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export rule set</source>
        <translation>Exporter le jeu de règles</translation>
    </message>
    <message>
        <source>Export writes a saved version. Save a version first (Save version…).</source>
        <translation>L&apos;exportation porte sur une version enregistrée. Enregistrez d&apos;abord une version (Enregistrer une version…).</translation>
    </message>
    <message>
        <source>The working rule set has changes that are not saved as a version. Export the latest saved version (%1) anyway?</source>
        <translation>Le jeu de règles de travail contient des modifications non enregistrées en tant que version. Exporter quand même la dernière version enregistrée (%1)&#xa0;?</translation>
    </message>
    <message>
        <source>Export rule set version %1</source>
        <translation>Exporter la version %1 du jeu de règles</translation>
    </message>
    <message>
        <source>ruleset-v%1.json</source>
        <translation>ruleset-v%1.json</translation>
    </message>
    <message>
        <source>Version %1 exported to %2.</source>
        <translation>Version %1 exportée vers %2.</translation>
    </message>
    <message>
        <source>Curation</source>
        <translation>Curation</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <source>Problems: %1, %2</source>
        <translation>Problèmes&#xa0;: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Règle sélectionnée</translation>
    </message>
    <message>
        <source>No rules yet</source>
        <translation>Aucune règle pour l’instant</translation>
    </message>
    <message>
        <source>Rules change what the recommendations show: pin an item to a position, ban, boost or bury items and categories, cap how many items of one category a list holds. Add a rule for all users, or first define a segment to target a group of users; or import a rule set exported before.</source>
        <translation>Les règles changent ce que montrent les recommandations&#xa0;: épingler un article à une position, bannir, favoriser ou reléguer des articles et des catégories, limiter le nombre d’articles d’une catégorie dans une liste. Ajoutez une règle pour tous les utilisateurs, définissez d’abord un segment pour cibler un groupe d’utilisateurs, ou importez un jeu de règles exporté auparavant.</translation>
    </message>
    <message>
        <source>Add a rule for the selected segment (Insert)</source>
        <translation>Ajouter une règle pour le segment sélectionné (Inser)</translation>
    </message>
    <message>
        <source>Define a group of users by their attributes and activity (Ctrl+Shift+N)</source>
        <translation>Définir un groupe d’utilisateurs par leurs attributs et leur activité (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>&amp;Import rule set…</source>
        <translation>&amp;Importer un jeu de règles…</translation>
    </message>
    <message>
        <source>Read rules from a rule-set JSON file</source>
        <translation>Lire les règles d’un fichier JSON de jeu de règles</translation>
    </message>
    <message>
        <source>Select a rule to see its note, author and creation time.</source>
        <translation>Sélectionnez une règle pour voir sa note, son auteur et sa date de création.</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Find item</source>
        <translation>Chercher un article</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Et si</translation>
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
        <translation>Conversion par clic (%)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>Impressions: %1&lt;br&gt;Clicks: %2 (CTR %3)&lt;br&gt;Add-to-carts: %4&lt;br&gt;Purchases: %5 (%6 per click)&lt;br&gt;Revenue: %7</source>
        <translation>Impressions&#xa0;: %1&lt;br&gt;Clics&#xa0;: %2 (CTR %3)&lt;br&gt;Ajouts au panier&#xa0;: %4&lt;br&gt;Achats&#xa0;: %5 (%6 par clic)&lt;br&gt;Chiffre d&apos;affaires&#xa0;: %7</translation>
    </message>
    <message>
        <source>&lt;br&gt;Active users: %1</source>
        <translation>&lt;br&gt;Utilisateurs actifs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week (starting Monday)</source>
        <translation>Semaine (à partir du lundi)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>CTR by position</source>
        <translation>CTR par position</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>Position dans la liste</translation>
    </message>
    <message>
        <source>&lt;b&gt;Position %1&lt;/b&gt;&lt;br&gt;%2 impressions, %3 clicks&lt;br&gt;CTR %4</source>
        <translation>&lt;b&gt;Position %1&lt;/b&gt;&lt;br&gt;%2 impressions, %3 clics&lt;br&gt;CTR %4</translation>
    </message>
    <message>
        <source>Add-to-carts</source>
        <translation>Ajouts au panier</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 of the previous stage</source>
        <translation>&lt;br&gt;%1 de l&apos;étape précédente</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 of impressions</source>
        <translation>&lt;br&gt;%1 des impressions</translation>
    </message>
    <message>
        <source>Events (log scale)</source>
        <translation>Événements (échelle logarithmique)</translation>
    </message>
    <message>
        <source>Impressions per week</source>
        <translation>Impressions par semaine</translation>
    </message>
    <message>
        <source>Impressions per month</source>
        <translation>Impressions par mois</translation>
    </message>
    <message>
        <source>Impressions per day</source>
        <translation>Impressions par jour</translation>
    </message>
    <message>
        <source>Clicks per week</source>
        <translation>Clics par semaine</translation>
    </message>
    <message>
        <source>Clicks per month</source>
        <translation>Clics par mois</translation>
    </message>
    <message>
        <source>Clicks per day</source>
        <translation>Clics par jour</translation>
    </message>
    <message>
        <source>Purchases per week</source>
        <translation>Achats par semaine</translation>
    </message>
    <message>
        <source>Purchases per month</source>
        <translation>Achats par mois</translation>
    </message>
    <message>
        <source>Purchases per day</source>
        <translation>Achats par jour</translation>
    </message>
    <message>
        <source>CTR (%) per week</source>
        <translation>CTR (%) par semaine</translation>
    </message>
    <message>
        <source>CTR (%) per month</source>
        <translation>CTR (%) par mois</translation>
    </message>
    <message>
        <source>CTR (%) per day</source>
        <translation>CTR (%) par jour</translation>
    </message>
    <message>
        <source>Partial day: the data ends during it</source>
        <translation>Jour partiel : les données s’arrêtent au cours de ce jour</translation>
    </message>
    <message>
        <source>Partial week: the data ends during its last day</source>
        <translation>Semaine partielle : les données s’arrêtent au cours de son dernier jour</translation>
    </message>
    <message>
        <source>Partial month: the data ends during its last day</source>
        <translation>Mois partiel : les données s’arrêtent au cours de son dernier jour</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3 of %4 %5&lt;br&gt;rate %6 (95% interval %7 – %8)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3 sur %4 %5&lt;br&gt;taux %6 (intervalle à 95 % %7 – %8)</translation>
    </message>
    <message>
        <source>%1 (%) with its 95% interval</source>
        <translation>%1 (%) avec son intervalle à 95 %</translation>
    </message>
    <message>
        <source>%1 − %2</source>
        <extracomment>A variant&apos;s difference from the baseline: &quot;B − A&quot;.</extracomment>
        <translation>%1 − %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 − %2&lt;/b&gt;&lt;br&gt;%3 percentage points (95% interval %4 to %5)&lt;br&gt;p-value %6</source>
        <translation>&lt;b&gt;%1 − %2&lt;/b&gt;&lt;br&gt;%3 points de pourcentage (intervalle à 95 % de %4 à %5)&lt;br&gt;valeur p %6</translation>
    </message>
    <message>
        <source>Difference from %1 in %2 (percentage points)</source>
        <translation>Écart par rapport à %1 en %2 (points de pourcentage)</translation>
    </message>
    <message>
        <source>Week only partly in the period</source>
        <translation>Semaine en partie seulement dans la période</translation>
    </message>
    <message>
        <source>Month only partly in the period</source>
        <translation>Mois en partie seulement dans la période</translation>
    </message>
</context>
<context>
    <name>DashboardFilterBar</name>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <source>Restrict every chart to a date range (otherwise all data)</source>
        <translation>Limiter tous les graphiques à une plage de dates (sinon toutes les données)</translation>
    </message>
    <message>
        <source>First day (inclusive, UTC)</source>
        <translation>Premier jour (inclus, UTC)</translation>
    </message>
    <message>
        <source>Last day (inclusive, UTC)</source>
        <translation>Dernier jour (inclus, UTC)</translation>
    </message>
    <message>
        <source>Only users with this attribute value</source>
        <translation>Uniquement les utilisateurs ayant cette valeur d&apos;attribut</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>What the breakdown bars show</source>
        <translation>Ce qu&apos;affichent les barres de ventilation</translation>
    </message>
    <message>
        <source>The user attribute of the segment breakdown chart</source>
        <translation>L&apos;attribut utilisateur du graphique de ventilation par segment</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All placements</source>
        <translation>Tous les emplacements</translation>
    </message>
    <message>
        <source>All variants</source>
        <translation>Toutes les variantes</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Placement:</source>
        <translation>&amp;Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>&amp;Variante&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time series:</source>
        <translation>Série &amp;temporelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Bars show:</source>
        <translation>&amp;Barres&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;gments by:</source>
        <translation>Se&amp;gments par&#xa0;:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Segment value</source>
        <translation>Valeur du segment</translation>
    </message>
</context>
<context>
    <name>DashboardPdf</name>
    <message>
        <source>Could not write the PDF file %1.</source>
        <translation>Impossible d&apos;écrire le fichier PDF %1.</translation>
    </message>
</context>
<context>
    <name>DashboardRefresher</name>
    <message>
        <source>Refreshing the dashboard</source>
        <translation>Actualisation du tableau de bord</translation>
    </message>
</context>
<context>
    <name>DashboardWorkspace</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>No project is open.

Open a project, or create the demo project, to see its dashboard.</source>
        <translation>Aucun projet n&apos;est ouvert.

Ouvrez un projet, ou créez le projet de démonstration, pour afficher son tableau de bord.</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <source>Add-to-carts</source>
        <translation>Ajouts au panier</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Conversion per click</source>
        <translation>Conversion par clic</translation>
    </message>
    <message>
        <source>Conversion per impression</source>
        <translation>Conversion par impression</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Revenue per 1,000 impressions</source>
        <translation>Chiffre d&apos;affaires pour 1&#xa0;000 impressions</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Utilisateurs actifs</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <source>By user segment</source>
        <translation>Par segment d&apos;utilisateurs</translation>
    </message>
    <message>
        <source>By placement</source>
        <translation>Par emplacement</translation>
    </message>
    <message>
        <source>By variant</source>
        <translation>Par variante</translation>
    </message>
    <message>
        <source>CTR by list position</source>
        <translation>CTR par position dans la liste</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>A/B comparison</source>
        <translation>Comparaison A/B</translation>
    </message>
    <message>
        <source>Top items</source>
        <translation>Meilleurs articles</translation>
    </message>
    <message>
        <source>Compare CTR</source>
        <translation>Comparer le CTR</translation>
    </message>
    <message>
        <source>Compare conversion (purchases per click)</source>
        <translation>Comparer la conversion (achats par clic)</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Successes</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalle à 95&#xa0;%</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Uplift</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>Valeur p</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the whole dashboard, with its filters, as a PDF report</source>
        <translation>Enregistrer l&apos;ensemble du tableau de bord, avec ses filtres, sous forme de rapport PDF</translation>
    </message>
    <message>
        <source>Step back to the previous drill-down level</source>
        <translation>Revenir au niveau d&apos;exploration précédent</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Échec de l&apos;actualisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>all data</source>
        <translation>toutes les données</translation>
    </message>
    <message>
        <source>category = %1</source>
        <translation>catégorie = %1</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>placement = %1</source>
        <translation>emplacement = %1</translation>
    </message>
    <message>
        <source>variant = %1</source>
        <translation>variante = %1</translation>
    </message>
    <message>
        <source>No data before this period</source>
        <translation>Aucune donnée avant cette période</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Il n&apos;y a encore rien à exporter.</translation>
    </message>
    <message>
        <source>RecoEngine dashboard</source>
        <translation>Tableau de bord RecoEngine</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filtres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2, compared with %3 to %4</source>
        <translation>Période&#xa0;: du %1 au %2, comparée à la période du %3 au %4</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (no earlier data to compare with)</source>
        <translation>Période&#xa0;: du %1 au %2 (aucune donnée antérieure pour comparer)</translation>
    </message>
    <message>
        <source>A/B: %1</source>
        <translation>A/B&#xa0;: %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Généré le %1</translation>
    </message>
    <message>
        <source>RPM</source>
        <translation>RPM</translation>
    </message>
    <message>
        <source>Export dashboard as PDF</source>
        <translation>Exporter le tableau de bord en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>The dashboard shows impressions, clicks, conversions and revenue over time once the project holds events. Import an interaction log or a public dataset to see them.</source>
        <translation>Le tableau de bord montre les impressions, les clics, les conversions et le chiffre d&apos;affaires dans le temps dès que le projet contient des événements. Importez un journal d&apos;interactions ou un jeu de données public pour les voir.</translation>
    </message>
    <message>
        <source>A/B difference from the baseline</source>
        <translation>Écart A/B par rapport à la référence</translation>
    </message>
    <message>
        <source>The partial last day, %1, is left out of the comparison.</source>
        <translation>Le dernier jour, partiel (%1), est exclu de la comparaison.</translation>
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation>Période précédente (%1) : %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>By category: %1, %2</source>
        <translation>Par catégorie : %1, %2</translation>
    </message>
    <message>
        <source>By %1: %2, %3</source>
        <translation>Par %1 : %2, %3</translation>
    </message>
    <message>
        <source>By placement: %1, %2</source>
        <translation>Par emplacement : %1, %2</translation>
    </message>
    <message>
        <source>By variant: %1, %2</source>
        <translation>Par variante : %1, %2</translation>
    </message>
    <message>
        <source>CTR (%) by list position, %1</source>
        <translation>CTR (%) par position dans la liste, %1</translation>
    </message>
    <message>
        <source>Funnel: events per stage (log scale), %1</source>
        <translation>Entonnoir : événements par étape (échelle logarithmique), %1</translation>
    </message>
    <message>
        <source>A/B comparison: %1 per variant, %2</source>
        <translation>Comparaison A/B : %1 par variante, %2</translation>
    </message>
    <message>
        <source>A/B difference from the baseline, %1</source>
        <translation>Écart A/B par rapport à la référence, %1</translation>
    </message>
    <message>
        <source>Top items by revenue, %1</source>
        <translation>Meilleurs articles par chiffre d’affaires, %1</translation>
    </message>
    <message>
        <source>Period: %1, compared with the period of equal length before it: %2.</source>
        <translation>Période : %1, comparée à la période de même durée qui la précède : %2.</translation>
    </message>
    <message>
        <source>Period: %1 (no earlier data to compare with).</source>
        <translation>Période : %1 (aucune donnée antérieure à comparer).</translation>
    </message>
    <message>
        <source>The data ends during %1: that day is partial, drawn dashed and left out of comparisons.</source>
        <translation>Les données s’arrêtent au cours du %1 : ce jour est partiel, tracé en pointillés et exclu des comparaisons.</translation>
    </message>
    <message>
        <source>A/B test measure</source>
        <translation>Mesure du test A/B</translation>
    </message>
    <message>
        <source>The measure the variants are compared on</source>
        <translation>La mesure sur laquelle les variantes sont comparées</translation>
    </message>
    <message>
        <source>A/B test variants</source>
        <translation>Variantes du test A/B</translation>
    </message>
</context>
<context>
    <name>DataTableModel</name>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>returning</source>
        <translation>récurrent</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation>ID article</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>New/returning</source>
        <translation>Nouveau/récurrent</translation>
    </message>
    <message>
        <source>Signed up (UTC)</source>
        <translation>Inscription (UTC)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Item title</source>
        <translation>Titre de l&apos;article</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Propensity</source>
        <translation>Propension</translation>
    </message>
    <message>
        <source>Click to sort by %1</source>
        <translation>Cliquer pour trier par %1</translation>
    </message>
    <message>
        <source>%1 (not sortable on large tables)</source>
        <translation>%1 (tri impossible sur les grandes tables)</translation>
    </message>
</context>
<context>
    <name>DataTablePage</name>
    <message>
        <source>Search by user ID (prefix)…</source>
        <translation>Rechercher par ID utilisateur (préfixe)…</translation>
    </message>
    <message>
        <source>Search by item ID (prefix) or title…</source>
        <translation>Rechercher par ID article (préfixe) ou titre…</translation>
    </message>
    <message>
        <source>Search by user ID, item ID (prefix) or item title…</source>
        <translation>Rechercher par ID utilisateur, ID article (préfixe) ou titre d&apos;article…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Query failed: %1</source>
        <translation>Échec de la requête&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) (%1 loaded)</source>
        <translation>
            <numerusform>%Ln ligne (%1 chargées)</numerusform>
            <numerusform>%Ln lignes (%1 chargées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching row(s) (%1 loaded)</source>
        <translation>
            <numerusform>%Ln ligne correspondante (%1 chargées)</numerusform>
            <numerusform>%Ln lignes correspondantes (%1 chargées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>No value in the rows loaded so far</source>
        <translation>Aucune valeur dans les lignes chargées jusqu’ici</translation>
    </message>
</context>
<context>
    <name>DataWorkspace</name>
    <message>
        <source>No project is open.

Create one with File › New Project… (Ctrl+N) or open one with File › Open Project… (Ctrl+O).</source>
        <translation>Aucun projet n&apos;est ouvert.

Créez-en un avec Fichier › Nouveau projet… (Ctrl+N) ou ouvrez-en un avec Fichier › Ouvrir un projet… (Ctrl+O).</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Articles</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Événements</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>This project holds no data. Import an interaction log (CSV, JSON Lines or Parquet) or a public dataset such as MovieLens to browse its users, items and events here.</source>
        <translation>Ce projet ne contient aucune donnée. Importez un journal d&apos;interactions (CSV, JSON Lines ou Parquet) ou un jeu de données public comme MovieLens pour parcourir ici ses utilisateurs, articles et événements.</translation>
    </message>
</context>
<context>
    <name>DatasetSummaryPanel</name>
    <message>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Articles&#xa0;:</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Événements&#xa0;:</translation>
    </message>
    <message>
        <source>First event:</source>
        <translation>Premier événement&#xa0;:</translation>
    </message>
    <message>
        <source>Last event:</source>
        <translation>Dernier événement&#xa0;:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Catégories&#xa0;:</translation>
    </message>
    <message>
        <source>Placements:</source>
        <translation>Emplacements&#xa0;:</translation>
    </message>
    <message>
        <source>Variants:</source>
        <translation>Variantes&#xa0;:</translation>
    </message>
    <message>
        <source>Events by type</source>
        <translation>Événements par type</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>Aucun projet ouvert.</translation>
    </message>
    <message>
        <source>Computing summary…</source>
        <translation>Calcul du résumé…</translation>
    </message>
    <message>
        <source>Could not summarize the project: %1</source>
        <translation>Impossible de résumer le projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The project holds no events yet. Use File › Import Dataset… to add some.</source>
        <translation>Le projet ne contient encore aucun événement. Utilisez Fichier › Importer un jeu de données… pour en ajouter.</translation>
    </message>
    <message>
        <source>Reading the dataset summary</source>
        <translation>Lecture du résumé du jeu de données</translation>
    </message>
</context>
<context>
    <name>DemoProjectJob</name>
    <message>
        <source>Creating the demo project</source>
        <translation>Création du projet de démonstration</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 effectué</translation>
    </message>
</context>
<context>
    <name>EditSegmentCommand</name>
    <message>
        <source>Rename segment &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Renommer le segment «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Edit segment &apos;%1&apos;</source>
        <translation>Modifier le segment «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No events yet</source>
        <translation>Aucun événement pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Importer des données…</translation>
    </message>
    <message>
        <source>Import an interaction log or a public dataset into the project</source>
        <translation>Importer un journal d&apos;interactions ou un jeu de données public dans le projet</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <source>Models to compare</source>
        <translation>Modèles à comparer</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add this algorithm with the parameters below to the comparison</source>
        <translation>Ajouter cet algorithme avec les paramètres ci-dessous à la comparaison</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algorithme&#xa0;:</translation>
    </message>
    <message>
        <source>Add &amp;stored</source>
        <translation>Ajouter un modèle &amp;enregistré</translation>
    </message>
    <message>
        <source>Add the algorithm and parameters of a trained model (it is retrained on the split)</source>
        <translation>Ajouter l&apos;algorithme et les paramètres d&apos;un modèle entraîné (il est réentraîné sur le découpage)</translation>
    </message>
    <message>
        <source>Trained:</source>
        <translation>Entraîné&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Random holdout per user</source>
        <translation>Holdout aléatoire par utilisateur</translation>
    </message>
    <message>
        <source>Random holdout per item</source>
        <translation>Holdout aléatoire par article</translation>
    </message>
    <message>
        <source>Temporal (global)</source>
        <translation>Temporel (global)</translation>
    </message>
    <message>
        <source>Leave last N out</source>
        <translation>Les N dernières mises de côté (leave-last-N-out)</translation>
    </message>
    <message>
        <source>k-fold</source>
        <translation>Validation croisée k-fold</translation>
    </message>
    <message>
        <source>How interactions are divided into training data and held-out test data</source>
        <translation>Répartition des interactions entre données d&apos;entraînement et données de test mises de côté</translation>
    </message>
    <message>
        <source>S&amp;plit:</source>
        <translation>&amp;Découpage&#xa0;:</translation>
    </message>
    <message>
        <source>Share of the interactions used for training</source>
        <translation>Part des interactions utilisée pour l&apos;entraînement</translation>
    </message>
    <message>
        <source>Train &amp;ratio:</source>
        <translation>Pa&amp;rt d&apos;entraînement&#xa0;:</translation>
    </message>
    <message>
        <source>Each user&apos;s latest N interactions are held out</source>
        <translation>Les N interactions les plus récentes de chaque utilisateur sont mises de côté</translation>
    </message>
    <message>
        <source>&amp;Leave out:</source>
        <translation>Mettre de côté les &amp;N dernières&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Folds:</source>
        <translation>&amp;Plis&#xa0;:</translation>
    </message>
    <message>
        <source>The same seed gives the same split and the same numbers</source>
        <translation>La même graine donne le même découpage et les mêmes chiffres</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>Gra&amp;ine&#xa0;:</translation>
    </message>
    <message>
        <source>Repetitions with seeds seed, seed+1, …; the results are their mean</source>
        <translation>Répétitions avec les graines graine, graine+1, …&#xa0;; les résultats en sont la moyenne</translation>
    </message>
    <message>
        <source>Repe&amp;titions:</source>
        <translation>Répétiti&amp;ons&#xa0;:</translation>
    </message>
    <message>
        <source>Cut-offs, comma-separated (e.g. 10, 20); the first is the primary one</source>
        <translation>Seuils, séparés par des virgules (p. ex. 10, 20)&#xa0;; le premier est le seuil principal</translation>
    </message>
    <message>
        <source>Cut-offs &amp;k:</source>
        <translation>Seuils &amp;k&#xa0;:</translation>
    </message>
    <message>
        <source>Bootstrap resamples over users for the confidence intervals</source>
        <translation>Rééchantillonnages bootstrap sur les utilisateurs pour les intervalles de confiance</translation>
    </message>
    <message>
        <source>&amp;Bootstrap:</source>
        <translation>&amp;Bootstrap&#xa0;:</translation>
    </message>
    <message>
        <source>(activity only)</source>
        <translation>(activité uniquement)</translation>
    </message>
    <message>
        <source>User attribute for the per-segment breakdown (besides cold/regular/heavy)</source>
        <translation>Attribut utilisateur pour la ventilation par segment (en plus de cold/regular/heavy)</translation>
    </message>
    <message>
        <source>Se&amp;gments by:</source>
        <translation>Se&amp;gments par&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation>É&amp;valuer</translation>
    </message>
    <message>
        <source>Run the evaluation in the background (Ctrl+E)</source>
        <translation>Lancer l&apos;évaluation en arrière-plan (Ctrl+E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the evaluation (Esc)</source>
        <translation>Arrêter l&apos;évaluation (Échap)</translation>
    </message>
    <message>
        <source>No evaluation yet: add models on the left and press Evaluate.</source>
        <translation>Aucune évaluation pour l&apos;instant&#xa0;: ajoutez des modèles à gauche et cliquez sur Évaluer.</translation>
    </message>
    <message>
        <source>▲/▼ mark values significantly higher/lower than this model&apos;s (paired t-test over users, p &lt; 0.05)</source>
        <translation>▲/▼ signalent les valeurs significativement supérieures/inférieures à celles de ce modèle (test t apparié sur les utilisateurs, p &lt; 0,05)</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>Ré&amp;férence&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>Graphi&amp;que&#xa0;:</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>Résu&amp;ltats</translation>
    </message>
    <message>
        <source>Se&amp;gments</source>
        <translation>Segmen&amp;ts</translation>
    </message>
    <message>
        <source>&amp;Delete run</source>
        <translation>Supprimer l&apos;e&amp;xécution</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export HT&amp;ML report…</source>
        <translation>Exporter un rapport HT&amp;ML…</translation>
    </message>
    <message>
        <source>Cannot read the run history: %1</source>
        <translation>Impossible de lire l&apos;historique des exécutions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the user attributes: %1</source>
        <translation>Impossible de lire les attributs utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Ouvrez d&apos;abord un projet.</translation>
    </message>
    <message>
        <source>Add at least one model to evaluate.</source>
        <translation>Ajoutez au moins un modèle à évaluer.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Finished: run %1 stored in the project.</source>
        <translation>Terminé&#xa0;: exécution %1 enregistrée dans le projet.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was stored.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The evaluation failed: %1</source>
        <translation>Échec de l&apos;évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run %1: </source>
        <translation>Exécution %1&#xa0;: </translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Supprimer l&apos;exécution</translation>
    </message>
    <message>
        <source>Delete evaluation run %1 from the project?</source>
        <translation>Supprimer l&apos;exécution d&apos;évaluation %1 du projet&#xa0;?</translation>
    </message>
    <message>
        <source>There is no run to export.</source>
        <translation>Aucune exécution à exporter.</translation>
    </message>
    <message>
        <source>Export HTML report</source>
        <translation>Exporter le rapport HTML</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Evaluation results</source>
        <translation>Résultats de l’évaluation</translation>
    </message>
</context>
<context>
    <name>EvaluationExport</name>
    <message>
        <source>RecoEngine evaluation report</source>
        <translation>Rapport d&apos;évaluation RecoEngine</translation>
    </message>
    <message>
        <source>Run %1 · %2</source>
        <translation>Exécution %1 · %2</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source> (baseline)</source>
        <translation> (référence)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Values with their %1% bootstrap confidence interval. ▲/▼: significantly higher/lower than the baseline (paired t-test over users, p &lt; 0.05).</source>
        <translation>Valeurs avec leur intervalle de confiance bootstrap à %1&#xa0;%. ▲/▼&#xa0;: significativement supérieur/inférieur à la référence (test t apparié sur les utilisateurs, p &lt; 0,05).</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrique</translation>
    </message>
    <message>
        <source>vs %1: difference %2, t-test p = %3, Wilcoxon p = %4</source>
        <translation>par rapport à %1&#xa0;: différence %2, test t p = %3, Wilcoxon p = %4</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Ventilation</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Generated by RecoEngine. Metric definitions: docs/evaluation.md.</source>
        <translation>Généré par RecoEngine. Définitions des métriques&#xa0;: docs/evaluation.md.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>EvaluationJob</name>
    <message>
        <source>Reading interactions…</source>
        <translation>Lecture des interactions…</translation>
    </message>
    <message>
        <source>Saving the run…</source>
        <translation>Enregistrement de l&apos;exécution…</translation>
    </message>
    <message>
        <source>Evaluating models</source>
        <translation>Évaluation des modèles</translation>
    </message>
</context>
<context>
    <name>EvaluationReport</name>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
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
        <translation>Taux de succès</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Novelty</source>
        <translation>Nouveauté</translation>
    </message>
    <message>
        <source>Gini</source>
        <translation>Gini</translation>
    </message>
    <message>
        <source>Avg. popularity</source>
        <translation>Popularité moy.</translation>
    </message>
    <message numerus="yes">
        <source>split %1 · seed %2 · k = %3 · %4 users evaluated · %Ln repetition(s) · %5</source>
        <translation>
            <numerusform>découpage %1 · graine %2 · k = %3 · %4 utilisateurs évalués · %Ln répétition · %5</numerusform>
            <numerusform>découpage %1 · graine %2 · k = %3 · %4 utilisateurs évalués · %Ln répétitions · %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvaluationResultsModel</name>
    <message>
        <source>Training and scoring time per repetition</source>
        <translation>Temps d&apos;entraînement et de calcul des scores par répétition</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>
%1% confidence interval (bootstrap over users): %2 … %3</source>
        <translation>
Intervalle de confiance à %1&#xa0;% (bootstrap sur les utilisateurs)&#xa0;: %2 … %3</translation>
    </message>
    <message>
        <source>
This is the baseline.</source>
        <translation>
Ceci est la référence.</translation>
    </message>
    <message>
        <source>
Against %1 over %2 users: difference %3, paired t-test p = %4, Wilcoxon p = %5</source>
        <translation>
Par rapport à %1 sur %2 utilisateurs&#xa0;: différence %3, test t apparié p = %4, Wilcoxon p = %5</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (référence)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>
Lower is better for this metric.</source>
        <translation>
Pour cette métrique, une valeur plus basse est meilleure.</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus haut est meilleur</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Plus bas est meilleur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>EvaluationRunsModel</name>
    <message>
        <source>tuning</source>
        <translation>optimisation</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Découpage</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import rule set</source>
        <translation>Importer un jeu de règles</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported (%n error(s)); nothing was changed.</source>
        <translation>
            <numerusform>%1 ne peut pas être importé (%n erreur)&#xa0;; rien n&apos;a été modifié.</numerusform>
            <numerusform>%1 ne peut pas être importé (%n erreurs)&#xa0;; rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import refused; nothing was changed.</source>
        <translation>Importation refusée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Dry run of %1 (rule set %2, version %3, %4, %5): nothing has changed yet. Importing replaces the working rule set with this content and saves it as a version.</source>
        <translation>Essai à blanc de %1 (jeu de règles %2, version %3, %4, %5)&#xa0;: rien n&apos;a encore été modifié. L&apos;importation remplace le jeu de règles de travail par ce contenu et l&apos;enregistre en tant que version.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln segment</numerusform>
            <numerusform>%Ln segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rule(s)</source>
        <translation>
            <numerusform>%Ln règle</numerusform>
            <numerusform>%Ln règles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Importing %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n files</source>
        <translation>
            <numerusform>Importation de %n fichier</numerusform>
            <numerusform>Importation de %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>%1 lignes lues</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>User ID</source>
        <translation>ID utilisateur</translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation>ID article</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>Value (rating)</source>
        <translation>Valeur (note)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Variant / model</source>
        <translation>Variante / modèle</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Propensity</source>
        <translation>Propension</translation>
    </message>
    <message>
        <source>Item title</source>
        <translation>Titre de l&apos;article</translation>
    </message>
    <message>
        <source>Item category</source>
        <translation>Catégorie de l&apos;article</translation>
    </message>
    <message>
        <source>Item price</source>
        <translation>Prix de l&apos;article</translation>
    </message>
    <message>
        <source>Map columns to fields</source>
        <translation>Associer les colonnes aux champs</translation>
    </message>
    <message>
        <source>Choose the file column for each field. Fields marked * are required; the others are optional.</source>
        <translation>Choisissez la colonne du fichier pour chaque champ. Les champs marqués * sont obligatoires&#xa0;; les autres sont facultatifs.</translation>
    </message>
    <message>
        <source>%1 *:</source>
        <extracomment>Form label of an import field; %1 is the field&apos;s title, * marks a required field</extracomment>
        <translation>%1 *&#xa0;:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>(not mapped)</source>
        <translation>(non associé)</translation>
    </message>
    <message>
        <source>Columns with common names were matched automatically; check them before importing.</source>
        <translation>Les colonnes aux noms courants ont été associées automatiquement&#xa0;; vérifiez-les avant l&apos;importation.</translation>
    </message>
    <message>
        <source>No column names were recognised; map at least the user, item and timestamp columns.</source>
        <translation>Aucun nom de colonne n&apos;a été reconnu&#xa0;; associez au moins les colonnes utilisateur, article et horodatage.</translation>
    </message>
</context>
<context>
    <name>ImportPolicyPage</name>
    <message>
        <source>&amp;Skip bad rows and list them afterwards</source>
        <translation>I&amp;gnorer les lignes erronées et les lister ensuite</translation>
    </message>
    <message>
        <source>&amp;Abort at the first bad row (nothing is imported)</source>
        <translation>In&amp;terrompre à la première ligne erronée (rien n&apos;est importé)</translation>
    </message>
    <message>
        <source>Bad rows and encoding</source>
        <translation>Lignes erronées et encodage</translation>
    </message>
    <message>
        <source>Every row is either imported or rejected with its file, line and reason; nothing vanishes.</source>
        <translation>Chaque ligne est soit importée, soit rejetée avec son fichier, sa ligne et le motif&#xa0;; rien ne disparaît.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>When a row cannot be imported</source>
        <translation>Lorsqu&apos;une ligne ne peut pas être importée</translation>
    </message>
    <message>
        <source>Automatic (UTF-8, byte order mark removed)</source>
        <translation>Automatique (UTF-8, indicateur d&apos;ordre des octets supprimé)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO-8859-1)</source>
        <translation>Latin-1 (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation>&amp;Encodage du texte&#xa0;:</translation>
    </message>
    <message>
        <source>Ready to import %1 as %2 into %3.
The import runs as one transaction: if it is aborted, fails or is cancelled, the project stays exactly as it was.</source>
        <translation>Prêt à importer %1 en tant que %2 dans %3.
L&apos;importation s&apos;exécute en une seule transaction&#xa0;: si elle est interrompue, échoue ou est annulée, le projet reste exactement dans son état initial.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>&apos;::&apos;</source>
        <translation>«&#xa0;::&#xa0;»</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The first rows as RecoEngine reads them. If the columns look wrong, go back and choose another format.</source>
        <translation>Les premières lignes telles que RecoEngine les lit. Si les colonnes semblent incorrectes, revenez en arrière et choisissez un autre format.</translation>
    </message>
    <message>
        <source>Format: %1 · Delimiter: %2 · Encoding: %3
Files: %4</source>
        <translation>Format&#xa0;: %1 · Délimiteur&#xa0;: %2 · Encodage&#xa0;: %3
Fichiers&#xa0;: %4</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
</context>
<context>
    <name>ImportProgressPage</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation en cours</translation>
    </message>
    <message>
        <source>Reading, validating and storing the rows. Cancelling leaves the project unchanged.</source>
        <translation>Lecture, validation et enregistrement des lignes. L&apos;annulation laisse le projet inchangé.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Lignes lues&#xa0;:</translation>
    </message>
    <message>
        <source>Data read:</source>
        <translation>Données lues&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2 rows/s)</source>
        <translation>%1 (%2 lignes/s)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>ImportSourcePage</name>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Choose the data</source>
        <translation>Choisir les données</translation>
    </message>
    <message>
        <source>Pick an event log (CSV/TSV), a dataset&apos;s files, or a dataset folder such as MovieLens&apos; ml-100k.</source>
        <translation>Choisissez un journal d&apos;événements (CSV/TSV), les fichiers d&apos;un jeu de données ou un dossier de jeu de données, comme ml-100k de MovieLens.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.dat *.data u.*);;All files (*)</source>
        <translation>Fichiers de données (*.csv *.tsv *.txt *.dat *.data u.*);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add Dataset Folder</source>
        <translation>Ajouter un dossier de jeu de données</translation>
    </message>
    <message>
        <source>No files chosen yet.</source>
        <translation>Aucun fichier choisi pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Automatic (detected: %1)</source>
        <translation>Automatique (détecté&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Detected format: %1.
Files that will be read: %2</source>
        <translation>Format détecté&#xa0;: %1.
Fichiers qui seront lus&#xa0;: %2</translation>
    </message>
    <message>
        <source>Automatic (not recognised)</source>
        <translation>Automatique (non reconnu)</translation>
    </message>
    <message>
        <source>The format could not be detected: %1
Choose the format above.</source>
        <translation>Le format n&apos;a pas pu être détecté&#xa0;: %1
Choisissez le format ci-dessus.</translation>
    </message>
    <message>
        <source>These files cannot be read as %1: %2</source>
        <translation>Ces fichiers ne peuvent pas être lus en tant que %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>For&amp;mat&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <source>&amp;Save Rejects as CSV…</source>
        <translation>&amp;Enregistrer les rejets en CSV…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Rows read, imported and rejected.</source>
        <translation>Lignes lues, importées et rejetées.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>The import was cancelled; the project is unchanged.</source>
        <translation>L&apos;importation a été annulée&#xa0;; le projet est inchangé.</translation>
    </message>
    <message>
        <source>Import aborted</source>
        <translation>Importation interrompue</translation>
    </message>
    <message>
        <source>The import stopped and the project is unchanged.</source>
        <translation>L&apos;importation s&apos;est arrêtée et le projet est inchangé.</translation>
    </message>
    <message>
        <source>All rows were imported.</source>
        <translation>Toutes les lignes ont été importées.</translation>
    </message>
    <message numerus="yes">
        <source>The import finished; %Ln row(s) were rejected and are listed below.</source>
        <translation>
            <numerusform>L&apos;importation est terminée&#xa0;; %Ln ligne a été rejetée et figure ci-dessous.</numerusform>
            <numerusform>L&apos;importation est terminée&#xa0;; %Ln lignes ont été rejetées et figurent ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>No rows were rejected.</source>
        <translation>Aucune ligne n&apos;a été rejetée.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 rejected rows.</source>
        <translation>Affichage des %1 premières lignes rejetées sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected row(s).</source>
        <translation>
            <numerusform>%Ln ligne rejetée.</numerusform>
            <numerusform>%Ln lignes rejetées.</numerusform>
        </translation>
    </message>
    <message>
        <source>rejects.csv</source>
        <translation>rejets.csv</translation>
    </message>
    <message>
        <source>Save Rejects</source>
        <translation>Enregistrer les rejets</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rows read: %1 · imported: %2 · rejected: %3 · new users: %4 · new items: %5 · %6</source>
        <translation>Lignes lues&#xa0;: %1 · importées&#xa0;: %2 · rejetées&#xa0;: %3 · nouveaux utilisateurs&#xa0;: %4 · nouveaux articles&#xa0;: %5 · %6</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Dataset</source>
        <translation>Importer un jeu de données</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Generic event log (CSV/TSV)</source>
        <translation>Journal d&apos;événements générique (CSV/TSV)</translation>
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
        <translation>Choisissez au moins un fichier ou un dossier.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ItemCatalog</name>
    <message>
        <source>#%1</source>
        <translation>n°&#xa0;%1</translation>
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
        <translation>Rechercher un article par ID ou titre…</translation>
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
        <translation>Article %1
Titre&#xa0;: %2
Catégorie&#xa0;: %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>no previous period</source>
        <translation>pas de période précédente</translation>
    </message>
    <message>
        <source>%1 %2% vs previous</source>
        <translation>%1 %2&#xa0;% vs période précédente</translation>
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
        <translation>Itération</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>Training loss per iteration: train a model to see its curve</source>
        <translation>Perte d&apos;entraînement par itération&#xa0;: entraînez un modèle pour voir sa courbe</translation>
    </message>
    <message>
        <source>%1: iteration %2 of %3 (this algorithm reports no loss)</source>
        <translation>%1&#xa0;: itération %2 sur %3 (cet algorithme ne fournit pas de perte)</translation>
    </message>
    <message>
        <source>%1: iteration %2 of %3</source>
        <translation>%1&#xa0;: itération %2 sur %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Espace de travail</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message>
        <source>The project could not be opened.

%1</source>
        <translation>Le projet n&apos;a pas pu être ouvert.

%1</translation>
    </message>
    <message>
        <source>Creating the demo project (users, items and 90 days of events)…</source>
        <translation>Création du projet de démonstration (utilisateurs, articles et 90 jours d&apos;événements)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Demo Project</source>
        <translation>Projet de démonstration</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>Projet de démonstration</translation>
    </message>
    <message>
        <source>The demo project could not be created.

%1</source>
        <translation>Le projet de démonstration n&apos;a pas pu être créé.

%1</translation>
    </message>
    <message>
        <source>Demo project creation cancelled.</source>
        <translation>Création du projet de démonstration annulée.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>untitled.reco</source>
        <translation>sans-titre.reco</translation>
    </message>
    <message>
        <source>RecoEngine projects (*.reco)</source>
        <translation>Projets RecoEngine (*.reco)</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Impossible de créer le projet</translation>
    </message>
    <message>
        <source>The project could not be created.

%1</source>
        <translation>Le projet n&apos;a pas pu être créé.

%1</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>RecoEngine projects (*.reco);;All files (*)</source>
        <translation>Projets RecoEngine (*.reco);;Tous les fichiers (*)</translation>
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
        <translation>Aucun projet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>The new language applies when RecoEngine is started again.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de RecoEngine.</translation>
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
        <translation>Lancez une évaluation pour comparer les modèles</translation>
    </message>
    <message>
        <source>%1 by model (whiskers: %2% confidence interval)</source>
        <translation>%1 par modèle (moustaches&#xa0;: intervalle de confiance à %2&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>ModelsWorkspace</name>
    <message>
        <source>No project is open.

Open or create a project with data to train and evaluate recommendation models.</source>
        <translation>Aucun projet n&apos;est ouvert.

Ouvrez ou créez un projet contenant des données pour entraîner et évaluer des modèles de recommandation.</translation>
    </message>
    <message>
        <source>T&amp;rain</source>
        <translation>&amp;Entraîner</translation>
    </message>
    <message>
        <source>Tr&amp;y it</source>
        <translation>Es&amp;sayer</translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation>É&amp;valuer</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>No trained model yet</source>
        <translation>Aucun modèle entraîné pour l&apos;instant</translation>
    </message>
    <message>
        <source>Try it shows a trained model&apos;s recommendations for a user beside the user&apos;s own history. Train a model on the Train tab first.</source>
        <translation>« Essayer » montre les recommandations d&apos;un modèle entraîné pour un utilisateur à côté de son propre historique. Entraînez d&apos;abord un modèle dans l&apos;onglet « Entraîner ».</translation>
    </message>
    <message>
        <source>Evaluate compares trained models offline on held-out events (precision, recall, NDCG, coverage). Train at least one model on the Train tab first.</source>
        <translation>« Évaluer » compare hors ligne les modèles entraînés sur des événements mis de côté (précision, rappel, NDCG, couverture). Entraînez d&apos;abord au moins un modèle dans l&apos;onglet « Entraîner ».</translation>
    </message>
    <message>
        <source>&amp;Train a model…</source>
        <translation>En&amp;traîner un modèle…</translation>
    </message>
    <message>
        <source>Open the Train tab</source>
        <translation>Ouvrir l&apos;onglet « Entraîner »</translation>
    </message>
    <message>
        <source>Models learn from the project&apos;s events: who viewed, clicked or bought what. Import an interaction log or a public dataset, then train here.</source>
        <translation>Les modèles apprennent des événements du projet : qui a vu, cliqué ou acheté quoi. Importez un journal d&apos;interactions ou un jeu de données public, puis entraînez ici.</translation>
    </message>
</context>
<context>
    <name>ParamForm</name>
    <message>
        <source> (best varied on a log scale)</source>
        <translation> (de préférence variée sur une échelle logarithmique)</translation>
    </message>
    <message>
        <source>This algorithm has no parameters.</source>
        <translation>Cet algorithme n&apos;a aucun paramètre.</translation>
    </message>
    <message>
        <source>defaults</source>
        <translation>valeurs par défaut</translation>
    </message>
    <message>
        <source>Latent factors</source>
        <translation>Facteurs latents</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Regularisation (λ)</source>
        <translation>Régularisation (λ)</translation>
    </message>
    <message>
        <source>Training passes (epochs)</source>
        <translation>Passes d&apos;entraînement (époques)</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Itérations</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <source>Worker threads</source>
        <translation>Threads de calcul</translation>
    </message>
    <message>
        <source>Largest catalogue (items)</source>
        <translation>Catalogue maximal (articles)</translation>
    </message>
    <message>
        <source>Confidence scale (α)</source>
        <translation>Échelle de confiance (α)</translation>
    </message>
    <message>
        <source>Fast solver (conjugate gradient)</source>
        <translation>Solveur rapide (gradient conjugué)</translation>
    </message>
    <message>
        <source>Conjugate-gradient steps</source>
        <translation>Pas du gradient conjugué</translation>
    </message>
    <message>
        <source>Report the training loss</source>
        <translation>Afficher la perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>Neighbours per item (K)</source>
        <translation>Voisins par article (K)</translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation>Rétrécissement</translation>
    </message>
    <message>
        <source>Weight by interaction strength</source>
        <translation>Pondérer par l&apos;intensité des interactions</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>&lt;br&gt;Default: %1</source>
        <translation>&lt;br&gt;Par défaut&#xa0;: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>&lt;br&gt;Range %1 … %2, default %3%4</source>
        <translation>&lt;br&gt;Plage %1 … %2, par défaut %3%4</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>Tous les cœurs</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a parameter&apos;s label and value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>A new language applies the next time RecoEngine starts. Numbers, percentages and dates follow the language&apos;s conventions; CSV exports keep a machine format.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de RecoEngine. Les nombres, pourcentages et dates suivent les conventions de la langue&#xa0;; les exports CSV conservent un format machine.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RejectsTableModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RemoveRuleCommand</name>
    <message>
        <source>Remove rule #%1: %2</source>
        <translation>Supprimer la règle n°&#xa0;%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RemoveSegmentCommand</name>
    <message>
        <source>Remove segment &apos;%1&apos;</source>
        <translation>Supprimer le segment «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>RuleDelegate</name>
    <message>
        <source>no bound</source>
        <translation>sans limite</translation>
    </message>
</context>
<context>
    <name>RulesTableModel</name>
    <message>
        <source>Ban item</source>
        <translation>Bannir un article</translation>
    </message>
    <message>
        <source>Ban category</source>
        <translation>Bannir une catégorie</translation>
    </message>
    <message>
        <source>Pin item</source>
        <translation>Épingler un article</translation>
    </message>
    <message>
        <source>Boost item</source>
        <translation>Promouvoir un article</translation>
    </message>
    <message>
        <source>Boost category</source>
        <translation>Promouvoir une catégorie</translation>
    </message>
    <message>
        <source>Bury item</source>
        <translation>Rétrograder un article</translation>
    </message>
    <message>
        <source>Bury category</source>
        <translation>Rétrograder une catégorie</translation>
    </message>
    <message>
        <source>Category cap</source>
        <translation>Plafond par catégorie</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Item / category</source>
        <translation>Article / catégorie</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <source>Max items</source>
        <translation>Max. articles</translation>
    </message>
    <message>
        <source>Starts (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <source>Ends (UTC)</source>
        <translation>Fin (UTC)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Créée (UTC)</translation>
    </message>
    <message>
        <source>Rule #%1: %2</source>
        <translation>Règle n°&#xa0;%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Article %1</translation>
    </message>
    <message>
        <source>Item %1 (category %2)</source>
        <translation>Article %1 (catégorie %2)</translation>
    </message>
    <message>
        <source>every category</source>
        <translation>toutes les catégories</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>No start: active from the beginning</source>
        <translation>Pas de début&#xa0;: active depuis l&apos;origine</translation>
    </message>
    <message>
        <source>No end: active until disabled</source>
        <translation>Pas de fin&#xa0;: active jusqu&apos;à sa désactivation</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Disabled: the rule is never applied</source>
        <translation>Désactivée&#xa0;: la règle n&apos;est jamais appliquée</translation>
    </message>
    <message>
        <source>Rule #%1 not changed: %2</source>
        <translation>Règle n°&#xa0;%1 non modifiée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Pins: the 1-based position the item is placed at</source>
        <translation>Épingles&#xa0;: la position (comptée à partir de 1) à laquelle l&apos;article est placé</translation>
    </message>
    <message>
        <source>Boosts: a factor above 1; buries: a factor below 1</source>
        <translation>Promotions&#xa0;: un facteur supérieur à 1&#xa0;; rétrogradations&#xa0;: un facteur inférieur à 1</translation>
    </message>
    <message>
        <source>Category caps: at most this many items of the category in the list</source>
        <translation>Plafonds par catégorie&#xa0;: nombre maximal d&apos;articles de la catégorie dans la liste</translation>
    </message>
    <message>
        <source>The rule is active from this time on (inclusive, UTC)</source>
        <translation>La règle est active à partir de ce moment (inclus, UTC)</translation>
    </message>
    <message>
        <source>The rule is active until this time (exclusive, UTC)</source>
        <translation>La règle est active jusqu&apos;à ce moment (exclu, UTC)</translation>
    </message>
    <message>
        <source>Among pins of one position, the higher priority wins</source>
        <translation>Entre épingles d&apos;une même position, la priorité la plus haute l&apos;emporte</translation>
    </message>
    <message>
        <source>Rule #%1, %2</source>
        <translation>Règle n° %1, %2</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>pas de note</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>created %1 UTC by %2</source>
        <translation>créée le %1 UTC par %2</translation>
    </message>
    <message>
        <source>created %1 UTC</source>
        <translation>créée le %1 UTC</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>pas encore enregistrée</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
</context>
<context>
    <name>RunningTasksCloseGuard</name>
    <message>
        <source>Background work</source>
        <translation>Travail en arrière-plan</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>1 task is running: %1.

Cancel it and quit?</source>
        <translation>1 tâche est en cours : %1.

L&apos;annuler et quitter ?</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks are running: %1.

Cancel them and quit?</source>
        <translation>
            <numerusform>%n tâche est en cours : %1.

L&apos;annuler et quitter ?</numerusform>
            <numerusform>%n tâches sont en cours : %1.

Les annuler et quitter ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Travail en cours</translation>
    </message>
    <message>
        <source>Quitting</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <source>Cancelling running work… waiting for %1 to stop.</source>
        <translation>Annulation du travail en cours… attente de l&apos;arrêt de %1.</translation>
    </message>
</context>
<context>
    <name>RunningTasksIndicator</name>
    <message>
        <source>Background work</source>
        <translation>Travail en arrière-plan</translation>
    </message>
    <message>
        <source>Running tasks</source>
        <translation>Tâches en cours</translation>
    </message>
    <message>
        <source>Work in progress: click to see every running task and cancel it</source>
        <translation>Travail en cours : cliquez pour voir chaque tâche en cours et l&apos;annuler</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Click to see every running task and cancel it.</source>
        <translation>%1
Cliquez pour voir chaque tâche en cours et l&apos;annuler.</translation>
    </message>
</context>
<context>
    <name>RunningTasksList</name>
    <message>
        <source>No work is running.</source>
        <translation>Aucun travail en cours.</translation>
    </message>
    <message>
        <source>Running tasks</source>
        <translation>Tâches en cours</translation>
    </message>
    <message>
        <source>Background work</source>
        <translation>Travail en arrière-plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <source>Save rule set version</source>
        <translation>Enregistrer une version du jeu de règles</translation>
    </message>
    <message>
        <source>What changed and why</source>
        <translation>Ce qui a changé et pourquoi</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
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
        <translation>N°</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>&amp;Expression</source>
        <translation>&amp;Expression</translation>
    </message>
    <message>
        <source>User &amp;ids</source>
        <translation>&amp;ID utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>country in (&quot;DE&quot;, &quot;AT&quot;) and device = &quot;mobile&quot;</source>
        <translation>country in (&quot;DE&quot;, &quot;AT&quot;) and device = &quot;mobile&quot;</translation>
    </message>
    <message>
        <source>User ids separated by commas, spaces or new lines</source>
        <translation>ID utilisateurs séparés par des virgules, des espaces ou des retours à la ligne</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>Nom du segment</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Note facultative</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Defined by:</source>
        <translation>Défini par&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>Members could not be counted: %1</source>
        <translation>Impossible de compter les membres&#xa0;: %1</translation>
    </message>
    <message>
        <source>, e.g. %1</source>
        <translation>, p. ex. %1</translation>
    </message>
    <message>
        <source>No segment selected</source>
        <translation>Aucun segment sélectionné</translation>
    </message>
    <message>
        <source>Built-in segment</source>
        <translation>Segment prédéfini</translation>
    </message>
    <message>
        <source>(every user)</source>
        <translation>(tous les utilisateurs)</translation>
    </message>
    <message>
        <source>Counting users…</source>
        <translation>Comptage des utilisateurs…</translation>
    </message>
    <message>
        <source>Segment &apos;%1&apos;</source>
        <translation>Segment «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nouveau segment</translation>
    </message>
    <message>
        <source>The segment needs a name.</source>
        <translation>Le segment doit avoir un nom.</translation>
    </message>
    <message>
        <source>List at least one user id.</source>
        <translation>Indiquez au moins un ID utilisateur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is built in; choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» est prédéfini&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln utilisateur</numerusform>
            <numerusform>%Ln utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 sur %2 utilisateurs</translation>
    </message>
    <message>
        <source>Segment expression</source>
        <translation>Expression du segment</translation>
    </message>
    <message>
        <source>Segment user ids</source>
        <translation>Identifiants d’utilisateurs du segment</translation>
    </message>
</context>
<context>
    <name>SegmentListModel</name>
    <message>
        <source>Built-in segment: every user of the project</source>
        <translation>Segment prédéfini&#xa0;: tous les utilisateurs du projet</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>comptage…</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Users in this segment: %1. That is fewer than %2, too few for its preview and impact figures to be reliable.</source>
        <translation>Utilisateurs dans ce segment&#xa0;: %1. C&apos;est moins de %2, trop peu pour que son aperçu et ses chiffres d&apos;impact soient fiables.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln listed user(s)</source>
        <translation>
            <numerusform>%Ln utilisateur listé</numerusform>
            <numerusform>%Ln utilisateurs listés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentMetricsModel</name>
    <message>
        <source>activity</source>
        <translation>activité</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Ventilation</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
</context>
<context>
    <name>SetRuleEnabledCommand</name>
    <message>
        <source>Enable rule #%1</source>
        <translation>Activer la règle n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Disable rule #%1</source>
        <translation>Désactiver la règle n°&#xa0;%1</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n rule(s)</source>
        <translation>
            <numerusform>Activer %n règle</numerusform>
            <numerusform>Activer %n règles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n rule(s)</source>
        <translation>
            <numerusform>Désactiver %n règle</numerusform>
            <numerusform>Désactiver %n règles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetRuleFieldCommand</name>
    <message>
        <source>Rule #%1: change %2</source>
        <translation>Règle n°&#xa0;%1&#xa0;: modifier %2</translation>
    </message>
</context>
<context>
    <name>TopItemsModel</name>
    <message>
        <source>&lt;br&gt;Item id: %1</source>
        <translation>&lt;br&gt;ID article&#xa0;: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>CTR</source>
        <translation>CTR</translation>
    </message>
    <message>
        <source>Add-to-carts</source>
        <translation>Ajouts au panier</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Reset to &amp;defaults</source>
        <translation>Rétablir les valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>tous les événements</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Train only on the events of the last N days before the newest event (0 = all)</source>
        <translation>Entraîner uniquement sur les événements des N derniers jours précédant l&apos;événement le plus récent (0 = tous)</translation>
    </message>
    <message>
        <source>Time &amp;window:</source>
        <translation>&amp;Fenêtre temporelle&#xa0;:</translation>
    </message>
    <message>
        <source>Users with fewer distinct items are left out of training</source>
        <translation>Les utilisateurs ayant moins d&apos;articles distincts sont exclus de l&apos;entraînement</translation>
    </message>
    <message>
        <source>Min. items per &amp;user:</source>
        <translation>Articles min. par &amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Items with fewer distinct users are left out of training</source>
        <translation>Les articles ayant moins d&apos;utilisateurs distincts sont exclus de l&apos;entraînement</translation>
    </message>
    <message>
        <source>Min. users per ite&amp;m:</source>
        <translation>Utilisateurs min. par arti&amp;cle&#xa0;:</translation>
    </message>
    <message>
        <source>The name the model is stored under; a model with the same name is replaced</source>
        <translation>Nom sous lequel le modèle est enregistré&#xa0;; un modèle de même nom est remplacé</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>En&amp;traîner</translation>
    </message>
    <message>
        <source>Train in the background (Ctrl+T)</source>
        <translation>Entraîner en arrière-plan (Ctrl+T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop training (Esc)</source>
        <translation>Arrêter l&apos;entraînement (Échap)</translation>
    </message>
    <message>
        <source>Trained models</source>
        <translation>Modèles entraînés</translation>
    </message>
    <message>
        <source>Try &amp;it</source>
        <translation>Ess&amp;ayer</translation>
    </message>
    <message>
        <source>Open the selected model in the Try it tab</source>
        <translation>Ouvrir le modèle sélectionné dans l&apos;onglet Essayer</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Delete the selected model from the project (Del)</source>
        <translation>Supprimer le modèle sélectionné du projet (Suppr)</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the trained model %1?</source>
        <translation>Supprimer le modèle entraîné %1&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot read the trained models: %1</source>
        <translation>Impossible de lire les modèles entraînés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Ouvrez d&apos;abord un projet.</translation>
    </message>
    <message>
        <source>Give the model a name.</source>
        <translation>Donnez un nom au modèle.</translation>
    </message>
    <message>
        <source>Invalid parameters: %1</source>
        <translation>Paramètres invalides&#xa0;: %1</translation>
    </message>
    <message>
        <source>Invalid training data settings: %1</source>
        <translation>Paramètres des données d&apos;entraînement invalides&#xa0;: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Training cancelled; nothing was stored.</source>
        <translation>Entraînement annulé&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Échec de l&apos;entraînement&#xa0;: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>trained in %1</source>
        <translation>entraîné en %1</translation>
    </message>
    <message>
        <source>Iteration %1 of %2 · loss %3 · %4</source>
        <translation>Itération %1 sur %2 · perte %3 · %4</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Étape %1 sur %2 · %3</translation>
    </message>
    <message>
        <source>Trained %1 in %2 on %3 users × %4 items (%5 interactions); stored in the project.</source>
        <translation>%1 entraîné en %2 sur %3 utilisateurs × %4 articles (%5 interactions)&#xa0;; enregistré dans le projet.</translation>
    </message>
    <message>
        <source>done in %1</source>
        <translation>terminé en %1</translation>
    </message>
</context>
<context>
    <name>TrainedModelsModel</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 was trained on data that has changed since; retrain it to use the current data.</source>
        <translation>%1 a été entraîné sur des données qui ont changé depuis&#xa0;; réentraînez-le pour utiliser les données actuelles.</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (obsolète)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Durée d&apos;entraînement</translation>
    </message>
    <message>
        <source>Trained at</source>
        <translation>Entraîné le</translation>
    </message>
</context>
<context>
    <name>TrainingJob</name>
    <message>
        <source>Reading interactions…</source>
        <translation>Lecture des interactions…</translation>
    </message>
    <message>
        <source>Training on %1 users × %2 items (%3 interactions)…</source>
        <translation>Entraînement sur %1 utilisateurs × %2 articles (%3 interactions)…</translation>
    </message>
    <message>
        <source>Saving the model…</source>
        <translation>Enregistrement du modèle…</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>Entraînement de %1</translation>
    </message>
    <message>
        <source>iteration %1/%2</source>
        <translation>itération %1/%2</translation>
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
        <translation>Similarité</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>External user id, e.g. U000042</source>
        <translation>ID utilisateur externe, p. ex. U000042</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Number of recommendations and similar items</source>
        <translation>Nombre de recommandations et d&apos;articles similaires</translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation>&amp;Top&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xclude seen</source>
        <translation>E&amp;xclure les articles déjà vus</translation>
    </message>
    <message>
        <source>Leave out items the user interacted with in the training data</source>
        <translation>Exclure les articles avec lesquels l&apos;utilisateur a interagi dans les données d&apos;entraînement</translation>
    </message>
    <message>
        <source>&amp;Impressions in history</source>
        <translation>&amp;Impressions dans l&apos;historique</translation>
    </message>
    <message>
        <source>Pick a trained model and type a user id.</source>
        <translation>Choisissez un modèle entraîné et saisissez un ID utilisateur.</translation>
    </message>
    <message>
        <source>History (newest first)</source>
        <translation>Historique (le plus récent en premier)</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Similar items: select an item on the left</source>
        <translation>Articles similaires&#xa0;: sélectionnez un article à gauche</translation>
    </message>
    <message>
        <source>Train a model first (Train tab), then pick it here.</source>
        <translation>Entraînez d&apos;abord un modèle (onglet Entraîner), puis choisissez-le ici.</translation>
    </message>
    <message>
        <source>Cannot load model %1: %2</source>
        <translation>Impossible de charger le modèle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no user %1 in this project.</source>
        <translation>Aucun utilisateur %1 dans ce projet.</translation>
    </message>
    <message>
        <source>Cold user: %1 has no interactions in the data %2 was trained on (%3 history events now), so these are the most popular items (popularity fallback).</source>
        <translation>Utilisateur froid&#xa0;: %1 n&apos;a aucune interaction dans les données sur lesquelles %2 a été entraîné (%3 événements d&apos;historique à présent)&#xa0;; voici donc les articles les plus populaires (repli sur la popularité).</translation>
    </message>
    <message>
        <source>Similar items: %1 is not in the model&apos;s training data</source>
        <translation>Articles similaires&#xa0;: %1 ne figure pas dans les données d&apos;entraînement du modèle</translation>
    </message>
    <message>
        <source>User %1: %2 history events, %3 recommendations from %4.</source>
        <translation>Utilisateur %1&#xa0;: %2 événements d’historique, %3 recommandations de %4.</translation>
    </message>
    <message>
        <source>Similar to %1</source>
        <translation>Similaire à %1</translation>
    </message>
    <message>
        <source>Similar items</source>
        <translation>Articles similaires</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>RecoEngine User Guide</source>
        <translation>Guide de l&apos;utilisateur RecoEngine</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>S&amp;ommaire</translation>
    </message>
    <message>
        <source>The guide&apos;s contents page</source>
        <translation>Page de sommaire du guide</translation>
    </message>
    <message>
        <source>%1 — RecoEngine User Guide</source>
        <translation>%1 — Guide de l&apos;utilisateur RecoEngine</translation>
    </message>
</context>
<context>
    <name>UserHistoryModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurer cette version</translation>
    </message>
    <message>
        <source>Rule set versions</source>
        <translation>Versions du jeu de règles</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation>Enregistrée (UTC)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>the version before it</source>
        <translation>la version précédente</translation>
    </message>
    <message>
        <source>the working copy</source>
        <translation>la copie de travail</translation>
    </message>
    <message>
        <source>Changes compared with</source>
        <translation>Modifications par rapport à</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Restaurer la version</translation>
    </message>
    <message>
        <source>Make version %1 the working rule set again? It is saved as a new version; Undo in the editor takes it back.</source>
        <translation>Refaire de la version %1 le jeu de règles de travail&#xa0;? Elle est enregistrée comme nouvelle version&#xa0;; la commande Annuler de l&apos;éditeur permet de revenir en arrière.</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>No version saved yet: use Save version… in the editor.</source>
        <translation>Aucune version enregistrée pour l&apos;instant&#xa0;: utilisez Enregistrer une version… dans l&apos;éditeur.</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>Impossible de lire les versions&#xa0;: %1</translation>
    </message>
    <message>
        <source>From version %1 to the working copy:</source>
        <translation>De la version %1 à la copie de travail&#xa0;:</translation>
    </message>
    <message>
        <source>From version %1 to version %2:</source>
        <translation>De la version %1 à la version %2&#xa0;:</translation>
    </message>
    <message>
        <source>Version 1 (first version) against an empty rule set:</source>
        <translation>Version 1 (première version) comparée à un jeu de règles vide&#xa0;:</translation>
    </message>
    <message>
        <source>The version could not be read: %1</source>
        <translation>Impossible de lire la version&#xa0;: %1</translation>
    </message>
    <message>
        <source>Version %1 restored and saved as version %2.</source>
        <translation>Version %1 restaurée et enregistrée en tant que version %2.</translation>
    </message>
    <message>
        <source>Version %1 could not be restored: %2</source>
        <translation>Impossible de restaurer la version %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Welcome to RecoEngine</source>
        <translation>Bienvenue dans RecoEngine</translation>
    </message>
    <message>
        <source>Open a project to explore its data, train and evaluate recommendation models and curate what they recommend. New here? The demo project shows every workspace on an online shop&apos;s 90 days of events.</source>
        <translation>Ouvrez un projet pour explorer ses données, entraîner et évaluer des modèles de recommandation et organiser ce qu&apos;ils recommandent. Nouveau ici ? Le projet de démonstration présente chaque espace de travail sur 90 jours d&apos;événements d&apos;une boutique en ligne.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>Create a new, empty project file</source>
        <translation>Créer un nouveau fichier de projet vide</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open an existing project file</source>
        <translation>Ouvrir un fichier de projet existant</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Importer des données…</translation>
    </message>
    <message>
        <source>Create a new project and import an interaction log or a public dataset into it</source>
        <translation>Créer un nouveau projet et y importer un journal d&apos;interactions ou un jeu de données public</translation>
    </message>
    <message>
        <source>Open &amp;demo project</source>
        <translation>Ouvrir le projet de &amp;démonstration</translation>
    </message>
    <message>
        <source>Open the built-in demo project, creating it first when it is missing</source>
        <translation>Ouvrir le projet de démonstration intégré, en le créant d&apos;abord s&apos;il manque</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open a project</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour ouvrir un projet</translation>
    </message>
    <message>
        <source>No recent projects yet. Projects you open or create are listed here.</source>
        <translation>Aucun projet récent pour l&apos;instant. Les projets que vous ouvrez ou créez sont listés ici.</translation>
    </message>
    <message>
        <source>%1 (missing)
%2</source>
        <translation>%1 (introuvable)
%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>RecoEngine, a workbench for recommendation systems.</source>
        <translation>RecoEngine, un atelier pour les systèmes de recommandation.</translation>
    </message>
    <message>
        <source>Open the demo project (creating it when missing).</source>
        <translation>Ouvrir le projet de démonstration (en le créant s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <source>Project file to open.</source>
        <translation>Fichier de projet à ouvrir.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Affiche les informations de version.</translation>
    </message>
</context>
</TS>

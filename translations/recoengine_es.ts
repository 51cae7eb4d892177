<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About RecoEngine</source>
        <translation>Acerca de RecoEngine</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RecoEngine %1&lt;/h3&gt;&lt;p&gt;A desktop workbench for people who run recommendation systems: import interaction logs, browse the data, train and evaluate recommender models, read dashboards and curate what users see.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RecoEngine %1&lt;/h3&gt;&lt;p&gt;Un entorno de trabajo de escritorio para quienes gestionan sistemas de recomendación: importar registros de interacciones, explorar los datos, entrenar y evaluar modelos de recomendación, consultar paneles y curar lo que ven los usuarios.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Built with %1; %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Compilado con %1; %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;RecoEngine links Qt Charts, which Qt offers under the GNU General Public License version 3 (or a commercial licence). RecoEngine as distributed is therefore licensed under the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;RecoEngine enlaza Qt Charts, que Qt ofrece bajo la Licencia Pública General de GNU versión 3 (o una licencia comercial). Por ello, RecoEngine tal como se distribuye está licenciado bajo la Licencia Pública General de GNU, versión 3 o (a su elección) cualquier versión posterior. Se ofrece sin ninguna garantía.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Homepage: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Página web: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy Version Info</source>
        <translation>&amp;Copiar información de versión</translation>
    </message>
    <message>
        <source>Copy the version, git revision and library versions (for a bug report)</source>
        <translation>Copiar la versión, la revisión de git y las versiones de las bibliotecas (para un informe de errores)</translation>
    </message>
</context>
<context>
    <name>ActionRegistry</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Create a new, empty project file</source>
        <translation>Crear un archivo de proyecto nuevo y vacío</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open an existing project file</source>
        <translation>Abrir un archivo de proyecto existente</translation>
    </message>
    <message>
        <source>&amp;Import Dataset…</source>
        <translation>&amp;Importar conjunto de datos…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import an interaction log or a public dataset into the project</source>
        <translation>Importar un registro de interacciones o un conjunto de datos público al proyecto</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Cerrar proyecto</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Close the current project</source>
        <translation>Cerrar el proyecto actual</translation>
    </message>
    <message>
        <source>Clear &amp;List</source>
        <translation>&amp;Vaciar lista</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;laro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;About RecoEngine</source>
        <translation>&amp;Acerca de RecoEngine</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía de usuario</translation>
    </message>
    <message>
        <source>Open the user guide at the chapter of the current workspace</source>
        <translation>Abrir la guía de usuario en el capítulo del espacio de trabajo actual</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Running &amp;Tasks…</source>
        <translation>&amp;Tareas en curso…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>List the running tasks with their progress, and cancel them</source>
        <translation>Mostrar las tareas en curso con su progreso y cancelarlas</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>Abrir proyecto de &amp;demostración</translation>
    </message>
    <message>
        <source>Open the built-in demo project (an online shop&apos;s recommendation log), creating it first when it is missing</source>
        <translation>Abrir el proyecto de demostración integrado (el registro de recomendaciones de una tienda en línea), creándolo primero si falta</translation>
    </message>
</context>
<context>
    <name>AddRuleCommand</name>
    <message>
        <source>Add rule #%1: %2</source>
        <translation>Añadir regla n.º %1: %2</translation>
    </message>
</context>
<context>
    <name>AddRuleDialog</name>
    <message>
        <source>Add rule to &apos;%1&apos;</source>
        <translation>Añadir regla a «%1»</translation>
    </message>
    <message>
        <source>Why this rule exists (optional)</source>
        <translation>Por qué existe esta regla (opcional)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Artículo:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Posición:</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>&amp;Factor:</translation>
    </message>
    <message>
        <source>&amp;Max items:</source>
        <translation>&amp;Máx. de artículos:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioridad:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>every category</source>
        <translation>todas las categorías</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
</context>
<context>
    <name>AddSegmentCommand</name>
    <message>
        <source>Add segment &apos;%1&apos;</source>
        <translation>Añadir segmento «%1»</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export this chart as PNG or SVG, or its data as CSV</source>
        <translation>Exportar este gráfico como PNG o SVG, o sus datos como CSV</translation>
    </message>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation>Gráfico como &amp;PNG…</translation>
    </message>
    <message>
        <source>Chart as &amp;SVG…</source>
        <translation>Gráfico como &amp;SVG…</translation>
    </message>
    <message>
        <source>Data as &amp;CSV…</source>
        <translation>Datos como &amp;CSV…</translation>
    </message>
    <message>
        <source>Could not write the PNG file %1.</source>
        <translation>No se pudo escribir el archivo PNG %1.</translation>
    </message>
    <message>
        <source>Could not write the SVG file %1.</source>
        <translation>No se pudo escribir el archivo SVG %1.</translation>
    </message>
    <message>
        <source>Could not write the CSV file %1: %2</source>
        <translation>No se pudo escribir el archivo CSV %1: %2</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
</context>
<context>
    <name>CurationDocument</name>
    <message>
        <source>The working rule set could not be written to the project: %1</source>
        <translation>No se pudo escribir el conjunto de reglas de trabajo en el proyecto: %1</translation>
    </message>
    <message>
        <source>Segment members could not be counted: %1</source>
        <translation>No se pudieron contar los miembros del segmento: %1</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Restaurar la versión %1</translation>
    </message>
    <message>
        <source>Import rule set %1 version %2</source>
        <translation>Importar el conjunto de reglas %1, versión %2</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rule(s)</source>
        <translation>
            <numerusform>Eliminar %n regla</numerusform>
            <numerusform>Eliminar %n reglas</numerusform>
        </translation>
    </message>
    <message>
        <source>Move rule #%1 up</source>
        <translation>Subir la regla n.º %1</translation>
    </message>
    <message>
        <source>Move rule #%1 down</source>
        <translation>Bajar la regla n.º %1</translation>
    </message>
    <message>
        <source>Remove segment &apos;%1&apos;</source>
        <translation>Eliminar el segmento «%1»</translation>
    </message>
    <message>
        <source>This is the first version of the rule set (%1, %2).</source>
        <translation>Esta es la primera versión del conjunto de reglas (%1, %2).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln segmento</numerusform>
            <numerusform>%Ln segmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rule(s)</source>
        <translation>
            <numerusform>%Ln regla</numerusform>
            <numerusform>%Ln reglas</numerusform>
        </translation>
    </message>
    <message>
        <source>No changes since version %1.</source>
        <translation>Sin cambios desde la versión %1.</translation>
    </message>
    <message>
        <source>Changes since version %1:
%2</source>
        <translation>Cambios desde la versión %1:
%2</translation>
    </message>
    <message>
        <source>The saved versions could not be read: %1</source>
        <translation>No se pudieron leer las versiones guardadas: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Counting segment members</source>
        <translation>Contando los miembros de los segmentos</translation>
    </message>
    <message>
        <source>Counting the edited segment&apos;s members</source>
        <translation>Contando los miembros del segmento editado</translation>
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
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Gini (exposure)</source>
        <translation>Gini (exposición)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The model is retrained on the split&apos;s training part with the stored model&apos;s parameters</source>
        <translation>El modelo se vuelve a entrenar con la parte de entrenamiento de la partición, con los parámetros del modelo guardado</translation>
    </message>
    <message>
        <source>How interactions are divided into training and held-out data, as in the Evaluate tab (stratified-user:0.75, temporal:0.8, leave-last:1 …)</source>
        <translation>Cómo se dividen las interacciones en datos de entrenamiento y datos reservados, como en la pestaña Evaluar (stratified-user:0.75, temporal:0.8, leave-last:1 …)</translation>
    </message>
    <message>
        <source>When the rules are applied: rules outside their time window do not count</source>
        <translation>Cuándo se aplican las reglas: las reglas fuera de su ventana temporal no cuentan</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>Rules at</source>
        <translation>Reglas a fecha de</translation>
    </message>
    <message>
        <source>Run to see what the working rule set costs or gains on the offline evaluation split: each test user&apos;s top 10 with and without the rules, scored against their held-out interactions.</source>
        <translation>Ejecute para ver qué cuesta o aporta el conjunto de reglas de trabajo en la partición de evaluación offline: el top 10 de cada usuario de prueba con y sin las reglas, puntuado frente a sus interacciones reservadas.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot list the trained models: %1</source>
        <translation>No se pueden listar los modelos entrenados: %1</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <source>No trained model yet: train one in the Models workspace first.</source>
        <translation>Aún no hay ningún modelo entrenado: entrene uno primero en el espacio de trabajo Modelos.</translation>
    </message>
    <message>
        <source>Split: %1</source>
        <translation>Partición: %1</translation>
    </message>
    <message>
        <source>The model %1 no longer exists.</source>
        <translation>El modelo %1 ya no existe.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Impact failed: %1</source>
        <translation>Error en el análisis de impacto: %1</translation>
    </message>
    <message>
        <source>%1 — test users: %2 · lists changed: %3</source>
        <translation>%1 — usuarios de prueba: %2 · listas modificadas: %3</translation>
    </message>
    <message>
        <source>Without</source>
        <translation>Sin reglas</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con reglas</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Better with the rules</source>
        <translation>Mejor con las reglas</translation>
    </message>
    <message>
        <source>Worse with the rules</source>
        <translation>Peor con las reglas</translation>
    </message>
    <message>
        <source>The rules change none of the %1 test users&apos; top %2 lists: no offline cost or gain.</source>
        <translation>Las reglas no modifican ninguna de las listas top %2 de los %1 usuarios de prueba: sin coste ni ganancia offline.</translation>
    </message>
    <message>
        <source>stays at %1</source>
        <translation>se mantiene en %1</translation>
    </message>
    <message>
        <source> (%1%2%)</source>
        <translation> (%1%2 %)</translation>
    </message>
    <message>
        <source>rises from %1 to %2%3</source>
        <translation>sube de %1 a %2%3</translation>
    </message>
    <message>
        <source>falls from %1 to %2%3</source>
        <translation>baja de %1 a %2%3</translation>
    </message>
    <message>
        <source>The rules change the top %1 lists of %2 of %3 test users. </source>
        <translation>Las reglas modifican las listas top %1 de %2 de %3 usuarios de prueba. </translation>
    </message>
    <message>
        <source>nDCG@%1 %2, recall@%1 %3; the share of the catalogue shown %4.</source>
        <translation>nDCG@%1 %2, recall@%1 %3; la proporción del catálogo mostrada %4.</translation>
    </message>
    <message>
        <source>Segment %1 loses most: nDCG@%2 %3.</source>
        <translation>El segmento %1 es el que más pierde: nDCG@%2 %3.</translation>
    </message>
    <message>
        <source>Measuring the impact of the rules</source>
        <translation>Midiendo el impacto de las reglas</translation>
    </message>
    <message>
        <source>few users</source>
        <translation>pocos usuarios</translation>
    </message>
    <message>
        <source>Test users in this segment: %1. That is fewer than %2, so these figures can change a lot with a single user: read them with care.</source>
        <translation>Usuarios de prueba en este segmento: %1. Son menos de %2, así que un solo usuario puede cambiar mucho estas cifras: léalas con cautela.</translation>
    </message>
    <message>
        <source>%1 on %2, seed %3: %4 training / %5 held-out interactions, %6.</source>
        <translation>%1 sobre %2, semilla %3: %4 interacciones de entrenamiento / %5 reservadas, %6.</translation>
    </message>
</context>
<context>
    <name>CurationPreviewPanel</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Sample from segment</source>
        <translation>Muestrear del segmento</translation>
    </message>
    <message>
        <source>The trained model whose ranking is curated</source>
        <translation>El modelo entrenado cuyo ranking se cura</translation>
    </message>
    <message>
        <source>List length</source>
        <translation>Longitud de la lista</translation>
    </message>
    <message>
        <source>When the list is shown: rules outside their time window do not apply</source>
        <translation>Cuándo se muestra la lista: las reglas fuera de su ventana temporal no se aplican</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>Draw a few users of the segment and preview the first (each click draws anew)</source>
        <translation>Extraer algunos usuarios del segmento y previsualizar el primero (cada clic extrae de nuevo)</translation>
    </message>
    <message>
        <source>Sampled users: pick one to preview it</source>
        <translation>Usuarios muestreados: elija uno para previsualizarlo</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>Muestreados</translation>
    </message>
    <message>
        <source>Model ranking</source>
        <translation>Ranking del modelo</translation>
    </message>
    <message>
        <source>Curated</source>
        <translation>Curada</translation>
    </message>
    <message>
        <source>Choose a model and a user, or sample users of a segment.</source>
        <translation>Elija un modelo y un usuario, o muestree usuarios de un segmento.</translation>
    </message>
    <message>
        <source>Cannot list the trained models: %1</source>
        <translation>No se pueden listar los modelos entrenados: %1</translation>
    </message>
    <message>
        <source>No trained model yet: train one in the Models workspace to preview its recommendations.</source>
        <translation>Aún no hay ningún modelo entrenado: entrene uno en el espacio de trabajo Modelos para previsualizar sus recomendaciones.</translation>
    </message>
    <message>
        <source>Type a user id, or sample users of a segment.</source>
        <translation>Escriba un ID de usuario o muestree usuarios de un segmento.</translation>
    </message>
    <message>
        <source>There is no segment named %1 in the rule set.</source>
        <translation>No hay ningún segmento llamado %1 en el conjunto de reglas.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <source>Sampling users of %1…</source>
        <translation>Muestreando usuarios de %1…</translation>
    </message>
    <message>
        <source>Curating the recommendations of %1…</source>
        <translation>Curando las recomendaciones de %1…</translation>
    </message>
    <message>
        <source>Segment %1 has no members.</source>
        <translation>El segmento %1 no tiene miembros.</translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation>Error en la vista previa: %1</translation>
    </message>
    <message>
        <source>%1 · %2
category: %3</source>
        <translation>%1 · %2
categoría: %3</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Not among the model&apos;s candidates for this user</source>
        <translation>No figura entre los candidatos del modelo para este usuario</translation>
    </message>
    <message>
        <source>User %1 (segments: %2) · positions changed: %3 · active rules: %4.</source>
        <translation>Usuario %1 (segmentos: %2) · posiciones modificadas: %3 · reglas activas: %4.</translation>
    </message>
    <message>
        <source>Banned: %1</source>
        <translation>Excluidos: %1</translation>
    </message>
    <message>
        <source>Pin #%1 lost its position to #%2.</source>
        <translation>La fijación n.º %1 perdió su posición frente a la n.º %2.</translation>
    </message>
    <message>
        <source>Over a category cap: %1</source>
        <translation>Por encima de un límite de categoría: %1</translation>
    </message>
    <message>
        <source>%1 (rule #%2)</source>
        <translation>%1 (regla n.º %2)</translation>
    </message>
    <message>
        <source>%1 (%2, rule #%3)</source>
        <translation>%1 (%2, regla n.º %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Previewing the curated list</source>
        <translation>Vista previa de la lista curada</translation>
    </message>
    <message>
        <source>Segment %1: %2</source>
        <translation>Segmento %1: %2</translation>
    </message>
    <message>
        <source>Recommendations before the rules</source>
        <translation>Recomendaciones antes de las reglas</translation>
    </message>
    <message>
        <source>Recommendations after the rules</source>
        <translation>Recomendaciones después de las reglas</translation>
    </message>
</context>
<context>
    <name>CurationWhatIfPanel</name>
    <message>
        <source>Replay</source>
        <translation>Repetición (replay)</translation>
    </message>
    <message>
        <source>IPS</source>
        <translation>IPS</translation>
    </message>
    <message>
        <source>Self-normalised IPS</source>
        <translation>IPS autonormalizado</translation>
    </message>
    <message>
        <source>Direct method</source>
        <translation>Método directo</translation>
    </message>
    <message>
        <source>Doubly robust</source>
        <translation>Doblemente robusto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Estimating the rules&apos; click rate</source>
        <translation>Estimando la tasa de clics de las reglas</translation>
    </message>
    <message>
        <source>The trained model whose ranking the rules curate</source>
        <translation>El modelo entrenado cuyo ranking curan las reglas</translation>
    </message>
    <message>
        <source>0 evaluates the ranking as it is. Above 0, each slot shows the ranked item with probability 1 − ε and any candidate otherwise, so that more logged impressions count</source>
        <translation>0 evalúa el ranking tal cual. Por encima de 0, cada posición muestra el artículo del ranking con probabilidad 1 − ε y, si no, cualquier candidato, para que cuenten más impresiones registradas</translation>
    </message>
    <message>
        <source>Without the rules</source>
        <translation>Sin las reglas</translation>
    </message>
    <message>
        <source>With the rules</source>
        <translation>Con las reglas</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Clicks per impression with 95% bootstrap intervals; the difference&apos;s interval is paired (both on the same resamples). Self-normalised IPS is the one to read first</source>
        <translation>Clics por impresión con intervalos bootstrap del 95 %; el intervalo de la diferencia es pareado (ambos sobre los mismos remuestreos). Lea primero el IPS autonormalizado</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Smoothing ε</source>
        <translation>Suavizado ε</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot list the trained models: %1</source>
        <translation>No se pueden listar los modelos entrenados: %1</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <source>No trained model yet: train one in the Models workspace first.</source>
        <translation>Aún no hay ningún modelo entrenado: entrene uno primero en el espacio de trabajo Modelos.</translation>
    </message>
    <message>
        <source>Recomputing…</source>
        <translation>Recalculando…</translation>
    </message>
    <message>
        <source>Reading the logged impressions</source>
        <translation>Leyendo las impresiones registradas</translation>
    </message>
    <message>
        <source>This project has no logged impressions to estimate from. Import impressions with their positions (and propensities), such as an Open Bandit log.</source>
        <translation>Este proyecto no tiene impresiones registradas de las que estimar. Importe impresiones con sus posiciones (y propensiones), como un registro de Open Bandit.</translation>
    </message>
    <message>
        <source>Ranking without the rules</source>
        <translation>Ranking sin las reglas</translation>
    </message>
    <message>
        <source>Ranking with the rules</source>
        <translation>Ranking con las reglas</translation>
    </message>
    <message>
        <source>Estimating the click rates</source>
        <translation>Estimando las tasas de clics</translation>
    </message>
    <message>
        <source>Cancelled: the figures below are from before the last edit.</source>
        <translation>Cancelado: las cifras de abajo son de antes de la última edición.</translation>
    </message>
    <message>
        <source>The estimate failed: %1</source>
        <translation>La estimación falló: %1</translation>
    </message>
    <message>
        <source>Up to date with the working rule set.</source>
        <translation>Al día con el conjunto de reglas de trabajo.</translation>
    </message>
    <message>
        <source>The click rate the working rule set would have had on the logged impressions, with and without it, appears here and follows every edit.</source>
        <translation>La tasa de clics que habría tenido el conjunto de reglas de trabajo en las impresiones registradas, con y sin él, aparece aquí y sigue cada edición.</translation>
    </message>
    <message>
        <source>The ranking would never have shown any logged item in its slot: nothing to estimate from. Try a smoothing ε above 0.</source>
        <translation>El ranking nunca habría mostrado ningún artículo registrado en su posición: no hay de dónde estimar. Pruebe un suavizado ε mayor que 0.</translation>
    </message>
    <message>
        <source>Too little overlap with the logs: the estimate is worth %1 impressions out of %2.</source>
        <translation>Muy poco solapamiento con los registros: la estimación vale %1 impresiones de %2.</translation>
    </message>
    <message>
        <source>A few impressions dominate: the estimate rests on the equivalent of %1 clicks.</source>
        <translation>Unas pocas impresiones dominan: la estimación se basa en el equivalente de %1 clics.</translation>
    </message>
    <message>
        <source>%1 of the choices fall on items the logs never showed there: that part cannot be judged.</source>
        <translation>El %1 de las elecciones recae en artículos que los registros nunca mostraron allí: esa parte no se puede juzgar.</translation>
    </message>
    <message>
        <source>The logs cannot tell.</source>
        <translation>Los registros no permiten saberlo.</translation>
    </message>
    <message>
        <source>The rules would have raised the click rate.</source>
        <translation>Las reglas habrían aumentado la tasa de clics.</translation>
    </message>
    <message>
        <source>The rules would have lowered the click rate.</source>
        <translation>Las reglas habrían reducido la tasa de clics.</translation>
    </message>
    <message>
        <source>The rules change nothing the logs can see.</source>
        <translation>Las reglas no cambian nada que los registros puedan ver.</translation>
    </message>
    <message>
        <source>The logs cannot tell the difference from zero.</source>
        <translation>Los registros no distinguen la diferencia de cero.</translation>
    </message>
    <message>
        <source>&lt;b&gt;With the rules: %1&lt;/b&gt; clicks per impression (95%: %2 to %3). Without: %4 (%5 to %6). Difference: &lt;b&gt;%7 percentage points&lt;/b&gt; (%8 to %9). %10</source>
        <translation>&lt;b&gt;Con las reglas: %1&lt;/b&gt; clics por impresión (95 %: %2 a %3). Sin ellas: %4 (%5 a %6). Diferencia: &lt;b&gt;%7 puntos porcentuales&lt;/b&gt; (%8 a %9). %10</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 a %3)</translation>
    </message>
    <message>
        <source>%1 pp (%2 to %3)</source>
        <translation>%1 pp (%2 a %3)</translation>
    </message>
    <message>
        <source>the ranking epsilon-smoothed (ε = %1)</source>
        <translation>el ranking suavizado con épsilon (ε = %1)</translation>
    </message>
    <message>
        <source>the ranking as it is (deterministic)</source>
        <translation>el ranking tal cual (determinista)</translation>
    </message>
    <message>
        <source>%1 logged impressions, %2 clicks; evaluated: %3. With the rules: effective sample size %4, agreement with the logs %5, largest weight %6.</source>
        <translation>%1 impresiones registradas, %2 clics; evaluado: %3. Con las reglas: tamaño muestral efectivo %4, coincidencia con los registros %5, mayor peso %6.</translation>
    </message>
    <message>
        <source>Estimate on the logged impressions of this segment&apos;s users only</source>
        <translation>Estimar solo con las impresiones registradas de los usuarios de este segmento</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>No logged impressions of users in segment %1.</source>
        <translation>No hay impresiones registradas de usuarios del segmento %1.</translation>
    </message>
    <message numerus="yes">
        <source>The logs carry no propensities for %Ln impression(s): they were estimated from how often each item was shown per placement and slot.</source>
        <translation>
            <numerusform>Los registros no traen propensión para %Ln impresión: se estimó según la frecuencia con que se mostró cada artículo por ubicación y posición.</numerusform>
            <numerusform>Los registros no traen propensiones para %Ln impresiones: se estimaron según la frecuencia con que se mostró cada artículo por ubicación y posición.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln logged impression(s) have a propensity below 0.001: their weights can be huge.</source>
        <translation>
            <numerusform>%Ln impresión registrada tiene una propensión inferior a 0,001: su peso puede ser enorme.</numerusform>
            <numerusform>%Ln impresiones registradas tienen una propensión inferior a 0,001: sus pesos pueden ser enormes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %Ln click(s) in the logs: the intervals are wide.</source>
        <translation>
            <numerusform>Solo %Ln clic en los registros: los intervalos son amplios.</numerusform>
            <numerusform>Solo %Ln clics en los registros: los intervalos son amplios.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurationWorkspace</name>
    <message>
        <source>No project is open.

Open or create a project to curate what recommendations show: pin, ban, boost and bury items for user segments.</source>
        <translation>No hay ningún proyecto abierto.

Abra o cree un proyecto para curar lo que muestran las recomendaciones: fijar, excluir, impulsar y relegar artículos para segmentos de usuarios.</translation>
    </message>
    <message>
        <source>Find an item by id or title (Ctrl+F). Choosing one sets the selected rule&apos;s item, or starts a new rule for it.</source>
        <translation>Buscar un artículo por ID o título (Ctrl+F). Al elegir uno se asigna como artículo de la regla seleccionada, o se crea una regla nueva para él.</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;abierto&gt;</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add rule…</source>
        <translation>&amp;Añadir regla…</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>&amp;Eliminar regla</translation>
    </message>
    <message>
        <source>&amp;Edit cell</source>
        <translation>&amp;Editar celda</translation>
    </message>
    <message>
        <source>Enable/&amp;disable rule</source>
        <translation>Activar/&amp;desactivar regla</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <source>&amp;Save version…</source>
        <translation>&amp;Guardar versión…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versiones…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Find item</source>
        <translation>&amp;Buscar artículo</translation>
    </message>
    <message>
        <source>&amp;New segment</source>
        <translation>&amp;Nuevo segmento</translation>
    </message>
    <message>
        <source>Remove se&amp;gment</source>
        <translation>Eliminar se&amp;gmento</translation>
    </message>
    <message>
        <source>Remove segment</source>
        <translation>Eliminar segmento</translation>
    </message>
    <message numerus="yes">
        <source>Segment &apos;%1&apos; has %n rule(s). Remove the segment and its rules?</source>
        <translation>
            <numerusform>El segmento «%1» tiene %n regla. ¿Eliminar el segmento y su regla?</numerusform>
            <numerusform>El segmento «%1» tiene %n reglas. ¿Eliminar el segmento y sus reglas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>The project&apos;s rule set cannot be read:
%1</source>
        <translation>No se puede leer el conjunto de reglas del proyecto:
%1</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message numerus="yes">
        <source>Rules for segment &apos;%1&apos; (%n rule(s), highest priority first)</source>
        <translation>
            <numerusform>Reglas del segmento «%1» (%n regla, de mayor a menor prioridad)</numerusform>
            <numerusform>Reglas del segmento «%1» (%n reglas, de mayor a menor prioridad)</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>Problemas: ninguno</translation>
    </message>
    <message>
        <source>The rule was not added: %1</source>
        <translation>La regla no se añadió: %1</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Guardado como versión %1.</translation>
    </message>
    <message>
        <source>The version could not be saved: %1</source>
        <translation>No se pudo guardar la versión: %1</translation>
    </message>
    <message>
        <source>Import rule set</source>
        <translation>Importar conjunto de reglas</translation>
    </message>
    <message>
        <source>Rule sets (*.json);;All files (*)</source>
        <translation>Conjuntos de reglas (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importado.</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>No se pudieron leer las versiones: %1</translation>
    </message>
    <message>
        <source>Export rule set</source>
        <translation>Exportar conjunto de reglas</translation>
    </message>
    <message>
        <source>Export writes a saved version. Save a version first (Save version…).</source>
        <translation>La exportación escribe una versión guardada. Guarde antes una versión (Guardar versión…).</translation>
    </message>
    <message>
        <source>The working rule set has changes that are not saved as a version. Export the latest saved version (%1) anyway?</source>
        <translation>El conjunto de reglas de trabajo tiene cambios que no se han guardado como versión. ¿Exportar de todos modos la última versión guardada (%1)?</translation>
    </message>
    <message>
        <source>Export rule set version %1</source>
        <translation>Exportar la versión %1 del conjunto de reglas</translation>
    </message>
    <message>
        <source>ruleset-v%1.json</source>
        <translation>ruleset-v%1.json</translation>
    </message>
    <message>
        <source>Version %1 exported to %2.</source>
        <translation>Versión %1 exportada a %2.</translation>
    </message>
    <message>
        <source>Curation</source>
        <translation>Curación</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message>
        <source>Problems: %1, %2</source>
        <translation>Problemas: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln advertencia</numerusform>
            <numerusform>%Ln advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Regla seleccionada</translation>
    </message>
    <message>
        <source>No rules yet</source>
        <translation>Todavía no hay reglas</translation>
    </message>
    <message>
        <source>Rules change what the recommendations show: pin an item to a position, ban, boost or bury items and categories, cap how many items of one category a list holds. Add a rule for all users, or first define a segment to target a group of users; or import a rule set exported before.</source>
        <translation>Las reglas cambian lo que muestran las recomendaciones: fijar un artículo en una posición, vetar, impulsar o relegar artículos y categorías, limitar cuántos artículos de una categoría contiene una lista. Añada una regla para todos los usuarios, defina primero un segmento para dirigirse a un grupo de usuarios o importe un conjunto de reglas exportado antes.</translation>
    </message>
    <message>
        <source>Add a rule for the selected segment (Insert)</source>
        <translation>Añadir una regla para el segmento seleccionado (Insert)</translation>
    </message>
    <message>
        <source>Define a group of users by their attributes and activity (Ctrl+Shift+N)</source>
        <translation>Definir un grupo de usuarios por sus atributos y su actividad (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>&amp;Import rule set…</source>
        <translation>&amp;Importar conjunto de reglas…</translation>
    </message>
    <message>
        <source>Read rules from a rule-set JSON file</source>
        <translation>Leer reglas de un archivo JSON de conjunto de reglas</translation>
    </message>
    <message>
        <source>Select a rule to see its note, author and creation time.</source>
        <translation>Seleccione una regla para ver su nota, su autor y su fecha de creación.</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>Find item</source>
        <translation>Buscar artículo</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Y si</translation>
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
        <translation>Conversión por clic (%)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impresiones</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>Impressions: %1&lt;br&gt;Clicks: %2 (CTR %3)&lt;br&gt;Add-to-carts: %4&lt;br&gt;Purchases: %5 (%6 per click)&lt;br&gt;Revenue: %7</source>
        <translation>Impresiones: %1&lt;br&gt;Clics: %2 (CTR %3)&lt;br&gt;Añadidos al carrito: %4&lt;br&gt;Compras: %5 (%6 por clic)&lt;br&gt;Ingresos: %7</translation>
    </message>
    <message>
        <source>&lt;br&gt;Active users: %1</source>
        <translation>&lt;br&gt;Usuarios activos: %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week (starting Monday)</source>
        <translation>Semana (a partir del lunes)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>CTR by position</source>
        <translation>CTR por posición</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>Posición en la lista</translation>
    </message>
    <message>
        <source>&lt;b&gt;Position %1&lt;/b&gt;&lt;br&gt;%2 impressions, %3 clicks&lt;br&gt;CTR %4</source>
        <translation>&lt;b&gt;Posición %1&lt;/b&gt;&lt;br&gt;%2 impresiones, %3 clics&lt;br&gt;CTR %4</translation>
    </message>
    <message>
        <source>Add-to-carts</source>
        <translation>Añadidos al carrito</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 of the previous stage</source>
        <translation>&lt;br&gt;%1 de la etapa anterior</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 of impressions</source>
        <translation>&lt;br&gt;%1 de las impresiones</translation>
    </message>
    <message>
        <source>Events (log scale)</source>
        <translation>Eventos (escala logarítmica)</translation>
    </message>
    <message>
        <source>Impressions per week</source>
        <translation>Impresiones por semana</translation>
    </message>
    <message>
        <source>Impressions per month</source>
        <translation>Impresiones por mes</translation>
    </message>
    <message>
        <source>Impressions per day</source>
        <translation>Impresiones por día</translation>
    </message>
    <message>
        <source>Clicks per week</source>
        <translation>Clics por semana</translation>
    </message>
    <message>
        <source>Clicks per month</source>
        <translation>Clics por mes</translation>
    </message>
    <message>
        <source>Clicks per day</source>
        <translation>Clics por día</translation>
    </message>
    <message>
        <source>Purchases per week</source>
        <translation>Compras por semana</translation>
    </message>
    <message>
        <source>Purchases per month</source>
        <translation>Compras por mes</translation>
    </message>
    <message>
        <source>Purchases per day</source>
        <translation>Compras por día</translation>
    </message>
    <message>
        <source>CTR (%) per week</source>
        <translation>CTR (%) por semana</translation>
    </message>
    <message>
        <source>CTR (%) per month</source>
        <translation>CTR (%) por mes</translation>
    </message>
    <message>
        <source>CTR (%) per day</source>
        <translation>CTR (%) por día</translation>
    </message>
    <message>
        <source>Partial day: the data ends during it</source>
        <translation>Día parcial: los datos terminan durante ese día</translation>
    </message>
    <message>
        <source>Partial week: the data ends during its last day</source>
        <translation>Semana parcial: los datos terminan durante su último día</translation>
    </message>
    <message>
        <source>Partial month: the data ends during its last day</source>
        <translation>Mes parcial: los datos terminan durante su último día</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3 of %4 %5&lt;br&gt;rate %6 (95% interval %7 – %8)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3 de %4 %5&lt;br&gt;tasa %6 (intervalo del 95 % %7 – %8)</translation>
    </message>
    <message>
        <source>%1 (%) with its 95% interval</source>
        <translation>%1 (%) con su intervalo del 95 %</translation>
    </message>
    <message>
        <source>%1 − %2</source>
        <extracomment>A variant&apos;s difference from the baseline: &quot;B − A&quot;.</extracomment>
        <translation>%1 − %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 − %2&lt;/b&gt;&lt;br&gt;%3 percentage points (95% interval %4 to %5)&lt;br&gt;p-value %6</source>
        <translation>&lt;b&gt;%1 − %2&lt;/b&gt;&lt;br&gt;%3 puntos porcentuales (intervalo del 95 % de %4 a %5)&lt;br&gt;valor p %6</translation>
    </message>
    <message>
        <source>Difference from %1 in %2 (percentage points)</source>
        <translation>Diferencia con %1 en %2 (puntos porcentuales)</translation>
    </message>
    <message>
        <source>Week only partly in the period</source>
        <translation>Semana solo en parte dentro del periodo</translation>
    </message>
    <message>
        <source>Month only partly in the period</source>
        <translation>Mes solo en parte dentro del periodo</translation>
    </message>
</context>
<context>
    <name>DashboardFilterBar</name>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Fechas</translation>
    </message>
    <message>
        <source>Restrict every chart to a date range (otherwise all data)</source>
        <translation>Limitar todos los gráficos a un intervalo de fechas (si no, todos los datos)</translation>
    </message>
    <message>
        <source>First day (inclusive, UTC)</source>
        <translation>Primer día (incluido, UTC)</translation>
    </message>
    <message>
        <source>Last day (inclusive, UTC)</source>
        <translation>Último día (incluido, UTC)</translation>
    </message>
    <message>
        <source>Only users with this attribute value</source>
        <translation>Solo los usuarios con este valor de atributo</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>What the breakdown bars show</source>
        <translation>Qué muestran las barras del desglose</translation>
    </message>
    <message>
        <source>The user attribute of the segment breakdown chart</source>
        <translation>El atributo de usuario del gráfico de desglose por segmento</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>All placements</source>
        <translation>Todas las ubicaciones</translation>
    </message>
    <message>
        <source>All variants</source>
        <translation>Todas las variantes</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segmento:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>&amp;Placement:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>&amp;Variant:</source>
        <translation>&amp;Variante:</translation>
    </message>
    <message>
        <source>&amp;Time series:</source>
        <translation>Serie &amp;temporal:</translation>
    </message>
    <message>
        <source>&amp;Bars show:</source>
        <translation>&amp;Las barras muestran:</translation>
    </message>
    <message>
        <source>Se&amp;gments by:</source>
        <translation>Se&amp;gmentos por:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Segment value</source>
        <translation>Valor del segmento</translation>
    </message>
</context>
<context>
    <name>DashboardPdf</name>
    <message>
        <source>Could not write the PDF file %1.</source>
        <translation>No se pudo escribir el archivo PDF %1.</translation>
    </message>
</context>
<context>
    <name>DashboardRefresher</name>
    <message>
        <source>Refreshing the dashboard</source>
        <translation>Actualizando el panel</translation>
    </message>
</context>
<context>
    <name>DashboardWorkspace</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>No project is open.

Open a project, or create the demo project, to see its dashboard.</source>
        <translation>No hay ningún proyecto abierto.

Abra un proyecto, o cree el proyecto de demostración, para ver su panel.</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impresiones</translation>
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
        <translation>Añadidos al carrito</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Conversion per click</source>
        <translation>Conversión por clic</translation>
    </message>
    <message>
        <source>Conversion per impression</source>
        <translation>Conversión por impresión</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Revenue per 1,000 impressions</source>
        <translation>Ingresos por 1000 impresiones</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Valor medio del pedido</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Usuarios activos</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Por categoría</translation>
    </message>
    <message>
        <source>By user segment</source>
        <translation>Por segmento de usuarios</translation>
    </message>
    <message>
        <source>By placement</source>
        <translation>Por ubicación</translation>
    </message>
    <message>
        <source>By variant</source>
        <translation>Por variante</translation>
    </message>
    <message>
        <source>CTR by list position</source>
        <translation>CTR por posición en la lista</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>A/B comparison</source>
        <translation>Comparación A/B</translation>
    </message>
    <message>
        <source>Top items</source>
        <translation>Artículos principales</translation>
    </message>
    <message>
        <source>Compare CTR</source>
        <translation>Comparar CTR</translation>
    </message>
    <message>
        <source>Compare conversion (purchases per click)</source>
        <translation>Comparar conversión (compras por clic)</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Successes</source>
        <translation>Éxitos</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Incremento</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>Valor p</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the whole dashboard, with its filters, as a PDF report</source>
        <translation>Guardar el panel completo, con sus filtros, como informe PDF</translation>
    </message>
    <message>
        <source>Step back to the previous drill-down level</source>
        <translation>Volver al nivel de desglose anterior</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Error al actualizar: %1</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>all data</source>
        <translation>todos los datos</translation>
    </message>
    <message>
        <source>category = %1</source>
        <translation>categoría = %1</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>placement = %1</source>
        <translation>ubicación = %1</translation>
    </message>
    <message>
        <source>variant = %1</source>
        <translation>variante = %1</translation>
    </message>
    <message>
        <source>No data before this period</source>
        <translation>Sin datos anteriores a este periodo</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>There is nothing to export yet.</source>
        <translation>Todavía no hay nada que exportar.</translation>
    </message>
    <message>
        <source>RecoEngine dashboard</source>
        <translation>Panel de RecoEngine</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Proyecto: %1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filtros: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2, compared with %3 to %4</source>
        <translation>Periodo: %1 a %2, comparado con %3 a %4</translation>
    </message>
    <message>
        <source>Period: %1 to %2 (no earlier data to compare with)</source>
        <translation>Periodo: %1 a %2 (sin datos anteriores con los que comparar)</translation>
    </message>
    <message>
        <source>A/B: %1</source>
        <translation>A/B: %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <source>RPM</source>
        <translation>RPM</translation>
    </message>
    <message>
        <source>Export dashboard as PDF</source>
        <translation>Exportar el panel como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>The dashboard shows impressions, clicks, conversions and revenue over time once the project holds events. Import an interaction log or a public dataset to see them.</source>
        <translation>El panel muestra impresiones, clics, conversiones e ingresos a lo largo del tiempo en cuanto el proyecto contiene eventos. Importe un registro de interacciones o un conjunto de datos público para verlos.</translation>
    </message>
    <message>
        <source>A/B difference from the baseline</source>
        <translation>Diferencia A/B con la referencia</translation>
    </message>
    <message>
        <source>The partial last day, %1, is left out of the comparison.</source>
        <translation>El último día, parcial (%1), queda fuera de la comparación.</translation>
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation>Periodo anterior (%1): %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>By category: %1, %2</source>
        <translation>Por categoría: %1, %2</translation>
    </message>
    <message>
        <source>By %1: %2, %3</source>
        <translation>Por %1: %2, %3</translation>
    </message>
    <message>
        <source>By placement: %1, %2</source>
        <translation>Por ubicación: %1, %2</translation>
    </message>
    <message>
        <source>By variant: %1, %2</source>
        <translation>Por variante: %1, %2</translation>
    </message>
    <message>
        <source>CTR (%) by list position, %1</source>
        <translation>CTR (%) por posición en la lista, %1</translation>
    </message>
    <message>
        <source>Funnel: events per stage (log scale), %1</source>
        <translation>Embudo: eventos por etapa (escala logarítmica), %1</translation>
    </message>
    <message>
        <source>A/B comparison: %1 per variant, %2</source>
        <translation>Comparación A/B: %1 por variante, %2</translation>
    </message>
    <message>
        <source>A/B difference from the baseline, %1</source>
        <translation>Diferencia A/B con la referencia, %1</translation>
    </message>
    <message>
        <source>Top items by revenue, %1</source>
        <translation>Artículos principales por ingresos, %1</translation>
    </message>
    <message>
        <source>Period: %1, compared with the period of equal length before it: %2.</source>
        <translation>Periodo: %1, comparado con el periodo de igual duración anterior: %2.</translation>
    </message>
    <message>
        <source>Period: %1 (no earlier data to compare with).</source>
        <translation>Periodo: %1 (no hay datos anteriores con los que comparar).</translation>
    </message>
    <message>
        <source>The data ends during %1: that day is partial, drawn dashed and left out of comparisons.</source>
        <translation>Los datos terminan durante el %1: ese día es parcial, se dibuja con trazos y queda fuera de las comparaciones.</translation>
    </message>
    <message>
        <source>A/B test measure</source>
        <translation>Medida de la prueba A/B</translation>
    </message>
    <message>
        <source>The measure the variants are compared on</source>
        <translation>La medida con la que se comparan las variantes</translation>
    </message>
    <message>
        <source>A/B test variants</source>
        <translation>Variantes de la prueba A/B</translation>
    </message>
</context>
<context>
    <name>DataTableModel</name>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>returning</source>
        <translation>recurrente</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation>ID de artículo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Franja de edad</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>New/returning</source>
        <translation>Nuevo/recurrente</translation>
    </message>
    <message>
        <source>Signed up (UTC)</source>
        <translation>Registro (UTC)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Item title</source>
        <translation>Título del artículo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Propensity</source>
        <translation>Propensión</translation>
    </message>
    <message>
        <source>Click to sort by %1</source>
        <translation>Haga clic para ordenar por %1</translation>
    </message>
    <message>
        <source>%1 (not sortable on large tables)</source>
        <translation>%1 (no se puede ordenar en tablas grandes)</translation>
    </message>
</context>
<context>
    <name>DataTablePage</name>
    <message>
        <source>Search by user ID (prefix)…</source>
        <translation>Buscar por ID de usuario (prefijo)…</translation>
    </message>
    <message>
        <source>Search by item ID (prefix) or title…</source>
        <translation>Buscar por ID de artículo (prefijo) o título…</translation>
    </message>
    <message>
        <source>Search by user ID, item ID (prefix) or item title…</source>
        <translation>Buscar por ID de usuario, ID de artículo (prefijo) o título del artículo…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Query failed: %1</source>
        <translation>Error en la consulta: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) (%1 loaded)</source>
        <translation>
            <numerusform>%Ln fila (%1 cargadas)</numerusform>
            <numerusform>%Ln filas (%1 cargadas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching row(s) (%1 loaded)</source>
        <translation>
            <numerusform>%Ln fila coincidente (%1 cargadas)</numerusform>
            <numerusform>%Ln filas coincidentes (%1 cargadas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>No value in the rows loaded so far</source>
        <translation>Ningún valor en las filas cargadas hasta ahora</translation>
    </message>
</context>
<context>
    <name>DataWorkspace</name>
    <message>
        <source>No project is open.

Create one with File › New Project… (Ctrl+N) or open one with File › Open Project… (Ctrl+O).</source>
        <translation>No hay ningún proyecto abierto.

Cree uno con Archivo › Nuevo proyecto… (Ctrl+N) o abra uno con Archivo › Abrir proyecto… (Ctrl+O).</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Artículos</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Eventos</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>This project holds no data. Import an interaction log (CSV, JSON Lines or Parquet) or a public dataset such as MovieLens to browse its users, items and events here.</source>
        <translation>Este proyecto no contiene datos. Importe un registro de interacciones (CSV, JSON Lines o Parquet) o un conjunto de datos público como MovieLens para explorar aquí sus usuarios, artículos y eventos.</translation>
    </message>
</context>
<context>
    <name>DatasetSummaryPanel</name>
    <message>
        <source>Dataset</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Usuarios:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Artículos:</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Eventos:</translation>
    </message>
    <message>
        <source>First event:</source>
        <translation>Primer evento:</translation>
    </message>
    <message>
        <source>Last event:</source>
        <translation>Último evento:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Categorías:</translation>
    </message>
    <message>
        <source>Placements:</source>
        <translation>Ubicaciones:</translation>
    </message>
    <message>
        <source>Variants:</source>
        <translation>Variantes:</translation>
    </message>
    <message>
        <source>Events by type</source>
        <translation>Eventos por tipo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <source>Computing summary…</source>
        <translation>Calculando el resumen…</translation>
    </message>
    <message>
        <source>Could not summarize the project: %1</source>
        <translation>No se pudo resumir el proyecto: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>The project holds no events yet. Use File › Import Dataset… to add some.</source>
        <translation>El proyecto aún no contiene eventos. Use Archivo › Importar conjunto de datos… para añadir algunos.</translation>
    </message>
    <message>
        <source>Reading the dataset summary</source>
        <translation>Leyendo el resumen del conjunto de datos</translation>
    </message>
</context>
<context>
    <name>DemoProjectJob</name>
    <message>
        <source>Creating the demo project</source>
        <translation>Creando el proyecto de demostración</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 hecho</translation>
    </message>
</context>
<context>
    <name>EditSegmentCommand</name>
    <message>
        <source>Rename segment &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>Renombrar el segmento «%1» a «%2»</translation>
    </message>
    <message>
        <source>Edit segment &apos;%1&apos;</source>
        <translation>Editar el segmento «%1»</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No events yet</source>
        <translation>Todavía no hay eventos</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Importar datos…</translation>
    </message>
    <message>
        <source>Import an interaction log or a public dataset into the project</source>
        <translation>Importar un registro de interacciones o un conjunto de datos público en el proyecto</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <source>Models to compare</source>
        <translation>Modelos a comparar</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add this algorithm with the parameters below to the comparison</source>
        <translation>Añadir este algoritmo con los parámetros de abajo a la comparación</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>Algoritmo:</translation>
    </message>
    <message>
        <source>Add &amp;stored</source>
        <translation>Añadir &amp;guardado</translation>
    </message>
    <message>
        <source>Add the algorithm and parameters of a trained model (it is retrained on the split)</source>
        <translation>Añadir el algoritmo y los parámetros de un modelo entrenado (se vuelve a entrenar con la partición)</translation>
    </message>
    <message>
        <source>Trained:</source>
        <translation>Entrenado:</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Random holdout per user</source>
        <translation>Reserva aleatoria por usuario</translation>
    </message>
    <message>
        <source>Random holdout per item</source>
        <translation>Reserva aleatoria por artículo</translation>
    </message>
    <message>
        <source>Temporal (global)</source>
        <translation>Temporal (global)</translation>
    </message>
    <message>
        <source>Leave last N out</source>
        <translation>Dejar fuera los N últimos</translation>
    </message>
    <message>
        <source>k-fold</source>
        <translation>k particiones (k-fold)</translation>
    </message>
    <message>
        <source>How interactions are divided into training data and held-out test data</source>
        <translation>Cómo se dividen las interacciones en datos de entrenamiento y datos de prueba reservados</translation>
    </message>
    <message>
        <source>S&amp;plit:</source>
        <translation>&amp;Partición:</translation>
    </message>
    <message>
        <source>Share of the interactions used for training</source>
        <translation>Proporción de las interacciones usada para el entrenamiento</translation>
    </message>
    <message>
        <source>Train &amp;ratio:</source>
        <translation>P&amp;roporción de entrenamiento:</translation>
    </message>
    <message>
        <source>Each user&apos;s latest N interactions are held out</source>
        <translation>Se reservan las N interacciones más recientes de cada usuario</translation>
    </message>
    <message>
        <source>&amp;Leave out:</source>
        <translation>De&amp;jar fuera:</translation>
    </message>
    <message>
        <source>&amp;Folds:</source>
        <translation>Parti&amp;ciones:</translation>
    </message>
    <message>
        <source>The same seed gives the same split and the same numbers</source>
        <translation>La misma semilla da la misma partición y las mismas cifras</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;emilla:</translation>
    </message>
    <message>
        <source>Repetitions with seeds seed, seed+1, …; the results are their mean</source>
        <translation>Repeticiones con las semillas semilla, semilla+1, …; los resultados son su media</translation>
    </message>
    <message>
        <source>Repe&amp;titions:</source>
        <translation>Repe&amp;ticiones:</translation>
    </message>
    <message>
        <source>Cut-offs, comma-separated (e.g. 10, 20); the first is the primary one</source>
        <translation>Cortes, separados por comas (p. ej., 10, 20); el primero es el principal</translation>
    </message>
    <message>
        <source>Cut-offs &amp;k:</source>
        <translation>Cortes &amp;k:</translation>
    </message>
    <message>
        <source>Bootstrap resamples over users for the confidence intervals</source>
        <translation>Remuestreos bootstrap sobre usuarios para los intervalos de confianza</translation>
    </message>
    <message>
        <source>&amp;Bootstrap:</source>
        <translation>&amp;Bootstrap:</translation>
    </message>
    <message>
        <source>(activity only)</source>
        <translation>(solo actividad)</translation>
    </message>
    <message>
        <source>User attribute for the per-segment breakdown (besides cold/regular/heavy)</source>
        <translation>Atributo de usuario para el desglose por segmento (además de frío/habitual/intensivo)</translation>
    </message>
    <message>
        <source>Se&amp;gments by:</source>
        <translation>Se&amp;gmentos por:</translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation>E&amp;valuar</translation>
    </message>
    <message>
        <source>Run the evaluation in the background (Ctrl+E)</source>
        <translation>Ejecutar la evaluación en segundo plano (Ctrl+E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the evaluation (Esc)</source>
        <translation>Detener la evaluación (Esc)</translation>
    </message>
    <message>
        <source>No evaluation yet: add models on the left and press Evaluate.</source>
        <translation>Todavía no hay ninguna evaluación: añada modelos a la izquierda y pulse Evaluar.</translation>
    </message>
    <message>
        <source>▲/▼ mark values significantly higher/lower than this model&apos;s (paired t-test over users, p &lt; 0.05)</source>
        <translation>▲/▼ marcan valores significativamente mayores/menores que los de este modelo (prueba t pareada sobre usuarios, p &lt; 0,05)</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Referencia:</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Gráfico:</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>Res&amp;ultados</translation>
    </message>
    <message>
        <source>Se&amp;gments</source>
        <translation>Se&amp;gmentos</translation>
    </message>
    <message>
        <source>&amp;Delete run</source>
        <translation>&amp;Eliminar ejecución</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export HT&amp;ML report…</source>
        <translation>Exportar informe HT&amp;ML…</translation>
    </message>
    <message>
        <source>Cannot read the run history: %1</source>
        <translation>No se puede leer el historial de ejecuciones: %1</translation>
    </message>
    <message>
        <source>Cannot read the user attributes: %1</source>
        <translation>No se pueden leer los atributos de usuario: %1</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Abra primero un proyecto.</translation>
    </message>
    <message>
        <source>Add at least one model to evaluate.</source>
        <translation>Añada al menos un modelo para evaluar.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Finished: run %1 stored in the project.</source>
        <translation>Terminado: ejecución %1 guardada en el proyecto.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was stored.</source>
        <translation>Cancelado; no se guardó nada.</translation>
    </message>
    <message>
        <source>The evaluation failed: %1</source>
        <translation>La evaluación ha fallado: %1</translation>
    </message>
    <message>
        <source>Run %1: </source>
        <translation>Ejecución %1: </translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Eliminar ejecución</translation>
    </message>
    <message>
        <source>Delete evaluation run %1 from the project?</source>
        <translation>¿Eliminar del proyecto la ejecución de evaluación %1?</translation>
    </message>
    <message>
        <source>There is no run to export.</source>
        <translation>No hay ninguna ejecución que exportar.</translation>
    </message>
    <message>
        <source>Export HTML report</source>
        <translation>Exportar informe HTML</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Informe HTML (*.html)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Evaluation results</source>
        <translation>Resultados de la evaluación</translation>
    </message>
</context>
<context>
    <name>EvaluationExport</name>
    <message>
        <source>RecoEngine evaluation report</source>
        <translation>Informe de evaluación de RecoEngine</translation>
    </message>
    <message>
        <source>Run %1 · %2</source>
        <translation>Ejecución %1 · %2</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Segundos</translation>
    </message>
    <message>
        <source> (baseline)</source>
        <translation> (referencia)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Values with their %1% bootstrap confidence interval. ▲/▼: significantly higher/lower than the baseline (paired t-test over users, p &lt; 0.05).</source>
        <translation>Valores con su intervalo de confianza bootstrap del %1 %. ▲/▼: significativamente mayor/menor que la referencia (prueba t pareada sobre usuarios, p &lt; 0,05).</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>vs %1: difference %2, t-test p = %3, Wilcoxon p = %4</source>
        <translation>frente a %1: diferencia %2, prueba t p = %3, Wilcoxon p = %4</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Desglose</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Generated by RecoEngine. Metric definitions: docs/evaluation.md.</source>
        <translation>Generado por RecoEngine. Definiciones de las métricas: docs/evaluation.md.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>EvaluationJob</name>
    <message>
        <source>Reading interactions…</source>
        <translation>Leyendo las interacciones…</translation>
    </message>
    <message>
        <source>Saving the run…</source>
        <translation>Guardando la ejecución…</translation>
    </message>
    <message>
        <source>Evaluating models</source>
        <translation>Evaluando modelos</translation>
    </message>
</context>
<context>
    <name>EvaluationReport</name>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
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
        <translation>Tasa de aciertos</translation>
    </message>
    <message>
        <source>AUC</source>
        <translation>AUC</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Novelty</source>
        <translation>Novedad</translation>
    </message>
    <message>
        <source>Gini</source>
        <translation>Gini</translation>
    </message>
    <message>
        <source>Avg. popularity</source>
        <translation>Popularidad media</translation>
    </message>
    <message numerus="yes">
        <source>split %1 · seed %2 · k = %3 · %4 users evaluated · %Ln repetition(s) · %5</source>
        <translation>
            <numerusform>partición %1 · semilla %2 · k = %3 · %4 usuarios evaluados · %Ln repetición · %5</numerusform>
            <numerusform>partición %1 · semilla %2 · k = %3 · %4 usuarios evaluados · %Ln repeticiones · %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvaluationResultsModel</name>
    <message>
        <source>Training and scoring time per repetition</source>
        <translation>Tiempo de entrenamiento y puntuación por repetición</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <source>
%1% confidence interval (bootstrap over users): %2 … %3</source>
        <translation>
Intervalo de confianza del %1 % (bootstrap sobre usuarios): %2 … %3</translation>
    </message>
    <message>
        <source>
This is the baseline.</source>
        <translation>
Esta es la referencia.</translation>
    </message>
    <message>
        <source>
Against %1 over %2 users: difference %3, paired t-test p = %4, Wilcoxon p = %5</source>
        <translation>
Frente a %1 sobre %2 usuarios: diferencia %3, prueba t pareada p = %4, Wilcoxon p = %5</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1 (referencia)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>
Lower is better for this metric.</source>
        <translation>
En esta métrica, un valor más bajo es mejor.</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Más alto es mejor</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Más bajo es mejor</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
</context>
<context>
    <name>EvaluationRunsModel</name>
    <message>
        <source>tuning</source>
        <translation>ajuste</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>evaluación</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import rule set</source>
        <translation>Importar conjunto de reglas</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be imported (%n error(s)); nothing was changed.</source>
        <translation>
            <numerusform>%1 no se puede importar (%n error); no se ha cambiado nada.</numerusform>
            <numerusform>%1 no se puede importar (%n errores); no se ha cambiado nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import refused; nothing was changed.</source>
        <translation>Importación rechazada; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Dry run of %1 (rule set %2, version %3, %4, %5): nothing has changed yet. Importing replaces the working rule set with this content and saves it as a version.</source>
        <translation>Simulación de %1 (conjunto de reglas %2, versión %3, %4, %5): todavía no ha cambiado nada. Al importar se sustituye el conjunto de reglas de trabajo por este contenido y se guarda como versión.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment(s)</source>
        <translation>
            <numerusform>%Ln segmento</numerusform>
            <numerusform>%Ln segmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rule(s)</source>
        <translation>
            <numerusform>%Ln regla</numerusform>
            <numerusform>%Ln reglas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Importing %1</source>
        <translation>Importando %1</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n files</source>
        <translation>
            <numerusform>Importando %n archivo</numerusform>
            <numerusform>Importando %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows read</source>
        <translation>%1 filas leídas</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation>ID de artículo</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Marca de tiempo</translation>
    </message>
    <message>
        <source>Value (rating)</source>
        <translation>Valor (valoración)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Variant / model</source>
        <translation>Variante / modelo</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Propensity</source>
        <translation>Propensión</translation>
    </message>
    <message>
        <source>Item title</source>
        <translation>Título del artículo</translation>
    </message>
    <message>
        <source>Item category</source>
        <translation>Categoría del artículo</translation>
    </message>
    <message>
        <source>Item price</source>
        <translation>Precio del artículo</translation>
    </message>
    <message>
        <source>Map columns to fields</source>
        <translation>Asignar columnas a campos</translation>
    </message>
    <message>
        <source>Choose the file column for each field. Fields marked * are required; the others are optional.</source>
        <translation>Elija la columna del archivo para cada campo. Los campos marcados con * son obligatorios; los demás son opcionales.</translation>
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
    <message>
        <source>(not mapped)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <source>Columns with common names were matched automatically; check them before importing.</source>
        <translation>Las columnas con nombres habituales se han asignado automáticamente; revíselas antes de importar.</translation>
    </message>
    <message>
        <source>No column names were recognised; map at least the user, item and timestamp columns.</source>
        <translation>No se ha reconocido ningún nombre de columna; asigne al menos las columnas de usuario, artículo y marca de tiempo.</translation>
    </message>
</context>
<context>
    <name>ImportPolicyPage</name>
    <message>
        <source>&amp;Skip bad rows and list them afterwards</source>
        <translation>&amp;Omitir las filas erróneas y listarlas después</translation>
    </message>
    <message>
        <source>&amp;Abort at the first bad row (nothing is imported)</source>
        <translation>&amp;Abortar en la primera fila errónea (no se importa nada)</translation>
    </message>
    <message>
        <source>Bad rows and encoding</source>
        <translation>Filas erróneas y codificación</translation>
    </message>
    <message>
        <source>Every row is either imported or rejected with its file, line and reason; nothing vanishes.</source>
        <translation>Cada fila se importa o se rechaza indicando su archivo, línea y motivo; nada se pierde.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>When a row cannot be imported</source>
        <translation>Cuando una fila no se puede importar</translation>
    </message>
    <message>
        <source>Automatic (UTF-8, byte order mark removed)</source>
        <translation>Automática (UTF-8, sin marca de orden de bytes)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO-8859-1)</source>
        <translation>Latin-1 (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation>&amp;Codificación del texto:</translation>
    </message>
    <message>
        <source>Ready to import %1 as %2 into %3.
The import runs as one transaction: if it is aborted, fails or is cancelled, the project stays exactly as it was.</source>
        <translation>Listo para importar %1 como %2 en %3.
La importación se ejecuta como una sola transacción: si se aborta, falla o se cancela, el proyecto queda exactamente como estaba.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>barra vertical</translation>
    </message>
    <message>
        <source>&apos;::&apos;</source>
        <translation>«::»</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The first rows as RecoEngine reads them. If the columns look wrong, go back and choose another format.</source>
        <translation>Las primeras filas tal como las lee RecoEngine. Si las columnas no parecen correctas, vuelva atrás y elija otro formato.</translation>
    </message>
    <message>
        <source>Format: %1 · Delimiter: %2 · Encoding: %3
Files: %4</source>
        <translation>Formato: %1 · Delimitador: %2 · Codificación: %3
Archivos: %4</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
</context>
<context>
    <name>ImportProgressPage</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Cancelar importación</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Reading, validating and storing the rows. Cancelling leaves the project unchanged.</source>
        <translation>Leyendo, validando y guardando las filas. Si cancela, el proyecto no cambia.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Filas leídas:</translation>
    </message>
    <message>
        <source>Data read:</source>
        <translation>Datos leídos:</translation>
    </message>
    <message>
        <source>%1 (%2 rows/s)</source>
        <translation>%1 (%2 filas/s)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>ImportSourcePage</name>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Añadir &amp;archivos…</translation>
    </message>
    <message>
        <source>Add F&amp;older…</source>
        <translation>Añadir &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Choose the data</source>
        <translation>Elija los datos</translation>
    </message>
    <message>
        <source>Pick an event log (CSV/TSV), a dataset&apos;s files, or a dataset folder such as MovieLens&apos; ml-100k.</source>
        <translation>Elija un registro de eventos (CSV/TSV), los archivos de un conjunto de datos o la carpeta de un conjunto de datos como ml-100k de MovieLens.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Archivos a importar</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Añadir archivos</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.dat *.data u.*);;All files (*)</source>
        <translation>Archivos de datos (*.csv *.tsv *.txt *.dat *.data u.*);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add Dataset Folder</source>
        <translation>Añadir carpeta de conjunto de datos</translation>
    </message>
    <message>
        <source>No files chosen yet.</source>
        <translation>Todavía no se ha elegido ningún archivo.</translation>
    </message>
    <message>
        <source>Automatic (detected: %1)</source>
        <translation>Automático (detectado: %1)</translation>
    </message>
    <message>
        <source>Detected format: %1.
Files that will be read: %2</source>
        <translation>Formato detectado: %1.
Archivos que se leerán: %2</translation>
    </message>
    <message>
        <source>Automatic (not recognised)</source>
        <translation>Automático (no reconocido)</translation>
    </message>
    <message>
        <source>The format could not be detected: %1
Choose the format above.</source>
        <translation>No se pudo detectar el formato: %1
Elija el formato arriba.</translation>
    </message>
    <message>
        <source>These files cannot be read as %1: %2</source>
        <translation>Estos archivos no se pueden leer como %1: %2</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>For&amp;mato:</translation>
    </message>
</context>
<context>
    <name>ImportSummaryPage</name>
    <message>
        <source>&amp;Save Rejects as CSV…</source>
        <translation>&amp;Guardar rechazos como CSV…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Rows read, imported and rejected.</source>
        <translation>Filas leídas, importadas y rechazadas.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error en la importación</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>The import was cancelled; the project is unchanged.</source>
        <translation>La importación se canceló; el proyecto no ha cambiado.</translation>
    </message>
    <message>
        <source>Import aborted</source>
        <translation>Importación abortada</translation>
    </message>
    <message>
        <source>The import stopped and the project is unchanged.</source>
        <translation>La importación se detuvo y el proyecto no ha cambiado.</translation>
    </message>
    <message>
        <source>All rows were imported.</source>
        <translation>Se importaron todas las filas.</translation>
    </message>
    <message numerus="yes">
        <source>The import finished; %Ln row(s) were rejected and are listed below.</source>
        <translation>
            <numerusform>La importación terminó; se rechazó %Ln fila, que se muestra a continuación.</numerusform>
            <numerusform>La importación terminó; se rechazaron %Ln filas, que se muestran a continuación.</numerusform>
        </translation>
    </message>
    <message>
        <source>No rows were rejected.</source>
        <translation>No se rechazó ninguna fila.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 rejected rows.</source>
        <translation>Se muestran las primeras %1 de %2 filas rechazadas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected row(s).</source>
        <translation>
            <numerusform>%Ln fila rechazada.</numerusform>
            <numerusform>%Ln filas rechazadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>rejects.csv</source>
        <translation>rechazos.csv</translation>
    </message>
    <message>
        <source>Save Rejects</source>
        <translation>Guardar rechazos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rows read: %1 · imported: %2 · rejected: %3 · new users: %4 · new items: %5 · %6</source>
        <translation>Filas leídas: %1 · importadas: %2 · rechazadas: %3 · usuarios nuevos: %4 · artículos nuevos: %5 · %6</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import Dataset</source>
        <translation>Importar conjunto de datos</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Generic event log (CSV/TSV)</source>
        <translation>Registro de eventos genérico (CSV/TSV)</translation>
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
        <translation>Elija al menos un archivo o una carpeta.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>ItemCatalog</name>
    <message>
        <source>#%1</source>
        <translation>n.º %1</translation>
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
        <translation>Buscar artículo por ID o título…</translation>
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
        <translation>Artículo %1
Título: %2
Categoría: %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>no previous period</source>
        <translation>sin periodo anterior</translation>
    </message>
    <message>
        <source>%1 %2% vs previous</source>
        <translation>%1 %2 % frente al periodo anterior</translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <extracomment>A percentage: %1 is the number in the locale&apos;s format. Languages that set the percent sign apart (German, French, Spanish) write &quot;%1 %&quot; with a no-break space.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration</comment>
        <extracomment>A duration in seconds; %1 is the number.</extracomment>
        <translation>%1 s</translation>
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
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration</comment>
        <extracomment>A duration in minutes and seconds (%2 always has two digits: &quot;4 min 05 s&quot;).</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration</comment>
        <extracomment>A duration in hours and minutes (%2 always has two digits: &quot;1 h 02 min&quot;).</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>LossChart</name>
    <message>
        <source>Iteration</source>
        <translation>Iteración</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>Training loss per iteration: train a model to see its curve</source>
        <translation>Pérdida de entrenamiento por iteración: entrene un modelo para ver su curva</translation>
    </message>
    <message>
        <source>%1: iteration %2 of %3 (this algorithm reports no loss)</source>
        <translation>%1: iteración %2 de %3 (este algoritmo no informa de pérdida)</translation>
    </message>
    <message>
        <source>%1: iteration %2 of %3</source>
        <translation>%1: iteración %2 de %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workspaces</source>
        <translation>Espacios de trabajo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>The project could not be opened.

%1</source>
        <translation>No se pudo abrir el proyecto.

%1</translation>
    </message>
    <message>
        <source>Creating the demo project (users, items and 90 days of events)…</source>
        <translation>Creando el proyecto de demostración (usuarios, artículos y 90 días de eventos)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Demo Project</source>
        <translation>Proyecto de demostración</translation>
    </message>
    <message>
        <source>Demo project</source>
        <translation>Proyecto de demostración</translation>
    </message>
    <message>
        <source>The demo project could not be created.

%1</source>
        <translation>No se pudo crear el proyecto de demostración.

%1</translation>
    </message>
    <message>
        <source>Demo project creation cancelled.</source>
        <translation>Creación del proyecto de demostración cancelada.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>untitled.reco</source>
        <translation>sin_titulo.reco</translation>
    </message>
    <message>
        <source>RecoEngine projects (*.reco)</source>
        <translation>Proyectos de RecoEngine (*.reco)</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>No se puede crear el proyecto</translation>
    </message>
    <message>
        <source>The project could not be created.

%1</source>
        <translation>No se pudo crear el proyecto.

%1</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>RecoEngine projects (*.reco);;All files (*)</source>
        <translation>Proyectos de RecoEngine (*.reco);;Todos los archivos (*)</translation>
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
        <translation>Sin proyecto</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>The new language applies when RecoEngine is started again.</source>
        <translation>El nuevo idioma se aplicará cuando RecoEngine se vuelva a iniciar.</translation>
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
        <translation>Ejecute una evaluación para comparar modelos</translation>
    </message>
    <message>
        <source>%1 by model (whiskers: %2% confidence interval)</source>
        <translation>%1 por modelo (bigotes: intervalo de confianza del %2 %)</translation>
    </message>
</context>
<context>
    <name>ModelsWorkspace</name>
    <message>
        <source>No project is open.

Open or create a project with data to train and evaluate recommendation models.</source>
        <translation>No hay ningún proyecto abierto.

Abra o cree un proyecto con datos para entrenar y evaluar modelos de recomendación.</translation>
    </message>
    <message>
        <source>T&amp;rain</source>
        <translation>&amp;Entrenar</translation>
    </message>
    <message>
        <source>Tr&amp;y it</source>
        <translation>Pr&amp;obar</translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation>E&amp;valuar</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>No trained model yet</source>
        <translation>Todavía no hay ningún modelo entrenado</translation>
    </message>
    <message>
        <source>Try it shows a trained model&apos;s recommendations for a user beside the user&apos;s own history. Train a model on the Train tab first.</source>
        <translation>«Probar» muestra las recomendaciones de un modelo entrenado para un usuario junto a su propio historial. Entrene primero un modelo en la pestaña «Entrenar».</translation>
    </message>
    <message>
        <source>Evaluate compares trained models offline on held-out events (precision, recall, NDCG, coverage). Train at least one model on the Train tab first.</source>
        <translation>«Evaluar» compara modelos entrenados sin conexión con eventos reservados (precisión, exhaustividad, NDCG, cobertura). Entrene primero al menos un modelo en la pestaña «Entrenar».</translation>
    </message>
    <message>
        <source>&amp;Train a model…</source>
        <translation>En&amp;trenar un modelo…</translation>
    </message>
    <message>
        <source>Open the Train tab</source>
        <translation>Abrir la pestaña «Entrenar»</translation>
    </message>
    <message>
        <source>Models learn from the project&apos;s events: who viewed, clicked or bought what. Import an interaction log or a public dataset, then train here.</source>
        <translation>Los modelos aprenden de los eventos del proyecto: quién vio, hizo clic o compró qué. Importe un registro de interacciones o un conjunto de datos público y luego entrene aquí.</translation>
    </message>
</context>
<context>
    <name>ParamForm</name>
    <message>
        <source> (best varied on a log scale)</source>
        <translation> (mejor variarlo en escala logarítmica)</translation>
    </message>
    <message>
        <source>This algorithm has no parameters.</source>
        <translation>Este algoritmo no tiene parámetros.</translation>
    </message>
    <message>
        <source>defaults</source>
        <translation>valores por defecto</translation>
    </message>
    <message>
        <source>Latent factors</source>
        <translation>Factores latentes</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Regularisation (λ)</source>
        <translation>Regularización (λ)</translation>
    </message>
    <message>
        <source>Training passes (epochs)</source>
        <translation>Pasadas de entrenamiento (épocas)</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Iteraciones</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Semilla aleatoria</translation>
    </message>
    <message>
        <source>Worker threads</source>
        <translation>Hilos de trabajo</translation>
    </message>
    <message>
        <source>Largest catalogue (items)</source>
        <translation>Catálogo máximo (artículos)</translation>
    </message>
    <message>
        <source>Confidence scale (α)</source>
        <translation>Escala de confianza (α)</translation>
    </message>
    <message>
        <source>Fast solver (conjugate gradient)</source>
        <translation>Solucionador rápido (gradiente conjugado)</translation>
    </message>
    <message>
        <source>Conjugate-gradient steps</source>
        <translation>Pasos de gradiente conjugado</translation>
    </message>
    <message>
        <source>Report the training loss</source>
        <translation>Informar de la pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>Neighbours per item (K)</source>
        <translation>Vecinos por artículo (K)</translation>
    </message>
    <message>
        <source>Shrinkage</source>
        <translation>Contracción</translation>
    </message>
    <message>
        <source>Weight by interaction strength</source>
        <translation>Ponderar por la intensidad de la interacción</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>&lt;br&gt;Default: %1</source>
        <translation>&lt;br&gt;Predeterminado: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>&lt;br&gt;Range %1 … %2, default %3%4</source>
        <translation>&lt;br&gt;Rango %1 … %2, predeterminado %3%4</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>Todos los núcleos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a parameter&apos;s label and value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>A new language applies the next time RecoEngine starts. Numbers, percentages and dates follow the language&apos;s conventions; CSV exports keep a machine format.</source>
        <translation>Un nuevo idioma se aplica la próxima vez que se inicie RecoEngine. Los números, porcentajes y fechas siguen las convenciones del idioma; las exportaciones CSV mantienen un formato legible por máquina.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
</context>
<context>
    <name>RejectsTableModel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>RemoveRuleCommand</name>
    <message>
        <source>Remove rule #%1: %2</source>
        <translation>Eliminar la regla n.º %1: %2</translation>
    </message>
</context>
<context>
    <name>RemoveSegmentCommand</name>
    <message>
        <source>Remove segment &apos;%1&apos;</source>
        <translation>Eliminar el segmento «%1»</translation>
    </message>
</context>
<context>
    <name>RuleDelegate</name>
    <message>
        <source>no bound</source>
        <translation>sin límite</translation>
    </message>
</context>
<context>
    <name>RulesTableModel</name>
    <message>
        <source>Ban item</source>
        <translation>Excluir artículo</translation>
    </message>
    <message>
        <source>Ban category</source>
        <translation>Excluir categoría</translation>
    </message>
    <message>
        <source>Pin item</source>
        <translation>Fijar artículo</translation>
    </message>
    <message>
        <source>Boost item</source>
        <translation>Impulsar artículo</translation>
    </message>
    <message>
        <source>Boost category</source>
        <translation>Impulsar categoría</translation>
    </message>
    <message>
        <source>Bury item</source>
        <translation>Relegar artículo</translation>
    </message>
    <message>
        <source>Bury category</source>
        <translation>Relegar categoría</translation>
    </message>
    <message>
        <source>Category cap</source>
        <translation>Límite por categoría</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Item / category</source>
        <translation>Artículo / categoría</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Max items</source>
        <translation>Máx. de artículos</translation>
    </message>
    <message>
        <source>Starts (UTC)</source>
        <translation>Inicio (UTC)</translation>
    </message>
    <message>
        <source>Ends (UTC)</source>
        <translation>Fin (UTC)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Creada (UTC)</translation>
    </message>
    <message>
        <source>Rule #%1: %2</source>
        <translation>Regla n.º %1: %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n.º %1</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Artículo %1</translation>
    </message>
    <message>
        <source>Item %1 (category %2)</source>
        <translation>Artículo %1 (categoría %2)</translation>
    </message>
    <message>
        <source>every category</source>
        <translation>todas las categorías</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>No start: active from the beginning</source>
        <translation>Sin inicio: activa desde el principio</translation>
    </message>
    <message>
        <source>No end: active until disabled</source>
        <translation>Sin fin: activa hasta que se desactive</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Disabled: the rule is never applied</source>
        <translation>Desactivada: la regla nunca se aplica</translation>
    </message>
    <message>
        <source>Rule #%1 not changed: %2</source>
        <translation>Regla n.º %1 sin cambios: %2</translation>
    </message>
    <message>
        <source>Pins: the 1-based position the item is placed at</source>
        <translation>Fijaciones: la posición (empezando en 1) en la que se coloca el artículo</translation>
    </message>
    <message>
        <source>Boosts: a factor above 1; buries: a factor below 1</source>
        <translation>Impulsos: un factor mayor que 1; relegaciones: un factor menor que 1</translation>
    </message>
    <message>
        <source>Category caps: at most this many items of the category in the list</source>
        <translation>Límites por categoría: como máximo esta cantidad de artículos de la categoría en la lista</translation>
    </message>
    <message>
        <source>The rule is active from this time on (inclusive, UTC)</source>
        <translation>La regla está activa a partir de este momento (incluido, UTC)</translation>
    </message>
    <message>
        <source>The rule is active until this time (exclusive, UTC)</source>
        <translation>La regla está activa hasta este momento (excluido, UTC)</translation>
    </message>
    <message>
        <source>Among pins of one position, the higher priority wins</source>
        <translation>Entre fijaciones de una misma posición, gana la de mayor prioridad</translation>
    </message>
    <message>
        <source>Rule #%1, %2</source>
        <translation>Regla n.º %1, %2</translation>
    </message>
    <message>
        <source>no note</source>
        <translation>sin nota</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>created %1 UTC by %2</source>
        <translation>creada el %1 UTC por %2</translation>
    </message>
    <message>
        <source>created %1 UTC</source>
        <translation>creada el %1 UTC</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>aún no guardada</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
</context>
<context>
    <name>RunningTasksCloseGuard</name>
    <message>
        <source>Background work</source>
        <translation>Trabajo en segundo plano</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>1 task is running: %1.

Cancel it and quit?</source>
        <translation>Hay 1 tarea en curso: %1.

¿Cancelarla y salir?</translation>
    </message>
    <message numerus="yes">
        <source>%n tasks are running: %1.

Cancel them and quit?</source>
        <translation>
            <numerusform>Hay %n tarea en curso: %1.

¿Cancelarla y salir?</numerusform>
            <numerusform>Hay %n tareas en curso: %1.

¿Cancelarlas y salir?</numerusform>
        </translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Trabajo en curso</translation>
    </message>
    <message>
        <source>Quitting</source>
        <translation>Saliendo</translation>
    </message>
    <message>
        <source>Cancelling running work… waiting for %1 to stop.</source>
        <translation>Cancelando el trabajo en curso… esperando a que termine %1.</translation>
    </message>
</context>
<context>
    <name>RunningTasksIndicator</name>
    <message>
        <source>Background work</source>
        <translation>Trabajo en segundo plano</translation>
    </message>
    <message>
        <source>Running tasks</source>
        <translation>Tareas en curso</translation>
    </message>
    <message>
        <source>Work in progress: click to see every running task and cancel it</source>
        <translation>Trabajo en curso: haga clic para ver cada tarea en curso y cancelarla</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Click to see every running task and cancel it.</source>
        <translation>%1
Haga clic para ver cada tarea en curso y cancelarla.</translation>
    </message>
</context>
<context>
    <name>RunningTasksList</name>
    <message>
        <source>No work is running.</source>
        <translation>No hay trabajo en curso.</translation>
    </message>
    <message>
        <source>Running tasks</source>
        <translation>Tareas en curso</translation>
    </message>
    <message>
        <source>Background work</source>
        <translation>Trabajo en segundo plano</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel %1</source>
        <translation>Cancelar %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <source>Save rule set version</source>
        <translation>Guardar versión del conjunto de reglas</translation>
    </message>
    <message>
        <source>What changed and why</source>
        <translation>Qué ha cambiado y por qué</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
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
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>&amp;Expression</source>
        <translation>&amp;Expresión</translation>
    </message>
    <message>
        <source>User &amp;ids</source>
        <translation>&amp;IDs de usuario</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>country in (&quot;DE&quot;, &quot;AT&quot;) and device = &quot;mobile&quot;</source>
        <translation>country in (&quot;DE&quot;, &quot;AT&quot;) and device = &quot;mobile&quot;</translation>
    </message>
    <message>
        <source>User ids separated by commas, spaces or new lines</source>
        <translation>IDs de usuario separados por comas, espacios o saltos de línea</translation>
    </message>
    <message>
        <source>Segment name</source>
        <translation>Nombre del segmento</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Nota opcional</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Defined by:</source>
        <translation>Definido por:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Members could not be counted: %1</source>
        <translation>No se pudieron contar los miembros: %1</translation>
    </message>
    <message>
        <source>, e.g. %1</source>
        <translation>, p. ej., %1</translation>
    </message>
    <message>
        <source>No segment selected</source>
        <translation>Ningún segmento seleccionado</translation>
    </message>
    <message>
        <source>Built-in segment</source>
        <translation>Segmento predefinido</translation>
    </message>
    <message>
        <source>(every user)</source>
        <translation>(todos los usuarios)</translation>
    </message>
    <message>
        <source>Counting users…</source>
        <translation>Contando usuarios…</translation>
    </message>
    <message>
        <source>Segment &apos;%1&apos;</source>
        <translation>Segmento «%1»</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nuevo segmento</translation>
    </message>
    <message>
        <source>The segment needs a name.</source>
        <translation>El segmento necesita un nombre.</translation>
    </message>
    <message>
        <source>List at least one user id.</source>
        <translation>Indique al menos un ID de usuario.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is built in; choose another name.</source>
        <translation>«%1» está predefinido; elija otro nombre.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln usuario</numerusform>
            <numerusform>%Ln usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 de %2 usuarios</translation>
    </message>
    <message>
        <source>Segment expression</source>
        <translation>Expresión del segmento</translation>
    </message>
    <message>
        <source>Segment user ids</source>
        <translation>ID de usuarios del segmento</translation>
    </message>
</context>
<context>
    <name>SegmentListModel</name>
    <message>
        <source>Built-in segment: every user of the project</source>
        <translation>Segmento predefinido: todos los usuarios del proyecto</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>contando…</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Users in this segment: %1. That is fewer than %2, too few for its preview and impact figures to be reliable.</source>
        <translation>Usuarios en este segmento: %1. Son menos de %2, demasiado pocos para que su vista previa y sus cifras de impacto sean fiables.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln listed user(s)</source>
        <translation>
            <numerusform>%Ln usuario en la lista</numerusform>
            <numerusform>%Ln usuarios en la lista</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SegmentMetricsModel</name>
    <message>
        <source>activity</source>
        <translation>actividad</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Desglose</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
</context>
<context>
    <name>SetRuleEnabledCommand</name>
    <message>
        <source>Enable rule #%1</source>
        <translation>Activar la regla n.º %1</translation>
    </message>
    <message>
        <source>Disable rule #%1</source>
        <translation>Desactivar la regla n.º %1</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n rule(s)</source>
        <translation>
            <numerusform>Activar %n regla</numerusform>
            <numerusform>Activar %n reglas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disable %n rule(s)</source>
        <translation>
            <numerusform>Desactivar %n regla</numerusform>
            <numerusform>Desactivar %n reglas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetRuleFieldCommand</name>
    <message>
        <source>Rule #%1: change %2</source>
        <translation>Regla n.º %1: cambiar %2</translation>
    </message>
</context>
<context>
    <name>TopItemsModel</name>
    <message>
        <source>&lt;br&gt;Item id: %1</source>
        <translation>&lt;br&gt;ID del artículo: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impresiones</translation>
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
        <translation>Añadidos al carrito</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>Reset to &amp;defaults</source>
        <translation>Restablecer valores por &amp;defecto</translation>
    </message>
    <message>
        <source>all events</source>
        <translation>todos los eventos</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Train only on the events of the last N days before the newest event (0 = all)</source>
        <translation>Entrenar solo con los eventos de los últimos N días antes del evento más reciente (0 = todos)</translation>
    </message>
    <message>
        <source>Time &amp;window:</source>
        <translation>&amp;Ventana temporal:</translation>
    </message>
    <message>
        <source>Users with fewer distinct items are left out of training</source>
        <translation>Los usuarios con menos artículos distintos quedan fuera del entrenamiento</translation>
    </message>
    <message>
        <source>Min. items per &amp;user:</source>
        <translation>Mín. de artículos por &amp;usuario:</translation>
    </message>
    <message>
        <source>Items with fewer distinct users are left out of training</source>
        <translation>Los artículos con menos usuarios distintos quedan fuera del entrenamiento</translation>
    </message>
    <message>
        <source>Min. users per ite&amp;m:</source>
        <translation>Mín. de usuarios por artícu&amp;lo:</translation>
    </message>
    <message>
        <source>The name the model is stored under; a model with the same name is replaced</source>
        <translation>El nombre con el que se guarda el modelo; un modelo con el mismo nombre se sustituye</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Entrenar</translation>
    </message>
    <message>
        <source>Train in the background (Ctrl+T)</source>
        <translation>Entrenar en segundo plano (Ctrl+T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop training (Esc)</source>
        <translation>Detener el entrenamiento (Esc)</translation>
    </message>
    <message>
        <source>Trained models</source>
        <translation>Modelos entrenados</translation>
    </message>
    <message>
        <source>Try &amp;it</source>
        <translation>Pr&amp;obar</translation>
    </message>
    <message>
        <source>Open the selected model in the Try it tab</source>
        <translation>Abrir el modelo seleccionado en la pestaña Probar</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected model from the project (Del)</source>
        <translation>Eliminar del proyecto el modelo seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>Eliminar modelo</translation>
    </message>
    <message>
        <source>Delete the trained model %1?</source>
        <translation>¿Eliminar el modelo entrenado %1?</translation>
    </message>
    <message>
        <source>Cannot read the trained models: %1</source>
        <translation>No se pueden leer los modelos entrenados: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Abra primero un proyecto.</translation>
    </message>
    <message>
        <source>Give the model a name.</source>
        <translation>Dé un nombre al modelo.</translation>
    </message>
    <message>
        <source>Invalid parameters: %1</source>
        <translation>Parámetros no válidos: %1</translation>
    </message>
    <message>
        <source>Invalid training data settings: %1</source>
        <translation>Ajustes de los datos de entrenamiento no válidos: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Training cancelled; nothing was stored.</source>
        <translation>Entrenamiento cancelado; no se guardó nada.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Error en el entrenamiento: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>No se puede eliminar %1: %2</translation>
    </message>
    <message>
        <source>trained in %1</source>
        <translation>entrenado en %1</translation>
    </message>
    <message>
        <source>Iteration %1 of %2 · loss %3 · %4</source>
        <translation>Iteración %1 de %2 · pérdida %3 · %4</translation>
    </message>
    <message>
        <source>Step %1 of %2 · %3</source>
        <translation>Paso %1 de %2 · %3</translation>
    </message>
    <message>
        <source>Trained %1 in %2 on %3 users × %4 items (%5 interactions); stored in the project.</source>
        <translation>%1 entrenado en %2 con %3 usuarios × %4 artículos (%5 interacciones); guardado en el proyecto.</translation>
    </message>
    <message>
        <source>done in %1</source>
        <translation>terminado en %1</translation>
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
        <translation>%1 se entrenó con datos que han cambiado desde entonces; vuelva a entrenarlo para usar los datos actuales.</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (desactualizado)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>Tiempo de entrenamiento</translation>
    </message>
    <message>
        <source>Trained at</source>
        <translation>Entrenado el</translation>
    </message>
</context>
<context>
    <name>TrainingJob</name>
    <message>
        <source>Reading interactions…</source>
        <translation>Leyendo las interacciones…</translation>
    </message>
    <message>
        <source>Training on %1 users × %2 items (%3 interactions)…</source>
        <translation>Entrenando con %1 usuarios × %2 artículos (%3 interacciones)…</translation>
    </message>
    <message>
        <source>Saving the model…</source>
        <translation>Guardando el modelo…</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>Entrenando %1</translation>
    </message>
    <message>
        <source>iteration %1/%2</source>
        <translation>iteración %1/%2</translation>
    </message>
</context>
<context>
    <name>TryItPage</name>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similitud</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>External user id, e.g. U000042</source>
        <translation>ID de usuario externo, p. ej., U000042</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Number of recommendations and similar items</source>
        <translation>Número de recomendaciones y de artículos similares</translation>
    </message>
    <message>
        <source>&amp;Top:</source>
        <translation>&amp;Top:</translation>
    </message>
    <message>
        <source>E&amp;xclude seen</source>
        <translation>E&amp;xcluir vistos</translation>
    </message>
    <message>
        <source>Leave out items the user interacted with in the training data</source>
        <translation>Dejar fuera los artículos con los que el usuario interactuó en los datos de entrenamiento</translation>
    </message>
    <message>
        <source>&amp;Impressions in history</source>
        <translation>&amp;Impresiones en el historial</translation>
    </message>
    <message>
        <source>Pick a trained model and type a user id.</source>
        <translation>Elija un modelo entrenado y escriba un ID de usuario.</translation>
    </message>
    <message>
        <source>History (newest first)</source>
        <translation>Historial (más recientes primero)</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Similar items: select an item on the left</source>
        <translation>Artículos similares: seleccione un artículo a la izquierda</translation>
    </message>
    <message>
        <source>Train a model first (Train tab), then pick it here.</source>
        <translation>Entrene primero un modelo (pestaña Entrenar) y elíjalo aquí.</translation>
    </message>
    <message>
        <source>Cannot load model %1: %2</source>
        <translation>No se puede cargar el modelo %1: %2</translation>
    </message>
    <message>
        <source>There is no user %1 in this project.</source>
        <translation>No hay ningún usuario %1 en este proyecto.</translation>
    </message>
    <message>
        <source>Cold user: %1 has no interactions in the data %2 was trained on (%3 history events now), so these are the most popular items (popularity fallback).</source>
        <translation>Usuario frío: %1 no tiene interacciones en los datos con los que se entrenó %2 (ahora tiene %3 eventos en el historial), así que estos son los artículos más populares (recurso de popularidad).</translation>
    </message>
    <message>
        <source>Similar items: %1 is not in the model&apos;s training data</source>
        <translation>Artículos similares: %1 no está en los datos de entrenamiento del modelo</translation>
    </message>
    <message>
        <source>User %1: %2 history events, %3 recommendations from %4.</source>
        <translation>Usuario %1: %2 eventos en el historial, %3 recomendaciones de %4.</translation>
    </message>
    <message>
        <source>Similar to %1</source>
        <translation>Similar a %1</translation>
    </message>
    <message>
        <source>Similar items</source>
        <translation>Artículos similares</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>RecoEngine User Guide</source>
        <translation>Guía de usuario de RecoEngine</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contenido</translation>
    </message>
    <message>
        <source>The guide&apos;s contents page</source>
        <translation>La página de contenido de la guía</translation>
    </message>
    <message>
        <source>%1 — RecoEngine User Guide</source>
        <translation>%1 — Guía de usuario de RecoEngine</translation>
    </message>
</context>
<context>
    <name>UserHistoryModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurar esta versión</translation>
    </message>
    <message>
        <source>Rule set versions</source>
        <translation>Versiones del conjunto de reglas</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation>Guardada (UTC)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>the version before it</source>
        <translation>la versión anterior</translation>
    </message>
    <message>
        <source>the working copy</source>
        <translation>la copia de trabajo</translation>
    </message>
    <message>
        <source>Changes compared with</source>
        <translation>Cambios respecto a</translation>
    </message>
    <message>
        <source>Restore version</source>
        <translation>Restaurar versión</translation>
    </message>
    <message>
        <source>Make version %1 the working rule set again? It is saved as a new version; Undo in the editor takes it back.</source>
        <translation>¿Volver a convertir la versión %1 en el conjunto de reglas de trabajo? Se guarda como una versión nueva; Deshacer en el editor lo revierte.</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>No version saved yet: use Save version… in the editor.</source>
        <translation>Todavía no hay ninguna versión guardada: use Guardar versión… en el editor.</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>No se pudieron leer las versiones: %1</translation>
    </message>
    <message>
        <source>From version %1 to the working copy:</source>
        <translation>De la versión %1 a la copia de trabajo:</translation>
    </message>
    <message>
        <source>From version %1 to version %2:</source>
        <translation>De la versión %1 a la versión %2:</translation>
    </message>
    <message>
        <source>Version 1 (first version) against an empty rule set:</source>
        <translation>Versión 1 (primera versión) frente a un conjunto de reglas vacío:</translation>
    </message>
    <message>
        <source>The version could not be read: %1</source>
        <translation>No se pudo leer la versión: %1</translation>
    </message>
    <message>
        <source>Version %1 restored and saved as version %2.</source>
        <translation>Versión %1 restaurada y guardada como versión %2.</translation>
    </message>
    <message>
        <source>Version %1 could not be restored: %2</source>
        <translation>No se pudo restaurar la versión %1: %2</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Welcome to RecoEngine</source>
        <translation>Bienvenido a RecoEngine</translation>
    </message>
    <message>
        <source>Open a project to explore its data, train and evaluate recommendation models and curate what they recommend. New here? The demo project shows every workspace on an online shop&apos;s 90 days of events.</source>
        <translation>Abra un proyecto para explorar sus datos, entrenar y evaluar modelos de recomendación y curar lo que recomiendan. ¿Es nuevo aquí? El proyecto de demostración muestra cada espacio de trabajo con 90 días de eventos de una tienda en línea.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>Create a new, empty project file</source>
        <translation>Crear un archivo de proyecto nuevo y vacío</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open an existing project file</source>
        <translation>Abrir un archivo de proyecto existente</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Importar datos…</translation>
    </message>
    <message>
        <source>Create a new project and import an interaction log or a public dataset into it</source>
        <translation>Crear un proyecto nuevo e importar en él un registro de interacciones o un conjunto de datos público</translation>
    </message>
    <message>
        <source>Open &amp;demo project</source>
        <translation>Abrir proyecto de &amp;demostración</translation>
    </message>
    <message>
        <source>Open the built-in demo project, creating it first when it is missing</source>
        <translation>Abrir el proyecto de demostración integrado, creándolo primero si falta</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>Proyectos &amp;recientes</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open a project</source>
        <translation>Pulse Intro o haga doble clic para abrir un proyecto</translation>
    </message>
    <message>
        <source>No recent projects yet. Projects you open or create are listed here.</source>
        <translation>Todavía no hay proyectos recientes. Los proyectos que abra o cree aparecerán aquí.</translation>
    </message>
    <message>
        <source>%1 (missing)
%2</source>
        <translation>%1 (no encontrado)
%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>RecoEngine, a workbench for recommendation systems.</source>
        <translation>RecoEngine, un entorno de trabajo para sistemas de recomendación.</translation>
    </message>
    <message>
        <source>Open the demo project (creating it when missing).</source>
        <translation>Abrir el proyecto de demostración (creándolo si no existe).</translation>
    </message>
    <message>
        <source>Project file to open.</source>
        <translation>Archivo de proyecto que se abrirá.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Muestra la información de versión.</translation>
    </message>
</context>
</TS>

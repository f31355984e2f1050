<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>actions</name>
    <message>
        <source>Train / Pause</source>
        <translation>Entrenar / Pausa</translation>
    </message>
    <message>
        <source>Start, pause or resume training</source>
        <translation>Iniciar, pausar o reanudar el entrenamiento</translation>
    </message>
    <message>
        <source>Step one epoch</source>
        <translation>Avanzar una época</translation>
    </message>
    <message>
        <source>Train exactly one epoch</source>
        <translation>Entrenar exactamente una época</translation>
    </message>
    <message>
        <source>Step one row</source>
        <translation>Avanzar una fila</translation>
    </message>
    <message>
        <source>Update on the next single row and show the arithmetic (per-row updates)</source>
        <translation>Actualizar con la siguiente fila y mostrar el cálculo (actualizaciones por fila)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Back to the start; the run so far is kept in the Runs tab</source>
        <translation>Volver al inicio; la ejecución hasta ahora se conserva en la pestaña Ejecuciones</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>Volver al directo</translation>
    </message>
    <message>
        <source>Stop viewing a past epoch</source>
        <translation>Dejar de ver una época pasada</translation>
    </message>
    <message>
        <source>Learning-rate &amp;sweep…</source>
        <translation>&amp;Barrido de la tasa de aprendizaje…</translation>
    </message>
    <message>
        <source>Train the same start at many learning rates</source>
        <translation>Entrenar el mismo inicio con muchas tasas de aprendizaje</translation>
    </message>
    <message>
        <source>&amp;Race optimisers…</source>
        <translation>&amp;Carrera de optimizadores…</translation>
    </message>
    <message>
        <source>Train several optimisers at once from the same start, each in its colour</source>
        <translation>Entrenar varios optimizadores a la vez desde el mismo inicio, cada uno en su color</translation>
    </message>
    <message>
        <source>Check the &amp;gradient…</source>
        <translation>Comprobar el &amp;gradiente…</translation>
    </message>
    <message>
        <source>Each parameter: the direction the rule moves it against a finite difference of the loss, at the model on view</source>
        <translation>Cada parámetro: la dirección en que la regla lo mueve frente a una diferencia finita de la pérdida, en el modelo mostrado</translation>
    </message>
    <message>
        <source>&amp;Guided lesson</source>
        <translation>Lección &amp;guiada</translation>
    </message>
    <message>
        <source>The lesson step by step: what to do and look at, exercises that ask you to predict first, and the training loop&apos;s code run line by line</source>
        <translation>La lección paso a paso: qué hacer y qué mirar, ejercicios que te piden predecir primero y el código del bucle de entrenamiento ejecutado línea a línea</translation>
    </message>
    <message>
        <source>Ask me &amp;first</source>
        <translation>&amp;Pregúntame primero</translation>
    </message>
    <message>
        <source>Before Step or Train, guess where it will go (the next point on the landscape, or where p = 0.5 ends up): the result is shown against it and scored</source>
        <translation>Antes de Paso o Entrenar, estima adónde irá (el siguiente punto del paisaje, o dónde acaba p = 0,5): el resultado se muestra junto a tu estimación y se puntúa</translation>
    </message>
    <message>
        <source>&amp;Unlock controls</source>
        <translation>&amp;Desbloquear controles</translation>
    </message>
    <message>
        <source>Free the controls a handout locked (a classroom convenience, not security)</source>
        <translation>Liberar los controles que una hoja de trabajo bloqueó (una comodidad para el aula, no seguridad)</translation>
    </message>
    <message>
        <source>Restore lesson defaults</source>
        <translation>Restaurar los valores de la lección</translation>
    </message>
    <message>
        <source>The lesson&apos;s data and settings: learning rate 0.1, 1000 epochs, w = 0.1, b = 0, squared error, the lesson&apos;s nudge, per-row updates</source>
        <translation>Datos y ajustes de la lección: tasa de aprendizaje 0,1, 1000 épocas, w = 0,1, b = 0, error cuadrático, el empujón de la lección, actualizaciones por fila</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>&amp;Abrir sesión…</translation>
    </message>
    <message>
        <source>Open a saved run (.gdviz.json) and continue it</source>
        <translation>Abrir una ejecución guardada (.gdviz.json) y continuarla</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>&amp;Guardar sesión</translation>
    </message>
    <message>
        <source>Save this run: data, settings and the whole history</source>
        <translation>Guardar esta ejecución: datos, ajustes y todo el historial</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>Guardar sesión co&amp;mo…</translation>
    </message>
    <message>
        <source>Save this run under a new name</source>
        <translation>Guardar esta ejecución con un nombre nuevo</translation>
    </message>
    <message>
        <source>Save as &amp;handout…</source>
        <translation>Guardar como &amp;hoja de trabajo…</translation>
    </message>
    <message>
        <source>A session for your class: it opens at a step of the guided lesson with your title and question, and only the controls you choose left usable</source>
        <translation>Una sesión para tu clase: se abre en un paso de la lección guiada con tu título y tu pregunta, y solo quedan utilizables los controles que elijas</translation>
    </message>
    <message>
        <source>&amp;Export plots…</source>
        <translation>&amp;Exportar gráficos…</translation>
    </message>
    <message>
        <source>Save the fit, the landscape, the loss and the dashboard as PNG or SVG</source>
        <translation>Guardar el ajuste, el paisaje, la pérdida y el panel como PNG o SVG</translation>
    </message>
    <message>
        <source>epoch, loss, weight, bias of every epoch</source>
        <translation>época, pérdida, peso y sesgo de cada época</translation>
    </message>
    <message>
        <source>The run as it trained, as a GIF, MP4 or WebM: the fit, the path and the loss growing</source>
        <translation>La ejecución tal como entrenó, en GIF, MP4 o WebM: el ajuste, la trayectoria y la curva de pérdida dibujándose</translation>
    </message>
    <message>
        <source>Export as &amp;Python script…</source>
        <translation>Exportar como script de &amp;Python…</translation>
    </message>
    <message>
        <source>One standalone script that trains this run and prints its log: take it into code</source>
        <translation>Un script independiente que entrena esta ejecución e imprime su registro: úsalo en tu propio código</translation>
    </message>
    <message>
        <source>&amp;Copy dashboard image</source>
        <translation>&amp;Copiar imagen del panel</translation>
    </message>
    <message>
        <source>Copy the plots to the clipboard as an image</source>
        <translation>Copiar los gráficos al portapapeles como imagen</translation>
    </message>
    <message>
        <source>Clear recent files</source>
        <translation>Vaciar archivos recientes</translation>
    </message>
    <message>
        <source>Forget the files listed</source>
        <translation>Olvidar los archivos listados</translation>
    </message>
    <message>
        <source>Export h&amp;istory as CSV…</source>
        <translation>Exportar h&amp;istorial como CSV…</translation>
    </message>
    <message>
        <source>Export a&amp;nimation…</source>
        <translation>Exportar a&amp;nimación…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close gdviz</source>
        <translation>Cerrar gdviz</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change of the data</source>
        <translation>Deshacer el último cambio de los datos</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Rehacer lo deshecho</translation>
    </message>
    <message>
        <source>&amp;Open data…</source>
        <translation>&amp;Abrir datos…</translation>
    </message>
    <message>
        <source>Load rows of x and a label from a CSV, TSV or text table, or a spreadsheet</source>
        <translation>Cargar filas de x y una etiqueta desde una tabla CSV, TSV o de texto, o una hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;Hold out for validation…</source>
        <translation>&amp;Reservar para validación…</translation>
    </message>
    <message>
        <source>Keep some rows out of training and measure the model on them after every epoch: does it work on students it has not seen?</source>
        <translation>Dejar algunas filas fuera del entrenamiento y medir el modelo con ellas tras cada época: ¿funciona con estudiantes que no ha visto?</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Generar…</translation>
    </message>
    <message>
        <source>Students drawn from a known true curve, with noisy labels: how near does training come to the truth?</source>
        <translation>Estudiantes generados a partir de una curva verdadera conocida, con etiquetas ruidosas: ¿cuánto se acerca el entrenamiento a la verdad?</translation>
    </message>
    <message>
        <source>&amp;Save data as CSV…</source>
        <translation>G&amp;uardar datos como CSV…</translation>
    </message>
    <message>
        <source>Write the rows to a CSV file</source>
        <translation>Escribir las filas en un archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Predict for a file…</source>
        <translation>&amp;Predecir para un archivo…</translation>
    </message>
    <message>
        <source>The model&apos;s pass probability for every x of a file: shown on the fit plot, saved as x, probability, predicted</source>
        <translation>La probabilidad de aprobar del modelo para cada x de un archivo: mostrada en el gráfico de ajuste, guardada como x, probabilidad, predicción</translation>
    </message>
    <message>
        <source>Clear predictions</source>
        <translation>Borrar predicciones</translation>
    </message>
    <message>
        <source>Remove the predicted points from the fit plot</source>
        <translation>Quitar los puntos predichos del gráfico de ajuste</translation>
    </message>
    <message>
        <source>Log-scale loss</source>
        <translation>Pérdida en escala logarítmica</translation>
    </message>
    <message>
        <source>Loss plot and landscape on a log scale (small losses show)</source>
        <translation>Gráfico de pérdida y paisaje en escala logarítmica (se ven las pérdidas pequeñas)</translation>
    </message>
    <message>
        <source>&amp;True curve</source>
        <translation>Curva &amp;verdadera</translation>
    </message>
    <message>
        <source>Generated data: the true curve its rows were drawn from, dashed on the fit plot</source>
        <translation>Datos generados: la curva verdadera de la que salen sus filas, discontinua en el gráfico de ajuste</translation>
    </message>
    <message>
        <source>Classifier &amp;metrics</source>
        <translation>&amp;Métricas del clasificador</translation>
    </message>
    <message>
        <source>The Metrics tab: accuracy, precision, recall, confusion counts</source>
        <translation>La pestaña Métricas: exactitud, precisión, sensibilidad, recuentos de confusión</translation>
    </message>
    <message>
        <source>&amp;Fit view</source>
        <translation>&amp;Ajustar vista</translation>
    </message>
    <message>
        <source>Frame the landscape on the data&apos;s optimum and the paths (after a wild run)</source>
        <translation>Encuadrar el paisaje en el óptimo de los datos y las trayectorias (tras una ejecución descontrolada)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>Full screen, text and lines 1.5 times larger: readable from the back of a room</source>
        <translation>Pantalla completa, texto y líneas 1,5 veces más grandes: legible desde el fondo del aula</translation>
    </message>
    <message>
        <source>&amp;Side panel</source>
        <translation>Panel &amp;lateral</translation>
    </message>
    <message>
        <source>Show or hide the Train, Data and Runs tabs (more room for the plots)</source>
        <translation>Mostrar u ocultar las pestañas Entrenar, Datos y Ejecuciones (más espacio para los gráficos)</translation>
    </message>
    <message>
        <source>&amp;Keyboard and mouse</source>
        <translation>&amp;Teclado y ratón</translation>
    </message>
    <message>
        <source>Every key and every mouse gesture of the window</source>
        <translation>Todas las teclas y gestos del ratón de la ventana</translation>
    </message>
    <message>
        <source>About gdviz</source>
        <translation>Acerca de gdviz</translation>
    </message>
    <message>
        <source>Squared error (the lesson&apos;s)</source>
        <translation>Error cuadrático (el de la lección)</translation>
    </message>
    <message>
        <source>(y − p)²: the lesson&apos;s loss; squaring punishes big misses harder</source>
        <translation>(y − p)²: la pérdida de la lección; elevar al cuadrado castiga más los fallos grandes</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>Entropía cruzada</translation>
    </message>
    <message>
        <source>−log of the probability given to the right answer: what bigger models use; confident mistakes cost a lot</source>
        <translation>−log de la probabilidad dada a la respuesta correcta: lo que usan los modelos más grandes; equivocarse con mucha seguridad cuesta caro</translation>
    </message>
    <message>
        <source>The lesson&apos;s nudge: error · x</source>
        <translation>El empujón de la lección: error · x</translation>
    </message>
    <message>
        <source>Move w by lr·error·x: the lesson&apos;s rule (it is cross-entropy&apos;s gradient)</source>
        <translation>Mover w en lr·error·x: la regla de la lección (es el gradiente de la entropía cruzada)</translation>
    </message>
    <message>
        <source>The exact gradient of the loss</source>
        <translation>El gradiente exacto de la pérdida</translation>
    </message>
    <message>
        <source>The true slope of the chosen loss: for squared error it has an extra 2·p·(1−p), which crawls where the sigmoid is flat</source>
        <translation>La pendiente real de la pérdida elegida: con el error cuadrático lleva un factor extra 2·p·(1−p), que frena el avance donde la sigmoide es plana</translation>
    </message>
    <message>
        <source>Per-row updates (the lesson&apos;s)</source>
        <translation>Actualizaciones por fila (las de la lección)</translation>
    </message>
    <message>
        <source>Nudge w and b after every row</source>
        <translation>Empujar w y b tras cada fila</translation>
    </message>
    <message>
        <source>Mini-batches of k rows…</source>
        <translation>Minilotes de k filas…</translation>
    </message>
    <message>
        <source>Nudge after every k rows, by their mean gradient: smoother steps, fewer of them</source>
        <translation>Empujar tras cada k filas, con su gradiente medio: pasos más suaves y menos numerosos</translation>
    </message>
    <message>
        <source>Full batch</source>
        <translation>Lote completo</translation>
    </message>
    <message>
        <source>One nudge per epoch, by the mean gradient of all rows: the smoothest path</source>
        <translation>Un empujón por época, con el gradiente medio de todas las filas: la trayectoria más suave</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>Gradiente</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>One neuron (the lesson&apos;s)</source>
        <translation>Una neurona (la de la lección)</translation>
    </message>
    <message>
        <source>No hidden layer: p = σ(w·x + b), one weight per input</source>
        <translation>Sin capa oculta: p = σ(w·x + b), un peso por entrada</translation>
    </message>
    <message>
        <source>A hidden layer of {n} unit</source>
        <translation>Una capa oculta de {n} unidad</translation>
    </message>
    <message>
        <source>{n} hidden unit between the inputs and the output neuron: the output adds up their bent curves</source>
        <translation>{n} unidad oculta entre las entradas y la neurona de salida: la salida suma sus curvas dobladas</translation>
    </message>
    <message>
        <source>A hidden layer of {n} units</source>
        <translation>Una capa oculta de {n} unidades</translation>
    </message>
    <message>
        <source>{n} hidden units between the inputs and the output neuron: the output adds up their bent curves</source>
        <translation>{n} unidades ocultas entre las entradas y la neurona de salida: la salida suma sus curvas dobladas</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Hidden units&apos; activation</source>
        <translation>Activación de las unidades ocultas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;jecución</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Opciones</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lección</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Mini-batches of {n} rows…</source>
        <translation>Minilotes de {n} filas…</translation>
    </message>
    <message>
        <source>Recent &amp;files</source>
        <translation>Archivos &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Built-in data sets</source>
        <translation>Conjuntos de datos &amp;incluidos</translation>
    </message>
</context>
<context>
    <name>animation_export</name>
    <message>
        <source>the run has no epochs to animate yet</source>
        <translation>la ejecución aún no tiene épocas que animar</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>Could not write {name}: {reason}. Nothing was written.</source>
        <translation>No se pudo escribir {name}: {reason}. No se escribió nada.</translation>
    </message>
    <message>
        <source>Export of {name} cancelled: nothing was written.</source>
        <translation>Exportación de {name} cancelada: no se escribió nada.</translation>
    </message>
    <message>
        <source>Wrote the animation {path}.</source>
        <translation>Animación guardada en {path}.</translation>
    </message>
</context>
<context>
    <name>animation_stage</name>
    <message>
        <source>a slice along {a} and {b} where the run ended</source>
        <translation>un corte a lo largo de {a} y {b} donde terminó la ejecución</translation>
    </message>
    <message>
        <source>epoch {n} · loss {loss}</source>
        <translation>época {n} · pérdida {loss}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>gdviz: cannot start</source>
        <translation>gdviz: no se puede iniciar</translation>
    </message>
</context>
<context>
    <name>atomic</name>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a regular file</source>
        <translation>un archivo normal</translation>
    </message>
    <message>
        <source>something other than a file</source>
        <translation>algo que no es un archivo</translation>
    </message>
    <message>
        <source>a link to {target}, which is {what}</source>
        <translation>un enlace a {target}, que es {what}</translation>
    </message>
    <message>
        <source>{what}, not a regular file: gdviz never writes over one (choose a file name)</source>
        <translation>{what}, no un archivo normal: gdviz nunca lo sobrescribe (elige un nombre de archivo)</translation>
    </message>
    <message>
        <source>a loop of links</source>
        <translation>un bucle de enlaces</translation>
    </message>
    <message>
        <source>a path through a file, as if it were a folder</source>
        <translation>una ruta a través de un archivo, como si fuera una carpeta</translation>
    </message>
    <message>
        <source>a link to a folder that is not there</source>
        <translation>un enlace a una carpeta que no existe</translation>
    </message>
    <message>
        <source>this is {what}, not a folder: name a folder to write the files into</source>
        <translation>esto es {what}, no una carpeta: indica una carpeta donde escribir los archivos</translation>
    </message>
</context>
<context>
    <name>cells</name>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} no es un número</translation>
    </message>
    <message>
        <source>two numbers (x and a label)</source>
        <translation>dos números (x y una etiqueta)</translation>
    </message>
    <message>
        <source>{n} numbers (x₀, x₁ and a label)</source>
        <translation>{n} números (x₀, x₁ y una etiqueta)</translation>
    </message>
    <message>
        <source>line {number} ({line}) is not {what}</source>
        <translation>la línea {number} ({line}) no tiene {what}</translation>
    </message>
    <message>
        <source>the clipboard holds no rows of numbers</source>
        <translation>el portapapeles no contiene filas de números</translation>
    </message>
</context>
<context>
    <name>code_view</name>
    <message>
        <source>The lesson&apos;s training loop, run line by line</source>
        <translation>El bucle de entrenamiento de la lección, ejecutado línea a línea</translation>
    </message>
</context>
<context>
    <name>column_dialog</name>
    <message>
        <source>as they are (numbers 0…1)</source>
        <translation>tal como están (números 0…1)</translation>
    </message>
    <message>
        <source>1 means</source>
        <translation>1 significa</translation>
    </message>
    <message>
        <source>1 where the value is above</source>
        <translation>1 donde el valor supera</translation>
    </message>
    <message>
        <source>Columns of {file}</source>
        <translation>Columnas de {file}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>A second input (e.g. hours slept): the model then takes two, and the fit plot shows the plane of both</source>
        <translation>Una segunda entrada (p. ej., horas de sueño): el modelo toma entonces dos, y el gráfico de ajuste muestra el plano de ambas</translation>
    </message>
    <message>
        <source>x (input, e.g. hours)</source>
        <translation>x (entrada, p. ej., horas)</translation>
    </message>
    <message>
        <source>second input (optional)</source>
        <translation>segunda entrada (opcional)</translation>
    </message>
    <message>
        <source>label (e.g. passed)</source>
        <translation>etiqueta (p. ej., aprobado)</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>none (one input)</source>
        <translation>ninguna (una entrada)</translation>
    </message>
    <message>
        <source>The label column holds the single value {value} in its first rows: it cannot tell passed from failed. Is it the right column?</source>
        <translation>La columna de etiquetas contiene un único valor, {value}, en sus primeras filas: no distingue aprobado de suspenso. ¿Es la columna correcta?</translation>
    </message>
    <message>
        <source>The label column has {n} different values in its first rows: choose the one that means 1 (passed).</source>
        <translation>La columna de etiquetas tiene {n} valores distintos en sus primeras filas: elige el que significa 1 (aprobado).</translation>
    </message>
    <message>
        <source>The label column holds numbers beyond 0…1: a threshold makes them labels (e.g. affairs above 0).</source>
        <translation>La columna de etiquetas contiene números fuera de 0…1: un umbral los convierte en etiquetas (p. ej., la columna affairs por encima de 0).</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Drop a file on the window</source>
        <translation>Soltar un archivo en la ventana</translation>
    </message>
    <message>
        <source>open it: a data file or a saved session</source>
        <translation>abrirlo: un archivo de datos o una sesión guardada</translation>
    </message>
    <message>
        <source>leave presentation mode (when no past epoch is shown)</source>
        <translation>salir del modo presentación (cuando no se muestra una época pasada)</translation>
    </message>
    <message>
        <source>Training at learning rate {rate}…</source>
        <translation>Entrenando con tasa de aprendizaje {rate}…</translation>
    </message>
    <message>
        <source>Step row works on a single run: End race first.</source>
        <translation>Paso por fila solo funciona con una ejecución: termina antes la carrera.</translation>
    </message>
    <message>
        <source>Step row needs per-row updates (Options ▸ Per-row updates).</source>
        <translation>Paso por fila requiere actualizaciones por fila (Opciones ▸ Actualizaciones por fila).</translation>
    </message>
    <message>
        <source>Reset: w = {w}, b = {b}. Press Train (Space) to start.</source>
        <translation>Reiniciado: w = {w}, b = {b}. Pulsa Entrenar (Espacio) para empezar.</translation>
    </message>
    <message>
        <source>The landscape frames the data&apos;s optimum and the path of this run.</source>
        <translation>El paisaje encuadra el óptimo de los datos y la trayectoria de esta ejecución.</translation>
    </message>
    <message>
        <source>after epoch {epoch}</source>
        <translation>tras la época {epoch}</translation>
    </message>
    <message>
        <source>at the start</source>
        <translation>al inicio</translation>
    </message>
    <message>
        <source>Fit plot</source>
        <translation>Gráfico de ajuste</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>Paisaje de pérdida</translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation>Gráfico de pérdida</translation>
    </message>
    <message>
        <source>Data table</source>
        <translation>Tabla de datos</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>The sweep&apos;s rate is not trained: {why}</source>
        <translation>La tasa del barrido no se entrena: {why}</translation>
    </message>
    <message>
        <source>Training the sweep&apos;s learning rate {rate}.</source>
        <translation>Entrenando la tasa de aprendizaje {rate} del barrido.</translation>
    </message>
    <message>
        <source>{path} is no longer there (moved or deleted): removed from Recent files.</source>
        <translation>{path} ya no está (movido o borrado): quitado de Archivos recientes.</translation>
    </message>
    <message>
        <source>The data changed, so the race ended: race again on it.</source>
        <translation>Los datos cambiaron, así que la carrera terminó: vuelve a lanzarla con ellos.</translation>
    </message>
    <message>
        <source>This run is over: press Reset (R) to start again, or raise Epochs and Train to go on.</source>
        <translation>Esta ejecución ha terminado: pulsa Reiniciar (R) para empezar de nuevo, o aumenta las épocas y pulsa Entrenar para continuar.</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>{x} value nan is not a number</source>
        <translation>el valor nan de {x} no es un número</translation>
    </message>
    <message>
        <source>{x} value is too large to read as a number (beyond ±1.8e308), or infinite: gdviz takes x from -1e12 to 1e12</source>
        <translation>el valor de {x} es demasiado grande para leerse como número (más de ±1,8e308), o infinito: gdviz acepta x de -1e12 a 1e12</translation>
    </message>
    <message>
        <source>{x} value {value} is too large: gdviz takes x from -1e12 to 1e12 (rescale the column, e.g. to thousands)</source>
        <translation>el valor de {x} {value} es demasiado grande: gdviz acepta x de -1e12 a 1e12 (reescala la columna, p. ej., a miles)</translation>
    </message>
    <message>
        <source>label is too large to read as a number, or infinite: labels are 0 to 1</source>
        <translation>la etiqueta es demasiado grande para leerse como número, o infinita: las etiquetas van de 0 a 1</translation>
    </message>
    <message>
        <source>label {value} is not a finite number</source>
        <translation>la etiqueta {value} no es un número finito</translation>
    </message>
    <message>
        <source>label {value} is outside [0, 1] (use 1 for passed, 0 for failed)</source>
        <translation>la etiqueta {value} está fuera de [0, 1] (usa 1 para aprobado, 0 para suspenso)</translation>
    </message>
    <message>
        <source>The lesson&apos;s 4 students: (1, 0), (2, 0), (3, 1), (4, 1)</source>
        <translation>Los 4 estudiantes de la lección: (1, 0), (2, 0), (3, 1), (4, 1)</translation>
    </message>
    <message>
        <source>200 students, noisy: more hours, more passes, with exceptions</source>
        <translation>200 estudiantes, con ruido: más horas, más aprobados, con excepciones</translation>
    </message>
    <message>
        <source>Passes and fails overlap: no threshold separates them</source>
        <translation>Aprobados y suspensos se solapan: ningún umbral los separa</translation>
    </message>
    <message>
        <source>A clean set plus one student who studied 12 hours and failed</source>
        <translation>Un conjunto limpio más un estudiante que estudió 12 horas y suspendió</translation>
    </message>
    <message>
        <source>21 students who all studied 7.5 to 12.5 hours: far from 0, so the loss is a long, narrow valley where plain steps zig-zag and crawl (Lesson ▸ Why momentum?)</source>
        <translation>21 estudiantes que estudiaron todos de 7,5 a 12,5 horas: lejos de 0, así que la pérdida es un valle largo y estrecho donde los pasos simples zigzaguean y se arrastran (Lección ▸ ¿Por qué usar momento?)</translation>
    </message>
    <message>
        <source>60 students who pass only with a middle range of hours, neither too few nor too many: one neuron cannot fit it, a hidden layer can (Lesson ▸ Why a hidden layer?)</source>
        <translation>60 estudiantes que solo aprueban con un rango medio de horas, ni pocas ni demasiadas: una neurona no puede ajustarlo, una capa oculta sí (Lección ▸ ¿Por qué una capa oculta?)</translation>
    </message>
    <message>
        <source>36 students drawn from a known curve, σ(x − 5), each label flipped with a chance of 0.15: few rows and noisy, so a big model learns their noise (Lesson ▸ Why hold out data?)</source>
        <translation>36 estudiantes generados a partir de una curva conocida, σ(x − 5), cada etiqueta invertida con probabilidad 0,15: pocas filas y con ruido, así que un modelo grande aprende su ruido (Lección ▸ ¿Por qué reservar datos?)</translation>
    </message>
    <message>
        <source>100 students, two inputs (hours studied, hours slept): a straight line separates passes from fails</source>
        <translation>100 estudiantes, dos entradas (horas de estudio, horas de sueño): una recta separa aprobados de suspensos</translation>
    </message>
    <message>
        <source>60 points, two inputs: each class in two opposite corners, so no straight line separates them; a hidden layer can</source>
        <translation>60 puntos, dos entradas: cada clase en dos esquinas opuestas, así que ninguna recta las separa; una capa oculta sí</translation>
    </message>
    <message>
        <source>120 points, two inputs: one class inside a ring of the other</source>
        <translation>120 puntos, dos entradas: una clase dentro de un anillo de la otra</translation>
    </message>
</context>
<context>
    <name>data_controller</name>
    <message>
        <source>undo {what}</source>
        <translation>deshacer {what}</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.dat *.xlsx *.xlsm *.xls *.ods);;Text tables (*.csv *.tsv *.txt *.dat);;Spreadsheets (*.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
        <translation>Archivos de datos (*.csv *.tsv *.txt *.dat *.xlsx *.xlsm *.xls *.ods);;Tablas de texto (*.csv *.tsv *.txt *.dat);;Hojas de cálculo (*.xlsx *.xlsm *.xls *.ods);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Data changed ({what}): {rows}. Training goes on with them from the next epoch.</source>
        <translation>Datos cambiados ({what}): {rows}. El entrenamiento continúa con ellos desde la próxima época.</translation>
    </message>
    <message>
        <source>Data: {what} ({rows}). Train (Space) to fit them.</source>
        <translation>Datos: {what} ({rows}). Entrena (Espacio) para ajustarlos.</translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>Sin cambios: {reason}.</translation>
    </message>
    <message>
        <source>add a student who passed at x = {x}</source>
        <translation>añadir un estudiante que aprobó en x = {x}</translation>
    </message>
    <message>
        <source>add a student who failed at x = {x}</source>
        <translation>añadir un estudiante que suspendió en x = {x}</translation>
    </message>
    <message>
        <source>add a row that passed at ({x0}, {x1})</source>
        <translation>añadir una fila aprobada en ({x0}; {x1})</translation>
    </message>
    <message>
        <source>add a row that failed at ({x0}, {x1})</source>
        <translation>añadir una fila suspendida en ({x0}; {x1})</translation>
    </message>
    <message>
        <source>move row {row} to x = {x}</source>
        <translation>mover la fila {row} a x = {x}</translation>
    </message>
    <message>
        <source>Not deleted: a data set needs one row.</source>
        <translation>No se ha eliminado: un conjunto de datos necesita al menos una fila.</translation>
    </message>
    <message>
        <source>delete row {row}</source>
        <translation>eliminar la fila {row}</translation>
    </message>
    <message>
        <source>Not pasted: {reason}</source>
        <translation>No se ha pegado: {reason}</translation>
    </message>
    <message>
        <source>paste {rows}</source>
        <translation>pegar {rows}</translation>
    </message>
    <message>
        <source>use the built-in set &apos;{name}&apos;</source>
        <translation>usar el conjunto incluido &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>generate students from a known curve, noise {noise}, seed {seed}</source>
        <translation>generar estudiantes a partir de una curva conocida, ruido {noise}, semilla {seed}</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Abrir datos</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>gdviz: opening data</source>
        <translation>gdviz: abriendo datos</translation>
    </message>
    <message>
        <source>Reading {name} was cancelled; the data is unchanged.</source>
        <translation>Se canceló la lectura de {name}; los datos no han cambiado.</translation>
    </message>
    <message>
        <source>open {name}</source>
        <translation>abrir {name}</translation>
    </message>
    <message>
        <source>Opened {name}: {rows}; {note}.</source>
        <translation>{name} abierto: {rows}; {note}.</translation>
    </message>
    <message>
        <source>Not loaded: {reason}</source>
        <translation>No se ha cargado: {reason}</translation>
    </message>
    <message>
        <source>Cannot use this file</source>
        <translation>No se puede usar este archivo</translation>
    </message>
    <message>
        <source>{reason}

The current data is unchanged.</source>
        <translation>{reason}

Los datos actuales no han cambiado.</translation>
    </message>
    <message>
        <source>Save data as CSV</source>
        <translation>Guardar datos como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the data</source>
        <translation>No se pueden guardar los datos</translation>
    </message>
    <message>
        <source>{path}: {reason}

Any earlier file is unchanged.</source>
        <translation>{path}: {reason}

Si ya había un archivo, no ha cambiado.</translation>
    </message>
    <message>
        <source>Saved {rows} to {path}.</source>
        <translation>{rows} guardadas en {path}.</translation>
    </message>
</context>
<context>
    <name>data_tab</name>
    <message>
        <source>Held out for validation: never trained on, its loss measured each epoch</source>
        <translation>Reservada para validación: nunca se entrena con ella; su pérdida se mide en cada época</translation>
    </message>
    <message>
        <source>{row} held out</source>
        <translation>{row} reservada</translation>
    </message>
    <message>
        <source>Row {row}: {value} is not a number; type an x value, e.g. 3.5.</source>
        <translation>Fila {row}: {value} no es un número; escribe un valor de x, p. ej., 3,5.</translation>
    </message>
    <message>
        <source>Row {row}: {value} is not a number; type a label from 0 to 1 (1 = passed, 0 = failed).</source>
        <translation>Fila {row}: {value} no es un número; escribe una etiqueta de 0 a 1 (1 = aprobado, 0 = suspenso).</translation>
    </message>
    <message>
        <source>Row {row}: {problem}.</source>
        <translation>Fila {row}: {problem}.</translation>
    </message>
    <message>
        <source>edit row {row}</source>
        <translation>editar la fila {row}</translation>
    </message>
    <message>
        <source>Double-click a value</source>
        <translation>Doble clic en un valor</translation>
    </message>
    <message>
        <source>change it (undoable)</source>
        <translation>cambiarlo (se puede deshacer)</translation>
    </message>
    <message>
        <source>Double-click a value to change it. Labels are 1 (passed), 0 (failed) or anything between. Ctrl+C copies the selected rows, Ctrl+V pastes rows from a spreadsheet.</source>
        <translation>Haz doble clic en un valor para cambiarlo. Las etiquetas son 1 (aprobado), 0 (suspenso) o cualquier valor intermedio. Ctrl+C copia las filas seleccionadas, Ctrl+V pega filas de una hoja de cálculo.</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Add a student: x one hour more than the last row, label 1</source>
        <translation>Añadir un estudiante: x una hora más que en la última fila, etiqueta 1</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Eliminar filas</translation>
    </message>
    <message>
        <source>Delete the selected rows (at least one row must stay)</source>
        <translation>Eliminar las filas seleccionadas (debe quedar al menos una fila)</translation>
    </message>
    <message>
        <source>Data table: copy the selected rows</source>
        <translation>Tabla de datos: copiar las filas seleccionadas</translation>
    </message>
    <message>
        <source>Data table: paste rows from a spreadsheet (undoable)</source>
        <translation>Tabla de datos: pegar filas de una hoja de cálculo (se puede deshacer)</translation>
    </message>
    <message>
        <source>Read from the file: {note}.</source>
        <translation>Leído del archivo: {note}.</translation>
    </message>
    <message>
        <source>add a row</source>
        <translation>añadir una fila</translation>
    </message>
    <message>
        <source>Select the rows to delete first (click their numbers).</source>
        <translation>Selecciona primero las filas que quieres eliminar (haz clic en sus números).</translation>
    </message>
    <message>
        <source>A data set needs at least one row: keep one.</source>
        <translation>Un conjunto de datos necesita al menos una fila: conserva una.</translation>
    </message>
    <message>
        <source>delete 1 row</source>
        <translation>eliminar 1 fila</translation>
    </message>
    <message>
        <source>delete {n} rows</source>
        <translation>eliminar {n} filas</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <source>The step left the finite numbers: the run has diverged.</source>
        <translation>El paso dio valores no finitos: la ejecución ha divergido.</translation>
    </message>
    <message>
        <source>(updates so far)</source>
        <translation>(actualizaciones hasta ahora)</translation>
    </message>
</context>
<context>
    <name>explain_net</name>
    <message>
        <source>(1 if {a} &gt; 0, else 0)</source>
        <translation>(1 si {a} &gt; 0; si no, 0)</translation>
    </message>
    <message>
        <source>Forward pass:</source>
        <translation>Pasada hacia delante:</translation>
    </message>
    <message>
        <source>Backward pass:</source>
        <translation>Pasada hacia atrás:</translation>
    </message>
    <message>
        <source>(the output&apos;s delta)</source>
        <translation>(el delta de la salida)</translation>
    </message>
    <message>
        <source>Updates:</source>
        <translation>Actualizaciones:</translation>
    </message>
    <message>
        <source>Updates ({optimizer}):</source>
        <translation>Actualizaciones ({optimizer}):</translation>
    </message>
    <message>
        <source>optimiser</source>
        <translation>optimizador</translation>
    </message>
</context>
<context>
    <name>export_dialogs</name>
    <message>
        <source>PNG and SVG</source>
        <translation>PNG y SVG</translation>
    </message>
    <message>
        <source>Export plots</source>
        <translation>Exportar gráficos</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Width of PNG images; the height follows the plot&apos;s shape</source>
        <translation>Ancho de las imágenes PNG; el alto sigue la forma del gráfico</translation>
    </message>
    <message>
        <source>PNG width</source>
        <translation>Ancho PNG</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exportar a la carpeta</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Exportar animación</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>GIF, MP4 (H.264) or WebM: the file&apos;s extension chooses.</source>
        <translation>GIF, MP4 (H.264) o WebM: lo decide la extensión del archivo.</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ancho</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> fotogramas/s</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Fotogramas por segundo</translation>
    </message>
    <message>
        <source>How long the training takes to play; the first epochs, where most happens, get the most frames</source>
        <translation>Cuánto dura la reproducción del entrenamiento; las primeras épocas, donde más ocurre, reciben más fotogramas</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>How long the last frame stays before the animation ends or loops</source>
        <translation>Cuánto tiempo se mantiene el último fotograma antes de que la animación termine o se repita</translation>
    </message>
    <message>
        <source>Hold the end</source>
        <translation>Mantener el final</translation>
    </message>
    <message>
        <source>All three plots, with a caption</source>
        <translation>Los tres gráficos, con un rótulo</translation>
    </message>
    <message>
        <source>The fit plot</source>
        <translation>El gráfico de ajuste</translation>
    </message>
    <message>
        <source>The loss landscape</source>
        <translation>El paisaje de pérdida</translation>
    </message>
    <message>
        <source>The loss curve</source>
        <translation>La curva de pérdida</translation>
    </message>
    <message>
        <source>GIF animation (*.gif);;MP4 video (*.mp4);;WebM video (*.webm)</source>
        <translation>Animación GIF (*.gif);;Vídeo MP4 (*.mp4);;Vídeo WebM (*.webm)</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>{n} bytes</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <source>the file is gone: it was deleted or moved while gdviz read it (open it again)</source>
        <translation>el archivo ya no está: se borró o movió mientras gdviz lo leía (ábrelo de nuevo)</translation>
    </message>
    <message>
        <source>gdviz may no longer read the file (its permissions changed while it was read)</source>
        <translation>gdviz ya no puede leer el archivo (sus permisos cambiaron mientras se leía)</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>no se puede leer el archivo: {reason}</translation>
    </message>
    <message>
        <source>this line is longer than {size}: not a table of numbers gdviz can read (is it the right file?)</source>
        <translation>esta línea ocupa más de {size}: no es una tabla de números que gdviz pueda leer (¿es el archivo correcto?)</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>esto es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>this is not a regular file (it is a device, a pipe or a socket); gdviz reads files saved on disk</source>
        <translation>esto no es un archivo normal (es un dispositivo, una tubería o un socket); gdviz lee archivos guardados en disco</translation>
    </message>
    <message>
        <source>the file is {size}, more than the {limit} gdviz reads</source>
        <translation>el archivo ocupa {size}, más de los {limit} que lee gdviz</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>esto no es un archivo normal</translation>
    </message>
    <message>
        <source>the file is larger than the {limit} gdviz reads</source>
        <translation>el archivo ocupa más de los {limit} que lee gdviz</translation>
    </message>
    <message>
        <source>contains a NUL byte: this is not a text file</source>
        <translation>contiene un byte NUL: no es un archivo de texto</translation>
    </message>
    <message>
        <source>not UTF-8 text (is it a spreadsheet? save it as CSV UTF-8)</source>
        <translation>no es texto UTF-8 (¿es una hoja de cálculo? guárdala como CSV UTF-8)</translation>
    </message>
    <message>
        <source>not UTF-8 text: it ends in the middle of a character</source>
        <translation>no es texto UTF-8: termina en mitad de un carácter</translation>
    </message>
</context>
<context>
    <name>fit_marks</name>
    <message>
        <source>error = {error}
loss = {loss}</source>
        <translation>error = {error}
pérdida = {loss}</translation>
    </message>
    <message>
        <source>p = {t} at x = {x}</source>
        <translation>p = {t} en x = {x}</translation>
    </message>
</context>
<context>
    <name>fit_models</name>
    <message>
        <source>the lesson&apos;s neuron: p = σ(w·x + b)</source>
        <translation>la neurona de la lección: p = σ(w·x + b)</translation>
    </message>
    <message>
        <source>one neuron with 2 inputs: p = σ(w₀·x₀ + w₁·x₁ + b)</source>
        <translation>una neurona con 2 entradas: p = σ(w₀·x₀ + w₁·x₁ + b)</translation>
    </message>
    <message>
        <source>1 input</source>
        <translation>1 entrada</translation>
    </message>
    <message>
        <source>{n} inputs</source>
        <translation>{n} entradas</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 unidad</translation>
    </message>
    <message>
        <source>{n} units</source>
        <translation>{n} unidades</translation>
    </message>
    <message>
        <source>{inputs} → {units} ({activation}) → 1 output</source>
        <translation>{inputs} → {units} ({activation}) → 1 salida</translation>
    </message>
</context>
<context>
    <name>fit_plot</name>
    <message>
        <source>Click</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>add a student who passed, at that x</source>
        <translation>añadir un estudiante que aprobó, en esa x</translation>
    </message>
    <message>
        <source>Shift+click</source>
        <translation>Mayús+clic</translation>
    </message>
    <message>
        <source>add a student who failed</source>
        <translation>añadir un estudiante que suspendió</translation>
    </message>
    <message>
        <source>Drag a point</source>
        <translation>Arrastrar un punto</translation>
    </message>
    <message>
        <source>move that student along x</source>
        <translation>mover ese estudiante a lo largo de x</translation>
    </message>
    <message>
        <source>Right-click a point</source>
        <translation>Clic derecho en un punto</translation>
    </message>
    <message>
        <source>delete that student (and the plot&apos;s menu)</source>
        <translation>eliminar ese estudiante (y el menú del gráfico)</translation>
    </message>
    <message>
        <source>Drag elsewhere / wheel</source>
        <translation>Arrastrar en otro lugar / rueda</translation>
    </message>
    <message>
        <source>pan / zoom the view</source>
        <translation>desplazar / ampliar la vista</translation>
    </message>
</context>
<context>
    <name>fit_words</name>
    <message>
        <source>Click: add a student who passed · Shift+click: one who failed · drag a point to move it · right-click a point to delete it</source>
        <translation>Clic: añade un estudiante que aprobó · Mayús+clic: uno que suspendió · arrastra un punto para moverlo · clic derecho en un punto para eliminarlo</translation>
    </message>
    <message>
        <source>Too many rows to draw one by one: dots are the pass rate of each slice of x (bigger dots, more rows); the strips show where the failed and passed rows lie. Edit rows in the Data tab.</source>
        <translation>Demasiadas filas para dibujarlas una a una: los puntos son la tasa de aprobados de cada tramo de x (puntos más grandes, más filas); las franjas muestran dónde están las filas suspendidas y aprobadas. Edita las filas en la pestaña Datos.</translation>
    </message>
    <message>
        <source>Model fit</source>
        <translation>Ajuste del modelo</translation>
    </message>
    <message>
        <source>Model fit · the plane of both inputs</source>
        <translation>Ajuste del modelo · el plano de ambas entradas</translation>
    </message>
    <message>
        <source> · {shown} of {rows} rows drawn</source>
        <translation> · {shown} de {rows} filas dibujadas</translation>
    </message>
    <message>
        <source>Model fit · {rows} rows, pass rate per slice of x</source>
        <translation>Ajuste del modelo · {rows} filas, tasa de aprobados por tramo de x</translation>
    </message>
    <message>
        <source>p (pass probability)</source>
        <translation>p (probabilidad de aprobar)</translation>
    </message>
    <message>
        <source>x (hours studied)</source>
        <translation>x (horas de estudio)</translation>
    </message>
    <message>
        <source>failed (y = 0)</source>
        <translation>suspendido (y = 0)</translation>
    </message>
    <message>
        <source>passed (y = 1)</source>
        <translation>aprobado (y = 1)</translation>
    </message>
    <message>
        <source>p = 0.5 (the boundary; colour: p)</source>
        <translation>p = 0,5 (la frontera; color: p)</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>sigmoide</translation>
    </message>
    <message>
        <source>the network&apos;s p</source>
        <translation>p de la red</translation>
    </message>
    <message>
        <source>hidden units, 0…1 (blue raises p, orange lowers)</source>
        <translation>unidades ocultas, 0…1 (azul: sube p; naranja: baja p)</translation>
    </message>
    <message>
        <source>failed rows (y = 0)</source>
        <translation>filas suspendidas (y = 0)</translation>
    </message>
    <message>
        <source>passed rows (y = 1)</source>
        <translation>filas aprobadas (y = 1)</translation>
    </message>
    <message>
        <source>pass rate per slice (size: rows)</source>
        <translation>tasa de aprobados por tramo (tamaño: filas)</translation>
    </message>
</context>
<context>
    <name>generalisation</name>
    <message>
        <source>{loss} · validation {validation}</source>
        <translation>{loss} · validación {validation}</translation>
    </message>
    <message>
        <source>Mean loss per row of the epoch: the training rows&apos;, then the held-out rows&apos; (measured with the parameters at the epoch&apos;s end)</source>
        <translation>Pérdida media por fila de la época: la de las filas de entrenamiento y luego la de las reservadas (medida con los parámetros al final de la época)</translation>
    </message>
    <message>
        <source>loss –</source>
        <translation>pérdida –</translation>
    </message>
    <message>
        <source>mean loss {loss}, validation {validation}</source>
        <translation>pérdida media {loss}, validación {validation}</translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation>pérdida {loss}</translation>
    </message>
</context>
<context>
    <name>generalisation_box</name>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>No penalty: the rows&apos; loss alone</source>
        <translation>Sin penalización: solo la pérdida de las filas</translation>
    </message>
    <message>
        <source>Generalisation</source>
        <translation>Generalización</translation>
    </message>
    <message>
        <source>Hold out</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <source>The fraction of the rows held out (above 0, below 1)</source>
        <translation>La fracción de filas reservadas (mayor que 0, menor que 1)</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> épocas</translation>
    </message>
    <message>
        <source> Needs rows held out.</source>
        <translation> Requiere filas reservadas.</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Parada temprana</translation>
    </message>
    <message>
        <source>λ: how much the penalty weighs against the rows&apos; loss</source>
        <translation>λ: cuánto pesa la penalización frente a la pérdida de las filas</translation>
    </message>
    <message>
        <source>Drag λ on a log scale (0.0001 … 10); the landscape reshapes when you let go</source>
        <translation>Arrastra λ en una escala logarítmica (0,0001 … 10); el paisaje cambia al soltar</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Penalización</translation>
    </message>
    <message>
        <source>Rows not held out: {problem}.</source>
        <translation>No se reservaron filas: {problem}.</translation>
    </message>
    <message>
        <source>Loss followed: the rows&apos; loss + {formula}</source>
        <translation>Pérdida que sigue el entrenamiento: pérdida de las filas + {formula}</translation>
    </message>
    <message>
        <source> (now {value}; per training row {per_row})</source>
        <translation> (ahora {value}; por fila de entrenamiento {per_row})</translation>
    </message>
    <message>
        <source> (now {value})</source>
        <translation> (ahora {value})</translation>
    </message>
</context>
<context>
    <name>generate_dialog</name>
    <message>
        <source>Students whose chance of passing after x hours follows a true curve, p = σ(w·x + b); each label is then flipped with the chance noise. The same seed draws the same rows on every machine.</source>
        <translation>Estudiantes cuya probabilidad de aprobar tras x horas sigue una curva verdadera, p = σ(w·x + b); luego cada etiqueta se invierte con probabilidad igual al ruido. La misma semilla genera las mismas filas en cualquier máquina.</translation>
    </message>
    <message>
        <source>Generate data</source>
        <translation>Generar datos</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>How many students (2 to 1,000,000)</source>
        <translation>Cuántos estudiantes (de 2 a 1.000.000)</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <source>The chance each label is flipped (0: none, 0.5: labels are coin tosses)</source>
        <translation>La probabilidad de que cada etiqueta se invierta (0: ninguna; 0,5: etiquetas al azar, como lanzar una moneda)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>The same seed, the same rows</source>
        <translation>La misma semilla, las mismas filas</translation>
    </message>
    <message>
        <source>True w</source>
        <translation>w verdadero</translation>
    </message>
    <message>
        <source>The true curve&apos;s steepness</source>
        <translation>La pendiente de la curva verdadera</translation>
    </message>
    <message>
        <source>True b</source>
        <translation>b verdadero</translation>
    </message>
    <message>
        <source>The true curve&apos;s shift: p = 0.5 at x = −b/w</source>
        <translation>El desplazamiento de la curva verdadera: p = 0,5 en x = −b/w</translation>
    </message>
    <message>
        <source>Not generated: {problem}.</source>
        <translation>No se generó: {problem}.</translation>
    </message>
    <message>
        <source>p = 0.5 at x = {x}</source>
        <translation>p = 0,5 en x = {x}</translation>
    </message>
    <message>
        <source>the same p at every x</source>
        <translation>el mismo p en cada x</translation>
    </message>
    <message>
        <source>The true curve: {equation}, {where}.</source>
        <translation>La curva verdadera: {equation}, {where}.</translation>
    </message>
</context>
<context>
    <name>gradcheck</name>
    <message>
        <source>The loss is not a finite number here: no gradient to check.</source>
        <translation>Aquí la pérdida no es un número finito: no hay gradiente que comprobar.</translation>
    </message>
    <message>
        <source>The rule follows the gradient of the loss: they agree (relative errors below {agree}, the size a finite difference&apos;s rounding leaves).</source>
        <translation>La regla sigue el gradiente de la pérdida: coinciden (errores relativos por debajo de {agree}, lo que deja el redondeo de una diferencia finita).</translation>
    </message>
    <message>
        <source>The lesson&apos;s nudge is not the gradient of squared error, and that is not a bug: error·x is cross-entropy&apos;s gradient; squared error&apos;s has the extra factor 2·p·(1−p), which is small where p is near 0 or 1. Choose the exact gradient, or cross-entropy, and the two agree.</source>
        <translation>El empujón de la lección no es el gradiente del error cuadrático, y no es un fallo: error·x es el gradiente de la entropía cruzada; el del error cuadrático tiene el factor extra 2·p·(1−p), que es pequeño donde p está cerca de 0 o 1. Elige el gradiente exacto, o la entropía cruzada, y los dos coinciden.</translation>
    </message>
    <message>
        <source>The rule and the finite difference disagree here: the loss may bend too sharply for the step (ReLU&apos;s corner, a saturated unit).</source>
        <translation>La regla y la diferencia finita no coinciden aquí: la pérdida puede curvarse demasiado para el paso (la esquina de ReLU, una unidad saturada).</translation>
    </message>
</context>
<context>
    <name>gradient_controller</name>
    <message>
        <source>Could not check the gradient: {why}</source>
        <translation>No se pudo comprobar el gradiente: {why}</translation>
    </message>
    <message>
        <source>Checking the gradient…</source>
        <translation>Comprobando el gradiente…</translation>
    </message>
    <message>
        <source>Gradient checked {where}: see the window it opened.</source>
        <translation>Gradiente comprobado {where}: mira la ventana que se abrió.</translation>
    </message>
</context>
<context>
    <name>gradient_dialog</name>
    <message>
        <source>parameter</source>
        <translation>parámetro</translation>
    </message>
    <message>
        <source>the rule&apos;s gradient</source>
        <translation>gradiente de la regla</translation>
    </message>
    <message>
        <source>finite difference</source>
        <translation>diferencia finita</translation>
    </message>
    <message>
        <source>relative error</source>
        <translation>error relativo</translation>
    </message>
    <message>
        <source>gdviz — check the gradient</source>
        <translation>gdviz — comprobar el gradiente</translation>
    </message>
    <message>
        <source>The model {where}: for each parameter, the slope the rule uses (its gradient, summed over the rows; a step moves the parameter the other way) beside a central finite difference of the total loss. Relative errors below {agree} mean they agree.</source>
        <translation>El modelo {where}: para cada parámetro, la pendiente que usa la regla (su gradiente, sumado sobre las filas; un paso mueve el parámetro en sentido contrario) junto a una diferencia finita central de la pérdida total. Errores relativos por debajo de {agree} significan que coinciden.</translation>
    </message>
    <message>
        <source>Largest relative error: {error}. </source>
        <translation>Mayor error relativo: {error}. </translation>
    </message>
</context>
<context>
    <name>guesses</name>
    <message>
        <source>1 point</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} puntos</translation>
    </message>
    <message>
        <source>Ask me first: where will (w, b) be after this epoch? Click the landscape, or move there with the arrow keys on it and press Enter.</source>
        <translation>Pregúntame primero: ¿dónde estarán (w, b) tras esta época? Haz clic en el paisaje, o muévete allí con las flechas y pulsa Intro.</translation>
    </message>
    <message>
        <source>Ask me first: no guess, no training. Train again to guess.</source>
        <translation>Pregúntame primero: sin estimación no hay entrenamiento. Vuelve a entrenar para estimar.</translation>
    </message>
    <message>
        <source>Ask me first is off: Step steps at once.</source>
        <translation>Pregúntame primero está desactivado: Paso avanza de inmediato.</translation>
    </message>
    <message>
        <source>There is no 50% point now: the run has no slope left to say it.</source>
        <translation>Ahora no hay punto del 50 %: a la ejecución no le queda pendiente para indicarlo.</translation>
    </message>
    <message>
        <source>The model says 50% at x = {at}; you said {guess} ({off} off): {points}.</source>
        <translation>El modelo dice 50 % en x = {at}; dijiste {guess} (a {off} de distancia): {points}.</translation>
    </message>
    <message>
        <source>Ask me first: {said}</source>
        <translation>Pregúntame primero: {said}</translation>
    </message>
    <message>
        <source>The run moved on before the step: click again for a new guess.</source>
        <translation>La ejecución avanzó antes del paso: haz clic de nuevo para otra estimación.</translation>
    </message>
    <message>
        <source>A guess is a place on the map: that one is not.</source>
        <translation>Una estimación es un punto del mapa: ese no lo es.</translation>
    </message>
    <message>
        <source>The run has finished: Reset (R) starts a new one; then guess its step.</source>
        <translation>La ejecución ha terminado: Reiniciar (R) empieza otra; luego estima su paso.</translation>
    </message>
    <message>
        <source>Pause first: a guess is for the next single step.</source>
        <translation>Pausa primero: la estimación es para el siguiente paso.</translation>
    </message>
    <message>
        <source>Your guess: w = {w}, b = {b}. Now Step (S) to see where it lands.</source>
        <translation>Tu estimación: w = {w}, b = {b}. Ahora pulsa Paso (S) para ver dónde cae.</translation>
    </message>
    <message>
        <source>It landed at w = {w}, b = {b}: {distance} from your guess, {points}.</source>
        <translation>Cayó en w = {w}, b = {b}: a {distance} de tu estimación, {points}.</translation>
    </message>
    <message>
        <source>{landed} Click again for the next step.</source>
        <translation>{landed} Haz clic de nuevo para el siguiente paso.</translation>
    </message>
    <message>
        <source>The map has the keys: the arrows move your guess from where (w, b) is now (Shift: finely); Enter places it.</source>
        <translation>El mapa tiene el foco del teclado: las flechas mueven tu estimación desde donde está (w, b) ahora (Mayús: paso fino); Intro la coloca.</translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <source>Measure the mistake</source>
        <translation>Medir el error</translation>
    </message>
    <message>
        <source>A student passed (actual 1) and the model said 0.7. How wrong is that? Drag the prediction below: the loss is the gap squared, (actual − prediction)². Near the actual value it is tiny; far from it, it grows fast. On the fit plot (outlined) each dot is a student and the curve is the model&apos;s prediction for every x.</source>
        <translation>Un estudiante aprobó (real 1) y el modelo dijo 0,7. ¿Cuánto se equivoca? Arrastra la predicción de abajo: la pérdida es la diferencia al cuadrado, (real − predicción)². Cerca del valor real es diminuta; lejos de él crece rápido. En el gráfico de ajuste (resaltado) cada punto es un estudiante y la curva es la predicción del modelo para cada x.</translation>
    </message>
    <message>
        <source>Why squared, and what else</source>
        <translation>Por qué al cuadrado, y qué más</translation>
    </message>
    <message>
        <source>Both losses drawn over every prediction from 0 to 1, for a student who passed and one who failed. Squared error: a miss of 0.2 costs 0.04, a miss of 0.8 costs 0.64, sixteen times more. Cross-entropy punishes a confident miss even harder. Training pushes the total of these, drawn on the loss plot (outlined), down.</source>
        <translation>Ambas pérdidas sobre cada predicción de 0 a 1, para un estudiante que aprobó y otro que suspendió. Error cuadrático: un fallo de 0,2 cuesta 0,04, uno de 0,8 cuesta 0,64, dieciséis veces más. La entropía cruzada castiga aún más equivocarse con mucha seguridad. El entrenamiento empuja hacia abajo el total de estas pérdidas, dibujado en el gráfico de pérdida (resaltado).</translation>
    </message>
    <message>
        <source>Training in plain language</source>
        <translation>El entrenamiento en palabras sencillas</translation>
    </message>
    <message>
        <source>Training is four steps repeated. Put the cards in order: drag them, or select one and move it with Ctrl+↑ and Ctrl+↓; then Check. Train (outlined) runs exactly this loop.</source>
        <translation>Entrenar son cuatro pasos repetidos. Ordena las tarjetas: arrástralas, o selecciona una y muévela con Ctrl+↑ y Ctrl+↓; luego pulsa Comprobar el orden. Entrenar (resaltado) ejecuta exactamente este bucle.</translation>
    </message>
    <message>
        <source>One training iteration</source>
        <translation>Una iteración de entrenamiento</translation>
    </message>
    <message>
        <source>Press Step row (outlined) to send one student through the model, then go through its three moments one at a time, or play them: the row goes in and a probability comes out; the error is measured; w and b take a small step against it.</source>
        <translation>Pulsa Paso por fila (resaltado) para pasar un estudiante por el modelo y recorre sus tres momentos uno a uno, o reprodúcelos: la fila entra y sale una probabilidad; se mide el error; w y b dan un pequeño paso en su contra.</translation>
    </message>
    <message>
        <source>The training loop, running</source>
        <translation>El bucle de entrenamiento, en marcha</translation>
    </message>
    <message>
        <source>The lesson&apos;s loop as code. Each Step row runs it a line at a time: the line being run is marked and every value it makes is written beside it, from the run itself. Step row a few times, then Step (S) to finish the epoch.</source>
        <translation>El bucle de la lección como código. Cada Paso por fila lo ejecuta línea a línea: la línea en ejecución se marca y cada valor que produce se escribe a su lado, tomado de la propia ejecución. Pulsa Paso por fila unas cuantas veces y luego Paso (S) para terminar la época.</translation>
    </message>
    <message>
        <source>Reading the update lines</source>
        <translation>Leer las líneas de actualización</translation>
    </message>
    <message>
        <source>Step row, then read the last row&apos;s update below, with its own numbers: the sign of the error says whether the model overshot; x scales how hard the row pushes w; b moves by the error alone. The Train tab&apos;s worked row (outlined) has every digit.</source>
        <translation>Pulsa Paso por fila y lee abajo la actualización de la última fila, con sus propios números: el signo del error dice si el modelo se pasó; x escala cuánto empuja la fila a w; b se mueve solo por el error. La fila desarrollada de la pestaña Entrenar (resaltada) tiene cada dígito.</translation>
    </message>
    <message>
        <source>Exercise 3: the learning rate, predict first</source>
        <translation>Ejercicio 3: la tasa de aprendizaje, predice primero</translation>
    </message>
    <message>
        <source>Before each run, say what you expect. The lesson&apos;s default run is kept (faded) to compare with. Then Run it, and read what happened beside the lesson&apos;s answer.</source>
        <translation>Antes de cada ejecución, di qué esperas. La ejecución por defecto de la lección se conserva (atenuada) para comparar. Luego pulsa Ejecutar y lee qué pasó junto a la respuesta de la lección.</translation>
    </message>
    <message>
        <source>Exercise 4: the starting weight, predict first</source>
        <translation>Ejercicio 4: el peso inicial, predice primero</translation>
    </message>
    <message>
        <source>Start at w = 1.0 instead of 0.1 (the weight box, outlined). Say what you expect, Run it, then compare.</source>
        <translation>Empieza en w = 1,0 en lugar de 0,1 (la casilla del peso, resaltada). Di qué esperas, pulsa Ejecutar y compara.</translation>
    </message>
    <message>
        <source>Where will the next step land?</source>
        <translation>¿Dónde caerá el siguiente paso?</translation>
    </message>
    <message>
        <source>Click on the landscape (outlined) where you think (w, b) will be after one more epoch, then Step (S). The step is revealed with how far your guess was. The arrow of a step points downhill, across the contour lines.</source>
        <translation>Haz clic en el paisaje (resaltado) donde crees que estarán (w, b) tras una época más y luego pulsa Paso (S). El paso se revela junto con lo lejos que quedó tu estimación. La flecha de un paso apunta cuesta abajo, a través de las curvas de nivel.</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Ideas clave</translation>
    </message>
    <message>
        <source>What the lesson comes to. Each button shows it again in one click.</source>
        <translation>A qué se reduce la lección. Cada botón lo vuelve a mostrar con un clic.</translation>
    </message>
    <message>
        <source>Next: predict new study hours</source>
        <translation>Siguiente: predecir nuevas horas de estudio</translation>
    </message>
    <message>
        <source>Type hours in the Predict box (outlined) to see the trained model&apos;s probability of passing; Data ▸ Predict for a file does a whole file. Do the answers make sense? Then Lesson ▸ Why a hidden layer? takes you from one neuron to a small network.</source>
        <translation>Escribe horas en la casilla Predecir (resaltada) para ver la probabilidad de aprobar del modelo entrenado; Datos ▸ Predecir para un archivo lo hace con un archivo entero. ¿Tienen sentido las respuestas? Luego Lección ▸ ¿Por qué una capa oculta? te lleva de una neurona a una red pequeña.</translation>
    </message>
    <message>
        <source>Make a prediction: p = σ(w·x + b) for the row (the forward pass)</source>
        <translation>Hacer una predicción: p = σ(w·x + b) para la fila (la pasada hacia delante)</translation>
    </message>
    <message>
        <source>Compare it with the label: the loss (y − p)²</source>
        <translation>Compararla con la etiqueta: la pérdida (y − p)²</translation>
    </message>
    <message>
        <source>Nudge w and b a little, so the next prediction is closer</source>
        <translation>Empujar un poco w y b, para que la siguiente predicción se acerque</translation>
    </message>
    <message>
        <source>Repeat for every row, and then for many epochs</source>
        <translation>Repetir para cada fila, y luego durante muchas épocas</translation>
    </message>
    <message>
        <source>There is nothing to compare before the model has predicted.</source>
        <translation>No hay nada que comparar antes de que el modelo haya predicho.</translation>
    </message>
    <message>
        <source>The nudge needs the error: compare before you nudge.</source>
        <translation>El empujón necesita el error: compara antes de empujar.</translation>
    </message>
    <message>
        <source>A nudge is made from one comparison; repeating comes after it.</source>
        <translation>Un empujón sale de una comparación; repetir viene después.</translation>
    </message>
    <message>
        <source>Repeating is what the other three are repeated by: it comes last.</source>
        <translation>Repetir es lo que repite a las otras tres: va al final.</translation>
    </message>
    <message>
        <source>Card {place} is not right yet. {hint}</source>
        <translation>La tarjeta {place} aún no está bien. {hint}</translation>
    </message>
    <message>
        <source>Right: predict, compare, nudge, repeat. That loop is all of training.</source>
        <translation>Correcto: predecir, comparar, empujar, repetir. Ese bucle es todo el entrenamiento.</translation>
    </message>
    <message>
        <source>With learning rate 0.01 instead of 0.1, will the loss fall faster or slower?</source>
        <translation>Con tasa de aprendizaje 0,01 en lugar de 0,1, ¿bajará la pérdida más rápido o más despacio?</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Más rápido</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Más despacio</translation>
    </message>
    <message>
        <source>About the same</source>
        <translation>Más o menos igual</translation>
    </message>
    <message>
        <source>Slower, and steadier: each step is ten times smaller, so after the same epochs it is still far up the slope.</source>
        <translation>Más despacio y más estable: cada paso es diez veces menor, así que tras las mismas épocas sigue muy arriba en la pendiente.</translation>
    </message>
    <message>
        <source>And with learning rate 1.0, ten times the lesson&apos;s?</source>
        <translation>¿Y con tasa de aprendizaje 1,0, diez veces la de la lección?</translation>
    </message>
    <message>
        <source>Faster, and smoothly</source>
        <translation>Más rápido y de forma suave</translation>
    </message>
    <message>
        <source>It bounces up and down</source>
        <translation>Rebota arriba y abajo</translation>
    </message>
    <message>
        <source>A huge rate can overshoot: the loss may bounce or blow up as w and b jump past a good spot. On these four students 1.0 is still small enough to settle.</source>
        <translation>Una tasa enorme puede pasarse: la pérdida puede rebotar o dispararse cuando w y b saltan más allá de un buen punto. Con estos cuatro estudiantes, 1,0 aún es lo bastante pequeña para asentarse.</translation>
    </message>
    <message>
        <source>On the outlier data (one student studied 12 hours and failed), with learning rate 1.0?</source>
        <translation>Con los datos del valor atípico (un estudiante estudió 12 horas y suspendió), ¿con tasa de aprendizaje 1,0?</translation>
    </message>
    <message>
        <source>The outlier&apos;s big x pushes w hard every epoch: with a big rate the loss keeps bouncing and never settles.</source>
        <translation>La x grande del valor atípico empuja fuerte a w en cada época: con una tasa grande la pérdida sigue rebotando y nunca se asienta.</translation>
    </message>
    <message>
        <source>Starting at w = 1.0 instead of 0.1: will it still converge?</source>
        <translation>Empezando en w = 1,0 en lugar de 0,1: ¿seguirá convergiendo?</translation>
    </message>
    <message>
        <source>Yes, in fewer epochs</source>
        <translation>Sí, en menos épocas</translation>
    </message>
    <message>
        <source>Yes, in about as many epochs</source>
        <translation>Sí, en más o menos las mismas épocas</translation>
    </message>
    <message>
        <source>Yes, but it needs more epochs</source>
        <translation>Sí, pero necesita más épocas</translation>
    </message>
    <message>
        <source>No, it gets stuck</source>
        <translation>No, se queda atascado</translation>
    </message>
    <message>
        <source>It usually still converges; a worse start can need more epochs or look noisier early on, which is why initialisation matters in big models.</source>
        <translation>Normalmente sigue convergiendo; un peor comienzo puede necesitar más épocas o verse más ruidoso al principio, por eso la inicialización importa en modelos grandes.</translation>
    </message>
    <message>
        <source>after {n} epochs the loss is {loss} (the compared run&apos;s: {theirs})</source>
        <translation>tras {n} épocas la pérdida es {loss} (la de la ejecución comparada: {theirs})</translation>
    </message>
    <message>
        <source>It did not reach a loss of {level} in {n} epochs.</source>
        <translation>No alcanzó una pérdida de {level} en {n} épocas.</translation>
    </message>
    <message>
        <source>It reached a loss below {level} at epoch {a} (never from w = 0.1).</source>
        <translation>Alcanzó una pérdida por debajo de {level} en la época {a} (desde w = 0,1, nunca).</translation>
    </message>
    <message>
        <source>It reached a loss below {level} at epoch {a} (at epoch {b} from w = 0.1).</source>
        <translation>Alcanzó una pérdida por debajo de {level} en la época {a} (desde w = 0,1, en la época {b}).</translation>
    </message>
    <message>
        <source>The loss changed direction {times} times: {at}.</source>
        <translation>La pérdida cambió de dirección {times} veces: {at}.</translation>
    </message>
    <message>
        <source>{at}; it changed direction once.</source>
        <translation>{at}; cambió de dirección una vez.</translation>
    </message>
    <message>
        <source>{at}; it changed direction {times} times.</source>
        <translation>{at}; cambió de dirección {times} veces.</translation>
    </message>
    <message>
        <source>{at}.</source>
        <translation>{at}.</translation>
    </message>
    <message>
        <source>the learning rate</source>
        <translation>la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>épocas</translation>
    </message>
    <message>
        <source>the start (w and b)</source>
        <translation>el inicio (w y b)</translation>
    </message>
    <message>
        <source>the model (hidden units, activation, seed)</source>
        <translation>el modelo (unidades ocultas, activación, semilla)</translation>
    </message>
    <message>
        <source>the optimiser, loss, gradient and batches</source>
        <translation>el optimizador, la pérdida, el gradiente y los lotes</translation>
    </message>
    <message>
        <source>the held-out rows, early stopping and the penalty</source>
        <translation>las filas reservadas, la parada temprana y la penalización</translation>
    </message>
    <message>
        <source>Train, Pause, Step and Reset</source>
        <translation>Entrenar, Pausa, Paso y Reiniciar</translation>
    </message>
</context>
<context>
    <name>guide_controller</name>
    <message>
        <source>The guided lesson starts again from step 1.</source>
        <translation>La lección guiada empieza de nuevo en el paso 1.</translation>
    </message>
    <message>
        <source>A handout: {kept} left usable, the rest locked (Lesson ▸ Unlock controls frees it).</source>
        <translation>Una hoja de trabajo: {kept} sigue disponible, el resto está bloqueado (Lección ▸ Desbloquear controles lo libera).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Controls unlocked: every setting and button is yours again.</source>
        <translation>Controles desbloqueados: cada ajuste y cada botón vuelven a ser tuyos.</translation>
    </message>
    <message>
        <source>Choose what you expect first, then Run it.</source>
        <translation>Elige primero qué esperas y luego pulsa Ejecutar.</translation>
    </message>
    <message>
        <source>One question at a time: its answer shows when its run ends.</source>
        <translation>Una pregunta cada vez: su respuesta aparece cuando termina su ejecución.</translation>
    </message>
    <message>
        <source>{title}: training; the answer shows when it ends.</source>
        <translation>{title}: entrenando; la respuesta aparece cuando termine.</translation>
    </message>
    <message>
        <source>The loss blew up: w and b jumped past any good spot.</source>
        <translation>La pérdida se disparó: w y b saltaron más allá de cualquier buen punto.</translation>
    </message>
    <message>
        <source>You did not say what you expected.</source>
        <translation>No dijiste qué esperabas.</translation>
    </message>
    <message>
        <source>✓ As you said.</source>
        <translation>✓ Como dijiste.</translation>
    </message>
    <message>
        <source>✗ You said: {choice}.</source>
        <translation>✗ Dijiste: {choice}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{verdict}&lt;/b&gt; The run: {run}. {seen}&lt;br&gt;&lt;i&gt;The lesson:&lt;/i&gt; {lesson}</source>
        <translation>&lt;b&gt;{verdict}&lt;/b&gt; La ejecución: {run}. {seen}&lt;br&gt;&lt;i&gt;La lección:&lt;/i&gt; {lesson}</translation>
    </message>
    <message>
        <source>Score: {points} from 1 guess (1 for the right direction, 1 more for landing within a step&apos;s length).</source>
        <translation>Puntuación: {points} en 1 estimación (1 por la dirección correcta, 1 más por caer a menos de la longitud de un paso).</translation>
    </message>
    <message>
        <source>Score: {points} from {rounds} guesses (1 for the right direction, 1 more for landing within a step&apos;s length).</source>
        <translation>Puntuación: {points} en {rounds} estimaciones (1 por la dirección correcta, 1 más por caer a menos de la longitud de un paso).</translation>
    </message>
    <message>
        <source>The four steps are in order: Next shows one iteration, slowly.</source>
        <translation>Los cuatro pasos están en orden: Siguiente muestra una iteración, despacio.</translation>
    </message>
    <message>
        <source>This run&apos;s model is bigger than the lesson&apos;s neuron: Lesson ▸ Restore lesson defaults to follow the code.</source>
        <translation>El modelo de esta ejecución es mayor que la neurona de la lección: usa Lección ▸ Restaurar los valores de la lección para seguir el código.</translation>
    </message>
    <message>
        <source>This run uses {optimizer}, not the lesson&apos;s plain step.</source>
        <translation>Esta ejecución usa {optimizer}, no el paso simple de la lección.</translation>
    </message>
    <message>
        <source>epoch {epoch} · row {row} of {rows} · lr = {lr}</source>
        <translation>época {epoch} · fila {row} de {rows} · lr = {lr}</translation>
    </message>
</context>
<context>
    <name>guide_loss_pages</name>
    <message>
        <source>The student passed (actual 1)</source>
        <translation>El estudiante aprobó (real 1)</translation>
    </message>
    <message>
        <source>The model&apos;s prediction, 0 to 1</source>
        <translation>La predicción del modelo, de 0 a 1</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <source>small: the prediction is near the actual value</source>
        <translation>pequeña: la predicción está cerca del valor real</translation>
    </message>
    <message>
        <source>large: the prediction is far off</source>
        <translation>grande: la predicción está muy lejos</translation>
    </message>
    <message>
        <source>in between</source>
        <translation>intermedia</translation>
    </message>
    <message>
        <source>&lt;b&gt;loss = ({y} − {p})² = {loss}&lt;/b&gt; — {verdict}</source>
        <translation>&lt;b&gt;pérdida = ({y} − {p})² = {loss}&lt;/b&gt; — {verdict}</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;th&gt;prediction&lt;/th&gt;&lt;th&gt;miss&lt;/th&gt;&lt;th&gt;loss&lt;/th&gt;&lt;/tr&gt;{rows}&lt;/table&gt;Twice the miss costs four times the loss.</source>
        <translation>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;th&gt;predicción&lt;/th&gt;&lt;th&gt;fallo&lt;/th&gt;&lt;th&gt;pérdida&lt;/th&gt;&lt;/tr&gt;{rows}&lt;/table&gt;El doble de fallo cuesta cuatro veces la pérdida.</translation>
    </message>
    <message>
        <source>Squared error and cross-entropy over the prediction</source>
        <translation>Error cuadrático y entropía cruzada frente a la predicción</translation>
    </message>
    <message>
        <source>prediction p</source>
        <translation>predicción p</translation>
    </message>
    <message>
        <source>loss of one row</source>
        <translation>pérdida de una fila</translation>
    </message>
    <message>
        <source>squared, actual {actual}</source>
        <translation>cuadrático, real {actual}</translation>
    </message>
    <message>
        <source>cross-entropy, actual {actual}</source>
        <translation>entropía cruzada, real {actual}</translation>
    </message>
</context>
<context>
    <name>guide_pages</name>
    <message>
        <source>Training steps to put in order</source>
        <translation>Pasos del entrenamiento para ordenar</translation>
    </message>
    <message>
        <source>Check the order</source>
        <translation>Comprobar el orden</translation>
    </message>
    <message>
        <source>Step row</source>
        <translation>Paso por fila</translation>
    </message>
    <message>
        <source>One row&apos;s update (Shift+S)</source>
        <translation>La actualización de una fila (Mayús+S)</translation>
    </message>
    <message>
        <source>◀ Moment</source>
        <translation>◀ Momento</translation>
    </message>
    <message>
        <source>Moment ▶</source>
        <translation>Momento ▶</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Seconds between moments when playing</source>
        <translation>Segundos entre momentos al reproducir</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Press Step row: the first student goes through the model.</source>
        <translation>Pulsa Paso por fila: el primer estudiante pasa por el modelo.</translation>
    </message>
    <message>
        <source>Run the loop on the next row</source>
        <translation>Ejecutar el bucle en la siguiente fila</translation>
    </message>
    <message>
        <source>Milliseconds between lines (0: all at once)</source>
        <translation>Milisegundos entre líneas (0: todas a la vez)</translation>
    </message>
    <message>
        <source>line {n}: {values}</source>
        <translation>línea {n}: {values}</translation>
    </message>
    <message>
        <source>Update on the next row</source>
        <translation>Actualización en la siguiente fila</translation>
    </message>
    <message>
        <source>Press Step row: the next student&apos;s update is read out here.</source>
        <translation>Pulsa Paso por fila: aquí se explica la actualización del siguiente estudiante.</translation>
    </message>
    <message>
        <source>Run it</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Train the exercise and compare</source>
        <translation>Entrenar el ejercicio y comparar</translation>
    </message>
    <message>
        <source>Click on the landscape: where will (w, b) be after one epoch?</source>
        <translation>Haz clic en el paisaje: ¿dónde estarán (w, b) tras una época?</translation>
    </message>
    <message>
        <source>Step (S)</source>
        <translation>Paso (S)</translation>
    </message>
    <message>
        <source>Train one epoch and reveal</source>
        <translation>Entrenar una época y revelar</translation>
    </message>
    <message>
        <source>Guess with the keys</source>
        <translation>Estimar con el teclado</translation>
    </message>
    <message>
        <source>The map takes the keys: arrows move the guess (Shift: finely), Enter places it</source>
        <translation>El mapa recibe el teclado: las flechas mueven la estimación (Mayús: paso fino), Intro la coloca</translation>
    </message>
    <message>
        <source>Loss is the squared gap between label and prediction</source>
        <translation>La pérdida es la diferencia al cuadrado entre etiqueta y predicción</translation>
    </message>
    <message>
        <source>Show it: back to step 1</source>
        <translation>Muéstralo: vuelve al paso 1</translation>
    </message>
    <message>
        <source>Training loops over rows and epochs, nudging w and b on every row</source>
        <translation>El entrenamiento recorre filas y épocas, empujando w y b en cada fila</translation>
    </message>
    <message>
        <source>Show it: step one row</source>
        <translation>Muéstralo: avanza una fila</translation>
    </message>
    <message>
        <source>A small learning rate is slow and steady</source>
        <translation>Una tasa de aprendizaje pequeña es lenta y estable</translation>
    </message>
    <message>
        <source>Show it: run at 0.01</source>
        <translation>Muéstralo: ejecuta con 0,01</translation>
    </message>
    <message>
        <source>A huge one overshoots and bounces</source>
        <translation>Una enorme se pasa y rebota</translation>
    </message>
    <message>
        <source>Show it: 1.0 on the outlier data</source>
        <translation>Muéstralo: 1,0 con los datos del valor atípico</translation>
    </message>
    <message>
        <source>The start matters less than you fear</source>
        <translation>El inicio importa menos de lo que temes</translation>
    </message>
    <message>
        <source>Show it: start at w = 1.0</source>
        <translation>Muéstralo: empieza en w = 1,0</translation>
    </message>
    <message>
        <source>Lesson ▸ Why a hidden layer?</source>
        <translation>Lección ▸ ¿Por qué una capa oculta?</translation>
    </message>
    <message>
        <source>Ask me first</source>
        <translation>Pregúntame primero</translation>
    </message>
    <message>
        <source>When training ends, at how many hours will the model say 50%?
</source>
        <translation>Cuando termine el entrenamiento, ¿en cuántas horas dirá el modelo 50 %?
</translation>
    </message>
    <message>
        <source>(Now it says 50% at x = {x}.)</source>
        <translation>(Ahora dice 50 % en x = {x}.)</translation>
    </message>
</context>
<context>
    <name>guide_panel</name>
    <message>
        <source>Guided lesson</source>
        <translation>Lección guiada</translation>
    </message>
    <message>
        <source>Step number</source>
        <translation>Número de paso</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Título del paso</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Your teacher&apos;s question</source>
        <translation>La pregunta de tu profesor</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <source>The step before (Alt+Left)</source>
        <translation>El paso anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>The next step (Alt+Right)</source>
        <translation>El paso siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Begin the lesson again</source>
        <translation>Empezar la lección de nuevo</translation>
    </message>
    <message>
        <source>Step row waits: the run has finished (Reset, R, starts a new one) or is training (Pause first), or it trains in batches.</source>
        <translation>Paso por fila no está disponible: la ejecución ha terminado (Reiniciar, R, empieza otra), está entrenando (pausa primero) o entrena por lotes.</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Paso {n} de {total}</translation>
    </message>
</context>
<context>
    <name>guide_rows</name>
    <message>
        <source>This student studied x = {x} hour.</source>
        <translation>Este estudiante estudió x = {x} hora.</translation>
    </message>
    <message>
        <source>This student studied x = {x} hours.</source>
        <translation>Este estudiante estudió x = {x} horas.</translation>
    </message>
    <message>
        <source>z = x·w + b = {x}·{w} + {b} = {z}, and p = σ(z) = {p}: the model&apos;s chance that they pass (the diamond), from w and b before this row&apos;s step: the curve drawn has already taken it.</source>
        <translation>z = x·w + b = {x}·{w} + {b} = {z}, y p = σ(z) = {p}: la probabilidad, según el modelo, de que apruebe (el rombo), con w y b de antes del paso de esta fila: la curva dibujada ya refleja ese paso.</translation>
    </message>
    <message>
        <source>The label is y = {y}. error = p − y = {error}; this row&apos;s loss is error² = {loss}; it adds to the epoch&apos;s total, a point on the loss plot once the epoch ends.</source>
        <translation>La etiqueta es y = {y}. error = p − y = {error}; la pérdida de esta fila es error² = {loss}; se suma al total de la época, un punto en el gráfico de pérdida cuando la época termina.</translation>
    </message>
    <message>
        <source>w ← w − lr·{nudge}·x = {w} − {lr}·{grad}·{x} = {w_after}; b ← b − lr·{nudge} = {b_after}. The arrow on the landscape is this step.</source>
        <translation>w ← w − lr·{nudge}·x = {w} − {lr}·{grad}·{x} = {w_after}; b ← b − lr·{nudge} = {b_after}. La flecha del paisaje es este paso.</translation>
    </message>
    <message>
        <source>1. In goes x, out comes p</source>
        <translation>1. Entra x, sale p</translation>
    </message>
    <message>
        <source>2. How wrong was it?</source>
        <translation>2. ¿Cuánto se equivocó?</translation>
    </message>
    <message>
        <source>3. A small step against the error</source>
        <translation>3. Un pequeño paso contra el error</translation>
    </message>
    <message>
        <source>error = {error} is positive: the model said {p}, more than the label {y}. It overshot, so w and b go down.</source>
        <translation>error = {error} es positivo: el modelo dijo {p}, más que la etiqueta {y}. Se pasó, así que w y b bajan.</translation>
    </message>
    <message>
        <source>error = {error} is negative: the model said {p}, less than the label {y}. It fell short, so w and b go up.</source>
        <translation>error = {error} es negativo: el modelo dijo {p}, menos que la etiqueta {y}. Se quedó corto, así que w y b suben.</translation>
    </message>
    <message>
        <source>error = 0: the prediction was exact, so nothing moves.</source>
        <translation>error = 0: la predicción fue exacta, así que nada se mueve.</translation>
    </message>
    <message>
        <source>x = {x} scales the push on w: w moved by {dw}, {x} times b&apos;s move. A student who studied longer pushes w harder.</source>
        <translation>x = {x} escala el empujón sobre w: w se movió {dw}, {x} veces lo que se movió b. Un estudiante que estudió más empuja más a w.</translation>
    </message>
    <message>
        <source>b moved by {db} = −lr·{nudge} = −{lr}·{grad}: the error alone, as if x were 1.</source>
        <translation>b se movió {db} = −lr·{nudge} = −{lr}·{grad}: solo el error, como si x fuera 1.</translation>
    </message>
</context>
<context>
    <name>handout_dialog</name>
    <message>
        <source>Save as handout</source>
        <translation>Guardar como hoja de trabajo</translation>
    </message>
    <message>
        <source>e.g. How big a step?</source>
        <translation>p. ej., ¿Qué tamaño de paso?</translation>
    </message>
    <message>
        <source>Your question for the class, e.g. Which learning rate gets below 0.1 first?</source>
        <translation>Tu pregunta para la clase, p. ej., ¿Qué tasa de aprendizaje baja primero de 0,1?</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Opens at the step</source>
        <translation>Se abre en el paso</translation>
    </message>
    <message>
        <source>Left usable (the rest is locked)</source>
        <translation>Disponible (el resto queda bloqueado)</translation>
    </message>
</context>
<context>
    <name>held_marks</name>
    <message>
        <source>Hollow: held out for validation (never trained on)</source>
        <translation>Hueco: reservado para validación (nunca se entrena con él)</translation>
    </message>
    <message>
        <source>hollow: held out</source>
        <translation>hueco: reservado</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>gdviz: keyboard and mouse</source>
        <translation>gdviz: teclado y ratón</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Keys or gesture</source>
        <translation>Teclas o gesto</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>Ratón</translation>
    </message>
    <message>
        <source>About gdviz</source>
        <translation>Acerca de gdviz</translation>
    </message>
    <message>
        <source>&lt;b&gt;gdviz {version}&lt;/b&gt;&lt;p&gt;Watch gradient descent train p = σ(w·x + b), one epoch or one row at a time.&lt;/p&gt;</source>
        <translation>&lt;b&gt;gdviz {version}&lt;/b&gt;&lt;p&gt;Mira cómo el descenso de gradiente entrena p = σ(w·x + b), época a época o fila a fila.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hold_out_dialog</name>
    <message>
        <source>Hold out for validation</source>
        <translation>Reservar para validación</translation>
    </message>
    <message>
        <source>Rows held out are never trained on. After every epoch their mean loss is measured with the parameters of that moment: the validation curve. If it turns up while the training loss keeps falling, the model is learning the training rows&apos; noise.</source>
        <translation>Con las filas reservadas nunca se entrena. Tras cada época se mide su pérdida media con los parámetros de ese momento: la curva de validación. Si sube mientras la pérdida de entrenamiento sigue bajando, el modelo está aprendiendo el ruido de las filas de entrenamiento.</translation>
    </message>
    <message>
        <source>Hold out rows for validation</source>
        <translation>Reservar filas para validación</translation>
    </message>
    <message>
        <source>Fraction held out</source>
        <translation>Fracción reservada</translation>
    </message>
    <message>
        <source>Cannot split: {problem}.</source>
        <translation>No se puede dividir: {problem}.</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
</context>
<context>
    <name>kept_runs</name>
    <message>
        <source>{name} (again, run {number})</source>
        <translation>{name} (otra vez, ejecución {number})</translation>
    </message>
    <message>
        <source>race: {label}</source>
        <translation>carrera: {label}</translation>
    </message>
</context>
<context>
    <name>key_filters</name>
    <message>
        <source>open the menus (arrows go on to the others)</source>
        <translation>abrir los menús (las flechas llevan a los demás)</translation>
    </message>
</context>
<context>
    <name>landscape_plot</name>
    <message>
        <source>Loss landscape</source>
        <translation>Paisaje de pérdida</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>start the next run at that (w, b)</source>
        <translation>iniciar la próxima ejecución en ese (w, b)</translation>
    </message>
    <message>
        <source>Drag the start marker</source>
        <translation>Arrastrar el marcador de inicio</translation>
    </message>
    <message>
        <source>move the next run&apos;s start</source>
        <translation>mover el inicio de la próxima ejecución</translation>
    </message>
    <message>
        <source>Drag elsewhere / wheel</source>
        <translation>Arrastrar en otro lugar / rueda</translation>
    </message>
    <message>
        <source>pan / zoom the map</source>
        <translation>desplazar / ampliar el mapa</translation>
    </message>
    <message>
        <source>bias b</source>
        <translation>sesgo b</translation>
    </message>
    <message>
        <source>weight w</source>
        <translation>peso w</translation>
    </message>
    <message>
        <source>Where the next run starts (w, b): drag it, or click the map</source>
        <translation>Dónde empieza la próxima ejecución (w, b): arrástralo o haz clic en el mapa</translation>
    </message>
    <message>
        <source>path</source>
        <translation>trayectoria</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>next start</source>
        <translation>próximo inicio</translation>
    </message>
    <message>
        <source>The lowest point of the map shown (the total the run follows)</source>
        <translation>El punto más bajo del mapa mostrado (el total que sigue la ejecución)</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>calculando…</translation>
    </message>
    <message>
        <source>could not compute: {message}</source>
        <translation>no se pudo calcular: {message}</translation>
    </message>
    <message>
        <source>total loss + penalty</source>
        <translation>pérdida total + penalización</translation>
    </message>
    <message>
        <source>total loss</source>
        <translation>pérdida total</translation>
    </message>
    <message>
        <source>a slice: {a} and {b} vary, the rest as now</source>
        <translation>un corte: {a} y {b} varían, el resto como ahora</translation>
    </message>
    <message>
        <source> · from {groups} of {rows} rows, scaled</source>
        <translation> · a partir de {groups} de {rows} filas, escalado</translation>
    </message>
    <message>
        <source>{rows} rows in {groups} bins, loss ±{bound}</source>
        <translation>{rows} filas en {groups} intervalos, pérdida ±{bound}</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>The language of the window, from the next start</source>
        <translation>El idioma de la ventana, a partir del próximo arranque</translation>
    </message>
    <message>
        <source>Settings are not remembered this time: use --lang.</source>
        <translation>Esta vez no se guardan los ajustes: usa --lang.</translation>
    </message>
    <message>
        <source>The window speaks {language}.</source>
        <translation>La ventana está en {language}.</translation>
    </message>
    <message>
        <source>The window will speak {language} from the next start.</source>
        <translation>La ventana estará en {language} a partir del próximo arranque.</translation>
    </message>
</context>
<context>
    <name>lesson_controller</name>
    <message>
        <source>{title}: {why}</source>
        <translation>{title}: {why}</translation>
    </message>
    <message>
        <source>lesson defaults</source>
        <translation>valores de la lección</translation>
    </message>
    <message>
        <source>Back to your data ({name}) and settings: the exercise&apos;s runs are kept in the Runs tab.</source>
        <translation>De vuelta a tus datos ({name}) y ajustes: las ejecuciones del ejercicio se conservan en la pestaña Ejecuciones.</translation>
    </message>
    <message>
        <source>Lesson defaults not restored: {why}</source>
        <translation>Valores de la lección no restaurados: {why}</translation>
    </message>
    <message>
        <source>Lesson defaults restored: the lesson&apos;s data, learning rate 0.1, 1,000 epochs, start w = 0.1, b = 0, squared error, the lesson&apos;s nudge, per-row updates.</source>
        <translation>Valores de la lección restaurados: los datos de la lección, tasa de aprendizaje 0,1, 1.000 épocas, inicio w = 0,1, b = 0, error cuadrático, el empujón de la lección, actualizaciones por fila.</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <source>Exercise 3: learning rate 0.01</source>
        <translation>Ejercicio 3: tasa de aprendizaje 0,01</translation>
    </message>
    <message>
        <source>Steps ten times smaller than the lesson&apos;s. Compare the red curve with the faded default: is the fall slower or faster? Is it smoother? How far is the loss after 1000 epochs from the default&apos;s?</source>
        <translation>Pasos diez veces menores que los de la lección. Compara la curva roja con la ejecución por defecto atenuada: ¿baja más despacio o más rápido? ¿Es más suave? ¿Qué distancia hay entre la pérdida tras 1000 épocas y la de la ejecución por defecto?</translation>
    </message>
    <message>
        <source>Exercise 3: learning rate 1.0</source>
        <translation>Ejercicio 3: tasa de aprendizaje 1,0</translation>
    </message>
    <message>
        <source>Steps ten times bigger. Does the loss fall faster? Look at the start of the curve and at the path on the landscape: does it bounce across the valley?</source>
        <translation>Pasos diez veces mayores. ¿Baja la pérdida más rápido? Mira el comienzo de la curva y la trayectoria en el paisaje: ¿rebota de un lado a otro del valle?</translation>
    </message>
    <message>
        <source>Exercise 3: learning rate 1.0 on the outlier data</source>
        <translation>Ejercicio 3: tasa de aprendizaje 1,0 con los datos del valor atípico</translation>
    </message>
    <message>
        <source>One student studied 12 hours and failed. With steps of 1.0, compare the loss with the faded run at 0.1 on the same data: does it settle, or bounce?</source>
        <translation>Un estudiante estudió 12 horas y suspendió. Con pasos de 1,0, compara la pérdida con la ejecución atenuada a 0,1 con los mismos datos: ¿se asienta o rebota?</translation>
    </message>
    <message>
        <source>learning rate 0.1</source>
        <translation>tasa de aprendizaje 0,1</translation>
    </message>
    <message>
        <source>Exercise 4: start at w = 1.0</source>
        <translation>Ejercicio 4: empezar en w = 1,0</translation>
    </message>
    <message>
        <source>A different starting weight. Does it still get to the bottom? Compare the number of epochs it needs with the faded default run.</source>
        <translation>Un peso inicial distinto. ¿Sigue llegando al fondo? Compara el número de épocas que necesita con la ejecución atenuada por defecto.</translation>
    </message>
    <message>
        <source>Why momentum?</source>
        <translation>¿Por qué usar momento?</translation>
    </message>
    <message>
        <source>Every student here studied 7.5 to 12.5 hours, far from 0, so the loss is a long, narrow valley (see the landscape). All three take steps of the same learning rate. Why does plain gradient descent crawl along the valley floor while momentum and Adam run down it? Step (S) through the first epochs and watch the paths.</source>
        <translation>Aquí cada estudiante estudió de 7,5 a 12,5 horas, lejos de 0, así que la pérdida es un valle largo y estrecho (mira el paisaje). Los tres dan pasos con la misma tasa de aprendizaje. ¿Por qué el descenso de gradiente simple se arrastra por el fondo del valle mientras momento y Adam bajan corriendo? Avanza con Paso (S) por las primeras épocas y observa las trayectorias.</translation>
    </message>
    <message>
        <source>Why a hidden layer?</source>
        <translation>¿Por qué una capa oculta?</translation>
    </message>
    <message>
        <source>These students pass only with a middle range of hours: too few fail, and so do too many. One neuron (faded) can only draw one S-shaped step, so the best it can do is a flat guess. Three hidden units each bend their own step (dashed); the output adds them up, and a bump appears. Watch the fit and the loss. Then open the Network tab: which unit&apos;s output weight turns negative, and why does the network need it?</source>
        <translation>Estos estudiantes aprueban solo con un rango medio de horas: con muy pocas suspenden, y con demasiadas también. Una neurona (atenuada) solo puede dibujar un escalón en forma de S, así que lo mejor que puede hacer es una predicción plana. Tres unidades ocultas doblan cada una su propio escalón (discontinuo); la salida los suma y aparece una joroba. Observa el ajuste y la pérdida. Luego abre la pestaña Red: ¿qué peso de salida de una unidad se vuelve negativo, y por qué lo necesita la red?</translation>
    </message>
    <message>
        <source>one neuron (no hidden layer)</source>
        <translation>una neurona (sin capa oculta)</translation>
    </message>
    <message>
        <source>Why hold out data?</source>
        <translation>¿Por qué reservar datos?</translation>
    </message>
    <message>
        <source>36 noisy students and a network of 8 hidden units: far more bends than the rule needs. 11 rows are held out (hollow): never trained on, only measured, as the dashed validation loss. The training loss keeps falling; find the epoch where the validation loss stops falling and turns up. From there on the network learns the noise of the rows it sees, not the rule: watch the fit bend to reach single students. The faded run is the same with an L2 penalty, which makes big weights cost: its validation loss (faded, dashed) never turns up, and its curve stays smooth. Early stopping is the other cure: set a patience of 50 epochs in the Generalisation box and train again. Which would you trust with a new student?</source>
        <translation>36 estudiantes con ruido y una red de 8 unidades ocultas: muchas más curvas de las que necesita la regla. 11 filas se reservan (huecas): nunca se entrena con ellas, solo se miden, como la pérdida de validación discontinua. La pérdida de entrenamiento sigue bajando; encuentra la época en que la pérdida de validación deja de bajar y empieza a subir. A partir de ahí la red aprende el ruido de las filas que ve, no la regla: mira cómo el ajuste se dobla para alcanzar estudiantes concretos. La ejecución atenuada es la misma con una penalización L2, que encarece los pesos grandes: su pérdida de validación (atenuada, discontinua) nunca sube, y su curva sigue suave. La parada temprana es el otro remedio: pon una paciencia de 50 épocas en el cuadro Generalización y entrena de nuevo. ¿De cuál te fiarías con un estudiante nuevo?</translation>
    </message>
    <message>
        <source>the same with L2 λ = 0.1</source>
        <translation>lo mismo con L2 λ = 0,1</translation>
    </message>
</context>
<context>
    <name>loss_plot</name>
    <message>
        <source>Click or drag</source>
        <translation>Clic o arrastrar</translation>
    </message>
    <message>
        <source>travel back to that epoch: every plot shows the model then</source>
        <translation>volver a esa época: cada gráfico muestra el modelo de entonces</translation>
    </message>
    <message>
        <source>Hover</source>
        <translation>Pasar el puntero</translation>
    </message>
    <message>
        <source>read the epoch and loss under the pointer</source>
        <translation>leer la época y la pérdida bajo el puntero</translation>
    </message>
    <message>
        <source>Loss per epoch</source>
        <translation>Pérdida por época</translation>
    </message>
    <message>
        <source>epoch loss (sum over rows)</source>
        <translation>pérdida de la época (suma sobre las filas)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <source>mean loss per row</source>
        <translation>pérdida media por fila</translation>
    </message>
    <message>
        <source>best validation loss {loss} at epoch {epoch}</source>
        <translation>mejor pérdida de validación {loss} en la época {epoch}</translation>
    </message>
    <message>
        <source>drawn as the min and max of every epoch</source>
        <translation>dibujada como el mínimo y el máximo de cada época</translation>
    </message>
    <message>
        <source>drawn as the min and max of every {n} epochs</source>
        <translation>dibujada como el mínimo y el máximo de cada {n} épocas</translation>
    </message>
    <message>
        <source>training rows ({loss}, mean)</source>
        <translation>filas de entrenamiento ({loss}, media)</translation>
    </message>
    <message>
        <source>validation rows (held out, mean)</source>
        <translation>filas de validación (reservadas, media)</translation>
    </message>
    <message>
        <source>this run ({loss})</source>
        <translation>esta ejecución ({loss})</translation>
    </message>
    <message>
        <source>epoch {n}</source>
        <translation>época {n}</translation>
    </message>
    <message>
        <source>epoch {n}
loss {loss}</source>
        <translation>época {n}
pérdida {loss}</translation>
    </message>
    <message>
        <source>epoch {n}
training {loss}
validation {val}</source>
        <translation>época {n}
entrenamiento {loss}
validación {val}</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Ready: press Train (Space) to watch gradient descent.</source>
        <translation>Listo: pulsa Entrenar (Espacio) para ver el descenso de gradiente.</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animación</translation>
    </message>
    <message>
        <source>Presentation mode: F11 or Esc to leave; Ctrl+B hides the side panel.</source>
        <translation>Modo presentación: F11 o Esc para salir; Ctrl+B oculta el panel lateral.</translation>
    </message>
    <message>
        <source>Presentation mode is off: the window is as it was.</source>
        <translation>Modo presentación desactivado: la ventana vuelve a estar como antes.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>open another session</source>
        <translation>abrir otra sesión</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>salir</translation>
    </message>
</context>
<context>
    <name>metrics_controller</name>
    <message>
        <source>The model&apos;s parameters are not finite numbers (the run diverged): there is no p to compare with t.</source>
        <translation>Los parámetros del modelo no son números finitos (la ejecución divergió): no hay p que comparar con t.</translation>
    </message>
    <message>
        <source>all {rows}, none held out</source>
        <translation>todas las {rows}, ninguna reservada</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>{rows}, held out</source>
        <translation>{rows}, reservadas</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Viewing epoch {epoch} (travelled back on the loss plot; Back to live: Esc)</source>
        <translation>Viendo la época {epoch} (elegida en el gráfico de pérdida; Volver al directo: Esc)</translation>
    </message>
    <message>
        <source>The model at its start: no epoch trained yet</source>
        <translation>El modelo al inicio: aún no se ha entrenado ninguna época</translation>
    </message>
    <message>
        <source>Live: the model after 1 epoch</source>
        <translation>En directo: el modelo tras 1 época</translation>
    </message>
    <message>
        <source>Live: the model after {n} epochs</source>
        <translation>En directo: el modelo tras {n} épocas</translation>
    </message>
    <message>
        <source>{n} train</source>
        <translation>{n} de entrenamiento</translation>
    </message>
    <message>
        <source>{n} validation</source>
        <translation>{n} de validación</translation>
    </message>
    <message>
        <source>{rows} ({where}) labelled between 0 and 1: in no cell, and never counted right.</source>
        <translation>{rows} ({where}) con etiqueta entre 0 y 1: en ninguna celda y nunca contadas como acierto.</translation>
    </message>
    <message>
        <source>{rows} labelled between 0 and 1: in no cell, and never counted right.</source>
        <translation>{rows} con etiqueta entre 0 y 1: en ninguna celda y nunca contadas como acierto.</translation>
    </message>
</context>
<context>
    <name>metrics_panel</name>
    <message>
        <source>Accuracy, precision, recall and the confusion matrix of the model on view, at the decision threshold t (View ▸ Classifier metrics, Ctrl+M)</source>
        <translation>Exactitud, precisión, sensibilidad y la matriz de confusión del modelo mostrado, con el umbral de decisión t (Ver ▸ Métricas del clasificador, Ctrl+M)</translation>
    </message>
    <message>
        <source>True positives: labelled 1 and predicted 1 (p ≥ t)</source>
        <translation>Verdaderos positivos: etiqueta 1 y predicción 1 (p ≥ t)</translation>
    </message>
    <message>
        <source>False positives: labelled 0 but predicted 1 (p ≥ t)</source>
        <translation>Falsos positivos: etiqueta 0 pero predicción 1 (p ≥ t)</translation>
    </message>
    <message>
        <source>False negatives: labelled 1 but predicted 0 (p &lt; t)</source>
        <translation>Falsos negativos: etiqueta 1 pero predicción 0 (p &lt; t)</translation>
    </message>
    <message>
        <source>True negatives: labelled 0 and predicted 0 (p &lt; t)</source>
        <translation>Verdaderos negativos: etiqueta 0 y predicción 0 (p &lt; t)</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Exactitud</translation>
    </message>
    <message>
        <source>The fraction of rows whose prediction equals their label: (TP + TN) / rows</source>
        <translation>La fracción de filas cuya predicción coincide con su etiqueta: (TP + TN) / filas</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Of the rows predicted 1, the fraction labelled 1: TP / (TP + FP)</source>
        <translation>De las filas con predicción 1, la fracción con etiqueta 1: TP / (TP + FP)</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>Of the rows labelled 1, the fraction predicted 1: TP / (TP + FN)</source>
        <translation>De las filas con etiqueta 1, la fracción con predicción 1: TP / (TP + FN)</translation>
    </message>
    <message>
        <source>A row is predicted 1 when its p ≥ t. Drag the dashed line on the fit plot, or set t here.</source>
        <translation>Una fila se predice como 1 cuando su p ≥ t. Arrastra la línea discontinua en el gráfico de ajuste o fija t aquí.</translation>
    </message>
    <message>
        <source>A row is predicted 1 when its p ≥ t. Two inputs: the fit plot shows the plane (its boundary is p = 0.5), so t is set here.</source>
        <translation>Una fila se predice como 1 cuando su p ≥ t. Dos entradas: el gráfico de ajuste muestra el plano (su frontera es p = 0,5), así que t se fija aquí.</translation>
    </message>
    <message>
        <source>{share} ({done}&#xa0;of&#xa0;{total})</source>
        <translation>{share} ({done}&#xa0;de&#xa0;{total})</translation>
    </message>
    <message>
        <source>labelled 1</source>
        <translation>etiqueta 1</translation>
    </message>
    <message>
        <source>Rows whose label is 1 (passed)</source>
        <translation>Filas cuya etiqueta es 1 (aprobado)</translation>
    </message>
    <message>
        <source>labelled 0</source>
        <translation>etiqueta 0</translation>
    </message>
    <message>
        <source>Rows whose label is 0 (failed)</source>
        <translation>Filas cuya etiqueta es 0 (suspenso)</translation>
    </message>
    <message>
        <source>predicted 1</source>
        <translation>predicción 1</translation>
    </message>
    <message>
        <source>Rows whose p ≥ t</source>
        <translation>Filas con p ≥ t</translation>
    </message>
    <message>
        <source>predicted 0</source>
        <translation>predicción 0</translation>
    </message>
    <message>
        <source>Rows whose p &lt; t</source>
        <translation>Filas con p &lt; t</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>No rows are held out: every row is trained on. Hold some out for validation to see how the model does on rows it never saw.</source>
        <translation>No hay filas reservadas: se entrena con todas. Reserva algunas para validación y verás cómo le va al modelo con filas que nunca vio.</translation>
    </message>
    <message>
        <source>Decision threshold t:</source>
        <translation>Umbral de decisión t:</translation>
    </message>
    <message>
        <source>A row is predicted 1 (pass) when the model&apos;s p for it is at least t</source>
        <translation>Una fila se predice como 1 (aprobado) cuando el p del modelo para ella es al menos t</translation>
    </message>
    <message>
        <source>A row counts in the confusion matrix only if its label is exactly 0 or 1; accuracy divides by every row, so such a row is never counted right.</source>
        <translation>Una fila cuenta en la matriz de confusión solo si su etiqueta es exactamente 0 o 1; la exactitud divide entre todas las filas, así que una fila así nunca se cuenta como acierto.</translation>
    </message>
    <message>
        <source>No row is predicted 1 at t = {t}: precision, TP / (TP + FP), would divide by zero</source>
        <translation>Con t = {t} ninguna fila se predice como 1: la precisión, TP / (TP + FP), dividiría entre cero</translation>
    </message>
    <message>
        <source>No row is labelled 1: recall, TP / (TP + FN), would divide by zero</source>
        <translation>Ninguna fila tiene etiqueta 1: la sensibilidad, TP / (TP + FN), dividiría entre cero</translation>
    </message>
</context>
<context>
    <name>model_box</name>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>none (the lesson&apos;s neuron)</source>
        <translation>ninguna (la neurona de la lección)</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>Unidades ocultas</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>Start seed</source>
        <translation>Semilla inicial</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>max</source>
        <translation>máx.</translation>
    </message>
    <message>
        <source>{names}: locked by the handout (Lesson ▸ Unlock controls).</source>
        <translation>{names}: bloqueado por la hoja de trabajo (Lección ▸ Desbloquear controles).</translation>
    </message>
</context>
<context>
    <name>network_view</name>
    <message>
        <source>gradient of this row = {value}</source>
        <translation>gradiente de esta fila = {value}</translation>
    </message>
    <message>
        <source>error = {value}</source>
        <translation>error = {value}</translation>
    </message>
    <message>
        <source>Blue: a positive weight, orange: a negative one; thicker: bigger. Hover for the numbers; after Step row, click an edge to see its update worked out.</source>
        <translation>Azul: un peso positivo, naranja: uno negativo; más grueso: mayor. Pasa el puntero para ver los números; tras Paso por fila, haz clic en una arista para ver su actualización calculada.</translation>
    </message>
    <message>
        <source>Network view</source>
        <translation>Vista de la red</translation>
    </message>
    <message>
        <source>{name} = {value}. Step row (Shift+S) to see its update.</source>
        <translation>{name} = {value}. Pulsa Paso por fila (Mayús+S) para ver su actualización.</translation>
    </message>
</context>
<context>
    <name>optimizers</name>
    <message>
        <source>Gradient descent (the lesson&apos;s)</source>
        <translation>Descenso de gradiente (el de la lección)</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Momento de Nesterov</translation>
    </message>
</context>
<context>
    <name>params_file</name>
    <message>
        <source>{name} is not a finite number</source>
        <translation>{name} no es un número finito</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>not parameters: nested too deeply</source>
        <translation>no son parámetros: anidados demasiado profundamente</translation>
    </message>
    <message>
        <source>it holds a number of over {n} digits</source>
        <translation>contiene un número de más de {n} dígitos</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>JSON no válido ({reason})</translation>
    </message>
    <message>
        <source>the parameters must be a JSON object</source>
        <translation>los parámetros deben ser un objeto JSON</translation>
    </message>
    <message>
        <source>W1 must be a list of 1 to {n} rows (one per hidden unit)</source>
        <translation>W1 debe ser una lista de 1 a {n} filas (una por unidad oculta)</translation>
    </message>
    <message>
        <source>each row of W1 must hold 1 or 2 weights (one per input)</source>
        <translation>cada fila de W1 debe tener 1 o 2 pesos (uno por entrada)</translation>
    </message>
    <message>
        <source>activation {name} is not one of {names}</source>
        <translation>la activación {name} no es ninguna de {names}</translation>
    </message>
    <message>
        <source>expected &quot;w&quot; (a list of 1 or 2 weights) and &quot;b&quot;, or a hidden layer&apos;s &quot;W1&quot;, &quot;b1&quot;, &quot;w2&quot;, &quot;b2&quot;</source>
        <translation>se esperaba &quot;w&quot; (una lista de 1 o 2 pesos) y &quot;b&quot;, o los de una capa oculta: &quot;W1&quot;, &quot;b1&quot;, &quot;w2&quot;, &quot;b2&quot;</translation>
    </message>
</context>
<context>
    <name>penalty</name>
    <message>
        <source>no penalty</source>
        <translation>sin penalización</translation>
    </message>
</context>
<context>
    <name>plot_descriptions</name>
    <message>
        <source>epoch {n}: </source>
        <translation>época {n}: </translation>
    </message>
    <message>
        <source>{n} points, {passed} passed</source>
        <translation>{n} puntos, {passed} aprobados</translation>
    </message>
    <message>
        <source>, {n} held out</source>
        <translation>, {n} reservados</translation>
    </message>
    <message>
        <source>no curve: the parameters are not finite numbers (the run diverged)</source>
        <translation>sin curva: los parámetros no son números finitos (la ejecución divergió)</translation>
    </message>
    <message>
        <source>sigmoid {equation}</source>
        <translation>sigmoide {equation}</translation>
    </message>
    <message>
        <source>sigmoid of both inputs {equation}</source>
        <translation>sigmoide de ambas entradas {equation}</translation>
    </message>
    <message>
        <source>1 parameter</source>
        <translation>1 parámetro</translation>
    </message>
    <message>
        <source>{n} parameters</source>
        <translation>{n} parámetros</translation>
    </message>
    <message>
        <source>{loss}: no epoch trained yet</source>
        <translation>{loss}: aún no se ha entrenado ninguna época</translation>
    </message>
    <message>
        <source>{loss} over 1 epoch, last {losses}</source>
        <translation>{loss} durante 1 época; al final: {losses}</translation>
    </message>
    <message>
        <source>{loss} over {n} epochs, last {losses}</source>
        <translation>{loss} durante {n} épocas; al final: {losses}</translation>
    </message>
    <message>
        <source>; viewing epoch {n}, loss {loss}</source>
        <translation>; viendo la época {n}, pérdida {loss}</translation>
    </message>
    <message>
        <source>; diverged at epoch {n}</source>
        <translation>; divergió en la época {n}</translation>
    </message>
    <message>
        <source>loss landscape: not computed yet</source>
        <translation>paisaje de pérdida: aún no calculado</translation>
    </message>
    <message>
        <source>total loss over {across} from {x0} to {x1}, {up} from {y0} to {y1}</source>
        <translation>pérdida total sobre {across} de {x0} a {x1}, {up} de {y0} a {y1}</translation>
    </message>
    <message>
        <source>, the run at ({x}, {y})</source>
        <translation>, la ejecución en ({x}, {y})</translation>
    </message>
    <message>
        <source>threshold {t}</source>
        <translation>umbral {t}</translation>
    </message>
    <message>
        <source>train</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <source>no counts shown</source>
        <translation>no se muestran recuentos</translation>
    </message>
</context>
<context>
    <name>plot_menu</name>
    <message>
        <source>Export the fit plot…</source>
        <translation>Exportar el gráfico de ajuste…</translation>
    </message>
    <message>
        <source>Copy the fit plot</source>
        <translation>Copiar el gráfico de ajuste</translation>
    </message>
    <message>
        <source>Export the landscape plot…</source>
        <translation>Exportar el gráfico del paisaje…</translation>
    </message>
    <message>
        <source>Copy the landscape plot</source>
        <translation>Copiar el gráfico del paisaje</translation>
    </message>
    <message>
        <source>Export the loss plot…</source>
        <translation>Exportar el gráfico de pérdida…</translation>
    </message>
    <message>
        <source>Copy the loss plot</source>
        <translation>Copiar el gráfico de pérdida</translation>
    </message>
    <message>
        <source>Delete data row {row}</source>
        <translation>Eliminar la fila de datos {row}</translation>
    </message>
    <message>
        <source>Export all plots…</source>
        <translation>Exportar todos los gráficos…</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Mostrar todo</translation>
    </message>
</context>
<context>
    <name>plots</name>
    <message>
        <source>Right-click</source>
        <translation>Clic derecho</translation>
    </message>
    <message>
        <source>export or copy this plot; Show everything</source>
        <translation>exportar o copiar este gráfico; Mostrar todo</translation>
    </message>
</context>
<context>
    <name>prediction_controller</name>
    <message>
        <source>predicted for {name}</source>
        <translation>predicho para {name}</translation>
    </message>
    <message>
        <source>the model diverged (a parameter is not a number): reset and train it</source>
        <translation>el modelo divergió (un parámetro no es un número): reinícialo y entrénalo</translation>
    </message>
    <message>
        <source>Predict for a file</source>
        <translation>Predecir para un archivo</translation>
    </message>
    <message>
        <source>Predicting for {name}…</source>
        <translation>Prediciendo para {name}…</translation>
    </message>
    <message>
        <source>Which column is {what}?</source>
        <translation>¿Qué columna es {what}?</translation>
    </message>
    <message>
        <source>{file} has {n} columns. Predict with {what} from:</source>
        <translation>{file} tiene {n} columnas. Predecir con {what} de:</translation>
    </message>
    <message>
        <source>{summary} Saved them to {path}.</source>
        <translation>{summary} Se guardaron en {path}.</translation>
    </message>
    <message>
        <source>Save the predictions</source>
        <translation>Guardar las predicciones</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>{summary} Not saved.</source>
        <translation>{summary} No se han guardado.</translation>
    </message>
    <message>
        <source>{path} is the file the inputs were read from: save the predictions to another file (the inputs stay as they are)</source>
        <translation>{path} es el archivo del que se leyeron las entradas: guarda las predicciones en otro archivo (las entradas quedan como están)</translation>
    </message>
    <message>
        <source>Predicted {rows} of {name} with the model after {epochs} ({model}): {passing} predicted to pass{note}.</source>
        <translation>Predichas {rows} de {name} con el modelo tras {epochs} ({model}): {passing} con aprobado previsto{note}.</translation>
    </message>
    <message>
        <source>No predictions: {reason}</source>
        <translation>Sin predicciones: {reason}</translation>
    </message>
    <message>
        <source>Cannot predict for this file</source>
        <translation>No se puede predecir para este archivo</translation>
    </message>
    <message>
        <source>{reason}

Nothing was written.</source>
        <translation>{reason}

No se ha escrito nada.</translation>
    </message>
</context>
<context>
    <name>race_views</name>
    <message>
        <source>Race optimisers</source>
        <translation>Carrera de optimizadores</translation>
    </message>
    <message>
        <source>They all start at the same w and b on the same data, with the same loss, gradient and updates, and train at the same time. Tick the ones to race.</source>
        <translation>Todos empiezan en los mismos w y b con los mismos datos, la misma pérdida, el mismo gradiente y las mismas actualizaciones, y entrenan a la vez. Marca los que compiten.</translation>
    </message>
    <message>
        <source>Racers</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <source>its settings</source>
        <translation>sus ajustes</translation>
    </message>
    <message>
        <source>{optimizer} learning rate</source>
        <translation>{optimizer}: tasa de aprendizaje</translation>
    </message>
    <message>
        <source>The table says when each racer&apos;s epoch loss first gets here</source>
        <translation>La tabla indica cuándo la pérdida por época de cada participante llega aquí por primera vez</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Time to reach a loss of</source>
        <translation>Tiempo hasta una pérdida de</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Carrera</translation>
    </message>
    <message>
        <source>Tick at least two optimisers to race.</source>
        <translation>Marca al menos dos optimizadores para la carrera.</translation>
    </message>
    <message>
        <source>racer</source>
        <translation>participante</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>alcanzado</translation>
    </message>
    <message>
        <source>Every racer, live. &apos;reached&apos;: the first epoch whose loss was at most the threshold below.</source>
        <translation>Cada participante, en directo. «alcanzado»: la primera época cuya pérdida fue como mucho el umbral de abajo.</translation>
    </message>
    <message>
        <source>reached = loss ≤</source>
        <translation>alcanzado = pérdida ≤</translation>
    </message>
    <message>
        <source>End race</source>
        <translation>Terminar la carrera</translation>
    </message>
    <message>
        <source>Take the racers off the plots; the run comes back</source>
        <translation>Quitar a los participantes de los gráficos; vuelve la ejecución</translation>
    </message>
    <message>
        <source>diverged ({epoch})</source>
        <translation>divergió ({epoch})</translation>
    </message>
    <message>
        <source>{racer}, learning rate {lr}: epoch {epoch} of {epochs}, {model}</source>
        <translation>{racer}, tasa de aprendizaje {lr}: época {epoch} de {epochs}, {model}</translation>
    </message>
    <message>
        <source>Ready: Train (Space) starts every racer at once.</source>
        <translation>Listo: Entrenar (Espacio) arranca a todos los participantes a la vez.</translation>
    </message>
    <message>
        <source>Racing…  Pause (Space), or S for one epoch each.</source>
        <translation>En carrera…  Pausa (Espacio), o S para una época cada uno.</translation>
    </message>
    <message>
        <source>Paused: Train (Space) goes on, S steps one epoch each.</source>
        <translation>En pausa: Entrenar (Espacio) continúa, S avanza una época cada uno.</translation>
    </message>
    <message>
        <source>Finished. Reset (R) races again from the start.</source>
        <translation>Terminado. Reiniciar (R) repite la carrera desde el inicio.</translation>
    </message>
</context>
<context>
    <name>recent_files</name>
    <message>
        <source>No files yet</source>
        <translation>Aún no hay archivos</translation>
    </message>
</context>
<context>
    <name>run_controller</name>
    <message>
        <source>No rows held out: {problem}.</source>
        <translation>No se reservaron filas: {problem}.</translation>
    </message>
    <message>
        <source> Train (Space) starts a run with it.</source>
        <translation> Entrenar (Espacio) inicia una ejecución con ello.</translation>
    </message>
    <message>
        <source> A new run started from the same start; the one before is kept in Runs.</source>
        <translation> Una nueva ejecución empezó desde el mismo inicio; la anterior se conserva en Ejecuciones.</translation>
    </message>
    <message>
        <source>The next run starts at {start}: Reset (R) to start it now.</source>
        <translation>La próxima ejecución empieza en {start}: Reiniciar (R) para empezarla ya.</translation>
    </message>
    <message>
        <source>the weights drawn with seed {seed}</source>
        <translation>los pesos elegidos al azar con la semilla {seed}</translation>
    </message>
    <message>
        <source>w = {w} (each weight), b = {b}</source>
        <translation>w = {w} (cada peso), b = {b}</translation>
    </message>
    <message>
        <source>Training with {settings}.</source>
        <translation>Entrenando con {settings}.</translation>
    </message>
    <message>
        <source>Start set to {start}. Train (Space) goes from there.</source>
        <translation>Inicio fijado en {start}. Entrenar (Espacio) parte de ahí.</translation>
    </message>
    <message>
        <source>Learning rate {rate}: Train (Space) to watch it.</source>
        <translation>Tasa de aprendizaje {rate}: Entrenar (Espacio) para verla en acción.</translation>
    </message>
    <message>
        <source>The run will have {n} epochs.</source>
        <translation>La ejecución tendrá {n} épocas.</translation>
    </message>
    <message>
        <source>Learning rate now {rate}, from the next epoch on.</source>
        <translation>Tasa de aprendizaje ahora {rate}, desde la próxima época.</translation>
    </message>
    <message>
        <source>Learning rate now {rate}: raise Epochs and Train to go on at it.</source>
        <translation>Tasa de aprendizaje ahora {rate}: aumenta las épocas y entrena para seguir con ella.</translation>
    </message>
    <message>
        <source>Learning rate now {rate}: Train (Space) goes on at it.</source>
        <translation>Tasa de aprendizaje ahora {rate}: Entrenar (Espacio) sigue con ella.</translation>
    </message>
    <message>
        <source>Early stopping ended this run at epoch {n}, so more epochs do not go on with it: set Early stopping off (or a longer patience) and Train starts a run that does.</source>
        <translation>La parada temprana terminó esta ejecución en la época {n}, así que aumentar las épocas no la prolonga: desactiva la parada temprana (o pon una paciencia mayor) y Entrenar iniciará una ejecución que sí lo haga.</translation>
    </message>
</context>
<context>
    <name>run_messages</name>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>pérdida de validación</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>peso</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>sesgo</translation>
    </message>
    <message>
        <source>1 epoch</source>
        <translation>1 época</translation>
    </message>
    <message>
        <source>{n} epochs</source>
        <translation>{n} épocas</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} filas</translation>
    </message>
    <message>
        <source>A race of {n} optimisers from w = {w}, b = {b}: Train (Space) starts them all.</source>
        <translation>Una carrera de {n} optimizadores desde w = {w}, b = {b}: Entrenar (Espacio) los inicia todos.</translation>
    </message>
    <message>
        <source>The race is over; the run is back.</source>
        <translation>La carrera ha terminado; vuelve la ejecución.</translation>
    </message>
    <message>
        <source>Race finished: lowest loss {best} ({loss}); first to reach {t}: {first}.</source>
        <translation>Carrera terminada: menor pérdida {best} ({loss}); primero en llegar a {t}: {first}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Paused at epoch {n}. Train (Space) resumes, S does one more epoch, Shift+S one row.</source>
        <translation>En pausa en la época {n}. Entrenar (Espacio) reanuda, S hace una época más, Mayús+S una fila.</translation>
    </message>
    <message>
        <source>Paused at epoch {n}. Train (Space) resumes, Step (S) does one epoch, Shift+S one row.</source>
        <translation>En pausa en la época {n}. Entrenar (Espacio) reanuda, Paso (S) hace una época, Mayús+S una fila.</translation>
    </message>
    <message>
        <source>Epoch {epoch}, row {done} of {rows}: x = {x}, y = {y}</source>
        <translation>Época {epoch}, fila {done} de {rows}: x = {x}, y = {y}</translation>
    </message>
    <message>
        <source>{title}: loss {loss}. Shift+S for the next row, S to finish the epoch.</source>
        <translation>{title}: pérdida {loss}. Mayús+S para la siguiente fila, S para terminar la época.</translation>
    </message>
    <message>
        <source>Finished {epochs}: {losses}, {model}. Raise Epochs and Train to go on.</source>
        <translation>{epochs} terminadas: {losses}, {model}. Aumenta las épocas y entrena para continuar.</translation>
    </message>
    <message>
        <source>{n} parameters (each on the Network tab)</source>
        <translation>{n} parámetros (cada uno en la pestaña Red)</translation>
    </message>
    <message>
        <source>Early stopping at epoch {epoch}: no better validation loss for {epochs}. Showing epoch {best}, the best (★): the run kept its parameters.</source>
        <translation>Parada temprana en la época {epoch}: ninguna pérdida de validación mejor durante {epochs}. Se muestra la época {best}, la mejor (★): la ejecución conservó sus parámetros.</translation>
    </message>
    <message>
        <source>Training stopped by an internal error (details shown).</source>
        <translation>Entrenamiento detenido por un error interno (se muestran los detalles).</translation>
    </message>
    <message>
        <source>gdviz: training failed</source>
        <translation>gdviz: el entrenamiento falló</translation>
    </message>
    <message>
        <source>Training stopped because of an internal error. The run so far is kept.</source>
        <translation>El entrenamiento se detuvo por un error interno. Se conserva la ejecución hasta ahora.</translation>
    </message>
    <message>
        <source>The run now goes to {epochs}: Train (Space) goes on from where it stopped.</source>
        <translation>La ejecución llega ahora a {epochs}: Entrenar (Espacio) continúa desde donde se detuvo.</translation>
    </message>
    <message>
        <source>The loss has risen for {epochs} in a row (since epoch {began}): the steps may be too big for this data. Try a smaller learning rate.</source>
        <translation>La pérdida ha subido durante {epochs} seguidas (desde la época {began}): puede que los pasos sean demasiado grandes para estos datos. Prueba una tasa de aprendizaje menor.</translation>
    </message>
    <message>
        <source>Try a smaller learning rate than {rate}.</source>
        <translation>Prueba una tasa de aprendizaje menor que {rate}.</translation>
    </message>
    <message>
        <source>Diverged at epoch {n}: the {what} became {value}. {advice}</source>
        <translation>Divergió en la época {n}: {what} = {value}. {advice}</translation>
    </message>
    <message>
        <source>Diverged at epoch {n}: the {what} became {value}.
{advice} Then Reset (R).</source>
        <translation>Divergió en la época {n}: {what} = {value}.
{advice} Después, Reiniciar (R).</translation>
    </message>
    <message>
        <source>type both inputs</source>
        <translation>escribe ambas entradas</translation>
    </message>
    <message>
        <source>type hours studied</source>
        <translation>escribe las horas de estudio</translation>
    </message>
    <message>
        <source>likely to pass</source>
        <translation>probablemente aprueba</translation>
    </message>
    <message>
        <source>likely to fail</source>
        <translation>probablemente suspende</translation>
    </message>
</context>
<context>
    <name>runs</name>
    <message>
        <source>lr {rates}</source>
        <translation>lr {rates}</translation>
    </message>
    <message>
        <source>lr {rate}</source>
        <translation>lr {rate}</translation>
    </message>
    <message>
        <source>{n} epochs</source>
        <translation>{n} épocas</translation>
    </message>
    <message>
        <source>squared</source>
        <translation>cuadrático</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropía cruzada</translation>
    </message>
    <message>
        <source>{n} hidden {activation}</source>
        <translation>{n} ocultas {activation}</translation>
    </message>
    <message>
        <source>one neuron</source>
        <translation>una neurona</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>semilla {seed}</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>lote completo</translation>
    </message>
    <message>
        <source>per-row</source>
        <translation>por fila</translation>
    </message>
    <message>
        <source>batch {n}</source>
        <translation>lote {n}</translation>
    </message>
    <message>
        <source>{fraction} held out</source>
        <translation>{fraction} reservado</translation>
    </message>
    <message>
        <source>no rows held out</source>
        <translation>sin filas reservadas</translation>
    </message>
    <message>
        <source>{held} (seed {seed})</source>
        <translation>{held} (semilla {seed})</translation>
    </message>
    <message>
        <source>no penalty</source>
        <translation>sin penalización</translation>
    </message>
    <message>
        <source>patience {n}</source>
        <translation>paciencia {n}</translation>
    </message>
    <message>
        <source>no early stop</source>
        <translation>sin parada temprana</translation>
    </message>
    <message>
        <source>{name} data</source>
        <translation>datos {name}</translation>
    </message>
    <message>
        <source>earlier data</source>
        <translation>datos anteriores</translation>
    </message>
</context>
<context>
    <name>runs_tab</name>
    <message>
        <source>Race optimisers…</source>
        <translation>Carrera de optimizadores…</translation>
    </message>
    <message>
        <source>Train several optimisers at once from the same start and watch them race (Run ▸ Race optimisers…)</source>
        <translation>Entrenar varios optimizadores a la vez desde el mismo inicio y verlos competir (Ejecución ▸ Carrera de optimizadores…)</translation>
    </message>
    <message>
        <source>Earlier runs, drawn faded on every plot. Untick to hide, double-click to rename.</source>
        <translation>Ejecuciones anteriores, dibujadas atenuadas en cada gráfico. Desmarca para ocultar, doble clic para renombrar.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>Quitar todas</translation>
    </message>
    <message>
        <source>How many earlier runs to keep; the oldest go first</source>
        <translation>Cuántas ejecuciones anteriores conservar; las más antiguas se van primero</translation>
    </message>
    <message>
        <source>Keep up to</source>
        <translation>Conservar hasta</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>ejecuciones</translation>
    </message>
    <message>
        <source>Each new run keeps the one before it here, named by what it did differently. Runs on other data are hidden when the data changes.</source>
        <translation>Cada nueva ejecución guarda aquí la anterior, con un nombre según lo que hizo distinto. Las ejecuciones con otros datos se ocultan cuando cambian los datos.</translation>
    </message>
    <message>
        <source>{epochs} epochs on {data}; final loss {loss}; w = {w}, b = {b}</source>
        <translation>{epochs} épocas con {data}; pérdida final {loss}; w = {w}, b = {b}</translation>
    </message>
    <message>
        <source>Remove all runs</source>
        <translation>Quitar todas las ejecuciones</translation>
    </message>
    <message>
        <source>Remove all {n} kept runs from the plots and the list? This cannot be undone.</source>
        <translation>¿Quitar las {n} ejecuciones conservadas de los gráficos y de la lista? No se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must be a number, got {kind}</source>
        <translation>&apos;{path}&apos; debe ser un número, se encontró {kind}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is too large a number</source>
        <translation>&apos;{path}&apos; es un número demasiado grande</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must be a whole number, got {kind}</source>
        <translation>&apos;{path}&apos; debe ser un número entero, se encontró {kind}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must be text, got {kind}</source>
        <translation>&apos;{path}&apos; debe ser texto, se encontró {kind}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; holds a NUL character</source>
        <translation>&apos;{path}&apos; contiene un carácter NUL</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is {value}; expected one of {names}</source>
        <translation>&apos;{path}&apos; es {value}; se esperaba uno de {names}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must be true or false, got {kind}</source>
        <translation>&apos;{path}&apos; debe ser true o false, se encontró {kind}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is {value}, not a number</source>
        <translation>&apos;{path}&apos; es {value}, no un número</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must be an object, got {kind}</source>
        <translation>&apos;{path}&apos; debe ser un objeto, se encontró {kind}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is missing</source>
        <translation>falta &apos;{path}&apos;</translation>
    </message>
</context>
<context>
    <name>session_checks</name>
    <message>
        <source>&apos;{path}&apos; must be a list of {n} numbers for {model}</source>
        <translation>&apos;{path}&apos; debe ser una lista de {n} números para {model}</translation>
    </message>
    <message>
        <source>&apos;history.param_stride&apos; must be a power of two, got {n}</source>
        <translation>&apos;history.param_stride&apos; debe ser una potencia de dos, se encontró {n}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must be at most {most}, got {found}</source>
        <translation>&apos;{path}&apos; debe ser como máximo {most}, se encontró {found}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must have {n} values, found {found}</source>
        <translation>&apos;{path}&apos; debe tener {n} valores, se encontraron {found}</translation>
    </message>
    <message>
        <source>the history has {n} epochs, more than the run&apos;s {epochs}</source>
        <translation>el historial tiene {n} épocas, más que las {epochs} de la ejecución</translation>
    </message>
    <message>
        <source>&apos;history.parameters&apos; must name {model}&apos;s {n} parameters ({names})</source>
        <translation>&apos;history.parameters&apos; debe nombrar los {n} parámetros de {model} ({names})</translation>
    </message>
    <message>
        <source>&apos;history.params&apos; must have {n} values ({size} parameters × {epochs} epochs), found {found}</source>
        <translation>&apos;history.params&apos; debe tener {n} valores ({size} parámetros × {epochs} épocas), se encontraron {found}</translation>
    </message>
    <message>
        <source>&apos;history.weight&apos; and &apos;history.bias&apos; must have {n} values for {epochs} epochs, found {w} and {b}</source>
        <translation>&apos;history.weight&apos; y &apos;history.bias&apos; deben tener {n} valores para {epochs} épocas, se encontraron {w} y {b}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; has a negative loss</source>
        <translation>&apos;{path}&apos; tiene una pérdida negativa</translation>
    </message>
    <message>
        <source>&apos;history.val_loss&apos; is for a run with rows held out (&apos;validation&apos;)</source>
        <translation>&apos;history.val_loss&apos; es para una ejecución con filas reservadas (&apos;validation&apos;)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>&apos;history.val_loss&apos; must have {n} values (one per epoch), found {found}</source>
        <translation>&apos;history.val_loss&apos; debe tener {n} valores (uno por época), se encontraron {found}</translation>
    </message>
    <message>
        <source>&apos;learning_rate_changes&apos; has {n} entries for {epochs} epochs</source>
        <translation>&apos;learning_rate_changes&apos; tiene {n} entradas para {epochs} épocas</translation>
    </message>
    <message>
        <source>&apos;learning_rate_changes[{i}]&apos;: epochs must start at 0, increase, and not pass {n}</source>
        <translation>&apos;learning_rate_changes[{i}]&apos;: las épocas deben empezar en 0, crecer y no pasar de {n}</translation>
    </message>
    <message>
        <source>&apos;state.divergence.value&apos; is {value}, not a number</source>
        <translation>&apos;state.divergence.value&apos; es {value}, no un número</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must hold {n} numbers ({size} parameters), found {found}</source>
        <translation>&apos;{path}&apos; debe contener {n} números ({size} parámetros), se encontraron {found}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos;: the averages of squared gradients cannot be negative</source>
        <translation>&apos;{path}&apos;: las medias de los gradientes al cuadrado no pueden ser negativas</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; counts updates: a whole number from 0, got {found}</source>
        <translation>&apos;{path}&apos; cuenta actualizaciones: un número entero desde 0, se encontró {found}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must be all 0 for the sgd optimizer</source>
        <translation>&apos;{path}&apos; debe ser todo 0 para el optimizador sgd</translation>
    </message>
</context>
<context>
    <name>session_controller</name>
    <message>
        <source>idle</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergido</translation>
    </message>
    <message>
        <source>Export the fit plot</source>
        <translation>Exportar el gráfico de ajuste</translation>
    </message>
    <message>
        <source>Exported the fit plot to {path}.</source>
        <translation>Gráfico de ajuste exportado a {path}.</translation>
    </message>
    <message>
        <source>Export the landscape plot</source>
        <translation>Exportar el gráfico del paisaje</translation>
    </message>
    <message>
        <source>Exported the landscape plot to {path}.</source>
        <translation>Gráfico del paisaje exportado a {path}.</translation>
    </message>
    <message>
        <source>Export the loss plot</source>
        <translation>Exportar el gráfico de pérdida</translation>
    </message>
    <message>
        <source>Exported the loss plot to {path}.</source>
        <translation>Gráfico de pérdida exportado a {path}.</translation>
    </message>
    <message>
        <source>gdviz sessions (*{suffix})</source>
        <translation>Sesiones de gdviz (*{suffix})</translation>
    </message>
    <message>
        <source>Cannot save or open the session</source>
        <translation>No se puede guardar ni abrir la sesión</translation>
    </message>
    <message>
        <source> Train (Space) continues it.</source>
        <translation> Entrenar (Espacio) la continúa.</translation>
    </message>
    <message>
        <source>a race of {n} optimisers</source>
        <translation>una carrera de {n} optimizadores</translation>
    </message>
    <message>
        <source>a saved run</source>
        <translation>una ejecución guardada</translation>
    </message>
    <message>
        <source>Showing {what}: epoch {epoch} of {epochs} ({state}).{more}</source>
        <translation>Se muestra {what}: época {epoch} de {epochs} ({state}).{more}</translation>
    </message>
    <message>
        <source>Open gdviz session</source>
        <translation>Abrir sesión de gdviz</translation>
    </message>
    <message>
        <source>gdviz sessions (*{suffix});;JSON files (*.json);;All files (*)</source>
        <translation>Sesiones de gdviz (*{suffix});;Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <source>Save gdviz session</source>
        <translation>Guardar sesión de gdviz</translation>
    </message>
    <message>
        <source>Saving the session to {path}…</source>
        <translation>Guardando la sesión en {path}…</translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation>Guardar hoja de trabajo</translation>
    </message>
    <message>
        <source>Saved the handout to {path}: it opens at its step, as you chose.</source>
        <translation>Hoja de trabajo guardada en {path}: se abre en su paso, como elegiste.</translation>
    </message>
    <message>
        <source>Saved the session to {path}.</source>
        <translation>Sesión guardada en {path}.</translation>
    </message>
    <message>
        <source>Cannot open this session</source>
        <translation>No se puede abrir esta sesión</translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed.</source>
        <translation>{reason}

No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation>No se puede guardar la sesión</translation>
    </message>
    <message>
        <source>{path}: {reason}

Any earlier file there is unchanged. Try another folder.</source>
        <translation>{path}: {reason}

Si ya había un archivo allí, no ha cambiado. Prueba otra carpeta.</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exportar el historial como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the history</source>
        <translation>No se puede exportar el historial</translation>
    </message>
    <message>
        <source>Wrote {n} epoch to {path}.</source>
        <translation>Se escribió {n} época en {path}.</translation>
    </message>
    <message>
        <source>Wrote {n} epochs to {path}.</source>
        <translation>Se escribieron {n} épocas en {path}.</translation>
    </message>
    <message>
        <source>Export as Python script</source>
        <translation>Exportar como script de Python</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Scripts de Python (*.py)</translation>
    </message>
    <message>
        <source>Cannot write the script</source>
        <translation>No se puede escribir el script</translation>
    </message>
    <message>
        <source>Wrote {path}: run it with python to train the same run and print its log.</source>
        <translation>Se escribió {path}: ejecútalo con python para entrenar la misma ejecución e imprimir su registro.</translation>
    </message>
    <message>
        <source>Nothing to animate yet: train first (Space).</source>
        <translation>Aún no hay nada que animar: entrena primero (Espacio).</translation>
    </message>
    <message>
        <source>Cannot write the animation</source>
        <translation>No se puede escribir la animación</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <source>Cannot export the plots</source>
        <translation>No se pueden exportar los gráficos</translation>
    </message>
    <message>
        <source>Exported {names} to {folder}.</source>
        <translation>{names} exportados a {folder}.</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg)</source>
        <translation>Imagen PNG (*.png);;Imagen vectorial SVG (*.svg)</translation>
    </message>
    <message>
        <source>Cannot export the plot</source>
        <translation>No se puede exportar el gráfico</translation>
    </message>
    <message>
        <source>Copied a {width}×{height} image to the clipboard.</source>
        <translation>Imagen de {width}×{height} copiada al portapapeles.</translation>
    </message>
</context>
<context>
    <name>session_read</name>
    <message>
        <source>&apos;{path}&apos; must be base64 text, got {kind}</source>
        <translation>&apos;{path}&apos; debe ser texto base64, se encontró {kind}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must hold finite numbers only</source>
        <translation>&apos;{path}&apos; solo debe contener números finitos</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must be a list of numbers, got {kind}</source>
        <translation>&apos;{path}&apos; debe ser una lista de números, se encontró {kind}</translation>
    </message>
    <message>
        <source>not a gdviz session: not UTF-8 text</source>
        <translation>no es una sesión de gdviz: no es texto UTF-8</translation>
    </message>
    <message>
        <source>not a gdviz session: it holds a number written with {n} characters, too large for a float</source>
        <translation>no es una sesión de gdviz: contiene un número escrito con {n} caracteres, demasiado grande para un float</translation>
    </message>
    <message>
        <source>not a gdviz session: nested too deeply</source>
        <translation>no es una sesión de gdviz: anidada demasiado profundamente</translation>
    </message>
    <message>
        <source>not a gdviz session: it holds a number of over {n} digits</source>
        <translation>no es una sesión de gdviz: contiene un número de más de {n} dígitos</translation>
    </message>
    <message>
        <source>not a gdviz session: not valid JSON ({reason})</source>
        <translation>no es una sesión de gdviz: JSON no válido ({reason})</translation>
    </message>
    <message>
        <source>not a gdviz session: the file is not a JSON object</source>
        <translation>no es una sesión de gdviz: el archivo no es un objeto JSON</translation>
    </message>
    <message>
        <source>not a gdviz session: &apos;format&apos; is {found}, expected {expected}</source>
        <translation>no es una sesión de gdviz: &apos;format&apos; es {found}, se esperaba {expected}</translation>
    </message>
    <message>
        <source>a newer one</source>
        <translation>una más reciente</translation>
    </message>
    <message>
        <source>saved by a newer gdviz (session version {version}; this gdviz reads up to {newest}): update gdviz to open it</source>
        <translation>guardada por un gdviz más reciente (versión de sesión {version}; este gdviz lee hasta la {newest}): actualiza gdviz para abrirla</translation>
    </message>
    <message>
        <source>&apos;race.racers&apos; must be a list of 1 to {n} runs</source>
        <translation>&apos;race.racers&apos; debe ser una lista de 1 a {n} ejecuciones</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must be an object, got {kind}</source>
        <translation>&apos;{path}&apos; debe ser un objeto, se encontró {kind}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must be a whole number, got {kind}</source>
        <translation>&apos;{path}&apos; debe ser un número entero, se encontró {kind}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must be 1 or more</source>
        <translation>&apos;{path}&apos; debe ser 1 o más</translation>
    </message>
    <message>
        <source>{name} is not a finite number</source>
        <translation>{name} no es un número finito</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must have {n} values, found {found}</source>
        <translation>&apos;{path}&apos; debe tener {n} valores, se encontraron {found}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must hold {n} numbers for {model}, found {found}</source>
        <translation>&apos;{path}&apos; debe contener {n} números para {model}, se encontraron {found}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must be at most {most}, got {found}</source>
        <translation>&apos;{path}&apos; debe ser como máximo {most}, se encontró {found}</translation>
    </message>
    <message>
        <source>&apos;state.row&apos; must be 0 with a batch size of {size} (a run stops mid-epoch only with per-row updates, batch size 1)</source>
        <translation>&apos;state.row&apos; debe ser 0 con un tamaño de lote de {size} (una ejecución solo se detiene a mitad de época con actualizaciones por fila, tamaño de lote 1)</translation>
    </message>
    <message>
        <source>&apos;state.partial_loss&apos; must be 0 when no row of the epoch is done</source>
        <translation>&apos;state.partial_loss&apos; debe ser 0 cuando no se ha procesado ninguna fila de la época</translation>
    </message>
    <message>
        <source>&apos;state.partial_loss&apos; must not be negative</source>
        <translation>&apos;state.partial_loss&apos; no debe ser negativo</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>How big each nudge of w and b is. Too small is slow; too big overshoots or blows up. Takes effect at once, even while training.</source>
        <translation>Cuánto mueve cada empujón a w y b. Si es demasiado pequeña, va lenta; si es demasiado grande, se pasa o diverge. Se aplica al instante, incluso durante el entrenamiento.</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>How many passes over all the data the run makes. Raise it after a run finished and Train goes on from where it stopped.</source>
        <translation>Cuántas pasadas sobre todos los datos hace la ejecución. Auméntalo cuando termine una ejecución y Entrenar continuará desde donde se detuvo.</translation>
    </message>
    <message>
        <source>Start weight</source>
        <translation>Peso inicial</translation>
    </message>
    <message>
        <source>Starting weight w (the curve&apos;s steepness). Applies at once to a run that has not begun, otherwise to the next run.</source>
        <translation>Peso inicial w (la pendiente de la curva). Se aplica al instante a una ejecución que no ha empezado; si no, a la siguiente.</translation>
    </message>
    <message>
        <source>Start bias</source>
        <translation>Sesgo inicial</translation>
    </message>
    <message>
        <source>Starting bias b (shifts the curve left or right). Applies at once to a run that has not begun, otherwise to the next run.</source>
        <translation>Sesgo inicial b (desplaza la curva a izquierda o derecha). Se aplica al instante a una ejecución que no ha empezado; si no, a la siguiente.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>The loss reported (and followed, with the exact gradient)</source>
        <translation>La pérdida que se muestra (y que se sigue, con el gradiente exacto)</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>Gradiente</translation>
    </message>
    <message>
        <source>The lesson&apos;s error·x nudge, or the true gradient of the chosen loss</source>
        <translation>El empujón error·x de la lección, o el gradiente real de la pérdida elegida</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>1: update after every row (the lesson&apos;s); k: after every k rows, by their mean gradient; 0: once per epoch</source>
        <translation>1: actualizar tras cada fila (como en la lección); k: tras cada k filas, con su gradiente medio; 0: una vez por época</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>How each update moves w and b. The lesson&apos;s plain step, or one with a memory of earlier gradients. A change starts a new run from the same start.</source>
        <translation>Cómo mueve cada actualización w y b. El paso simple de la lección, o uno con memoria de gradientes anteriores. Un cambio inicia una ejecución nueva desde el mismo inicio.</translation>
    </message>
    <message>
        <source>Momentum μ</source>
        <translation>Momento μ</translation>
    </message>
    <message>
        <source>How much of the last velocity carries over (0 … below 1)</source>
        <translation>Cuánto de la última velocidad se conserva (0 … menos de 1)</translation>
    </message>
    <message>
        <source>Decay α</source>
        <translation>Decaimiento α</translation>
    </message>
    <message>
        <source>How slowly RMSProp&apos;s average of squared gradients moves (0 … below 1)</source>
        <translation>Con qué lentitud se mueve la media de gradientes al cuadrado de RMSProp (0 … menos de 1)</translation>
    </message>
    <message>
        <source>Adam: decay of the average gradient m (0 … below 1)</source>
        <translation>Adam: decaimiento del gradiente medio m (0 … menos de 1)</translation>
    </message>
    <message>
        <source>Adam: decay of the average squared gradient v (0 … below 1)</source>
        <translation>Adam: decaimiento del gradiente medio al cuadrado v (0 … menos de 1)</translation>
    </message>
    <message>
        <source>Added to the square root so a tiny average never divides by zero</source>
        <translation>Se suma a la raíz cuadrada para que una media diminuta nunca divida entre cero</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>Unidades ocultas</translation>
    </message>
    <message>
        <source>0: the lesson&apos;s neuron (no hidden layer). 1 to 16: a hidden layer of that many units between the inputs and the output neuron. A change starts a new run.</source>
        <translation>0: la neurona de la lección (sin capa oculta). 1 a 16: una capa oculta con tantas unidades entre las entradas y la neurona de salida. Un cambio inicia una ejecución nueva.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Activación</translation>
    </message>
    <message>
        <source>What each hidden unit does with its sum a: sigmoid σ(a), tanh(a) or ReLU max(a, 0)</source>
        <translation>Lo que hace cada unidad oculta con su suma a: sigmoide σ(a), tanh(a) o ReLU max(a, 0)</translation>
    </message>
    <message>
        <source>Start seed</source>
        <translation>Semilla inicial</translation>
    </message>
    <message>
        <source>A hidden layer starts with weights drawn at random from [−1, 1]: the same seed, the same start, on every machine</source>
        <translation>Una capa oculta empieza con pesos elegidos al azar en [−1, 1]: misma semilla, mismo inicio, en cualquier máquina</translation>
    </message>
    <message>
        <source>Validation part</source>
        <translation>Parte de validación</translation>
    </message>
    <message>
        <source>The fraction of rows held out: never trained on, their loss measured after every epoch (off: train on every row)</source>
        <translation>La fracción de filas reservadas: nunca se entrena con ellas, su pérdida se mide tras cada época (desactivado: entrenar con todas las filas)</translation>
    </message>
    <message>
        <source>Split seed</source>
        <translation>Semilla de división</translation>
    </message>
    <message>
        <source>Which rows are held out: the same seed, the same rows, on every machine</source>
        <translation>Qué filas se reservan: misma semilla, mismas filas, en cualquier máquina</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Paciencia</translation>
    </message>
    <message>
        <source>Early stopping: stop when the validation loss has not beaten its best for this many epochs, and keep the best epoch&apos;s parameters (off: run every epoch)</source>
        <translation>Parada temprana: detenerse cuando la pérdida de validación no ha superado su mejor valor durante tantas épocas, y quedarse con los parámetros de la mejor época (desactivado: ejecutar todas las épocas)</translation>
    </message>
    <message>
        <source>L2 penalty λ</source>
        <translation>Penalización L2 λ</translation>
    </message>
    <message>
        <source>Adds λ·Σw² to the loss (the weights, never the biases): big weights cost, so the curve stays gentler. 0: off.</source>
        <translation>Suma λ·Σw² a la pérdida (los pesos, nunca los sesgos): los pesos grandes cuestan, así la curva es más suave. 0: desactivada.</translation>
    </message>
    <message>
        <source>L1 penalty λ</source>
        <translation>Penalización L1 λ</translation>
    </message>
    <message>
        <source>Adds λ·Σ|w| to the loss (the weights, never the biases): pushes small weights to exactly 0. 0: off.</source>
        <translation>Suma λ·Σ|w| a la pérdida (los pesos, nunca los sesgos): lleva los pesos pequeños a exactamente 0. 0: desactivada.</translation>
    </message>
    <message>
        <source>L1 and L2 are two penalties on the weights: choose one (the other 0)</source>
        <translation>L1 y L2 son dos penalizaciones sobre los pesos: elige una (la otra 0)</translation>
    </message>
    <message>
        <source>early stopping (patience) watches the validation loss: hold out rows too</source>
        <translation>la parada temprana (paciencia) vigila la pérdida de validación: reserva también filas</translation>
    </message>
</context>
<context>
    <name>slice_bar</name>
    <message>
        <source>A model with more than two parameters has a landscape of as many dimensions: this one is a slice along two of them, through the parameters as they are now. The path is its shadow on these two.</source>
        <translation>Un modelo con más de dos parámetros tiene un paisaje de tantas dimensiones: este es un corte a lo largo de dos de ellas, a través de los parámetros tal como están ahora. La trayectoria es su sombra sobre estas dos.</translation>
    </message>
    <message>
        <source>Landscape slice: the parameter across</source>
        <translation>Corte del paisaje: el parámetro horizontal</translation>
    </message>
    <message>
        <source>Landscape slice: the parameter up</source>
        <translation>Corte del paisaje: el parámetro vertical</translation>
    </message>
    <message>
        <source>Slice along</source>
        <translation>Corte a lo largo de</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
</context>
<context>
    <name>split</name>
    <message>
        <source>with {n} rows, hold out between {low} and {high}</source>
        <translation>con {n} filas, reserva entre {low} y {high}</translation>
    </message>
    <message>
        <source>a split needs at least 2 rows</source>
        <translation>una división necesita al menos 2 filas</translation>
    </message>
    <message>
        <source>holding out {shown} of {n} rows leaves the validation part empty (round({shown} × {n}) = {k} rows held out): each part needs at least one row; {hint}</source>
        <translation>reservar {shown} de {n} filas deja vacía la parte de validación (round({shown} × {n}) = {k} filas reservadas): cada parte necesita al menos una fila; {hint}</translation>
    </message>
    <message>
        <source>holding out {shown} of {n} rows leaves the training part empty (round({shown} × {n}) = {k} rows held out): each part needs at least one row; {hint}</source>
        <translation>reservar {shown} de {n} filas deja vacía la parte de entrenamiento (round({shown} × {n}) = {k} filas reservadas): cada parte necesita al menos una fila; {hint}</translation>
    </message>
</context>
<context>
    <name>sweep_controller</name>
    <message>
        <source>stopped by an internal error: {error}</source>
        <translation>detenido por un error interno: {error}</translation>
    </message>
</context>
<context>
    <name>sweep_window</name>
    <message>
        <source>Click a point to train that learning rate in the main window.</source>
        <translation>Haz clic en un punto para entrenar esa tasa de aprendizaje en la ventana principal.</translation>
    </message>
    <message>
        <source>Learning-rate sweep</source>
        <translation>Barrido de la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>The loss a run must reach to count in the lower plot; the default is 5 % of the way from the lowest loss this data allows to the loss at the start</source>
        <translation>La pérdida que debe alcanzar una ejecución para contar en el gráfico inferior; por defecto, el 5 % del camino desde la pérdida más baja que permiten estos datos hasta la pérdida inicial</translation>
    </message>
    <message>
        <source>From learning rate</source>
        <translation>Desde la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>To learning rate</source>
        <translation>Hasta la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>How many (log-spaced)</source>
        <translation>Cuántas (espaciadas logarítmicamente)</translation>
    </message>
    <message>
        <source>Loss threshold</source>
        <translation>Umbral de pérdida</translation>
    </message>
    <message>
        <source>Each run: {epochs} from the next run&apos;s start, data and options.</source>
        <translation>Cada ejecución: {epochs} desde el inicio, los datos y las opciones de la próxima ejecución.</translation>
    </message>
    <message>
        <source>gdviz — learning-rate sweep</source>
        <translation>gdviz — barrido de la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Final loss after the run</source>
        <translation>Pérdida final tras la ejecución</translation>
    </message>
    <message>
        <source>final loss (log)</source>
        <translation>pérdida final (log)</translation>
    </message>
    <message>
        <source>learning rate (log)</source>
        <translation>tasa de aprendizaje (log)</translation>
    </message>
    <message>
        <source>Epochs to reach the threshold</source>
        <translation>Épocas hasta alcanzar el umbral</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>épocas</translation>
    </message>
    <message>
        <source>final loss</source>
        <translation>pérdida final</translation>
    </message>
    <message>
        <source>lowest</source>
        <translation>mínima</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>a loss of {threshold} or less</source>
        <translation>una pérdida de {threshold} o menos</translation>
    </message>
    <message>
        <source>gdviz — learning-rate sweep: {settings}</source>
        <translation>gdviz — barrido de la tasa de aprendizaje: {settings}</translation>
    </message>
    <message>
        <source>%v of %m learning rates ({epochs} each)</source>
        <translation>%v de %m tasas de aprendizaje ({epochs} cada una)</translation>
    </message>
    <message>
        <source>cancelled after {done} of %m</source>
        <translation>cancelado tras {done} de %m</translation>
    </message>
    <message>
        <source> {n} diverged (not drawn).</source>
        <translation> {n} divergieron (no se dibujan).</translation>
    </message>
    <message>
        <source>Lowest final loss: learning rate {lr}, loss {loss}.</source>
        <translation>Pérdida final más baja: tasa de aprendizaje {lr}, pérdida {loss}.</translation>
    </message>
    <message>
        <source>Lowest final loss: learning rate {lr}, loss {loss}, below the threshold from epoch {epoch}.</source>
        <translation>Pérdida final más baja: tasa de aprendizaje {lr}, pérdida {loss}, por debajo del umbral desde la época {epoch}.</translation>
    </message>
    <message>
        <source>The plot below is empty: no learning rate reached a loss of {threshold} within {epochs} (the lowest final loss was {lowest}). Raise the threshold or the epochs, and sweep again.</source>
        <translation>El gráfico de abajo está vacío: ninguna tasa de aprendizaje alcanzó una pérdida de {threshold} en {epochs} (la pérdida final más baja fue {lowest}). Sube el umbral o las épocas y repite el barrido.</translation>
    </message>
    <message>
        <source>The plot below is empty: no learning rate reached a loss of {threshold} within {epochs}. Raise the threshold or the epochs, and sweep again.</source>
        <translation>El gráfico de abajo está vacío: ninguna tasa de aprendizaje alcanzó una pérdida de {threshold} en {epochs}. Sube el umbral o las épocas y repite el barrido.</translation>
    </message>
</context>
<context>
    <name>table_inputs</name>
    <message>
        <source>the table has {n} columns ({names}): choose the input with --x (a name or a number)</source>
        <translation>la tabla tiene {n} columnas ({names}): elige la entrada con --x (un nombre o un número)</translation>
    </message>
    <message>
        <source>the table has {n} columns ({names}): choose the two inputs with --x A --x B (a name or a number)</source>
        <translation>la tabla tiene {n} columnas ({names}): elige las dos entradas con --x A --x B (un nombre o un número)</translation>
    </message>
    <message>
        <source>the model takes two inputs and the table has {n} columns ({names}): choose them with --x A --x B (names or numbers)</source>
        <translation>el modelo toma dos entradas y la tabla tiene {n} columnas ({names}): elígelas con --x A --x B (nombres o números)</translation>
    </message>
    <message>
        <source>the two inputs are the same column {name}: choose two</source>
        <translation>las dos entradas son la misma columna {name}: elige dos</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>the column {what} has no values</source>
        <translation>la columna {what} no tiene valores</translation>
    </message>
    <message>
        <source>bad value</source>
        <translation>valor no válido</translation>
    </message>
</context>
<context>
    <name>table_labels</name>
    <message>
        <source>--positive {value} is not a value of {name} (its values are {values})</source>
        <translation>--positive {value} no es un valor de {name} (sus valores son {values})</translation>
    </message>
    <message>
        <source>the label column {name} has the single value {value}: labels are 0 to 1, or two values like yes/no (is it the right column?)</source>
        <translation>la columna de etiquetas {name} tiene un único valor {value}: las etiquetas van de 0 a 1, o son dos valores como yes/no (¿es la columna correcta?)</translation>
    </message>
    <message>
        <source>the label column {name} has the two values {first} and {second}; say which one means 1 with --positive {first} or --positive {second}</source>
        <translation>la columna de etiquetas {name} tiene los dos valores {first} y {second}; indica cuál significa 1 con --positive {first} o --positive {second}</translation>
    </message>
    <message>
        <source> (or use --above T: 1 where the value is above T)</source>
        <translation> (o usa --above T: 1 donde el valor supera T)</translation>
    </message>
    <message>
        <source>labels: {mapping}</source>
        <translation>etiquetas: {mapping}</translation>
    </message>
    <message>
        <source>{name} is not a label column: it has {n} values ({values}). Labels are 0 to 1 or two values; make a number column binary with --above T, or pick the value that means 1 with --positive VALUE</source>
        <translation>{name} no es una columna de etiquetas: tiene {n} valores ({values}). Las etiquetas van de 0 a 1 o son dos valores; convierte una columna numérica en binaria con --above T, o elige el valor que significa 1 con --positive VALOR</translation>
    </message>
</context>
<context>
    <name>table_reader</name>
    <message>
        <source>there is no column {number} for {what} (the table has {n} columns)</source>
        <translation>no hay columna {number} para {what} (la tabla tiene {n} columnas)</translation>
    </message>
    <message>
        <source>no column named {name} for {what} (columns are {names})</source>
        <translation>ninguna columna se llama {name} para {what} (las columnas son {names})</translation>
    </message>
    <message>
        <source>the table has {n} columns ({names}): choose the input and the label with --x and --y (a name or a number)</source>
        <translation>la tabla tiene {n} columnas ({names}): elige la entrada y la etiqueta con --x y --y (un nombre o un número)</translation>
    </message>
    <message>
        <source>expected at least two columns (x and a label), found {n}: is the delimiter a comma, semicolon, tab or space?</source>
        <translation>se esperaban al menos dos columnas (x y una etiqueta), se encontraron {n}: ¿el separador es una coma, un punto y coma, un tabulador o un espacio?</translation>
    </message>
    <message>
        <source>the second x</source>
        <translation>la segunda x</translation>
    </message>
    <message>
        <source>the label</source>
        <translation>la etiqueta</translation>
    </message>
    <message>
        <source>x and the label are the same column {name}: choose two different columns</source>
        <translation>x y la etiqueta son la misma columna {name}: elige dos columnas distintas</translation>
    </message>
    <message>
        <source>the first x</source>
        <translation>la primera x</translation>
    </message>
    <message>
        <source>the second x is the same column {name} as {what}: choose two different input columns</source>
        <translation>la segunda x es la misma columna {name} que {what}: elige dos columnas de entrada distintas</translation>
    </message>
    <message>
        <source>no row has both an x and a label</source>
        <translation>ninguna fila tiene a la vez una x y una etiqueta</translation>
    </message>
    <message>
        <source>bad row</source>
        <translation>fila no válida</translation>
    </message>
    <message>
        <source>skipped {n} row with a missing value (line {lines})</source>
        <translation>se omitió {n} fila con un valor que falta (línea {lines})</translation>
    </message>
    <message>
        <source>skipped {n} rows with a missing value (lines {lines})</source>
        <translation>se omitieron {n} filas con un valor que falta (líneas {lines})</translation>
    </message>
    <message>
        <source>{name} value {value} is not a number: correct it, or leave the cell empty to skip the row</source>
        <translation>el valor {value} de {name} no es un número: corrígelo o deja la celda vacía para omitir la fila</translation>
    </message>
    <message>
        <source>{name} value {value} is too large to read as a number: correct it, or leave the cell empty to skip the row</source>
        <translation>el valor {value} de {name} es demasiado grande para leerlo como número: corrígelo o deja la celda vacía para omitir la fila</translation>
    </message>
    <message>
        <source>{name} value is infinite or too large to read as a number: correct it, or leave the cell empty to skip the row</source>
        <translation>un valor de {name} es infinito o demasiado grande para leerlo como número: corrígelo o deja la celda vacía para omitir la fila</translation>
    </message>
    <message>
        <source>label = {name} &gt; {value}</source>
        <translation>etiqueta = {name} &gt; {value}</translation>
    </message>
    <message>
        <source>{name} value {value} is not a number (labels are 0 to 1, or two values like yes/no)</source>
        <translation>el valor {value} de {name} no es un número (las etiquetas van de 0 a 1, o son dos valores como yes/no)</translation>
    </message>
</context>
<context>
    <name>table_sheet</name>
    <message>
        <source>cannot read this spreadsheet ({reason}): is it really a {suffix} file? Open it in a spreadsheet program and save it again</source>
        <translation>no se puede leer esta hoja de cálculo ({reason}): ¿es realmente un archivo {suffix}? Ábrela en un programa de hojas de cálculo y guárdala de nuevo</translation>
    </message>
    <message>
        <source>no sheet named {sheet} (sheets are {sheets})</source>
        <translation>ninguna hoja se llama {sheet} (las hojas son {sheets})</translation>
    </message>
    <message>
        <source>the spreadsheet has no sheets</source>
        <translation>la hoja de cálculo no tiene hojas</translation>
    </message>
    <message>
        <source>cannot read sheet {sheet}: {reason}</source>
        <translation>no se puede leer la hoja {sheet}: {reason}</translation>
    </message>
    <message>
        <source>the sheet has no data rows (it is empty)</source>
        <translation>la hoja no tiene filas de datos (está vacía)</translation>
    </message>
    <message>
        <source>the sheet has a header but no data rows</source>
        <translation>la hoja tiene encabezado pero no filas de datos</translation>
    </message>
</context>
<context>
    <name>table_text</name>
    <message>
        <source>the file has no data rows (it is empty); expected lines like &apos;3,1&apos; (hours, label)</source>
        <translation>el archivo no tiene filas de datos (está vacío); se esperaban líneas como &apos;3,1&apos; (horas, etiqueta)</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>el archivo tiene encabezado pero no filas de datos</translation>
    </message>
    <message>
        <source>not UTF-8 text (is it a spreadsheet? save it as CSV UTF-8)</source>
        <translation>no es texto UTF-8 (¿es una hoja de cálculo? guárdala como CSV UTF-8)</translation>
    </message>
    <message>
        <source>cannot read this line: {reason}</source>
        <translation>no se puede leer esta línea: {reason}</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>As the &amp;system</source>
        <translation>Como el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>The window&apos;s colours; exported and copied images stay white</source>
        <translation>Los colores de la ventana; las imágenes exportadas y copiadas siguen siendo blancas</translation>
    </message>
</context>
<context>
    <name>threshold_line</name>
    <message>
        <source>The decision threshold t: a row is predicted 1 (pass) when its p is at least t. Drag the line to move it; the Metrics tab counts what it gets right and wrong.</source>
        <translation>El umbral de decisión t: una fila se predice como 1 (aprobado) cuando su p es al menos t. Arrastra la línea para moverla; la pestaña Métricas cuenta lo que acierta y lo que falla.</translation>
    </message>
    <message>
        <source>threshold t = {value}</source>
        <translation>umbral t = {value}</translation>
    </message>
</context>
<context>
    <name>train_tab</name>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Back to my run</source>
        <translation>Volver a mi ejecución</translation>
    </message>
    <message>
        <source>Leave the exercise: your own data and settings come back (its runs stay in Runs)</source>
        <translation>Salir del ejercicio: vuelven tus propios datos y ajustes (sus ejecuciones quedan en Ejecuciones)</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>Hiperparámetros</translation>
    </message>
    <message>
        <source>Drag to change the learning rate on a log scale (0.0001 … 100), live while training. Shift while dragging, or the arrow keys, move it in fine steps.</source>
        <translation>Arrastra para cambiar la tasa de aprendizaje en escala logarítmica (0,0001 … 100), en directo durante el entrenamiento. Mayús al arrastrar, o las flechas, la mueven en pasos finos.</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Optimizador</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>How fast epochs are shown: from 2 a second (watch each step) to max (as fast as the computer can train).</source>
        <translation>A qué velocidad se muestran las épocas: desde 2 por segundo (ver cada paso) hasta máx. (tan rápido como el ordenador pueda entrenar).</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Epochs finished in this run</source>
        <translation>Épocas terminadas en esta ejecución</translation>
    </message>
    <message>
        <source>Loss of the last finished epoch (sum over all rows)</source>
        <translation>Pérdida de la última época terminada (suma sobre todas las filas)</translation>
    </message>
    <message>
        <source>Current weight w</source>
        <translation>Peso actual w</translation>
    </message>
    <message>
        <source>Current bias b</source>
        <translation>Sesgo actual b</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Época</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Weight w</source>
        <translation>Peso w</translation>
    </message>
    <message>
        <source>Bias b</source>
        <translation>Sesgo b</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Stop looking at a past epoch; follow training again (Esc)</source>
        <translation>Dejar de mirar una época pasada; seguir de nuevo el entrenamiento (Esc)</translation>
    </message>
    <message>
        <source>One row, by hand</source>
        <translation>Una fila, a mano</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Predecir</translation>
    </message>
    <message>
        <source>e.g. 3.5</source>
        <translation>p. ej., 3,5</translation>
    </message>
    <message>
        <source>Type hours studied to see the model&apos;s pass probability with the current w and b.</source>
        <translation>Escribe las horas de estudio para ver la probabilidad de aprobar según el modelo con los w y b actuales.</translation>
    </message>
    <message>
        <source>type hours studied</source>
        <translation>escribe las horas de estudio</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Learning rate now: {rate}</source>
        <translation>Tasa de aprendizaje actual: {rate}</translation>
    </message>
    <message>
        <source>{viewed} (viewed) / {target}</source>
        <translation>{viewed} (vista) / {target}</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Mayor</translation>
    </message>
    <message>
        <source>{n} parameters</source>
        <translation>{n} parámetros</translation>
    </message>
    <message>
        <source>The parameter furthest from 0 (the Network view shows each)</source>
        <translation>El parámetro más alejado de 0 (la vista de red muestra cada uno)</translation>
    </message>
    <message>
        <source>viewing epoch {epoch} of {total}</source>
        <translation>viendo la época {epoch} de {total}</translation>
    </message>
    <message>
        <source> (w, b kept from epoch {epoch})</source>
        <translation> (w, b conservados de la época {epoch})</translation>
    </message>
    <message>
        <source>e.g. 3.5, 7</source>
        <translation>p. ej., 3,5; 7</translation>
    </message>
</context>
<context>
    <name>train_texts</name>
    <message>
        <source>Press Step row (Shift+S) to see one update worked out.</source>
        <translation>Pulsa Paso por fila (Mayús+S) para ver una actualización calculada paso a paso.</translation>
    </message>
    <message>
        <source>Step against the gradient: w ← w − lr·g (the lesson&apos;s rule)</source>
        <translation>Paso contra el gradiente: w ← w − lr·g (la regla de la lección)</translation>
    </message>
    <message>
        <source>A velocity that keeps most of the last step: v ← μ·v + g; w ← w − lr·v. It rolls through long, shallow valleys</source>
        <translation>Una velocidad que conserva la mayor parte del último paso: v ← μ·v + g; w ← w − lr·v. Avanza rodando por valles largos y poco profundos</translation>
    </message>
    <message>
        <source>Momentum that looks ahead: w ← w − lr·(g + μ·v)</source>
        <translation>Momento que mira hacia delante: w ← w − lr·(g + μ·v)</translation>
    </message>
    <message>
        <source>Steps shrink with the sum of all squared gradients so far</source>
        <translation>Los pasos se reducen con la suma de todos los gradientes al cuadrado hasta ahora</translation>
    </message>
    <message>
        <source>Steps divided by a running average of squared gradients</source>
        <translation>Pasos divididos entre una media móvil de los gradientes al cuadrado</translation>
    </message>
    <message>
        <source>Momentum and RMSProp together, with bias correction: steps of about lr</source>
        <translation>Momento y RMSProp juntos, con corrección del sesgo: pasos de aproximadamente lr</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Start training, or resume after a pause (Space)</source>
        <translation>Iniciar el entrenamiento o reanudarlo tras una pausa (Espacio)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation>Pausar el entrenamiento (Espacio)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Train exactly one epoch (S)</source>
        <translation>Entrenar exactamente una época (S)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Back to the starting weight and bias; the run so far is kept in the Runs tab (R)</source>
        <translation>Volver al peso y sesgo iniciales; la ejecución hasta ahora se conserva en la pestaña Ejecuciones (R)</translation>
    </message>
    <message>
        <source>Step row</source>
        <translation>Paso por fila</translation>
    </message>
    <message>
        <source>Update w and b on the next single row, and show the arithmetic (Shift+S). Needs per-row updates.</source>
        <translation>Actualizar w y b con la siguiente fila y mostrar el cálculo (Mayús+S). Requiere actualizaciones por fila.</translation>
    </message>
    <message>
        <source>{done} / 1 epoch</source>
        <translation>{done} / 1 época</translation>
    </message>
    <message>
        <source>{done} / {target} epochs</source>
        <translation>{done} / {target} épocas</translation>
    </message>
</context>
<context>
    <name>truth_curve</name>
    <message>
        <source>true curve</source>
        <translation>curva verdadera</translation>
    </message>
    <message>
        <source>The true curve the rows were drawn from: {equation}</source>
        <translation>La curva verdadera de la que se sacaron las filas: {equation}</translation>
    </message>
    <message>
        <source>Each label was flipped with chance {noise}, so the labels follow {noise} + {slope}·σ(…): flatter than the true curve. A model fitted to these labels comes near this one.</source>
        <translation>Cada etiqueta se invirtió con probabilidad {noise}, así que las etiquetas siguen {noise} + {slope}·σ(…): más plana que la curva verdadera. Un modelo ajustado a estas etiquetas se acerca a esta.</translation>
    </message>
    <message>
        <source>what the labels follow (noise {noise})</source>
        <translation>lo que siguen las etiquetas (ruido {noise})</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <source>Save this run?</source>
        <translation>¿Guardar esta ejecución?</translation>
    </message>
    <message>
        <source>This run has work that is not saved (training or data changes). Save it before you {doing}?</source>
        <translation>Esta ejecución tiene trabajo sin guardar (entrenamiento o cambios en los datos). ¿Guardarla antes de {doing}?</translation>
    </message>
</context>
<context>
    <name>video</name>
    <message>
        <source>the file name must end .gif, .mp4 or .webm (the extension picks the format)</source>
        <translation>el nombre del archivo debe terminar en .gif, .mp4 o .webm (la extensión elige el formato)</translation>
    </message>
    <message>
        <source>the view must be one of {views}</source>
        <translation>la vista debe ser una de {views}</translation>
    </message>
    <message>
        <source>the width must be 120 to 4000 pixels, got {n}</source>
        <translation>el ancho debe ser de 120 a 4000 píxeles, se indicó {n}</translation>
    </message>
    <message>
        <source>frames per second must be 1 to 60, got {n}</source>
        <translation>los fotogramas por segundo deben ser de 1 a 60, se indicó {n}</translation>
    </message>
    <message>
        <source>the duration must be 0.1 to 600 seconds, got {n}</source>
        <translation>la duración debe ser de 0,1 a 600 segundos, se indicó {n}</translation>
    </message>
    <message>
        <source>the hold must be 0 to 60 seconds, got {n}</source>
        <translation>la pausa final debe ser de 0 a 60 segundos, se indicó {n}</translation>
    </message>
</context>
<context>
    <name>view_keys</name>
    <message>
        <source>Tab to the plot, then Menu key or Shift+F10</source>
        <translation>Tab hasta el gráfico, luego tecla de menú o Mayús+F10</translation>
    </message>
    <message>
        <source>the plot&apos;s menu: export or copy it; Show everything</source>
        <translation>el menú del gráfico: exportarlo o copiarlo; Mostrar todo</translation>
    </message>
    <message>
        <source>Up / Down (Shift: ×10)</source>
        <translation>Arriba / Abajo (Mayús: ×10)</translation>
    </message>
    <message>
        <source>move the decision threshold t by 0.01, as dragging it</source>
        <translation>mover el umbral de decisión t en 0,01, como al arrastrarlo</translation>
    </message>
    <message>
        <source>Data tab: Add row, F2, Delete rows</source>
        <translation>Pestaña Datos: Añadir fila, F2, Eliminar filas</translation>
    </message>
    <message>
        <source>add, move (change x or the label) or delete a student</source>
        <translation>añadir, mover (cambiar x o la etiqueta) o eliminar un estudiante</translation>
    </message>
    <message>
        <source>Arrows (Shift: finer)</source>
        <translation>Flechas (Mayús: más fino)</translation>
    </message>
    <message>
        <source>move the next run&apos;s start (w, b), as clicking the map; the Train tab&apos;s Start weight and Start bias set it exactly</source>
        <translation>mover el inicio (w, b) de la próxima ejecución, como al hacer clic en el mapa; Peso inicial y Sesgo inicial en la pestaña Entrenar lo fijan con exactitud</translation>
    </message>
    <message>
        <source>Arrows, then Enter (while asked for a guess)</source>
        <translation>Flechas, luego Intro (cuando se pide una estimación)</translation>
    </message>
    <message>
        <source>move your guess of where the step lands, and give it</source>
        <translation>mover tu estimación de dónde cae el paso, y darla</translation>
    </message>
    <message>
        <source>Left / Right (Shift: 10 epochs)</source>
        <translation>Izquierda / Derecha (Mayús: 10 épocas)</translation>
    </message>
    <message>
        <source>travel back or forward an epoch, as clicking the plot</source>
        <translation>retroceder o avanzar una época, como al hacer clic en el gráfico</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Inicio / Fin</translation>
    </message>
    <message>
        <source>view the first / the last epoch</source>
        <translation>ver la primera / la última época</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>back to live (Run ▸ Back to live)</source>
        <translation>volver al directo (Ejecución ▸ Volver al directo)</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Flechas</translation>
    </message>
    <message>
        <source>choose the next or previous weight or bias: its numbers, as clicking it</source>
        <translation>elegir el peso o sesgo siguiente o anterior: sus números, como al hacer clic</translation>
    </message>
    <message>
        <source>Arrows, then F2 or typing</source>
        <translation>Flechas, luego F2 o escribir</translation>
    </message>
    <message>
        <source>change a value (Enter keeps it, Esc drops it)</source>
        <translation>cambiar un valor (Intro lo guarda, Esc lo descarta)</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Mayús+Tab</translation>
    </message>
    <message>
        <source>the next / previous control: the side tabs, every box and button, then the plots; the focused one is framed</source>
        <translation>el control siguiente / anterior: las pestañas laterales, cada casilla y botón, luego los gráficos; el que tiene el foco está enmarcado</translation>
    </message>
    <message>
        <source>Ctrl+Tab / Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab / Ctrl+Mayús+Tab</translation>
    </message>
    <message>
        <source>the next / previous tab of the tabs around the focus</source>
        <translation>la pestaña siguiente / anterior de las pestañas alrededor del foco</translation>
    </message>
    <message>
        <source>Left / Right on a tab</source>
        <translation>Izquierda / Derecha en una pestaña</translation>
    </message>
    <message>
        <source>show another tab (Train, Data, Runs; Landscape, Network)</source>
        <translation>mostrar otra pestaña (Entrenar, Datos, Ejecuciones; Paisaje, Red)</translation>
    </message>
    <message>
        <source>Alt+underlined letter, or Alt or F10 then arrows</source>
        <translation>Alt+letra subrayada, o Alt o F10 y luego flechas</translation>
    </message>
    <message>
        <source>open a menu; a letter or Enter chooses an item</source>
        <translation>abrir un menú; una letra o Intro elige un elemento</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>press the focused button or tick the focused box; elsewhere Train / Pause</source>
        <translation>pulsar el botón con el foco o marcar la casilla con el foco; en otro sitio Entrenar / Pausa</translation>
    </message>
    <message>
        <source>Up / Down, Page Up / Page Down</source>
        <translation>Arriba / Abajo, RePág / AvPág</translation>
    </message>
    <message>
        <source>change the focused number box, slider or list</source>
        <translation>cambiar el campo numérico, deslizador o lista con el foco</translation>
    </message>
    <message>
        <source>Enter / Esc in a dialog</source>
        <translation>Intro / Esc en un diálogo</translation>
    </message>
    <message>
        <source>its default button (OK) / Cancel</source>
        <translation>su botón por defecto (Aceptar) / Cancelar</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Mini-batch size</source>
        <translation>Tamaño de minilote</translation>
    </message>
    <message>
        <source>Rows per update (2 or more):</source>
        <translation>Filas por actualización (2 o más):</translation>
    </message>
</context>
<context>
    <name>window_layout</name>
    <message>
        <source>Loss landscape</source>
        <translation>Paisaje de pérdida</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>squared error</source>
        <translation>error cuadrático</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>entropía cruzada</translation>
    </message>
    <message>
        <source>the lesson&apos;s nudge</source>
        <translation>el empujón de la lección</translation>
    </message>
    <message>
        <source>the exact gradient</source>
        <translation>el gradiente exacto</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} filas</translation>
    </message>
    <message>
        <source>1 epoch</source>
        <translation>1 época</translation>
    </message>
    <message>
        <source>{n} epochs</source>
        <translation>{n} épocas</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>actions</name>
    <message>
        <source>Train / Pause</source>
        <translation>Trainieren / Pause</translation>
    </message>
    <message>
        <source>Start, pause or resume training</source>
        <translation>Training starten, pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Step one epoch</source>
        <translation>Schritt (eine Epoche)</translation>
    </message>
    <message>
        <source>Train exactly one epoch</source>
        <translation>Genau eine Epoche trainieren</translation>
    </message>
    <message>
        <source>Step one row</source>
        <translation>Zeilenschritt</translation>
    </message>
    <message>
        <source>Update on the next single row and show the arithmetic (per-row updates)</source>
        <translation>Mit der nächsten einzelnen Zeile aktualisieren und die Rechnung zeigen (Aktualisierung pro Zeile)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the start; the run so far is kept in the Runs tab</source>
        <translation>Zurück zum Anfang; der bisherige Lauf bleibt im Reiter „Läufe“ erhalten</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>Zurück zur Live-Ansicht</translation>
    </message>
    <message>
        <source>Stop viewing a past epoch</source>
        <translation>Keine frühere Epoche mehr ansehen</translation>
    </message>
    <message>
        <source>Learning-rate &amp;sweep…</source>
        <translation>Lernraten-&amp;Durchlauf…</translation>
    </message>
    <message>
        <source>Train the same start at many learning rates</source>
        <translation>Denselben Start mit vielen Lernraten trainieren</translation>
    </message>
    <message>
        <source>&amp;Race optimisers…</source>
        <translation>Optimierer im &amp;Wettlauf…</translation>
    </message>
    <message>
        <source>Train several optimisers at once from the same start, each in its colour</source>
        <translation>Mehrere Optimierer gleichzeitig vom selben Start trainieren, jeden in seiner Farbe</translation>
    </message>
    <message>
        <source>Check the &amp;gradient…</source>
        <translation>&amp;Gradienten prüfen…</translation>
    </message>
    <message>
        <source>Each parameter: the direction the rule moves it against a finite difference of the loss, at the model on view</source>
        <translation>Für jeden Parameter: die Richtung, in die die Regel ihn bewegt, verglichen mit einer finiten Differenz des Verlusts, am angezeigten Modell</translation>
    </message>
    <message>
        <source>&amp;Guided lesson</source>
        <translation>&amp;Geführte Lektion</translation>
    </message>
    <message>
        <source>The lesson step by step: what to do and look at, exercises that ask you to predict first, and the training loop&apos;s code run line by line</source>
        <translation>Die Lektion Schritt für Schritt: was zu tun und worauf zu achten ist, Übungen, bei denen Sie zuerst vermuten, und der Code der Trainingsschleife, Zeile für Zeile ausgeführt</translation>
    </message>
    <message>
        <source>Ask me &amp;first</source>
        <translation>&amp;Zuerst raten</translation>
    </message>
    <message>
        <source>Before Step or Train, guess where it will go (the next point on the landscape, or where p = 0.5 ends up): the result is shown against it and scored</source>
        <translation>Vor „Schritt“ oder „Trainieren“ raten, wohin es geht (der nächste Punkt in der Landschaft oder wo p = 0,5 landet): Das Ergebnis wird daneben gezeigt und bewertet</translation>
    </message>
    <message>
        <source>&amp;Unlock controls</source>
        <translation>Bedienelemente &amp;entsperren</translation>
    </message>
    <message>
        <source>Free the controls a handout locked (a classroom convenience, not security)</source>
        <translation>Die von einem Arbeitsblatt gesperrten Bedienelemente freigeben (eine Hilfe für den Unterricht, kein Schutz)</translation>
    </message>
    <message>
        <source>Restore lesson defaults</source>
        <translation>Standardwerte der Lektion wiederherstellen</translation>
    </message>
    <message>
        <source>The lesson&apos;s data and settings: learning rate 0.1, 1000 epochs, w = 0.1, b = 0, squared error, the lesson&apos;s nudge, per-row updates</source>
        <translation>Daten und Einstellungen der Lektion: Lernrate 0,1, 1000 Epochen, w = 0,1, b = 0, quadratischer Fehler, die Regel der Lektion, Aktualisierung pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a saved run (.gdviz.json) and continue it</source>
        <translation>Einen gespeicherten Lauf (.gdviz.json) öffnen und fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>Sitzung &amp;speichern</translation>
    </message>
    <message>
        <source>Save this run: data, settings and the whole history</source>
        <translation>Diesen Lauf speichern: Daten, Einstellungen und den ganzen Verlauf</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>Sitzung speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save this run under a new name</source>
        <translation>Diesen Lauf unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>Save as &amp;handout…</source>
        <translation>Als &amp;Arbeitsblatt speichern…</translation>
    </message>
    <message>
        <source>A session for your class: it opens at a step of the guided lesson with your title and question, and only the controls you choose left usable</source>
        <translation>Eine Sitzung für Ihre Klasse: Sie öffnet sich bei einem Schritt der geführten Lektion mit Ihrem Titel und Ihrer Frage, und nur die gewählten Bedienelemente bleiben nutzbar</translation>
    </message>
    <message>
        <source>&amp;Export plots…</source>
        <translation>Diagramme &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the fit, the landscape, the loss and the dashboard as PNG or SVG</source>
        <translation>Anpassung, Landschaft, Verlust und Übersicht als PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>epoch, loss, weight, bias of every epoch</source>
        <translation>Epoche, Verlust, Gewicht, Bias jeder Epoche</translation>
    </message>
    <message>
        <source>The run as it trained, as a GIF, MP4 or WebM: the fit, the path and the loss growing</source>
        <translation>Der Lauf als GIF, MP4 oder WebM, so wie er trainiert wurde: Anpassung, Pfad und Verlust wachsen mit</translation>
    </message>
    <message>
        <source>Export as &amp;Python script…</source>
        <translation>Als &amp;Python-Skript exportieren…</translation>
    </message>
    <message>
        <source>One standalone script that trains this run and prints its log: take it into code</source>
        <translation>Ein eigenständiges Skript, das diesen Lauf trainiert und sein Protokoll ausgibt: zum Weiterarbeiten im Code</translation>
    </message>
    <message>
        <source>&amp;Copy dashboard image</source>
        <translation>Übersichtsbild &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the plots to the clipboard as an image</source>
        <translation>Die Diagramme als Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Clear recent files</source>
        <translation>Liste der zuletzt verwendeten Dateien leeren</translation>
    </message>
    <message>
        <source>Forget the files listed</source>
        <translation>Die aufgeführten Dateien vergessen</translation>
    </message>
    <message>
        <source>Export h&amp;istory as CSV…</source>
        <translation>&amp;Verlauf als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export a&amp;nimation…</source>
        <translation>A&amp;nimation exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close gdviz</source>
        <translation>gdviz schließen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change of the data</source>
        <translation>Die letzte Änderung der Daten rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Rückgängig Gemachtes wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Open data…</source>
        <translation>Daten ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Load rows of x and a label from a CSV, TSV or text table, or a spreadsheet</source>
        <translation>Zeilen mit x und einem Label aus einer CSV-, TSV- oder Texttabelle oder einer Tabellenkalkulation laden</translation>
    </message>
    <message>
        <source>&amp;Hold out for validation…</source>
        <translation>Für Validierung &amp;zurückhalten…</translation>
    </message>
    <message>
        <source>Keep some rows out of training and measure the model on them after every epoch: does it work on students it has not seen?</source>
        <translation>Einige Zeilen vom Training zurückhalten und das Modell nach jeder Epoche an ihnen messen: Funktioniert es bei Schülerinnen und Schülern, die es nicht gesehen hat?</translation>
    </message>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Erzeugen…</translation>
    </message>
    <message>
        <source>Students drawn from a known true curve, with noisy labels: how near does training come to the truth?</source>
        <translation>Schülerinnen und Schüler aus einer bekannten wahren Kurve, mit verrauschten Labels: Wie nahe kommt das Training der Wahrheit?</translation>
    </message>
    <message>
        <source>&amp;Save data as CSV…</source>
        <translation>Daten als CSV &amp;speichern…</translation>
    </message>
    <message>
        <source>Write the rows to a CSV file</source>
        <translation>Die Zeilen in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Predict for a file…</source>
        <translation>Für eine Datei &amp;vorhersagen…</translation>
    </message>
    <message>
        <source>The model&apos;s pass probability for every x of a file: shown on the fit plot, saved as x, probability, predicted</source>
        <translation>Die Bestehenswahrscheinlichkeit des Modells für jedes x einer Datei: im Anpassungsdiagramm gezeigt, gespeichert als x, Wahrscheinlichkeit, Vorhersage</translation>
    </message>
    <message>
        <source>Clear predictions</source>
        <translation>Vorhersagen entfernen</translation>
    </message>
    <message>
        <source>Remove the predicted points from the fit plot</source>
        <translation>Die vorhergesagten Punkte aus dem Anpassungsdiagramm entfernen</translation>
    </message>
    <message>
        <source>Log-scale loss</source>
        <translation>Logarithmische Verlustskala</translation>
    </message>
    <message>
        <source>Loss plot and landscape on a log scale (small losses show)</source>
        <translation>Verlustdiagramm und Landschaft auf logarithmischer Skala (kleine Verluste werden sichtbar)</translation>
    </message>
    <message>
        <source>&amp;True curve</source>
        <translation>&amp;Wahre Kurve</translation>
    </message>
    <message>
        <source>Generated data: the true curve its rows were drawn from, dashed on the fit plot</source>
        <translation>Erzeugte Daten: die wahre Kurve, aus der ihre Zeilen gezogen wurden, gestrichelt im Anpassungsdiagramm</translation>
    </message>
    <message>
        <source>Classifier &amp;metrics</source>
        <translation>Klassifikator-&amp;Metriken</translation>
    </message>
    <message>
        <source>The Metrics tab: accuracy, precision, recall, confusion counts</source>
        <translation>Der Reiter „Metriken“: Genauigkeit, Präzision, Trefferquote, Konfusionsmatrix</translation>
    </message>
    <message>
        <source>&amp;Fit view</source>
        <translation>Ansicht &amp;einpassen</translation>
    </message>
    <message>
        <source>Frame the landscape on the data&apos;s optimum and the paths (after a wild run)</source>
        <translation>Die Landschaft auf das Optimum der Daten und die Pfade ausrichten (nach einem wilden Lauf)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen, text and lines 1.5 times larger: readable from the back of a room</source>
        <translation>Vollbild, Text und Linien 1,5-mal so groß: auch aus der letzten Reihe lesbar</translation>
    </message>
    <message>
        <source>&amp;Side panel</source>
        <translation>&amp;Seitenleiste</translation>
    </message>
    <message>
        <source>Show or hide the Train, Data and Runs tabs (more room for the plots)</source>
        <translation>Die Reiter „Training“, „Daten“ und „Läufe“ ein- oder ausblenden (mehr Platz für die Diagramme)</translation>
    </message>
    <message>
        <source>&amp;Keyboard and mouse</source>
        <translation>&amp;Tastatur und Maus</translation>
    </message>
    <message>
        <source>Every key and every mouse gesture of the window</source>
        <translation>Jede Taste und jede Mausgeste des Fensters</translation>
    </message>
    <message>
        <source>About gdviz</source>
        <translation>Über gdviz</translation>
    </message>
    <message>
        <source>Squared error (the lesson&apos;s)</source>
        <translation>Quadratischer Fehler (wie in der Lektion)</translation>
    </message>
    <message>
        <source>(y − p)²: the lesson&apos;s loss; squaring punishes big misses harder</source>
        <translation>(y − p)²: der Verlust der Lektion; das Quadrieren bestraft große Fehler stärker</translation>
    </message>
    <message>
        <source>Cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>−log of the probability given to the right answer: what bigger models use; confident mistakes cost a lot</source>
        <translation>−log der Wahrscheinlichkeit für die richtige Antwort: Das verwenden größere Modelle; selbstsichere Fehler kosten viel</translation>
    </message>
    <message>
        <source>The lesson&apos;s nudge: error · x</source>
        <translation>Die Regel der Lektion: Fehler · x</translation>
    </message>
    <message>
        <source>Move w by lr·error·x: the lesson&apos;s rule (it is cross-entropy&apos;s gradient)</source>
        <translation>w um lr·Fehler·x verschieben: die Regel der Lektion (es ist der Gradient der Kreuzentropie)</translation>
    </message>
    <message>
        <source>The exact gradient of the loss</source>
        <translation>Der exakte Gradient des Verlusts</translation>
    </message>
    <message>
        <source>The true slope of the chosen loss: for squared error it has an extra 2·p·(1−p), which crawls where the sigmoid is flat</source>
        <translation>Die wahre Steigung des gewählten Verlusts: Beim quadratischen Fehler kommt der Faktor 2·p·(1−p) hinzu, der das Lernen dort bremst, wo die Sigmoidkurve flach ist</translation>
    </message>
    <message>
        <source>Per-row updates (the lesson&apos;s)</source>
        <translation>Aktualisierung pro Zeile (wie in der Lektion)</translation>
    </message>
    <message>
        <source>Nudge w and b after every row</source>
        <translation>w und b nach jeder Zeile aktualisieren</translation>
    </message>
    <message>
        <source>Mini-batches of k rows…</source>
        <translation>Mini-Batches mit k Zeilen…</translation>
    </message>
    <message>
        <source>Nudge after every k rows, by their mean gradient: smoother steps, fewer of them</source>
        <translation>Nach je k Zeilen aktualisieren, mit ihrem mittleren Gradienten: weniger und glattere Schritte</translation>
    </message>
    <message>
        <source>Full batch</source>
        <translation>Voller Batch</translation>
    </message>
    <message>
        <source>One nudge per epoch, by the mean gradient of all rows: the smoothest path</source>
        <translation>Eine Aktualisierung pro Epoche, mit dem mittleren Gradienten aller Zeilen: der glatteste Pfad</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Aktualisierungen</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>One neuron (the lesson&apos;s)</source>
        <translation>Ein Neuron (wie in der Lektion)</translation>
    </message>
    <message>
        <source>No hidden layer: p = σ(w·x + b), one weight per input</source>
        <translation>Keine verborgene Schicht: p = σ(w·x + b), ein Gewicht pro Eingabe</translation>
    </message>
    <message>
        <source>A hidden layer of {n} unit</source>
        <translation>Eine verborgene Schicht mit {n} Einheit</translation>
    </message>
    <message>
        <source>{n} hidden unit between the inputs and the output neuron: the output adds up their bent curves</source>
        <translation>{n} verborgene Einheit zwischen den Eingaben und dem Ausgabeneuron: die Ausgabe addiert ihre gebogenen Kurven</translation>
    </message>
    <message>
        <source>A hidden layer of {n} units</source>
        <translation>Eine verborgene Schicht mit {n} Einheiten</translation>
    </message>
    <message>
        <source>{n} hidden units between the inputs and the output neuron: the output adds up their bent curves</source>
        <translation>{n} verborgene Einheiten zwischen den Eingaben und dem Ausgabeneuron: die Ausgabe addiert ihre gebogenen Kurven</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Hidden units&apos; activation</source>
        <translation>Aktivierung der verborgenen Einheiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>Da&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Optionen</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>Le&amp;ktion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Mini-batches of {n} rows…</source>
        <translation>Mini-Batches mit {n} Zeilen…</translation>
    </message>
    <message>
        <source>Recent &amp;files</source>
        <translation>&amp;Zuletzt verwendete Dateien</translation>
    </message>
    <message>
        <source>&amp;Built-in data sets</source>
        <translation>Eingebaute &amp;Datensätze</translation>
    </message>
</context>
<context>
    <name>animation_export</name>
    <message>
        <source>the run has no epochs to animate yet</source>
        <translation>der Lauf hat noch keine Epochen zum Animieren</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Could not write {name}: {reason}. Nothing was written.</source>
        <translation>{name} konnte nicht geschrieben werden: {reason}. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Export of {name} cancelled: nothing was written.</source>
        <translation>Export von {name} abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Wrote the animation {path}.</source>
        <translation>Animation {path} geschrieben.</translation>
    </message>
</context>
<context>
    <name>animation_stage</name>
    <message>
        <source>a slice along {a} and {b} where the run ended</source>
        <translation>ein Schnitt entlang {a} und {b}, wo der Lauf endete</translation>
    </message>
    <message>
        <source>epoch {n} · loss {loss}</source>
        <translation>Epoche {n} · Verlust {loss}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>gdviz: cannot start</source>
        <translation>gdviz: Start nicht möglich</translation>
    </message>
</context>
<context>
    <name>atomic</name>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a regular file</source>
        <translation>eine normale Datei</translation>
    </message>
    <message>
        <source>something other than a file</source>
        <translation>etwas anderes als eine Datei</translation>
    </message>
    <message>
        <source>a link to {target}, which is {what}</source>
        <translation>eine Verknüpfung auf {target}, das {what} ist</translation>
    </message>
    <message>
        <source>{what}, not a regular file: gdviz never writes over one (choose a file name)</source>
        <translation>{what}, keine normale Datei: gdviz überschreibt so etwas nie (wählen Sie einen Dateinamen)</translation>
    </message>
    <message>
        <source>a loop of links</source>
        <translation>eine Schleife von Verknüpfungen</translation>
    </message>
    <message>
        <source>a path through a file, as if it were a folder</source>
        <translation>ein Pfad durch eine Datei, als wäre sie ein Ordner</translation>
    </message>
    <message>
        <source>a link to a folder that is not there</source>
        <translation>eine Verknüpfung auf einen Ordner, den es nicht gibt</translation>
    </message>
    <message>
        <source>this is {what}, not a folder: name a folder to write the files into</source>
        <translation>das ist {what}, kein Ordner: Geben Sie einen Ordner an, in den die Dateien geschrieben werden</translation>
    </message>
</context>
<context>
    <name>cells</name>
    <message>
        <source>{text} is not a number</source>
        <translation>{text} ist keine Zahl</translation>
    </message>
    <message>
        <source>two numbers (x and a label)</source>
        <translation>zwei Zahlen (x und ein Label)</translation>
    </message>
    <message>
        <source>{n} numbers (x₀, x₁ and a label)</source>
        <translation>{n} Zahlen (x₀, x₁ und ein Label)</translation>
    </message>
    <message>
        <source>line {number} ({line}) is not {what}</source>
        <translation>Zeile {number} ({line}) enthält nicht {what}</translation>
    </message>
    <message>
        <source>the clipboard holds no rows of numbers</source>
        <translation>die Zwischenablage enthält keine Zeilen mit Zahlen</translation>
    </message>
</context>
<context>
    <name>code_view</name>
    <message>
        <source>The lesson&apos;s training loop, run line by line</source>
        <translation>Die Trainingsschleife der Lektion, Zeile für Zeile ausgeführt</translation>
    </message>
</context>
<context>
    <name>column_dialog</name>
    <message>
        <source>as they are (numbers 0…1)</source>
        <translation>wie sie sind (Zahlen 0…1)</translation>
    </message>
    <message>
        <source>1 means</source>
        <translation>1 bedeutet</translation>
    </message>
    <message>
        <source>1 where the value is above</source>
        <translation>1, wo der Wert größer ist als</translation>
    </message>
    <message>
        <source>Columns of {file}</source>
        <translation>Spalten von {file}</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Tabellenblatt</translation>
    </message>
    <message>
        <source>A second input (e.g. hours slept): the model then takes two, and the fit plot shows the plane of both</source>
        <translation>Eine zweite Eingabe (z. B. Stunden Schlaf): Das Modell nimmt dann zwei, und das Anpassungsdiagramm zeigt die Ebene über beiden</translation>
    </message>
    <message>
        <source>x (input, e.g. hours)</source>
        <translation>x (Eingabe, z. B. Stunden)</translation>
    </message>
    <message>
        <source>second input (optional)</source>
        <translation>zweite Eingabe (optional)</translation>
    </message>
    <message>
        <source>label (e.g. passed)</source>
        <translation>Label (z. B. bestanden)</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>none (one input)</source>
        <translation>keine (eine Eingabe)</translation>
    </message>
    <message>
        <source>The label column holds the single value {value} in its first rows: it cannot tell passed from failed. Is it the right column?</source>
        <translation>Die Label-Spalte enthält in ihren ersten Zeilen nur den Wert {value}: Damit lässt sich „bestanden“ nicht von „nicht bestanden“ unterscheiden. Ist es die richtige Spalte?</translation>
    </message>
    <message>
        <source>The label column has {n} different values in its first rows: choose the one that means 1 (passed).</source>
        <translation>Die Label-Spalte hat in ihren ersten Zeilen {n} verschiedene Werte: Wählen Sie den, der 1 (bestanden) bedeutet.</translation>
    </message>
    <message>
        <source>The label column holds numbers beyond 0…1: a threshold makes them labels (e.g. affairs above 0).</source>
        <translation>Die Label-Spalte enthält Zahlen außerhalb von 0…1: Eine Schwelle macht Labels daraus (z. B. Affären über 0).</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Drop a file on the window</source>
        <translation>Eine Datei auf das Fenster ziehen</translation>
    </message>
    <message>
        <source>open it: a data file or a saved session</source>
        <translation>sie öffnen: eine Datendatei oder eine gespeicherte Sitzung</translation>
    </message>
    <message>
        <source>leave presentation mode (when no past epoch is shown)</source>
        <translation>den Präsentationsmodus verlassen (wenn keine frühere Epoche angezeigt wird)</translation>
    </message>
    <message>
        <source>Training at learning rate {rate}…</source>
        <translation>Training mit Lernrate {rate}…</translation>
    </message>
    <message>
        <source>Step row works on a single run: End race first.</source>
        <translation>„Zeilenschritt“ wirkt nur auf einen einzelnen Lauf: Beenden Sie zuerst den Wettlauf.</translation>
    </message>
    <message>
        <source>Step row needs per-row updates (Options ▸ Per-row updates).</source>
        <translation>„Zeilenschritt“ braucht Aktualisierung pro Zeile (Optionen ▸ Aktualisierung pro Zeile).</translation>
    </message>
    <message>
        <source>Reset: w = {w}, b = {b}. Press Train (Space) to start.</source>
        <translation>Zurückgesetzt: w = {w}, b = {b}. „Trainieren“ (Leertaste) startet.</translation>
    </message>
    <message>
        <source>The landscape frames the data&apos;s optimum and the path of this run.</source>
        <translation>Die Landschaft zeigt das Optimum der Daten und den Pfad dieses Laufs.</translation>
    </message>
    <message>
        <source>after epoch {epoch}</source>
        <translation>nach Epoche {epoch}</translation>
    </message>
    <message>
        <source>at the start</source>
        <translation>am Anfang</translation>
    </message>
    <message>
        <source>Fit plot</source>
        <translation>Anpassungsdiagramm</translation>
    </message>
    <message>
        <source>Loss landscape</source>
        <translation>Verlustlandschaft</translation>
    </message>
    <message>
        <source>Loss plot</source>
        <translation>Verlustdiagramm</translation>
    </message>
    <message>
        <source>Data table</source>
        <translation>Datentabelle</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>The sweep&apos;s rate is not trained: {why}</source>
        <translation>Die Lernrate des Durchlaufs wird nicht trainiert: {why}</translation>
    </message>
    <message>
        <source>Training the sweep&apos;s learning rate {rate}.</source>
        <translation>Die Lernrate {rate} des Durchlaufs wird trainiert.</translation>
    </message>
    <message>
        <source>{path} is no longer there (moved or deleted): removed from Recent files.</source>
        <translation>{path} ist nicht mehr vorhanden (verschoben oder gelöscht): aus den zuletzt verwendeten Dateien entfernt.</translation>
    </message>
    <message>
        <source>The data changed, so the race ended: race again on it.</source>
        <translation>Die Daten haben sich geändert, daher ist der Wettlauf beendet: Starten Sie ihn auf den neuen Daten erneut.</translation>
    </message>
    <message>
        <source>This run is over: press Reset (R) to start again, or raise Epochs and Train to go on.</source>
        <translation>Dieser Lauf ist zu Ende: „Zurücksetzen“ (R) beginnt neu, oder erhöhen Sie „Epochen“ und drücken Sie „Trainieren“, um fortzusetzen.</translation>
    </message>
</context>
<context>
    <name>data</name>
    <message>
        <source>{x} value nan is not a number</source>
        <translation>{x}-Wert nan ist keine Zahl</translation>
    </message>
    <message>
        <source>{x} value is too large to read as a number (beyond ±1.8e308), or infinite: gdviz takes x from -1e12 to 1e12</source>
        <translation>{x}-Wert ist zu groß, um als Zahl gelesen zu werden (über ±1,8e308), oder unendlich: gdviz nimmt x von -1e12 bis 1e12</translation>
    </message>
    <message>
        <source>{x} value {value} is too large: gdviz takes x from -1e12 to 1e12 (rescale the column, e.g. to thousands)</source>
        <translation>{x}-Wert {value} ist zu groß: gdviz nimmt x von -1e12 bis 1e12 (skalieren Sie die Spalte, z. B. auf Tausender)</translation>
    </message>
    <message>
        <source>label is too large to read as a number, or infinite: labels are 0 to 1</source>
        <translation>Label ist zu groß, um als Zahl gelesen zu werden, oder unendlich: Labels sind 0 bis 1</translation>
    </message>
    <message>
        <source>label {value} is not a finite number</source>
        <translation>Label {value} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>label {value} is outside [0, 1] (use 1 for passed, 0 for failed)</source>
        <translation>Label {value} liegt außerhalb von [0, 1] (1 für bestanden, 0 für nicht bestanden)</translation>
    </message>
    <message>
        <source>The lesson&apos;s 4 students: (1, 0), (2, 0), (3, 1), (4, 1)</source>
        <translation>Die 4 Schülerinnen und Schüler der Lektion: (1, 0), (2, 0), (3, 1), (4, 1)</translation>
    </message>
    <message>
        <source>200 students, noisy: more hours, more passes, with exceptions</source>
        <translation>200 Schülerinnen und Schüler, verrauscht: mehr Stunden, öfter bestanden, mit Ausnahmen</translation>
    </message>
    <message>
        <source>Passes and fails overlap: no threshold separates them</source>
        <translation>„Bestanden“ und „nicht bestanden“ überlappen: Keine Schwelle trennt sie</translation>
    </message>
    <message>
        <source>A clean set plus one student who studied 12 hours and failed</source>
        <translation>Ein sauberer Datensatz plus eine Person, die 12 Stunden gelernt hat und durchgefallen ist</translation>
    </message>
    <message>
        <source>21 students who all studied 7.5 to 12.5 hours: far from 0, so the loss is a long, narrow valley where plain steps zig-zag and crawl (Lesson ▸ Why momentum?)</source>
        <translation>21 Schülerinnen und Schüler, die alle 7,5 bis 12,5 Stunden gelernt haben: weit weg von 0, daher ist der Verlust ein langes, schmales Tal, in dem einfache Schritte im Zickzack kriechen (Lektion ▸ Warum Momentum?)</translation>
    </message>
    <message>
        <source>60 students who pass only with a middle range of hours, neither too few nor too many: one neuron cannot fit it, a hidden layer can (Lesson ▸ Why a hidden layer?)</source>
        <translation>60 Schülerinnen und Schüler, die nur mit einer mittleren Stundenzahl bestehen, weder mit zu wenigen noch mit zu vielen: Ein Neuron kann das nicht abbilden, eine verborgene Schicht schon (Lektion ▸ Warum eine verborgene Schicht?)</translation>
    </message>
    <message>
        <source>36 students drawn from a known curve, σ(x − 5), each label flipped with a chance of 0.15: few rows and noisy, so a big model learns their noise (Lesson ▸ Why hold out data?)</source>
        <translation>36 Schülerinnen und Schüler aus einer bekannten Kurve σ(x − 5), jedes Label mit Wahrscheinlichkeit 0,15 umgedreht: wenige, verrauschte Zeilen, daher lernt ein großes Modell ihr Rauschen (Lektion ▸ Warum Daten zurückhalten?)</translation>
    </message>
    <message>
        <source>100 students, two inputs (hours studied, hours slept): a straight line separates passes from fails</source>
        <translation>100 Schülerinnen und Schüler, zwei Eingaben (Lernstunden, Schlafstunden): Eine Gerade trennt „bestanden“ von „nicht bestanden“</translation>
    </message>
    <message>
        <source>60 points, two inputs: each class in two opposite corners, so no straight line separates them; a hidden layer can</source>
        <translation>60 Punkte, zwei Eingaben: jede Klasse in zwei gegenüberliegenden Ecken, daher trennt sie keine Gerade; eine verborgene Schicht schon</translation>
    </message>
    <message>
        <source>120 points, two inputs: one class inside a ring of the other</source>
        <translation>120 Punkte, zwei Eingaben: eine Klasse innerhalb eines Rings der anderen</translation>
    </message>
</context>
<context>
    <name>data_controller</name>
    <message>
        <source>undo {what}</source>
        <translation>{what} rückgängig machen</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.txt *.dat *.xlsx *.xlsm *.xls *.ods);;Text tables (*.csv *.tsv *.txt *.dat);;Spreadsheets (*.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
        <translation>Datendateien (*.csv *.tsv *.txt *.dat *.xlsx *.xlsm *.xls *.ods);;Texttabellen (*.csv *.tsv *.txt *.dat);;Tabellenkalkulationen (*.xlsx *.xlsm *.xls *.ods);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Data changed ({what}): {rows}. Training goes on with them from the next epoch.</source>
        <translation>Daten geändert ({what}): {rows}. Das Training läuft ab der nächsten Epoche damit weiter.</translation>
    </message>
    <message>
        <source>Data: {what} ({rows}). Train (Space) to fit them.</source>
        <translation>Daten: {what} ({rows}). Mit „Trainieren“ (Leertaste) das Modell anpassen.</translation>
    </message>
    <message>
        <source>Not changed: {reason}.</source>
        <translation>Nicht geändert: {reason}.</translation>
    </message>
    <message>
        <source>add a student who passed at x = {x}</source>
        <translation>Person mit „bestanden“ bei x = {x} hinzufügen</translation>
    </message>
    <message>
        <source>add a student who failed at x = {x}</source>
        <translation>Person mit „nicht bestanden“ bei x = {x} hinzufügen</translation>
    </message>
    <message>
        <source>add a row that passed at ({x0}, {x1})</source>
        <translation>Zeile mit „bestanden“ bei ({x0}; {x1}) hinzufügen</translation>
    </message>
    <message>
        <source>add a row that failed at ({x0}, {x1})</source>
        <translation>Zeile mit „nicht bestanden“ bei ({x0}; {x1}) hinzufügen</translation>
    </message>
    <message>
        <source>move row {row} to x = {x}</source>
        <translation>Zeile {row} nach x = {x} verschieben</translation>
    </message>
    <message>
        <source>Not deleted: a data set needs one row.</source>
        <translation>Nicht gelöscht: Ein Datensatz braucht mindestens eine Zeile.</translation>
    </message>
    <message>
        <source>delete row {row}</source>
        <translation>Zeile {row} löschen</translation>
    </message>
    <message>
        <source>Not pasted: {reason}</source>
        <translation>Nicht eingefügt: {reason}</translation>
    </message>
    <message>
        <source>paste {rows}</source>
        <translation>{rows} einfügen</translation>
    </message>
    <message>
        <source>use the built-in set &apos;{name}&apos;</source>
        <translation>eingebauten Datensatz „{name}“ verwenden</translation>
    </message>
    <message>
        <source>generate students from a known curve, noise {noise}, seed {seed}</source>
        <translation>Schülerinnen und Schüler aus einer bekannten Kurve erzeugen, Rauschen {noise}, Seed {seed}</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Daten öffnen</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>gdviz: opening data</source>
        <translation>gdviz: Daten werden geöffnet</translation>
    </message>
    <message>
        <source>Reading {name} was cancelled; the data is unchanged.</source>
        <translation>Das Lesen von {name} wurde abgebrochen; die Daten sind unverändert.</translation>
    </message>
    <message>
        <source>open {name}</source>
        <translation>{name} öffnen</translation>
    </message>
    <message>
        <source>Opened {name}: {rows}; {note}.</source>
        <translation>{name} geöffnet: {rows}; {note}.</translation>
    </message>
    <message>
        <source>Not loaded: {reason}</source>
        <translation>Nicht geladen: {reason}</translation>
    </message>
    <message>
        <source>Cannot use this file</source>
        <translation>Diese Datei kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>{reason}

The current data is unchanged.</source>
        <translation>{reason}

Die aktuellen Daten sind unverändert.</translation>
    </message>
    <message>
        <source>Save data as CSV</source>
        <translation>Daten als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save the data</source>
        <translation>Die Daten können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>{path}: {reason}

Any earlier file is unchanged.</source>
        <translation>{path}: {reason}

Eine frühere Datei dort ist unverändert.</translation>
    </message>
    <message>
        <source>Saved {rows} to {path}.</source>
        <translation>{rows} in {path} gespeichert.</translation>
    </message>
</context>
<context>
    <name>data_tab</name>
    <message>
        <source>Held out for validation: never trained on, its loss measured each epoch</source>
        <translation>Für die Validierung zurückgehalten: nicht zum Training verwendet, Verlust in jeder Epoche gemessen</translation>
    </message>
    <message>
        <source>{row} held out</source>
        <translation>{row} zurückgehalten</translation>
    </message>
    <message>
        <source>Row {row}: {value} is not a number; type an x value, e.g. 3.5.</source>
        <translation>Zeile {row}: {value} ist keine Zahl; geben Sie einen x-Wert ein, z. B. 3,5.</translation>
    </message>
    <message>
        <source>Row {row}: {value} is not a number; type a label from 0 to 1 (1 = passed, 0 = failed).</source>
        <translation>Zeile {row}: {value} ist keine Zahl; geben Sie ein Label von 0 bis 1 ein (1 = bestanden, 0 = nicht bestanden).</translation>
    </message>
    <message>
        <source>Row {row}: {problem}.</source>
        <translation>Zeile {row}: {problem}.</translation>
    </message>
    <message>
        <source>edit row {row}</source>
        <translation>Zeile {row} bearbeiten</translation>
    </message>
    <message>
        <source>Double-click a value</source>
        <translation>Doppelklick auf einen Wert</translation>
    </message>
    <message>
        <source>change it (undoable)</source>
        <translation>ihn ändern (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>Double-click a value to change it. Labels are 1 (passed), 0 (failed) or anything between. Ctrl+C copies the selected rows, Ctrl+V pastes rows from a spreadsheet.</source>
        <translation>Doppelklicken Sie auf einen Wert, um ihn zu ändern. Labels sind 1 (bestanden), 0 (nicht bestanden) oder etwas dazwischen. Strg+C kopiert die ausgewählten Zeilen, Strg+V fügt Zeilen aus einer Tabellenkalkulation ein.</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Add a student: x one hour more than the last row, label 1</source>
        <translation>Eine Person hinzufügen: x eine Stunde mehr als in der letzten Zeile, Label 1</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Zeilen löschen</translation>
    </message>
    <message>
        <source>Delete the selected rows (at least one row must stay)</source>
        <translation>Die ausgewählten Zeilen löschen (mindestens eine Zeile muss bleiben)</translation>
    </message>
    <message>
        <source>Data table: copy the selected rows</source>
        <translation>Datentabelle: ausgewählte Zeilen kopieren</translation>
    </message>
    <message>
        <source>Data table: paste rows from a spreadsheet (undoable)</source>
        <translation>Datentabelle: Zeilen aus einer Tabellenkalkulation einfügen (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>Read from the file: {note}.</source>
        <translation>Aus der Datei gelesen: {note}.</translation>
    </message>
    <message>
        <source>add a row</source>
        <translation>eine Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Select the rows to delete first (click their numbers).</source>
        <translation>Wählen Sie zuerst die zu löschenden Zeilen aus (klicken Sie auf ihre Nummern).</translation>
    </message>
    <message>
        <source>A data set needs at least one row: keep one.</source>
        <translation>Ein Datensatz braucht mindestens eine Zeile: Behalten Sie eine.</translation>
    </message>
    <message>
        <source>delete 1 row</source>
        <translation>1 Zeile löschen</translation>
    </message>
    <message>
        <source>delete {n} rows</source>
        <translation>{n} Zeilen löschen</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <source>The step left the finite numbers: the run has diverged.</source>
        <translation>Der Schritt hat die endlichen Zahlen verlassen: Der Lauf ist divergiert.</translation>
    </message>
    <message>
        <source>(updates so far)</source>
        <translation>(bisherige Aktualisierungen)</translation>
    </message>
</context>
<context>
    <name>explain_net</name>
    <message>
        <source>(1 if {a} &gt; 0, else 0)</source>
        <translation>(1 wenn {a} &gt; 0, sonst 0)</translation>
    </message>
    <message>
        <source>Forward pass:</source>
        <translation>Vorwärtsdurchlauf:</translation>
    </message>
    <message>
        <source>Backward pass:</source>
        <translation>Rückwärtsdurchlauf:</translation>
    </message>
    <message>
        <source>(the output&apos;s delta)</source>
        <translation>(das Delta der Ausgabe)</translation>
    </message>
    <message>
        <source>Updates:</source>
        <translation>Aktualisierungen:</translation>
    </message>
    <message>
        <source>Updates ({optimizer}):</source>
        <translation>Aktualisierungen ({optimizer}):</translation>
    </message>
    <message>
        <source>optimiser</source>
        <translation>Optimierer</translation>
    </message>
</context>
<context>
    <name>export_dialogs</name>
    <message>
        <source>PNG and SVG</source>
        <translation>PNG und SVG</translation>
    </message>
    <message>
        <source>Export plots</source>
        <translation>Diagramme exportieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Width of PNG images; the height follows the plot&apos;s shape</source>
        <translation>Breite der PNG-Bilder; die Höhe folgt der Form des Diagramms</translation>
    </message>
    <message>
        <source>PNG width</source>
        <translation>PNG-Breite</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Animation exportieren</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>GIF, MP4 (H.264) or WebM: the file&apos;s extension chooses.</source>
        <translation>GIF, MP4 (H.264) oder WebM: Die Dateiendung entscheidet.</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Zeigt</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> Bilder/s</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Bildrate</translation>
    </message>
    <message>
        <source>How long the training takes to play; the first epochs, where most happens, get the most frames</source>
        <translation>Wie lange das Abspielen des Trainings dauert; die ersten Epochen, in denen am meisten geschieht, bekommen die meisten Bilder</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>How long the last frame stays before the animation ends or loops</source>
        <translation>Wie lange das letzte Bild stehen bleibt, bevor die Animation endet oder von vorn beginnt</translation>
    </message>
    <message>
        <source>Hold the end</source>
        <translation>Standbild am Ende</translation>
    </message>
    <message>
        <source>All three plots, with a caption</source>
        <translation>Alle drei Diagramme, mit Bildunterschrift</translation>
    </message>
    <message>
        <source>The fit plot</source>
        <translation>Das Anpassungsdiagramm</translation>
    </message>
    <message>
        <source>The loss landscape</source>
        <translation>Die Verlustlandschaft</translation>
    </message>
    <message>
        <source>The loss curve</source>
        <translation>Die Verlustkurve</translation>
    </message>
    <message>
        <source>GIF animation (*.gif);;MP4 video (*.mp4);;WebM video (*.webm)</source>
        <translation>GIF-Animation (*.gif);;MP4-Video (*.mp4);;WebM-Video (*.webm)</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>{n} bytes</source>
        <translation>{n} Byte</translation>
    </message>
    <message>
        <source>the file is gone: it was deleted or moved while gdviz read it (open it again)</source>
        <translation>die Datei ist weg: Sie wurde gelöscht oder verschoben, während gdviz sie las (bitte erneut öffnen)</translation>
    </message>
    <message>
        <source>gdviz may no longer read the file (its permissions changed while it was read)</source>
        <translation>gdviz darf die Datei nicht mehr lesen (ihre Berechtigungen haben sich beim Lesen geändert)</translation>
    </message>
    <message>
        <source>cannot read the file: {reason}</source>
        <translation>die Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>this line is longer than {size}: not a table of numbers gdviz can read (is it the right file?)</source>
        <translation>diese Zeile ist länger als {size}: keine Zahlentabelle, die gdviz lesen kann (ist es die richtige Datei?)</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>this is not a regular file (it is a device, a pipe or a socket); gdviz reads files saved on disk</source>
        <translation>das ist keine normale Datei (sondern ein Gerät, eine Pipe oder ein Socket); gdviz liest auf dem Datenträger gespeicherte Dateien</translation>
    </message>
    <message>
        <source>the file is {size}, more than the {limit} gdviz reads</source>
        <translation>die Datei ist {size} groß, mehr als die {limit}, die gdviz liest</translation>
    </message>
    <message>
        <source>this is not a regular file</source>
        <translation>das ist keine normale Datei</translation>
    </message>
    <message>
        <source>the file is larger than the {limit} gdviz reads</source>
        <translation>die Datei ist größer als die {limit}, die gdviz liest</translation>
    </message>
    <message>
        <source>contains a NUL byte: this is not a text file</source>
        <translation>enthält ein NUL-Byte: das ist keine Textdatei</translation>
    </message>
    <message>
        <source>not UTF-8 text (is it a spreadsheet? save it as CSV UTF-8)</source>
        <translation>kein UTF-8-Text (ist es eine Tabellenkalkulation? Speichern Sie sie als CSV UTF-8)</translation>
    </message>
    <message>
        <source>not UTF-8 text: it ends in the middle of a character</source>
        <translation>kein UTF-8-Text: er endet mitten in einem Zeichen</translation>
    </message>
</context>
<context>
    <name>fit_marks</name>
    <message>
        <source>error = {error}
loss = {loss}</source>
        <translation>Fehler = {error}
Verlust = {loss}</translation>
    </message>
    <message>
        <source>p = {t} at x = {x}</source>
        <translation>p = {t} bei x = {x}</translation>
    </message>
</context>
<context>
    <name>fit_models</name>
    <message>
        <source>the lesson&apos;s neuron: p = σ(w·x + b)</source>
        <translation>das Neuron der Lektion: p = σ(w·x + b)</translation>
    </message>
    <message>
        <source>one neuron with 2 inputs: p = σ(w₀·x₀ + w₁·x₁ + b)</source>
        <translation>ein Neuron mit 2 Eingaben: p = σ(w₀·x₀ + w₁·x₁ + b)</translation>
    </message>
    <message>
        <source>1 input</source>
        <translation>1 Eingabe</translation>
    </message>
    <message>
        <source>{n} inputs</source>
        <translation>{n} Eingaben</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 Einheit</translation>
    </message>
    <message>
        <source>{n} units</source>
        <translation>{n} Einheiten</translation>
    </message>
    <message>
        <source>{inputs} → {units} ({activation}) → 1 output</source>
        <translation>{inputs} → {units} ({activation}) → 1 Ausgabe</translation>
    </message>
</context>
<context>
    <name>fit_plot</name>
    <message>
        <source>Click</source>
        <translation>Klick</translation>
    </message>
    <message>
        <source>add a student who passed, at that x</source>
        <translation>bei diesem x eine Person hinzufügen, die bestanden hat</translation>
    </message>
    <message>
        <source>Shift+click</source>
        <translation>Umschalt+Klick</translation>
    </message>
    <message>
        <source>add a student who failed</source>
        <translation>eine Person hinzufügen, die nicht bestanden hat</translation>
    </message>
    <message>
        <source>Drag a point</source>
        <translation>Punkt ziehen</translation>
    </message>
    <message>
        <source>move that student along x</source>
        <translation>diese Person entlang x verschieben</translation>
    </message>
    <message>
        <source>Right-click a point</source>
        <translation>Rechtsklick auf einen Punkt</translation>
    </message>
    <message>
        <source>delete that student (and the plot&apos;s menu)</source>
        <translation>diese Person löschen (und das Menü des Diagramms)</translation>
    </message>
    <message>
        <source>Drag elsewhere / wheel</source>
        <translation>Anderswo ziehen / Mausrad</translation>
    </message>
    <message>
        <source>pan / zoom the view</source>
        <translation>Ansicht verschieben / zoomen</translation>
    </message>
</context>
<context>
    <name>fit_words</name>
    <message>
        <source>Click: add a student who passed · Shift+click: one who failed · drag a point to move it · right-click a point to delete it</source>
        <translation>Klick: eine Person hinzufügen, die bestanden hat · Umschalt+Klick: eine, die nicht bestanden hat · Punkt ziehen, um ihn zu verschieben · Rechtsklick auf einen Punkt, um ihn zu löschen</translation>
    </message>
    <message>
        <source>Too many rows to draw one by one: dots are the pass rate of each slice of x (bigger dots, more rows); the strips show where the failed and passed rows lie. Edit rows in the Data tab.</source>
        <translation>Zu viele Zeilen, um sie einzeln zu zeichnen: Die Punkte sind die Bestehensquote jedes x-Abschnitts (größere Punkte, mehr Zeilen); die Streifen zeigen, wo die nicht bestandenen und bestandenen Zeilen liegen. Zeilen im Reiter „Daten“ bearbeiten.</translation>
    </message>
    <message>
        <source>Model fit</source>
        <translation>Modellanpassung</translation>
    </message>
    <message>
        <source>Model fit · the plane of both inputs</source>
        <translation>Modellanpassung · die Ebene beider Eingaben</translation>
    </message>
    <message>
        <source> · {shown} of {rows} rows drawn</source>
        <translation> · {shown} von {rows} Zeilen gezeichnet</translation>
    </message>
    <message>
        <source>Model fit · {rows} rows, pass rate per slice of x</source>
        <translation>Modellanpassung · {rows} Zeilen, Bestehensquote je x-Abschnitt</translation>
    </message>
    <message>
        <source>p (pass probability)</source>
        <translation>p (Bestehenswahrscheinlichkeit)</translation>
    </message>
    <message>
        <source>x (hours studied)</source>
        <translation>x (Lernstunden)</translation>
    </message>
    <message>
        <source>failed (y = 0)</source>
        <translation>nicht bestanden (y = 0)</translation>
    </message>
    <message>
        <source>passed (y = 1)</source>
        <translation>bestanden (y = 1)</translation>
    </message>
    <message>
        <source>p = 0.5 (the boundary; colour: p)</source>
        <translation>p = 0,5 (die Grenze; Farbe: p)</translation>
    </message>
    <message>
        <source>sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <source>the network&apos;s p</source>
        <translation>p des Netzes</translation>
    </message>
    <message>
        <source>hidden units, 0…1 (blue raises p, orange lowers)</source>
        <translation>verborgene Einheiten, 0…1 (blau erhöht p, orange senkt es)</translation>
    </message>
    <message>
        <source>failed rows (y = 0)</source>
        <translation>nicht bestandene Zeilen (y = 0)</translation>
    </message>
    <message>
        <source>passed rows (y = 1)</source>
        <translation>bestandene Zeilen (y = 1)</translation>
    </message>
    <message>
        <source>pass rate per slice (size: rows)</source>
        <translation>Bestehensquote je Abschnitt (Größe: Zeilen)</translation>
    </message>
</context>
<context>
    <name>generalisation</name>
    <message>
        <source>{loss} · validation {validation}</source>
        <translation>{loss} · Validierung {validation}</translation>
    </message>
    <message>
        <source>Mean loss per row of the epoch: the training rows&apos;, then the held-out rows&apos; (measured with the parameters at the epoch&apos;s end)</source>
        <translation>Mittlerer Verlust pro Zeile in der Epoche: zuerst für die Trainingszeilen, dann für die zurückgehaltenen Zeilen (gemessen mit den Parametern am Ende der Epoche)</translation>
    </message>
    <message>
        <source>loss –</source>
        <translation>Verlust –</translation>
    </message>
    <message>
        <source>mean loss {loss}, validation {validation}</source>
        <translation>mittlerer Verlust {loss}, Validierung {validation}</translation>
    </message>
    <message>
        <source>loss {loss}</source>
        <translation>Verlust {loss}</translation>
    </message>
</context>
<context>
    <name>generalisation_box</name>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>No penalty: the rows&apos; loss alone</source>
        <translation>Kein Strafterm: nur der Verlust der Zeilen</translation>
    </message>
    <message>
        <source>Generalisation</source>
        <translation>Generalisierung</translation>
    </message>
    <message>
        <source>Hold out</source>
        <translation>Zurückhalten</translation>
    </message>
    <message>
        <source>The fraction of the rows held out (above 0, below 1)</source>
        <translation>Der Anteil der zurückgehaltenen Zeilen (über 0, unter 1)</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source> epochs</source>
        <translation> Epochen</translation>
    </message>
    <message>
        <source> Needs rows held out.</source>
        <translation> Erfordert zurückgehaltene Zeilen.</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>Frühes Stoppen</translation>
    </message>
    <message>
        <source>λ: how much the penalty weighs against the rows&apos; loss</source>
        <translation>λ: wie stark der Strafterm gegenüber dem Verlust der Zeilen wiegt</translation>
    </message>
    <message>
        <source>Drag λ on a log scale (0.0001 … 10); the landscape reshapes when you let go</source>
        <translation>λ auf einer logarithmischen Skala ziehen (0,0001 … 10); die Landschaft ändert sich beim Loslassen</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>Strafterm</translation>
    </message>
    <message>
        <source>Rows not held out: {problem}.</source>
        <translation>Keine Zeilen zurückgehalten: {problem}.</translation>
    </message>
    <message>
        <source>Loss followed: the rows&apos; loss + {formula}</source>
        <translation>Minimierter Verlust: Verlust der Zeilen + {formula}</translation>
    </message>
    <message>
        <source> (now {value}; per training row {per_row})</source>
        <translation> (jetzt {value}; pro Trainingszeile {per_row})</translation>
    </message>
    <message>
        <source> (now {value})</source>
        <translation> (jetzt {value})</translation>
    </message>
</context>
<context>
    <name>generate_dialog</name>
    <message>
        <source>Students whose chance of passing after x hours follows a true curve, p = σ(w·x + b); each label is then flipped with the chance noise. The same seed draws the same rows on every machine.</source>
        <translation>Schülerinnen und Schüler, deren Chance zu bestehen nach x Stunden einer wahren Kurve folgt, p = σ(w·x + b); jedes Label wird dann mit der Wahrscheinlichkeit „Rauschen“ umgedreht. Derselbe Seed erzeugt auf jedem Rechner dieselben Zeilen.</translation>
    </message>
    <message>
        <source>Generate data</source>
        <translation>Daten erzeugen</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>How many students (2 to 1,000,000)</source>
        <translation>Wie viele Schülerinnen und Schüler (2 bis 1.000.000)</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>The chance each label is flipped (0: none, 0.5: labels are coin tosses)</source>
        <translation>Die Wahrscheinlichkeit, dass ein Label umgedreht wird (0: nie, 0,5: Labels sind Münzwürfe)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>The same seed, the same rows</source>
        <translation>Derselbe Seed, dieselben Zeilen</translation>
    </message>
    <message>
        <source>True w</source>
        <translation>Wahres w</translation>
    </message>
    <message>
        <source>The true curve&apos;s steepness</source>
        <translation>Die Steilheit der wahren Kurve</translation>
    </message>
    <message>
        <source>True b</source>
        <translation>Wahres b</translation>
    </message>
    <message>
        <source>The true curve&apos;s shift: p = 0.5 at x = −b/w</source>
        <translation>Die Verschiebung der wahren Kurve: p = 0,5 bei x = −b/w</translation>
    </message>
    <message>
        <source>Not generated: {problem}.</source>
        <translation>Nicht erzeugt: {problem}.</translation>
    </message>
    <message>
        <source>p = 0.5 at x = {x}</source>
        <translation>p = 0,5 bei x = {x}</translation>
    </message>
    <message>
        <source>the same p at every x</source>
        <translation>dasselbe p bei jedem x</translation>
    </message>
    <message>
        <source>The true curve: {equation}, {where}.</source>
        <translation>Die wahre Kurve: {equation}, {where}.</translation>
    </message>
</context>
<context>
    <name>gradcheck</name>
    <message>
        <source>The loss is not a finite number here: no gradient to check.</source>
        <translation>Der Verlust ist hier keine endliche Zahl: Es gibt keinen Gradienten zu prüfen.</translation>
    </message>
    <message>
        <source>The rule follows the gradient of the loss: they agree (relative errors below {agree}, the size a finite difference&apos;s rounding leaves).</source>
        <translation>Die Regel folgt dem Gradienten des Verlusts: Sie stimmen überein (relative Fehler unter {agree}, so groß wie die Rundung einer finiten Differenz).</translation>
    </message>
    <message>
        <source>The lesson&apos;s nudge is not the gradient of squared error, and that is not a bug: error·x is cross-entropy&apos;s gradient; squared error&apos;s has the extra factor 2·p·(1−p), which is small where p is near 0 or 1. Choose the exact gradient, or cross-entropy, and the two agree.</source>
        <translation>Die Regel der Lektion ist nicht der Gradient des quadratischen Fehlers, und das ist kein Fehler im Programm: Fehler·x ist der Gradient der Kreuzentropie; der des quadratischen Fehlers hat den zusätzlichen Faktor 2·p·(1−p), der klein ist, wo p nahe 0 oder 1 liegt. Wählen Sie den exakten Gradienten oder die Kreuzentropie, dann stimmen beide überein.</translation>
    </message>
    <message>
        <source>The rule and the finite difference disagree here: the loss may bend too sharply for the step (ReLU&apos;s corner, a saturated unit).</source>
        <translation>Regel und finite Differenz weichen hier voneinander ab: Der Verlust knickt für diesen Schritt womöglich zu stark (die Ecke von ReLU, eine gesättigte Einheit).</translation>
    </message>
</context>
<context>
    <name>gradient_controller</name>
    <message>
        <source>Could not check the gradient: {why}</source>
        <translation>Der Gradient konnte nicht geprüft werden: {why}</translation>
    </message>
    <message>
        <source>Checking the gradient…</source>
        <translation>Gradient wird geprüft…</translation>
    </message>
    <message>
        <source>Gradient checked {where}: see the window it opened.</source>
        <translation>Gradient {where} geprüft: Ergebnisse im neu geöffneten Fenster.</translation>
    </message>
</context>
<context>
    <name>gradient_dialog</name>
    <message>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>the rule&apos;s gradient</source>
        <translation>Gradient der Regel</translation>
    </message>
    <message>
        <source>finite difference</source>
        <translation>finite Differenz</translation>
    </message>
    <message>
        <source>relative error</source>
        <translation>relativer Fehler</translation>
    </message>
    <message>
        <source>gdviz — check the gradient</source>
        <translation>gdviz – Gradient prüfen</translation>
    </message>
    <message>
        <source>The model {where}: for each parameter, the slope the rule uses (its gradient, summed over the rows; a step moves the parameter the other way) beside a central finite difference of the total loss. Relative errors below {agree} mean they agree.</source>
        <translation>Das Modell {where}: für jeden Parameter die Steigung, die die Regel verwendet (ihr Gradient, über die Zeilen summiert; ein Schritt bewegt den Parameter in die Gegenrichtung), neben einer zentralen finiten Differenz des Gesamtverlusts. Relative Fehler unter {agree} bedeuten, dass sie übereinstimmen.</translation>
    </message>
    <message>
        <source>Largest relative error: {error}. </source>
        <translation>Größter relativer Fehler: {error}. </translation>
    </message>
</context>
<context>
    <name>guesses</name>
    <message>
        <source>1 point</source>
        <translation>1 Punkt</translation>
    </message>
    <message>
        <source>{n} points</source>
        <translation>{n} Punkte</translation>
    </message>
    <message>
        <source>Ask me first: where will (w, b) be after this epoch? Click the landscape, or move there with the arrow keys on it and press Enter.</source>
        <translation>Zuerst raten: Wo werden (w, b) nach dieser Epoche sein? Klicken Sie in die Landschaft oder gehen Sie mit den Pfeiltasten dorthin und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>Ask me first: no guess, no training. Train again to guess.</source>
        <translation>Zuerst raten: ohne Tipp kein Training. Drücken Sie erneut „Trainieren“, um zu raten.</translation>
    </message>
    <message>
        <source>Ask me first is off: Step steps at once.</source>
        <translation>„Zuerst raten“ ist aus: „Schritt“ rechnet sofort.</translation>
    </message>
    <message>
        <source>There is no 50% point now: the run has no slope left to say it.</source>
        <translation>Es gibt jetzt keinen 50-%-Punkt: Die Kurve des Laufs hat keine Steigung mehr.</translation>
    </message>
    <message>
        <source>The model says 50% at x = {at}; you said {guess} ({off} off): {points}.</source>
        <translation>Das Modell sagt 50 % bei x = {at}; Ihr Tipp war {guess} ({off} daneben): {points}.</translation>
    </message>
    <message>
        <source>Ask me first: {said}</source>
        <translation>Zuerst raten: {said}</translation>
    </message>
    <message>
        <source>The run moved on before the step: click again for a new guess.</source>
        <translation>Der Lauf ist vor dem Schritt weitergegangen: Klicken Sie erneut für einen neuen Tipp.</translation>
    </message>
    <message>
        <source>A guess is a place on the map: that one is not.</source>
        <translation>Ein Tipp muss ein Ort auf der Karte sein: Dieser ist es nicht.</translation>
    </message>
    <message>
        <source>The run has finished: Reset (R) starts a new one; then guess its step.</source>
        <translation>Der Lauf ist beendet: „Zurücksetzen“ (R) beginnt einen neuen; raten Sie dann seinen Schritt.</translation>
    </message>
    <message>
        <source>Pause first: a guess is for the next single step.</source>
        <translation>Pausieren Sie zuerst: Ein Tipp gilt für den nächsten einzelnen Schritt.</translation>
    </message>
    <message>
        <source>Your guess: w = {w}, b = {b}. Now Step (S) to see where it lands.</source>
        <translation>Ihr Tipp: w = {w}, b = {b}. Jetzt „Schritt“ (S), um zu sehen, wo er landet.</translation>
    </message>
    <message>
        <source>It landed at w = {w}, b = {b}: {distance} from your guess, {points}.</source>
        <translation>Gelandet bei w = {w}, b = {b}: {distance} von Ihrem Tipp entfernt, {points}.</translation>
    </message>
    <message>
        <source>{landed} Click again for the next step.</source>
        <translation>{landed} Klicken Sie erneut für den nächsten Schritt.</translation>
    </message>
    <message>
        <source>The map has the keys: the arrows move your guess from where (w, b) is now (Shift: finely); Enter places it.</source>
        <translation>Die Karte hat den Tastaturfokus: Die Pfeiltasten bewegen Ihren Tipp von der aktuellen Stelle (w, b) aus (Umschalt: feiner); die Eingabetaste setzt ihn.</translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <source>Measure the mistake</source>
        <translation>Den Fehler messen</translation>
    </message>
    <message>
        <source>A student passed (actual 1) and the model said 0.7. How wrong is that? Drag the prediction below: the loss is the gap squared, (actual − prediction)². Near the actual value it is tiny; far from it, it grows fast. On the fit plot (outlined) each dot is a student and the curve is the model&apos;s prediction for every x.</source>
        <translation>Eine Person hat bestanden (tatsächlich 1), und das Modell sagte 0,7 voraus. Wie falsch ist das? Ziehen Sie unten die Vorhersage: Der Verlust ist die quadrierte Abweichung, (tatsächlich − Vorhersage)². Nahe am tatsächlichen Wert ist er winzig; weiter weg wächst er schnell. Im Anpassungsdiagramm (umrandet) ist jeder Punkt eine Person und die Kurve die Vorhersage des Modells für jedes x.</translation>
    </message>
    <message>
        <source>Why squared, and what else</source>
        <translation>Warum quadriert, und was sonst</translation>
    </message>
    <message>
        <source>Both losses drawn over every prediction from 0 to 1, for a student who passed and one who failed. Squared error: a miss of 0.2 costs 0.04, a miss of 0.8 costs 0.64, sixteen times more. Cross-entropy punishes a confident miss even harder. Training pushes the total of these, drawn on the loss plot (outlined), down.</source>
        <translation>Beide Verluste über jeder Vorhersage von 0 bis 1, für eine Person, die bestanden hat, und eine, die durchgefallen ist. Quadratischer Fehler: Eine Abweichung von 0,2 kostet 0,04, eine von 0,8 kostet 0,64, sechzehnmal so viel. Kreuzentropie bestraft eine selbstsichere Fehlvorhersage noch stärker. Das Training drückt die Summe davon nach unten; sie ist im Verlustdiagramm (umrandet) zu sehen.</translation>
    </message>
    <message>
        <source>Training in plain language</source>
        <translation>Training in einfachen Worten</translation>
    </message>
    <message>
        <source>Training is four steps repeated. Put the cards in order: drag them, or select one and move it with Ctrl+↑ and Ctrl+↓; then Check. Train (outlined) runs exactly this loop.</source>
        <translation>Training besteht aus vier Schritten, die sich wiederholen. Bringen Sie die Karten in die richtige Reihenfolge: Ziehen Sie sie, oder wählen Sie eine aus und verschieben Sie sie mit Strg+↑ und Strg+↓; dann „Reihenfolge prüfen“. „Trainieren“ (umrandet) führt genau diese Schleife aus.</translation>
    </message>
    <message>
        <source>One training iteration</source>
        <translation>Eine Trainingsiteration</translation>
    </message>
    <message>
        <source>Press Step row (outlined) to send one student through the model, then go through its three moments one at a time, or play them: the row goes in and a probability comes out; the error is measured; w and b take a small step against it.</source>
        <translation>Drücken Sie „Zeilenschritt“ (umrandet), um eine Person durch das Modell zu schicken, und gehen Sie dann ihre drei Momente einzeln durch oder spielen Sie sie ab: Die Zeile geht hinein, eine Wahrscheinlichkeit kommt heraus; der Fehler wird gemessen; w und b machen einen kleinen Schritt dagegen.</translation>
    </message>
    <message>
        <source>The training loop, running</source>
        <translation>Die Trainingsschleife in Aktion</translation>
    </message>
    <message>
        <source>The lesson&apos;s loop as code. Each Step row runs it a line at a time: the line being run is marked and every value it makes is written beside it, from the run itself. Step row a few times, then Step (S) to finish the epoch.</source>
        <translation>Die Schleife der Lektion als Code. Jeder „Zeilenschritt“ führt sie Zeile für Zeile aus: Die gerade ausgeführte Zeile ist markiert, und jeder Wert, den sie erzeugt, steht daneben, direkt aus dem Lauf. Einige Male „Zeilenschritt“, dann „Schritt“ (S), um die Epoche zu beenden.</translation>
    </message>
    <message>
        <source>Reading the update lines</source>
        <translation>Die Aktualisierungszeilen lesen</translation>
    </message>
    <message>
        <source>Step row, then read the last row&apos;s update below, with its own numbers: the sign of the error says whether the model overshot; x scales how hard the row pushes w; b moves by the error alone. The Train tab&apos;s worked row (outlined) has every digit.</source>
        <translation>Drücken Sie „Zeilenschritt“ und lesen Sie dann unten die Aktualisierung der letzten Zeile mit ihren eigenen Zahlen: Das Vorzeichen des Fehlers sagt, ob das Modell zu hoch lag; x bestimmt, wie stark die Zeile w verschiebt; b bewegt sich allein um den Fehler. Die vorgerechnete Zeile im Reiter „Training“ (umrandet) zeigt jede Ziffer.</translation>
    </message>
    <message>
        <source>Exercise 3: the learning rate, predict first</source>
        <translation>Übung 3: die Lernrate – erst vermuten</translation>
    </message>
    <message>
        <source>Before each run, say what you expect. The lesson&apos;s default run is kept (faded) to compare with. Then Run it, and read what happened beside the lesson&apos;s answer.</source>
        <translation>Sagen Sie vor jedem Lauf, was Sie erwarten. Der Standardlauf der Lektion bleibt zum Vergleich (blass) erhalten. Klicken Sie dann auf „Ausführen“ und vergleichen Sie das Ergebnis mit der Antwort der Lektion.</translation>
    </message>
    <message>
        <source>Exercise 4: the starting weight, predict first</source>
        <translation>Übung 4: das Startgewicht – erst vermuten</translation>
    </message>
    <message>
        <source>Start at w = 1.0 instead of 0.1 (the weight box, outlined). Say what you expect, Run it, then compare.</source>
        <translation>Starten Sie bei w = 1,0 statt 0,1 (das Feld „Startgewicht“, umrandet). Sagen Sie, was Sie erwarten, klicken Sie auf „Ausführen“ und vergleichen Sie dann.</translation>
    </message>
    <message>
        <source>Where will the next step land?</source>
        <translation>Wo landet der nächste Schritt?</translation>
    </message>
    <message>
        <source>Click on the landscape (outlined) where you think (w, b) will be after one more epoch, then Step (S). The step is revealed with how far your guess was. The arrow of a step points downhill, across the contour lines.</source>
        <translation>Klicken Sie in der Landschaft (umrandet) dorthin, wo (w, b) Ihrer Meinung nach nach einer weiteren Epoche sein wird, dann „Schritt“ (S). Der Schritt wird aufgedeckt, zusammen mit dem Abstand zu Ihrem Tipp. Der Pfeil eines Schritts zeigt bergab, quer zu den Höhenlinien.</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Das Wichtigste</translation>
    </message>
    <message>
        <source>What the lesson comes to. Each button shows it again in one click.</source>
        <translation>Worauf die Lektion hinausläuft. Jede Schaltfläche zeigt es mit einem Klick noch einmal.</translation>
    </message>
    <message>
        <source>Next: predict new study hours</source>
        <translation>Weiter: Vorhersagen für neue Lernstunden</translation>
    </message>
    <message>
        <source>Type hours in the Predict box (outlined) to see the trained model&apos;s probability of passing; Data ▸ Predict for a file does a whole file. Do the answers make sense? Then Lesson ▸ Why a hidden layer? takes you from one neuron to a small network.</source>
        <translation>Geben Sie Stunden in das Feld „Vorhersagen“ (umrandet) ein, um die Bestehenswahrscheinlichkeit des trainierten Modells zu sehen; Daten ▸ Für eine Datei vorhersagen erledigt eine ganze Datei. Ergeben die Antworten Sinn? Danach führt Lektion ▸ Warum eine verborgene Schicht? von einem Neuron zu einem kleinen Netz.</translation>
    </message>
    <message>
        <source>Make a prediction: p = σ(w·x + b) for the row (the forward pass)</source>
        <translation>Eine Vorhersage machen: p = σ(w·x + b) für die Zeile (der Vorwärtsdurchlauf)</translation>
    </message>
    <message>
        <source>Compare it with the label: the loss (y − p)²</source>
        <translation>Mit dem Label vergleichen: der Verlust (y − p)²</translation>
    </message>
    <message>
        <source>Nudge w and b a little, so the next prediction is closer</source>
        <translation>w und b ein wenig anpassen, damit die nächste Vorhersage näher liegt</translation>
    </message>
    <message>
        <source>Repeat for every row, and then for many epochs</source>
        <translation>Für jede Zeile wiederholen, dann über viele Epochen</translation>
    </message>
    <message>
        <source>There is nothing to compare before the model has predicted.</source>
        <translation>Vor der Vorhersage des Modells gibt es nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>The nudge needs the error: compare before you nudge.</source>
        <translation>Die Aktualisierung braucht den Fehler: erst vergleichen, dann aktualisieren.</translation>
    </message>
    <message>
        <source>A nudge is made from one comparison; repeating comes after it.</source>
        <translation>Eine Aktualisierung entsteht aus einem Vergleich; das Wiederholen kommt danach.</translation>
    </message>
    <message>
        <source>Repeating is what the other three are repeated by: it comes last.</source>
        <translation>Das Wiederholen umschließt die anderen drei: Es kommt zuletzt.</translation>
    </message>
    <message>
        <source>Card {place} is not right yet. {hint}</source>
        <translation>Karte {place} stimmt noch nicht. {hint}</translation>
    </message>
    <message>
        <source>Right: predict, compare, nudge, repeat. That loop is all of training.</source>
        <translation>Richtig: vorhersagen, vergleichen, aktualisieren, wiederholen. Diese Schleife ist das ganze Training.</translation>
    </message>
    <message>
        <source>With learning rate 0.01 instead of 0.1, will the loss fall faster or slower?</source>
        <translation>Wird der Verlust mit Lernrate 0,01 statt 0,1 schneller oder langsamer fallen?</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>About the same</source>
        <translation>Etwa gleich</translation>
    </message>
    <message>
        <source>Slower, and steadier: each step is ten times smaller, so after the same epochs it is still far up the slope.</source>
        <translation>Langsamer und gleichmäßiger: Jeder Schritt ist zehnmal kleiner, daher ist der Lauf nach gleich vielen Epochen noch weit oben am Hang.</translation>
    </message>
    <message>
        <source>And with learning rate 1.0, ten times the lesson&apos;s?</source>
        <translation>Und mit Lernrate 1,0, dem Zehnfachen der Lektion?</translation>
    </message>
    <message>
        <source>Faster, and smoothly</source>
        <translation>Schneller und gleichmäßig</translation>
    </message>
    <message>
        <source>It bounces up and down</source>
        <translation>Er springt auf und ab</translation>
    </message>
    <message>
        <source>A huge rate can overshoot: the loss may bounce or blow up as w and b jump past a good spot. On these four students 1.0 is still small enough to settle.</source>
        <translation>Eine riesige Rate kann übers Ziel hinausschießen: Der Verlust kann springen oder explodieren, wenn w und b über eine gute Stelle hinausspringen. Bei diesen vier Schülerinnen und Schülern ist 1,0 noch klein genug, damit er sich einpendelt.</translation>
    </message>
    <message>
        <source>On the outlier data (one student studied 12 hours and failed), with learning rate 1.0?</source>
        <translation>Bei den Ausreißer-Daten (eine Person hat 12 Stunden gelernt und ist durchgefallen), mit Lernrate 1,0?</translation>
    </message>
    <message>
        <source>The outlier&apos;s big x pushes w hard every epoch: with a big rate the loss keeps bouncing and never settles.</source>
        <translation>Das große x des Ausreißers drückt w in jeder Epoche stark: Mit einer großen Rate springt der Verlust weiter und pendelt sich nie ein.</translation>
    </message>
    <message>
        <source>Starting at w = 1.0 instead of 0.1: will it still converge?</source>
        <translation>Bei w = 1,0 statt 0,1 starten: Wird es trotzdem konvergieren?</translation>
    </message>
    <message>
        <source>Yes, in fewer epochs</source>
        <translation>Ja, in weniger Epochen</translation>
    </message>
    <message>
        <source>Yes, in about as many epochs</source>
        <translation>Ja, in etwa so vielen Epochen</translation>
    </message>
    <message>
        <source>Yes, but it needs more epochs</source>
        <translation>Ja, aber es braucht mehr Epochen</translation>
    </message>
    <message>
        <source>No, it gets stuck</source>
        <translation>Nein, es bleibt stecken</translation>
    </message>
    <message>
        <source>It usually still converges; a worse start can need more epochs or look noisier early on, which is why initialisation matters in big models.</source>
        <translation>Es konvergiert meist trotzdem; ein schlechterer Start kann mehr Epochen brauchen oder anfangs unruhiger aussehen, deshalb ist die Initialisierung bei großen Modellen wichtig.</translation>
    </message>
    <message>
        <source>after {n} epochs the loss is {loss} (the compared run&apos;s: {theirs})</source>
        <translation>nach {n} Epochen ist der Verlust {loss} (der des verglichenen Laufs: {theirs})</translation>
    </message>
    <message>
        <source>It did not reach a loss of {level} in {n} epochs.</source>
        <translation>Er hat in {n} Epochen keinen Verlust von {level} erreicht.</translation>
    </message>
    <message>
        <source>It reached a loss below {level} at epoch {a} (never from w = 0.1).</source>
        <translation>Er hat in Epoche {a} einen Verlust unter {level} erreicht (von w = 0,1 aus nie).</translation>
    </message>
    <message>
        <source>It reached a loss below {level} at epoch {a} (at epoch {b} from w = 0.1).</source>
        <translation>Er hat in Epoche {a} einen Verlust unter {level} erreicht (von w = 0,1 aus in Epoche {b}).</translation>
    </message>
    <message>
        <source>The loss changed direction {times} times: {at}.</source>
        <translation>Der Verlust hat {times}-mal die Richtung gewechselt: {at}.</translation>
    </message>
    <message>
        <source>{at}; it changed direction once.</source>
        <translation>{at}; er hat einmal die Richtung gewechselt.</translation>
    </message>
    <message>
        <source>{at}; it changed direction {times} times.</source>
        <translation>{at}; er hat {times}-mal die Richtung gewechselt.</translation>
    </message>
    <message>
        <source>{at}.</source>
        <translation>{at}.</translation>
    </message>
    <message>
        <source>the learning rate</source>
        <translation>die Lernrate</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>the start (w and b)</source>
        <translation>der Start (w und b)</translation>
    </message>
    <message>
        <source>the model (hidden units, activation, seed)</source>
        <translation>das Modell (verborgene Einheiten, Aktivierung, Seed)</translation>
    </message>
    <message>
        <source>the optimiser, loss, gradient and batches</source>
        <translation>der Optimierer, der Verlust, der Gradient und die Batches</translation>
    </message>
    <message>
        <source>the held-out rows, early stopping and the penalty</source>
        <translation>die zurückgehaltenen Zeilen, frühes Stoppen und der Strafterm</translation>
    </message>
    <message>
        <source>Train, Pause, Step and Reset</source>
        <translation>Trainieren, Pause, Schritt und Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>guide_controller</name>
    <message>
        <source>The guided lesson starts again from step 1.</source>
        <translation>Die geführte Lektion beginnt wieder bei Schritt 1.</translation>
    </message>
    <message>
        <source>A handout: {kept} left usable, the rest locked (Lesson ▸ Unlock controls frees it).</source>
        <translation>Ein Arbeitsblatt: Nutzbar bleibt {kept}, der Rest ist gesperrt (Lektion ▸ Bedienelemente entsperren hebt die Sperre auf).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Controls unlocked: every setting and button is yours again.</source>
        <translation>Bedienelemente entsperrt: Jede Einstellung und jede Schaltfläche ist wieder verfügbar.</translation>
    </message>
    <message>
        <source>Choose what you expect first, then Run it.</source>
        <translation>Wählen Sie zuerst, was Sie erwarten, dann „Ausführen“.</translation>
    </message>
    <message>
        <source>One question at a time: its answer shows when its run ends.</source>
        <translation>Eine Frage nach der anderen: Die Antwort erscheint, wenn der zugehörige Lauf endet.</translation>
    </message>
    <message>
        <source>{title}: training; the answer shows when it ends.</source>
        <translation>{title}: Training läuft; die Antwort erscheint, wenn es endet.</translation>
    </message>
    <message>
        <source>The loss blew up: w and b jumped past any good spot.</source>
        <translation>Der Verlust ist explodiert: w und b sind über jede gute Stelle hinausgesprungen.</translation>
    </message>
    <message>
        <source>You did not say what you expected.</source>
        <translation>Sie haben nicht gesagt, was Sie erwarten.</translation>
    </message>
    <message>
        <source>✓ As you said.</source>
        <translation>✓ Wie Sie gesagt haben.</translation>
    </message>
    <message>
        <source>✗ You said: {choice}.</source>
        <translation>✗ Ihre Antwort: {choice}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{verdict}&lt;/b&gt; The run: {run}. {seen}&lt;br&gt;&lt;i&gt;The lesson:&lt;/i&gt; {lesson}</source>
        <translation>&lt;b&gt;{verdict}&lt;/b&gt; Der Lauf: {run}. {seen}&lt;br&gt;&lt;i&gt;Die Lektion:&lt;/i&gt; {lesson}</translation>
    </message>
    <message>
        <source>Score: {points} from 1 guess (1 for the right direction, 1 more for landing within a step&apos;s length).</source>
        <translation>Punktzahl: {points} aus 1 Tipp (1 für die richtige Richtung, 1 mehr für eine Landung innerhalb einer Schrittlänge).</translation>
    </message>
    <message>
        <source>Score: {points} from {rounds} guesses (1 for the right direction, 1 more for landing within a step&apos;s length).</source>
        <translation>Punktzahl: {points} aus {rounds} Tipps (1 für die richtige Richtung, 1 mehr für eine Landung innerhalb einer Schrittlänge).</translation>
    </message>
    <message>
        <source>The four steps are in order: Next shows one iteration, slowly.</source>
        <translation>Die vier Schritte sind in der richtigen Reihenfolge: „Weiter“ zeigt langsam eine Iteration.</translation>
    </message>
    <message>
        <source>This run&apos;s model is bigger than the lesson&apos;s neuron: Lesson ▸ Restore lesson defaults to follow the code.</source>
        <translation>Das Modell dieses Laufs ist größer als das Neuron der Lektion: Lektion ▸ Standardwerte der Lektion wiederherstellen, um dem Code zu folgen.</translation>
    </message>
    <message>
        <source>This run uses {optimizer}, not the lesson&apos;s plain step.</source>
        <translation>Dieser Lauf verwendet {optimizer}, nicht den einfachen Schritt der Lektion.</translation>
    </message>
    <message>
        <source>epoch {epoch} · row {row} of {rows} · lr = {lr}</source>
        <translation>Epoche {epoch} · Zeile {row} von {rows} · lr = {lr}</translation>
    </message>
</context>
<context>
    <name>guide_loss_pages</name>
    <message>
        <source>The student passed (actual 1)</source>
        <translation>Bestanden (tatsächlich 1)</translation>
    </message>
    <message>
        <source>The model&apos;s prediction, 0 to 1</source>
        <translation>Die Vorhersage des Modells, 0 bis 1</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>small: the prediction is near the actual value</source>
        <translation>klein: Die Vorhersage liegt nahe am tatsächlichen Wert</translation>
    </message>
    <message>
        <source>large: the prediction is far off</source>
        <translation>groß: Die Vorhersage liegt weit daneben</translation>
    </message>
    <message>
        <source>in between</source>
        <translation>dazwischen</translation>
    </message>
    <message>
        <source>&lt;b&gt;loss = ({y} − {p})² = {loss}&lt;/b&gt; — {verdict}</source>
        <translation>&lt;b&gt;Verlust = ({y} − {p})² = {loss}&lt;/b&gt; — {verdict}</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;th&gt;prediction&lt;/th&gt;&lt;th&gt;miss&lt;/th&gt;&lt;th&gt;loss&lt;/th&gt;&lt;/tr&gt;{rows}&lt;/table&gt;Twice the miss costs four times the loss.</source>
        <translation>&lt;table cellspacing=6&gt;&lt;tr&gt;&lt;th&gt;Vorhersage&lt;/th&gt;&lt;th&gt;Abweichung&lt;/th&gt;&lt;th&gt;Verlust&lt;/th&gt;&lt;/tr&gt;{rows}&lt;/table&gt;Die doppelte Abweichung kostet den vierfachen Verlust.</translation>
    </message>
    <message>
        <source>Squared error and cross-entropy over the prediction</source>
        <translation>Quadratischer Fehler und Kreuzentropie über der Vorhersage</translation>
    </message>
    <message>
        <source>prediction p</source>
        <translation>Vorhersage p</translation>
    </message>
    <message>
        <source>loss of one row</source>
        <translation>Verlust einer Zeile</translation>
    </message>
    <message>
        <source>squared, actual {actual}</source>
        <translation>quadratisch, tatsächlich {actual}</translation>
    </message>
    <message>
        <source>cross-entropy, actual {actual}</source>
        <translation>Kreuzentropie, tatsächlich {actual}</translation>
    </message>
</context>
<context>
    <name>guide_pages</name>
    <message>
        <source>Training steps to put in order</source>
        <translation>Trainingsschritte zum Ordnen</translation>
    </message>
    <message>
        <source>Check the order</source>
        <translation>Reihenfolge prüfen</translation>
    </message>
    <message>
        <source>Step row</source>
        <translation>Zeilenschritt</translation>
    </message>
    <message>
        <source>One row&apos;s update (Shift+S)</source>
        <translation>Die Aktualisierung einer Zeile (Umschalt+S)</translation>
    </message>
    <message>
        <source>◀ Moment</source>
        <translation>◀ Moment</translation>
    </message>
    <message>
        <source>Moment ▶</source>
        <translation>Moment ▶</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Seconds between moments when playing</source>
        <translation>Sekunden zwischen den Momenten beim Abspielen</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Press Step row: the first student goes through the model.</source>
        <translation>Drücken Sie „Zeilenschritt“: Die erste Person geht durch das Modell.</translation>
    </message>
    <message>
        <source>Run the loop on the next row</source>
        <translation>Die Schleife auf der nächsten Zeile ausführen</translation>
    </message>
    <message>
        <source>Milliseconds between lines (0: all at once)</source>
        <translation>Millisekunden zwischen Zeilen (0: alle auf einmal)</translation>
    </message>
    <message>
        <source>line {n}: {values}</source>
        <translation>Zeile {n}: {values}</translation>
    </message>
    <message>
        <source>Update on the next row</source>
        <translation>Aktualisierung mit der nächsten Zeile</translation>
    </message>
    <message>
        <source>Press Step row: the next student&apos;s update is read out here.</source>
        <translation>Drücken Sie „Zeilenschritt“: Die Aktualisierung für die nächste Person wird hier erklärt.</translation>
    </message>
    <message>
        <source>Run it</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Train the exercise and compare</source>
        <translation>Die Übung trainieren und vergleichen</translation>
    </message>
    <message>
        <source>Click on the landscape: where will (w, b) be after one epoch?</source>
        <translation>Klicken Sie in die Landschaft: Wo werden (w, b) nach einer Epoche sein?</translation>
    </message>
    <message>
        <source>Step (S)</source>
        <translation>Schritt (S)</translation>
    </message>
    <message>
        <source>Train one epoch and reveal</source>
        <translation>Eine Epoche trainieren und aufdecken</translation>
    </message>
    <message>
        <source>Guess with the keys</source>
        <translation>Mit den Tasten raten</translation>
    </message>
    <message>
        <source>The map takes the keys: arrows move the guess (Shift: finely), Enter places it</source>
        <translation>Die Karte hat den Tastaturfokus: Pfeiltasten bewegen den Tipp (Umschalt: feiner), die Eingabetaste setzt ihn</translation>
    </message>
    <message>
        <source>Loss is the squared gap between label and prediction</source>
        <translation>Der Verlust ist die quadrierte Abweichung zwischen Label und Vorhersage</translation>
    </message>
    <message>
        <source>Show it: back to step 1</source>
        <translation>Zeigen: zurück zu Schritt 1</translation>
    </message>
    <message>
        <source>Training loops over rows and epochs, nudging w and b on every row</source>
        <translation>Training durchläuft Zeilen und Epochen und aktualisiert w und b bei jeder Zeile</translation>
    </message>
    <message>
        <source>Show it: step one row</source>
        <translation>Zeigen: Zeilenschritt</translation>
    </message>
    <message>
        <source>A small learning rate is slow and steady</source>
        <translation>Eine kleine Lernrate ist langsam und stetig</translation>
    </message>
    <message>
        <source>Show it: run at 0.01</source>
        <translation>Zeigen: Lauf mit 0,01</translation>
    </message>
    <message>
        <source>A huge one overshoots and bounces</source>
        <translation>Eine riesige schießt übers Ziel hinaus und springt</translation>
    </message>
    <message>
        <source>Show it: 1.0 on the outlier data</source>
        <translation>Zeigen: 1,0 auf den Ausreißer-Daten</translation>
    </message>
    <message>
        <source>The start matters less than you fear</source>
        <translation>Der Start ist weniger wichtig als befürchtet</translation>
    </message>
    <message>
        <source>Show it: start at w = 1.0</source>
        <translation>Zeigen: Start bei w = 1,0</translation>
    </message>
    <message>
        <source>Lesson ▸ Why a hidden layer?</source>
        <translation>Lektion ▸ Warum eine verborgene Schicht?</translation>
    </message>
    <message>
        <source>Ask me first</source>
        <translation>Zuerst raten</translation>
    </message>
    <message>
        <source>When training ends, at how many hours will the model say 50%?
</source>
        <translation>Bei wie vielen Stunden wird das Modell nach dem Training 50 % sagen?
</translation>
    </message>
    <message>
        <source>(Now it says 50% at x = {x}.)</source>
        <translation>(Jetzt sagt es 50 % bei x = {x}.)</translation>
    </message>
</context>
<context>
    <name>guide_panel</name>
    <message>
        <source>Guided lesson</source>
        <translation>Geführte Lektion</translation>
    </message>
    <message>
        <source>Step number</source>
        <translation>Schrittnummer</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Schritttitel</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Your teacher&apos;s question</source>
        <translation>Die Frage Ihrer Lehrkraft</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>The step before (Alt+Left)</source>
        <translation>Der vorige Schritt (Alt+Links)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>The next step (Alt+Right)</source>
        <translation>Der nächste Schritt (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Begin the lesson again</source>
        <translation>Die Lektion von vorn beginnen</translation>
    </message>
    <message>
        <source>Step row waits: the run has finished (Reset, R, starts a new one) or is training (Pause first), or it trains in batches.</source>
        <translation>„Zeilenschritt“ wartet: Der Lauf ist beendet („Zurücksetzen“, R, beginnt einen neuen), trainiert gerade (zuerst pausieren) oder trainiert in Batches.</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Schritt {n} von {total}</translation>
    </message>
</context>
<context>
    <name>guide_rows</name>
    <message>
        <source>This student studied x = {x} hour.</source>
        <translation>Diese Person hat x = {x} Stunde gelernt.</translation>
    </message>
    <message>
        <source>This student studied x = {x} hours.</source>
        <translation>Diese Person hat x = {x} Stunden gelernt.</translation>
    </message>
    <message>
        <source>z = x·w + b = {x}·{w} + {b} = {z}, and p = σ(z) = {p}: the model&apos;s chance that they pass (the diamond), from w and b before this row&apos;s step: the curve drawn has already taken it.</source>
        <translation>z = x·w + b = {x}·{w} + {b} = {z}, und p = σ(z) = {p}: die Wahrscheinlichkeit laut Modell, dass sie besteht (die Raute), berechnet mit w und b vor dem Schritt dieser Zeile: Die gezeichnete Kurve hat ihn schon gemacht.</translation>
    </message>
    <message>
        <source>The label is y = {y}. error = p − y = {error}; this row&apos;s loss is error² = {loss}; it adds to the epoch&apos;s total, a point on the loss plot once the epoch ends.</source>
        <translation>Das Label ist y = {y}. error = p − y = {error}; der Verlust dieser Zeile ist error² = {loss}; er zählt zur Summe der Epoche, einem Punkt im Verlustdiagramm, sobald die Epoche endet.</translation>
    </message>
    <message>
        <source>w ← w − lr·{nudge}·x = {w} − {lr}·{grad}·{x} = {w_after}; b ← b − lr·{nudge} = {b_after}. The arrow on the landscape is this step.</source>
        <translation>w ← w − lr·{nudge}·x = {w} − {lr}·{grad}·{x} = {w_after}; b ← b − lr·{nudge} = {b_after}. Der Pfeil in der Landschaft ist dieser Schritt.</translation>
    </message>
    <message>
        <source>1. In goes x, out comes p</source>
        <translation>1. x geht hinein, p kommt heraus</translation>
    </message>
    <message>
        <source>2. How wrong was it?</source>
        <translation>2. Wie falsch war es?</translation>
    </message>
    <message>
        <source>3. A small step against the error</source>
        <translation>3. Ein kleiner Schritt gegen den Fehler</translation>
    </message>
    <message>
        <source>error = {error} is positive: the model said {p}, more than the label {y}. It overshot, so w and b go down.</source>
        <translation>error = {error} ist positiv: Das Modell sagte {p}, mehr als das Label {y}. Es lag zu hoch, also gehen w und b nach unten.</translation>
    </message>
    <message>
        <source>error = {error} is negative: the model said {p}, less than the label {y}. It fell short, so w and b go up.</source>
        <translation>error = {error} ist negativ: Das Modell sagte {p}, weniger als das Label {y}. Es lag zu niedrig, also gehen w und b nach oben.</translation>
    </message>
    <message>
        <source>error = 0: the prediction was exact, so nothing moves.</source>
        <translation>error = 0: Die Vorhersage war exakt, also bewegt sich nichts.</translation>
    </message>
    <message>
        <source>x = {x} scales the push on w: w moved by {dw}, {x} times b&apos;s move. A student who studied longer pushes w harder.</source>
        <translation>x = {x} skaliert den Schub auf w: w hat sich um {dw} bewegt, das {x}-Fache der Bewegung von b. Eine Person, die länger gelernt hat, schiebt w stärker.</translation>
    </message>
    <message>
        <source>b moved by {db} = −lr·{nudge} = −{lr}·{grad}: the error alone, as if x were 1.</source>
        <translation>b hat sich um {db} = −lr·{nudge} = −{lr}·{grad} bewegt: allein der Fehler, als wäre x gleich 1.</translation>
    </message>
</context>
<context>
    <name>handout_dialog</name>
    <message>
        <source>Save as handout</source>
        <translation>Als Arbeitsblatt speichern</translation>
    </message>
    <message>
        <source>e.g. How big a step?</source>
        <translation>z. B. Wie groß ist ein Schritt?</translation>
    </message>
    <message>
        <source>Your question for the class, e.g. Which learning rate gets below 0.1 first?</source>
        <translation>Ihre Frage an die Klasse, z. B. Welche Lernrate kommt zuerst unter 0,1?</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Opens at the step</source>
        <translation>Öffnet bei Schritt</translation>
    </message>
    <message>
        <source>Left usable (the rest is locked)</source>
        <translation>Bleibt nutzbar (der Rest wird gesperrt)</translation>
    </message>
</context>
<context>
    <name>held_marks</name>
    <message>
        <source>Hollow: held out for validation (never trained on)</source>
        <translation>Hohl: für die Validierung zurückgehalten (nicht zum Training verwendet)</translation>
    </message>
    <message>
        <source>hollow: held out</source>
        <translation>hohl: zurückgehalten</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>gdviz: keyboard and mouse</source>
        <translation>gdviz: Tastatur und Maus</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Keys or gesture</source>
        <translation>Tasten oder Geste</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Was es bewirkt</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>Maus</translation>
    </message>
    <message>
        <source>About gdviz</source>
        <translation>Über gdviz</translation>
    </message>
    <message>
        <source>&lt;b&gt;gdviz {version}&lt;/b&gt;&lt;p&gt;Watch gradient descent train p = σ(w·x + b), one epoch or one row at a time.&lt;/p&gt;</source>
        <translation>&lt;b&gt;gdviz {version}&lt;/b&gt;&lt;p&gt;Sehen Sie zu, wie der Gradientenabstieg p = σ(w·x + b) trainiert, Epoche für Epoche oder Zeile für Zeile.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hold_out_dialog</name>
    <message>
        <source>Hold out for validation</source>
        <translation>Für die Validierung zurückhalten</translation>
    </message>
    <message>
        <source>Rows held out are never trained on. After every epoch their mean loss is measured with the parameters of that moment: the validation curve. If it turns up while the training loss keeps falling, the model is learning the training rows&apos; noise.</source>
        <translation>Zurückgehaltene Zeilen werden nie zum Training verwendet. Nach jeder Epoche wird ihr mittlerer Verlust mit den aktuellen Parametern gemessen: die Validierungskurve. Steigt sie, während der Trainingsverlust weiter fällt, lernt das Modell das Rauschen der Trainingszeilen.</translation>
    </message>
    <message>
        <source>Hold out rows for validation</source>
        <translation>Zeilen für die Validierung zurückhalten</translation>
    </message>
    <message>
        <source>Fraction held out</source>
        <translation>Zurückgehaltener Anteil</translation>
    </message>
    <message>
        <source>Cannot split: {problem}.</source>
        <translation>Aufteilen nicht möglich: {problem}.</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>kept_runs</name>
    <message>
        <source>{name} (again, run {number})</source>
        <translation>{name} (erneut, Lauf {number})</translation>
    </message>
    <message>
        <source>race: {label}</source>
        <translation>Wettlauf: {label}</translation>
    </message>
</context>
<context>
    <name>key_filters</name>
    <message>
        <source>open the menus (arrows go on to the others)</source>
        <translation>die Menüs öffnen (die Pfeiltasten führen zu den anderen)</translation>
    </message>
</context>
<context>
    <name>landscape_plot</name>
    <message>
        <source>Loss landscape</source>
        <translation>Verlustlandschaft</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Klick</translation>
    </message>
    <message>
        <source>start the next run at that (w, b)</source>
        <translation>den nächsten Lauf bei diesem (w, b) starten</translation>
    </message>
    <message>
        <source>Drag the start marker</source>
        <translation>Startmarke ziehen</translation>
    </message>
    <message>
        <source>move the next run&apos;s start</source>
        <translation>den Start des nächsten Laufs verschieben</translation>
    </message>
    <message>
        <source>Drag elsewhere / wheel</source>
        <translation>Anderswo ziehen / Mausrad</translation>
    </message>
    <message>
        <source>pan / zoom the map</source>
        <translation>Karte verschieben / zoomen</translation>
    </message>
    <message>
        <source>bias b</source>
        <translation>Bias b</translation>
    </message>
    <message>
        <source>weight w</source>
        <translation>Gewicht w</translation>
    </message>
    <message>
        <source>Where the next run starts (w, b): drag it, or click the map</source>
        <translation>Wo der nächste Lauf startet (w, b): ziehen oder auf die Karte klicken</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>next start</source>
        <translation>nächster Start</translation>
    </message>
    <message>
        <source>The lowest point of the map shown (the total the run follows)</source>
        <translation>Der tiefste Punkt der gezeigten Karte (der Gesamtverlust, dem der Lauf folgt)</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <source>could not compute: {message}</source>
        <translation>Berechnung nicht möglich: {message}</translation>
    </message>
    <message>
        <source>total loss + penalty</source>
        <translation>Gesamtverlust + Strafterm</translation>
    </message>
    <message>
        <source>total loss</source>
        <translation>Gesamtverlust</translation>
    </message>
    <message>
        <source>a slice: {a} and {b} vary, the rest as now</source>
        <translation>ein Schnitt: {a} und {b} variieren, der Rest wie jetzt</translation>
    </message>
    <message>
        <source> · from {groups} of {rows} rows, scaled</source>
        <translation> · aus {groups} von {rows} Zeilen, skaliert</translation>
    </message>
    <message>
        <source>{rows} rows in {groups} bins, loss ±{bound}</source>
        <translation>{rows} Zeilen in {groups} Klassen, Verlust ±{bound}</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>The language of the window, from the next start</source>
        <translation>Die Sprache des Fensters, ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Settings are not remembered this time: use --lang.</source>
        <translation>Einstellungen werden diesmal nicht gespeichert: Verwenden Sie --lang.</translation>
    </message>
    <message>
        <source>The window speaks {language}.</source>
        <translation>Die Sprache des Fensters ist jetzt {language}.</translation>
    </message>
    <message>
        <source>The window will speak {language} from the next start.</source>
        <translation>Ab dem nächsten Start ist die Sprache des Fensters {language}.</translation>
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
        <translation>Standardwerte der Lektion</translation>
    </message>
    <message>
        <source>Back to your data ({name}) and settings: the exercise&apos;s runs are kept in the Runs tab.</source>
        <translation>Zurück zu Ihren Daten ({name}) und Einstellungen: Die Läufe der Übung bleiben im Reiter „Läufe“ erhalten.</translation>
    </message>
    <message>
        <source>Lesson defaults not restored: {why}</source>
        <translation>Standardwerte der Lektion nicht wiederhergestellt: {why}</translation>
    </message>
    <message>
        <source>Lesson defaults restored: the lesson&apos;s data, learning rate 0.1, 1,000 epochs, start w = 0.1, b = 0, squared error, the lesson&apos;s nudge, per-row updates.</source>
        <translation>Standardwerte der Lektion wiederhergestellt: die Daten der Lektion, Lernrate 0,1, 1.000 Epochen, Start w = 0,1, b = 0, quadratischer Fehler, die Regel der Lektion, Aktualisierung pro Zeile.</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <source>Exercise 3: learning rate 0.01</source>
        <translation>Übung 3: Lernrate 0,01</translation>
    </message>
    <message>
        <source>Steps ten times smaller than the lesson&apos;s. Compare the red curve with the faded default: is the fall slower or faster? Is it smoother? How far is the loss after 1000 epochs from the default&apos;s?</source>
        <translation>Zehnmal kleinere Schritte als in der Lektion. Vergleichen Sie die rote Kurve mit dem blassen Standardlauf: Fällt sie langsamer oder schneller? Ist sie glatter? Wie weit ist der Verlust nach 1000 Epochen von dem des Standardlaufs entfernt?</translation>
    </message>
    <message>
        <source>Exercise 3: learning rate 1.0</source>
        <translation>Übung 3: Lernrate 1,0</translation>
    </message>
    <message>
        <source>Steps ten times bigger. Does the loss fall faster? Look at the start of the curve and at the path on the landscape: does it bounce across the valley?</source>
        <translation>Zehnmal größere Schritte. Fällt der Verlust schneller? Sehen Sie sich den Anfang der Kurve und den Pfad in der Landschaft an: Springt er quer durch das Tal?</translation>
    </message>
    <message>
        <source>Exercise 3: learning rate 1.0 on the outlier data</source>
        <translation>Übung 3: Lernrate 1,0 auf den Ausreißer-Daten</translation>
    </message>
    <message>
        <source>One student studied 12 hours and failed. With steps of 1.0, compare the loss with the faded run at 0.1 on the same data: does it settle, or bounce?</source>
        <translation>Eine Person hat 12 Stunden gelernt und ist durchgefallen. Vergleichen Sie mit Schritten von 1,0 den Verlust mit dem blassen Lauf bei 0,1 auf denselben Daten: Pendelt er sich ein oder springt er?</translation>
    </message>
    <message>
        <source>learning rate 0.1</source>
        <translation>Lernrate 0,1</translation>
    </message>
    <message>
        <source>Exercise 4: start at w = 1.0</source>
        <translation>Übung 4: Start bei w = 1,0</translation>
    </message>
    <message>
        <source>A different starting weight. Does it still get to the bottom? Compare the number of epochs it needs with the faded default run.</source>
        <translation>Ein anderes Startgewicht. Kommt es trotzdem ganz nach unten? Vergleichen Sie die Zahl der benötigten Epochen mit dem blassen Standardlauf.</translation>
    </message>
    <message>
        <source>Why momentum?</source>
        <translation>Warum Momentum?</translation>
    </message>
    <message>
        <source>Every student here studied 7.5 to 12.5 hours, far from 0, so the loss is a long, narrow valley (see the landscape). All three take steps of the same learning rate. Why does plain gradient descent crawl along the valley floor while momentum and Adam run down it? Step (S) through the first epochs and watch the paths.</source>
        <translation>Alle Schülerinnen und Schüler hier haben 7,5 bis 12,5 Stunden gelernt, weit weg von 0, daher ist der Verlust ein langes, schmales Tal (siehe die Landschaft). Alle drei machen Schritte mit derselben Lernrate. Warum kriecht der einfache Gradientenabstieg den Talboden entlang, während Momentum und Adam hinunterlaufen? Gehen Sie mit „Schritt“ (S) durch die ersten Epochen und beobachten Sie die Pfade.</translation>
    </message>
    <message>
        <source>Why a hidden layer?</source>
        <translation>Warum eine verborgene Schicht?</translation>
    </message>
    <message>
        <source>These students pass only with a middle range of hours: too few fail, and so do too many. One neuron (faded) can only draw one S-shaped step, so the best it can do is a flat guess. Three hidden units each bend their own step (dashed); the output adds them up, and a bump appears. Watch the fit and the loss. Then open the Network tab: which unit&apos;s output weight turns negative, and why does the network need it?</source>
        <translation>Diese Schülerinnen und Schüler bestehen nur mit einer mittleren Stundenzahl: Wer zu wenig lernt, fällt durch, wer zu viel lernt, auch. Ein Neuron (blass) kann nur eine S-förmige Stufe zeichnen, daher bleibt ihm bestenfalls eine flache Kurve. Drei verborgene Einheiten biegen jede ihre eigene Stufe (gestrichelt); die Ausgabe addiert sie, und ein Buckel entsteht. Beobachten Sie die Anpassung und den Verlust. Öffnen Sie dann den Reiter „Netz“: Welches Ausgabegewicht einer Einheit wird negativ, und warum braucht das Netz es?</translation>
    </message>
    <message>
        <source>one neuron (no hidden layer)</source>
        <translation>ein Neuron (keine verborgene Schicht)</translation>
    </message>
    <message>
        <source>Why hold out data?</source>
        <translation>Warum Daten zurückhalten?</translation>
    </message>
    <message>
        <source>36 noisy students and a network of 8 hidden units: far more bends than the rule needs. 11 rows are held out (hollow): never trained on, only measured, as the dashed validation loss. The training loss keeps falling; find the epoch where the validation loss stops falling and turns up. From there on the network learns the noise of the rows it sees, not the rule: watch the fit bend to reach single students. The faded run is the same with an L2 penalty, which makes big weights cost: its validation loss (faded, dashed) never turns up, and its curve stays smooth. Early stopping is the other cure: set a patience of 50 epochs in the Generalisation box and train again. Which would you trust with a new student?</source>
        <translation>36 Schülerinnen und Schüler mit verrauschten Labels und ein Netz mit 8 verborgenen Einheiten: weit mehr Biegungen, als die Regel braucht. 11 Zeilen werden zurückgehalten (hohl): nicht zum Training verwendet, nur gemessen, als gestrichelter Validierungsverlust. Der Trainingsverlust fällt weiter; finden Sie die Epoche, in der der Validierungsverlust aufhört zu fallen und wieder steigt. Ab dort lernt das Netz das Rauschen der Zeilen, die es sieht, nicht die Regel: Beobachten Sie, wie sich die Anpassung biegt, um einzelne Personen zu erreichen. Der blasse Lauf ist derselbe mit einem L2-Strafterm, der große Gewichte teuer macht: Sein Validierungsverlust (blass, gestrichelt) steigt nie, und seine Kurve bleibt glatt. Frühes Stoppen ist das andere Mittel: Setzen Sie im Feld „Generalisierung“ eine Geduld von 50 Epochen und trainieren Sie erneut. Welchem Lauf würden Sie bei einer neuen Person vertrauen?</translation>
    </message>
    <message>
        <source>the same with L2 λ = 0.1</source>
        <translation>dasselbe mit L2 λ = 0,1</translation>
    </message>
</context>
<context>
    <name>loss_plot</name>
    <message>
        <source>Click or drag</source>
        <translation>Klicken oder ziehen</translation>
    </message>
    <message>
        <source>travel back to that epoch: every plot shows the model then</source>
        <translation>zu dieser Epoche zurückgehen: Jedes Diagramm zeigt das Modell von damals</translation>
    </message>
    <message>
        <source>Hover</source>
        <translation>Zeiger darüber halten</translation>
    </message>
    <message>
        <source>read the epoch and loss under the pointer</source>
        <translation>Epoche und Verlust unter dem Zeiger ablesen</translation>
    </message>
    <message>
        <source>Loss per epoch</source>
        <translation>Verlust pro Epoche</translation>
    </message>
    <message>
        <source>epoch loss (sum over rows)</source>
        <translation>Epochenverlust (Summe über die Zeilen)</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>mean loss per row</source>
        <translation>mittlerer Verlust pro Zeile</translation>
    </message>
    <message>
        <source>best validation loss {loss} at epoch {epoch}</source>
        <translation>bester Validierungsverlust {loss} in Epoche {epoch}</translation>
    </message>
    <message>
        <source>drawn as the min and max of every epoch</source>
        <translation>gezeichnet als Minimum und Maximum jeder Epoche</translation>
    </message>
    <message>
        <source>drawn as the min and max of every {n} epochs</source>
        <translation>gezeichnet als Minimum und Maximum je {n} Epochen</translation>
    </message>
    <message>
        <source>training rows ({loss}, mean)</source>
        <translation>Trainingszeilen ({loss}, Mittel)</translation>
    </message>
    <message>
        <source>validation rows (held out, mean)</source>
        <translation>Validierungszeilen (zurückgehalten, Mittel)</translation>
    </message>
    <message>
        <source>this run ({loss})</source>
        <translation>dieser Lauf ({loss})</translation>
    </message>
    <message>
        <source>epoch {n}</source>
        <translation>Epoche {n}</translation>
    </message>
    <message>
        <source>epoch {n}
loss {loss}</source>
        <translation>Epoche {n}
Verlust {loss}</translation>
    </message>
    <message>
        <source>epoch {n}
training {loss}
validation {val}</source>
        <translation>Epoche {n}
Training {loss}
Validierung {val}</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Ready: press Train (Space) to watch gradient descent.</source>
        <translation>Bereit: Drücken Sie „Trainieren“ (Leertaste), um den Gradientenabstieg zu beobachten.</translation>
    </message>
    <message>
        <source>Animation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Presentation mode: F11 or Esc to leave; Ctrl+B hides the side panel.</source>
        <translation>Präsentationsmodus: F11 oder Esc zum Verlassen; Strg+B blendet die Seitenleiste aus.</translation>
    </message>
    <message>
        <source>Presentation mode is off: the window is as it was.</source>
        <translation>Präsentationsmodus aus: Das Fenster ist wieder wie zuvor.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>open another session</source>
        <translation>eine andere Sitzung öffnen</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>beenden</translation>
    </message>
</context>
<context>
    <name>metrics_controller</name>
    <message>
        <source>The model&apos;s parameters are not finite numbers (the run diverged): there is no p to compare with t.</source>
        <translation>Die Parameter des Modells sind keine endlichen Zahlen (der Lauf ist divergiert): Es gibt kein p, das mit t verglichen werden kann.</translation>
    </message>
    <message>
        <source>all {rows}, none held out</source>
        <translation>alle {rows}, keine zurückgehalten</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>{rows}, held out</source>
        <translation>{rows}, zurückgehalten</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Viewing epoch {epoch} (travelled back on the loss plot; Back to live: Esc)</source>
        <translation>Epoche {epoch} wird angezeigt (im Verlustdiagramm zurückgegangen; zurück zur Live-Ansicht: Esc)</translation>
    </message>
    <message>
        <source>The model at its start: no epoch trained yet</source>
        <translation>Das Modell am Anfang: noch keine Epoche trainiert</translation>
    </message>
    <message>
        <source>Live: the model after 1 epoch</source>
        <translation>Live: das Modell nach 1 Epoche</translation>
    </message>
    <message>
        <source>Live: the model after {n} epochs</source>
        <translation>Live: das Modell nach {n} Epochen</translation>
    </message>
    <message>
        <source>{n} train</source>
        <translation>{n} Training</translation>
    </message>
    <message>
        <source>{n} validation</source>
        <translation>{n} Validierung</translation>
    </message>
    <message>
        <source>{rows} ({where}) labelled between 0 and 1: in no cell, and never counted right.</source>
        <translation>{rows} ({where}) mit Label zwischen 0 und 1: in keiner Zelle und nie als richtig gezählt.</translation>
    </message>
    <message>
        <source>{rows} labelled between 0 and 1: in no cell, and never counted right.</source>
        <translation>{rows} mit Label zwischen 0 und 1: in keiner Zelle und nie als richtig gezählt.</translation>
    </message>
</context>
<context>
    <name>metrics_panel</name>
    <message>
        <source>Accuracy, precision, recall and the confusion matrix of the model on view, at the decision threshold t (View ▸ Classifier metrics, Ctrl+M)</source>
        <translation>Genauigkeit, Präzision, Trefferquote und die Konfusionsmatrix des angezeigten Modells bei der Entscheidungsschwelle t (Ansicht ▸ Klassifikator-Metriken, Strg+M)</translation>
    </message>
    <message>
        <source>True positives: labelled 1 and predicted 1 (p ≥ t)</source>
        <translation>Richtig positiv: Label 1 und als 1 vorhergesagt (p ≥ t)</translation>
    </message>
    <message>
        <source>False positives: labelled 0 but predicted 1 (p ≥ t)</source>
        <translation>Falsch positiv: Label 0, aber als 1 vorhergesagt (p ≥ t)</translation>
    </message>
    <message>
        <source>False negatives: labelled 1 but predicted 0 (p &lt; t)</source>
        <translation>Falsch negativ: Label 1, aber als 0 vorhergesagt (p &lt; t)</translation>
    </message>
    <message>
        <source>True negatives: labelled 0 and predicted 0 (p &lt; t)</source>
        <translation>Richtig negativ: Label 0 und als 0 vorhergesagt (p &lt; t)</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>The fraction of rows whose prediction equals their label: (TP + TN) / rows</source>
        <translation>Der Anteil der Zeilen, deren Vorhersage ihrem Label entspricht: (TP + TN) / Zeilen</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Of the rows predicted 1, the fraction labelled 1: TP / (TP + FP)</source>
        <translation>Von den als 1 vorhergesagten Zeilen der Anteil mit Label 1: TP / (TP + FP)</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Of the rows labelled 1, the fraction predicted 1: TP / (TP + FN)</source>
        <translation>Von den Zeilen mit Label 1 der Anteil, der als 1 vorhergesagt wird: TP / (TP + FN)</translation>
    </message>
    <message>
        <source>A row is predicted 1 when its p ≥ t. Drag the dashed line on the fit plot, or set t here.</source>
        <translation>Eine Zeile wird als 1 vorhergesagt, wenn ihr p ≥ t ist. Ziehen Sie die gestrichelte Linie im Anpassungsdiagramm oder setzen Sie t hier.</translation>
    </message>
    <message>
        <source>A row is predicted 1 when its p ≥ t. Two inputs: the fit plot shows the plane (its boundary is p = 0.5), so t is set here.</source>
        <translation>Eine Zeile wird als 1 vorhergesagt, wenn ihr p ≥ t ist. Zwei Eingaben: Das Anpassungsdiagramm zeigt die Ebene (ihre Grenze ist p = 0,5), daher wird t hier gesetzt.</translation>
    </message>
    <message>
        <source>{share} ({done}&#xa0;of&#xa0;{total})</source>
        <translation>{share} ({done}&#xa0;von&#xa0;{total})</translation>
    </message>
    <message>
        <source>labelled 1</source>
        <translation>Label 1</translation>
    </message>
    <message>
        <source>Rows whose label is 1 (passed)</source>
        <translation>Zeilen mit Label 1 (bestanden)</translation>
    </message>
    <message>
        <source>labelled 0</source>
        <translation>Label 0</translation>
    </message>
    <message>
        <source>Rows whose label is 0 (failed)</source>
        <translation>Zeilen mit Label 0 (nicht bestanden)</translation>
    </message>
    <message>
        <source>predicted 1</source>
        <translation>als 1 vorhergesagt</translation>
    </message>
    <message>
        <source>Rows whose p ≥ t</source>
        <translation>Zeilen mit p ≥ t</translation>
    </message>
    <message>
        <source>predicted 0</source>
        <translation>als 0 vorhergesagt</translation>
    </message>
    <message>
        <source>Rows whose p &lt; t</source>
        <translation>Zeilen mit p &lt; t</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>No rows are held out: every row is trained on. Hold some out for validation to see how the model does on rows it never saw.</source>
        <translation>Keine Zeilen zurückgehalten: Alle Zeilen werden zum Training verwendet. Halten Sie einige für die Validierung zurück, um zu sehen, wie das Modell bei Zeilen abschneidet, die es nie gesehen hat.</translation>
    </message>
    <message>
        <source>Decision threshold t:</source>
        <translation>Entscheidungsschwelle t:</translation>
    </message>
    <message>
        <source>A row is predicted 1 (pass) when the model&apos;s p for it is at least t</source>
        <translation>Eine Zeile wird als 1 (bestanden) vorhergesagt, wenn das p des Modells für sie mindestens t ist</translation>
    </message>
    <message>
        <source>A row counts in the confusion matrix only if its label is exactly 0 or 1; accuracy divides by every row, so such a row is never counted right.</source>
        <translation>Eine Zeile zählt in der Konfusionsmatrix nur, wenn ihr Label genau 0 oder 1 ist; die Genauigkeit teilt durch alle Zeilen, daher wird eine solche Zeile nie als richtig gezählt.</translation>
    </message>
    <message>
        <source>No row is predicted 1 at t = {t}: precision, TP / (TP + FP), would divide by zero</source>
        <translation>Bei t = {t} wird keine Zeile als 1 vorhergesagt: Die Präzision, TP / (TP + FP), würde durch null teilen</translation>
    </message>
    <message>
        <source>No row is labelled 1: recall, TP / (TP + FN), would divide by zero</source>
        <translation>Keine Zeile hat Label 1: Die Trefferquote, TP / (TP + FN), würde durch null teilen</translation>
    </message>
</context>
<context>
    <name>model_box</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>none (the lesson&apos;s neuron)</source>
        <translation>keine (das Neuron der Lektion)</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>Verborgene Einheiten</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Start seed</source>
        <translation>Start-Seed</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>{names}: locked by the handout (Lesson ▸ Unlock controls).</source>
        <translation>{names}: vom Arbeitsblatt gesperrt (Lektion ▸ Bedienelemente entsperren).</translation>
    </message>
</context>
<context>
    <name>network_view</name>
    <message>
        <source>gradient of this row = {value}</source>
        <translation>Gradient dieser Zeile = {value}</translation>
    </message>
    <message>
        <source>error = {value}</source>
        <translation>Fehler = {value}</translation>
    </message>
    <message>
        <source>Blue: a positive weight, orange: a negative one; thicker: bigger. Hover for the numbers; after Step row, click an edge to see its update worked out.</source>
        <translation>Blau: positives Gewicht, orange: negatives; dicker: größer. Für die Zahlen mit dem Zeiger darüberfahren; nach „Zeilenschritt“ auf eine Kante klicken, um ihre Aktualisierung vorgerechnet zu sehen.</translation>
    </message>
    <message>
        <source>Network view</source>
        <translation>Netzansicht</translation>
    </message>
    <message>
        <source>{name} = {value}. Step row (Shift+S) to see its update.</source>
        <translation>{name} = {value}. Mit „Zeilenschritt“ (Umschalt+S) die Aktualisierung sehen.</translation>
    </message>
</context>
<context>
    <name>optimizers</name>
    <message>
        <source>Gradient descent (the lesson&apos;s)</source>
        <translation>Gradientenabstieg (wie in der Lektion)</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>Nesterov momentum</source>
        <translation>Nesterov-Momentum</translation>
    </message>
</context>
<context>
    <name>params_file</name>
    <message>
        <source>{name} is not a finite number</source>
        <translation>{name} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>kein UTF-8-Text</translation>
    </message>
    <message>
        <source>not parameters: nested too deeply</source>
        <translation>keine Parameter: zu tief verschachtelt</translation>
    </message>
    <message>
        <source>it holds a number of over {n} digits</source>
        <translation>sie enthält eine Zahl mit über {n} Ziffern</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>kein gültiges JSON ({reason})</translation>
    </message>
    <message>
        <source>the parameters must be a JSON object</source>
        <translation>die Parameter müssen ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>W1 must be a list of 1 to {n} rows (one per hidden unit)</source>
        <translation>W1 muss eine Liste von 1 bis {n} Zeilen sein (eine je verborgener Einheit)</translation>
    </message>
    <message>
        <source>each row of W1 must hold 1 or 2 weights (one per input)</source>
        <translation>jede Zeile von W1 muss 1 oder 2 Gewichte enthalten (eines je Eingabe)</translation>
    </message>
    <message>
        <source>activation {name} is not one of {names}</source>
        <translation>Aktivierung {name} ist keine von {names}</translation>
    </message>
    <message>
        <source>expected &quot;w&quot; (a list of 1 or 2 weights) and &quot;b&quot;, or a hidden layer&apos;s &quot;W1&quot;, &quot;b1&quot;, &quot;w2&quot;, &quot;b2&quot;</source>
        <translation>erwartet wurden &quot;w&quot; (eine Liste mit 1 oder 2 Gewichten) und &quot;b&quot; oder für eine verborgene Schicht &quot;W1&quot;, &quot;b1&quot;, &quot;w2&quot;, &quot;b2&quot;</translation>
    </message>
</context>
<context>
    <name>penalty</name>
    <message>
        <source>no penalty</source>
        <translation>kein Strafterm</translation>
    </message>
</context>
<context>
    <name>plot_descriptions</name>
    <message>
        <source>epoch {n}: </source>
        <translation>Epoche {n}: </translation>
    </message>
    <message>
        <source>{n} points, {passed} passed</source>
        <translation>{n} Punkte, {passed} bestanden</translation>
    </message>
    <message>
        <source>, {n} held out</source>
        <translation>, {n} zurückgehalten</translation>
    </message>
    <message>
        <source>no curve: the parameters are not finite numbers (the run diverged)</source>
        <translation>keine Kurve: Die Parameter sind keine endlichen Zahlen (der Lauf ist divergiert)</translation>
    </message>
    <message>
        <source>sigmoid {equation}</source>
        <translation>Sigmoid {equation}</translation>
    </message>
    <message>
        <source>sigmoid of both inputs {equation}</source>
        <translation>Sigmoid beider Eingaben {equation}</translation>
    </message>
    <message>
        <source>1 parameter</source>
        <translation>1 Parameter</translation>
    </message>
    <message>
        <source>{n} parameters</source>
        <translation>{n} Parameter</translation>
    </message>
    <message>
        <source>{loss}: no epoch trained yet</source>
        <translation>{loss}: noch keine Epoche trainiert</translation>
    </message>
    <message>
        <source>{loss} over 1 epoch, last {losses}</source>
        <translation>{loss} über 1 Epoche, zuletzt {losses}</translation>
    </message>
    <message>
        <source>{loss} over {n} epochs, last {losses}</source>
        <translation>{loss} über {n} Epochen, zuletzt {losses}</translation>
    </message>
    <message>
        <source>; viewing epoch {n}, loss {loss}</source>
        <translation>; angezeigt: Epoche {n}, Verlust {loss}</translation>
    </message>
    <message>
        <source>; diverged at epoch {n}</source>
        <translation>; divergiert in Epoche {n}</translation>
    </message>
    <message>
        <source>loss landscape: not computed yet</source>
        <translation>Verlustlandschaft: noch nicht berechnet</translation>
    </message>
    <message>
        <source>total loss over {across} from {x0} to {x1}, {up} from {y0} to {y1}</source>
        <translation>Gesamtverlust über {across} von {x0} bis {x1}, {up} von {y0} bis {y1}</translation>
    </message>
    <message>
        <source>, the run at ({x}, {y})</source>
        <translation>, der Lauf bei ({x}, {y})</translation>
    </message>
    <message>
        <source>threshold {t}</source>
        <translation>Schwelle {t}</translation>
    </message>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>no counts shown</source>
        <translation>keine Zählungen angezeigt</translation>
    </message>
</context>
<context>
    <name>plot_menu</name>
    <message>
        <source>Export the fit plot…</source>
        <translation>Anpassungsdiagramm exportieren…</translation>
    </message>
    <message>
        <source>Copy the fit plot</source>
        <translation>Anpassungsdiagramm kopieren</translation>
    </message>
    <message>
        <source>Export the landscape plot…</source>
        <translation>Landschaftsdiagramm exportieren…</translation>
    </message>
    <message>
        <source>Copy the landscape plot</source>
        <translation>Landschaftsdiagramm kopieren</translation>
    </message>
    <message>
        <source>Export the loss plot…</source>
        <translation>Verlustdiagramm exportieren…</translation>
    </message>
    <message>
        <source>Copy the loss plot</source>
        <translation>Verlustdiagramm kopieren</translation>
    </message>
    <message>
        <source>Delete data row {row}</source>
        <translation>Datenzeile {row} löschen</translation>
    </message>
    <message>
        <source>Export all plots…</source>
        <translation>Alle Diagramme exportieren…</translation>
    </message>
    <message>
        <source>Show everything</source>
        <translation>Alles zeigen</translation>
    </message>
</context>
<context>
    <name>plots</name>
    <message>
        <source>Right-click</source>
        <translation>Rechtsklick</translation>
    </message>
    <message>
        <source>export or copy this plot; Show everything</source>
        <translation>dieses Diagramm exportieren oder kopieren; Alles zeigen</translation>
    </message>
</context>
<context>
    <name>prediction_controller</name>
    <message>
        <source>predicted for {name}</source>
        <translation>vorhergesagt für {name}</translation>
    </message>
    <message>
        <source>the model diverged (a parameter is not a number): reset and train it</source>
        <translation>das Modell ist divergiert (ein Parameter ist keine Zahl): zurücksetzen und neu trainieren</translation>
    </message>
    <message>
        <source>Predict for a file</source>
        <translation>Für eine Datei vorhersagen</translation>
    </message>
    <message>
        <source>Predicting for {name}…</source>
        <translation>Vorhersage für {name}…</translation>
    </message>
    <message>
        <source>Which column is {what}?</source>
        <translation>Welche Spalte ist {what}?</translation>
    </message>
    <message>
        <source>{file} has {n} columns. Predict with {what} from:</source>
        <translation>{file} hat {n} Spalten. Vorhersage mit {what} aus:</translation>
    </message>
    <message>
        <source>{summary} Saved them to {path}.</source>
        <translation>{summary} In {path} gespeichert.</translation>
    </message>
    <message>
        <source>Save the predictions</source>
        <translation>Vorhersagen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>{summary} Not saved.</source>
        <translation>{summary} Nicht gespeichert.</translation>
    </message>
    <message>
        <source>{path} is the file the inputs were read from: save the predictions to another file (the inputs stay as they are)</source>
        <translation>{path} ist die Datei, aus der die Eingaben gelesen wurden: Speichern Sie die Vorhersagen in eine andere Datei (die Eingaben bleiben unverändert)</translation>
    </message>
    <message>
        <source>Predicted {rows} of {name} with the model after {epochs} ({model}): {passing} predicted to pass{note}.</source>
        <translation>{rows} aus {name} mit dem Modell nach {epochs} vorhergesagt ({model}): {passing} als bestanden vorhergesagt{note}.</translation>
    </message>
    <message>
        <source>No predictions: {reason}</source>
        <translation>Keine Vorhersagen: {reason}</translation>
    </message>
    <message>
        <source>Cannot predict for this file</source>
        <translation>Für diese Datei ist keine Vorhersage möglich</translation>
    </message>
    <message>
        <source>{reason}

Nothing was written.</source>
        <translation>{reason}

Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>race_views</name>
    <message>
        <source>Race optimisers</source>
        <translation>Optimierer im Wettlauf</translation>
    </message>
    <message>
        <source>They all start at the same w and b on the same data, with the same loss, gradient and updates, and train at the same time. Tick the ones to race.</source>
        <translation>Alle starten bei denselben w und b auf denselben Daten, mit demselben Verlust, Gradienten und denselben Aktualisierungen, und trainieren gleichzeitig. Wählen Sie aus, welche antreten.</translation>
    </message>
    <message>
        <source>Racers</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>its settings</source>
        <translation>seine Einstellungen</translation>
    </message>
    <message>
        <source>{optimizer} learning rate</source>
        <translation>{optimizer}: Lernrate</translation>
    </message>
    <message>
        <source>The table says when each racer&apos;s epoch loss first gets here</source>
        <translation>Die Tabelle zeigt, wann der Epochenverlust jedes Teilnehmers zum ersten Mal diesen Wert erreicht</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Time to reach a loss of</source>
        <translation>Zeit bis zu einem Verlust von</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>Wettlauf</translation>
    </message>
    <message>
        <source>Tick at least two optimisers to race.</source>
        <translation>Wählen Sie mindestens zwei Optimierer für den Wettlauf aus.</translation>
    </message>
    <message>
        <source>racer</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>Every racer, live. &apos;reached&apos;: the first epoch whose loss was at most the threshold below.</source>
        <translation>Jeder Teilnehmer, live. „erreicht“: die erste Epoche, deren Verlust höchstens die Schwelle unten war.</translation>
    </message>
    <message>
        <source>reached = loss ≤</source>
        <translation>erreicht = Verlust ≤</translation>
    </message>
    <message>
        <source>End race</source>
        <translation>Wettlauf beenden</translation>
    </message>
    <message>
        <source>Take the racers off the plots; the run comes back</source>
        <translation>Die Teilnehmer aus den Diagrammen nehmen; der Lauf kommt zurück</translation>
    </message>
    <message>
        <source>diverged ({epoch})</source>
        <translation>divergiert ({epoch})</translation>
    </message>
    <message>
        <source>{racer}, learning rate {lr}: epoch {epoch} of {epochs}, {model}</source>
        <translation>{racer}, Lernrate {lr}: Epoche {epoch} von {epochs}, {model}</translation>
    </message>
    <message>
        <source>Ready: Train (Space) starts every racer at once.</source>
        <translation>Bereit: „Trainieren“ (Leertaste) startet alle Teilnehmer gleichzeitig.</translation>
    </message>
    <message>
        <source>Racing…  Pause (Space), or S for one epoch each.</source>
        <translation>Wettlauf läuft…  Pause (Leertaste) oder S für je eine Epoche.</translation>
    </message>
    <message>
        <source>Paused: Train (Space) goes on, S steps one epoch each.</source>
        <translation>Pausiert: „Trainieren“ (Leertaste) macht weiter, S rechnet je eine Epoche.</translation>
    </message>
    <message>
        <source>Finished. Reset (R) races again from the start.</source>
        <translation>Fertig. „Zurücksetzen“ (R) startet den Wettlauf von vorn.</translation>
    </message>
</context>
<context>
    <name>recent_files</name>
    <message>
        <source>No files yet</source>
        <translation>Noch keine Dateien</translation>
    </message>
</context>
<context>
    <name>run_controller</name>
    <message>
        <source>No rows held out: {problem}.</source>
        <translation>Keine Zeilen zurückgehalten: {problem}.</translation>
    </message>
    <message>
        <source> Train (Space) starts a run with it.</source>
        <translation> „Trainieren“ (Leertaste) startet damit einen Lauf.</translation>
    </message>
    <message>
        <source> A new run started from the same start; the one before is kept in Runs.</source>
        <translation> Ein neuer Lauf hat am selben Start begonnen; der vorige bleibt im Reiter „Läufe“ erhalten.</translation>
    </message>
    <message>
        <source>The next run starts at {start}: Reset (R) to start it now.</source>
        <translation>Der nächste Lauf startet bei {start}: „Zurücksetzen“ (R) startet ihn jetzt.</translation>
    </message>
    <message>
        <source>the weights drawn with seed {seed}</source>
        <translation>den mit Seed {seed} gezogenen Gewichten</translation>
    </message>
    <message>
        <source>w = {w} (each weight), b = {b}</source>
        <translation>w = {w} (jedes Gewicht), b = {b}</translation>
    </message>
    <message>
        <source>Training with {settings}.</source>
        <translation>Training mit {settings}.</translation>
    </message>
    <message>
        <source>Start set to {start}. Train (Space) goes from there.</source>
        <translation>Start auf {start} gesetzt. „Trainieren“ (Leertaste) beginnt dort.</translation>
    </message>
    <message>
        <source>Learning rate {rate}: Train (Space) to watch it.</source>
        <translation>Lernrate {rate}: „Trainieren“ (Leertaste), um ihre Wirkung zu sehen.</translation>
    </message>
    <message>
        <source>The run will have {n} epochs.</source>
        <translation>Der Lauf wird {n} Epochen haben.</translation>
    </message>
    <message>
        <source>Learning rate now {rate}, from the next epoch on.</source>
        <translation>Lernrate jetzt {rate}, ab der nächsten Epoche.</translation>
    </message>
    <message>
        <source>Learning rate now {rate}: raise Epochs and Train to go on at it.</source>
        <translation>Lernrate jetzt {rate}: Erhöhen Sie „Epochen“ und trainieren Sie, um damit weiterzumachen.</translation>
    </message>
    <message>
        <source>Learning rate now {rate}: Train (Space) goes on at it.</source>
        <translation>Lernrate jetzt {rate}: „Trainieren“ (Leertaste) macht damit weiter.</translation>
    </message>
    <message>
        <source>Early stopping ended this run at epoch {n}, so more epochs do not go on with it: set Early stopping off (or a longer patience) and Train starts a run that does.</source>
        <translation>Frühes Stoppen hat diesen Lauf in Epoche {n} beendet, daher setzen weitere Epochen ihn nicht fort: Schalten Sie frühes Stoppen aus (oder wählen Sie eine längere Geduld), dann startet „Trainieren“ einen Lauf, der weiterläuft.</translation>
    </message>
</context>
<context>
    <name>run_messages</name>
    <message>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>bias</source>
        <translation>Bias</translation>
    </message>
    <message>
        <source>1 epoch</source>
        <translation>1 Epoche</translation>
    </message>
    <message>
        <source>{n} epochs</source>
        <translation>{n} Epochen</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} Zeilen</translation>
    </message>
    <message>
        <source>A race of {n} optimisers from w = {w}, b = {b}: Train (Space) starts them all.</source>
        <translation>Ein Wettlauf von {n} Optimierern ab w = {w}, b = {b}: „Trainieren“ (Leertaste) startet alle.</translation>
    </message>
    <message>
        <source>The race is over; the run is back.</source>
        <translation>Der Wettlauf ist vorbei; der Lauf ist zurück.</translation>
    </message>
    <message>
        <source>Race finished: lowest loss {best} ({loss}); first to reach {t}: {first}.</source>
        <translation>Wettlauf beendet: niedrigster Verlust {best} ({loss}); als Erster bei {t}: {first}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Paused at epoch {n}. Train (Space) resumes, S does one more epoch, Shift+S one row.</source>
        <translation>Angehalten in Epoche {n}. „Trainieren“ (Leertaste) setzt fort, S macht eine weitere Epoche, Umschalt+S eine Zeile.</translation>
    </message>
    <message>
        <source>Paused at epoch {n}. Train (Space) resumes, Step (S) does one epoch, Shift+S one row.</source>
        <translation>Angehalten in Epoche {n}. „Trainieren“ (Leertaste) setzt fort, „Schritt“ (S) macht eine Epoche, Umschalt+S eine Zeile.</translation>
    </message>
    <message>
        <source>Epoch {epoch}, row {done} of {rows}: x = {x}, y = {y}</source>
        <translation>Epoche {epoch}, Zeile {done} von {rows}: x = {x}, y = {y}</translation>
    </message>
    <message>
        <source>{title}: loss {loss}. Shift+S for the next row, S to finish the epoch.</source>
        <translation>{title}: Verlust {loss}. Umschalt+S für die nächste Zeile, S, um die Epoche abzuschließen.</translation>
    </message>
    <message>
        <source>Finished {epochs}: {losses}, {model}. Raise Epochs and Train to go on.</source>
        <translation>{epochs} abgeschlossen: {losses}, {model}. Erhöhen Sie „Epochen“ und trainieren Sie, um weiterzumachen.</translation>
    </message>
    <message>
        <source>{n} parameters (each on the Network tab)</source>
        <translation>{n} Parameter (jeder im Reiter „Netz“)</translation>
    </message>
    <message>
        <source>Early stopping at epoch {epoch}: no better validation loss for {epochs}. Showing epoch {best}, the best (★): the run kept its parameters.</source>
        <translation>Frühes Stoppen in Epoche {epoch}: kein besserer Validierungsverlust seit {epochs}. Angezeigt wird Epoche {best}, die beste (★): Der Lauf hat ihre Parameter behalten.</translation>
    </message>
    <message>
        <source>Training stopped by an internal error (details shown).</source>
        <translation>Training durch einen internen Fehler gestoppt (Details angezeigt).</translation>
    </message>
    <message>
        <source>gdviz: training failed</source>
        <translation>gdviz: Training fehlgeschlagen</translation>
    </message>
    <message>
        <source>Training stopped because of an internal error. The run so far is kept.</source>
        <translation>Das Training wurde wegen eines internen Fehlers gestoppt. Der bisherige Lauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>The run now goes to {epochs}: Train (Space) goes on from where it stopped.</source>
        <translation>Der Lauf geht jetzt bis {epochs}: „Trainieren“ (Leertaste) macht dort weiter, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>The loss has risen for {epochs} in a row (since epoch {began}): the steps may be too big for this data. Try a smaller learning rate.</source>
        <translation>Der Verlust ist {epochs} in Folge gestiegen (seit Epoche {began}): Die Schritte sind für diese Daten vielleicht zu groß. Versuchen Sie eine kleinere Lernrate.</translation>
    </message>
    <message>
        <source>Try a smaller learning rate than {rate}.</source>
        <translation>Versuchen Sie eine kleinere Lernrate als {rate}.</translation>
    </message>
    <message>
        <source>Diverged at epoch {n}: the {what} became {value}. {advice}</source>
        <translation>Divergiert in Epoche {n}: {what} wurde zu {value}. {advice}</translation>
    </message>
    <message>
        <source>Diverged at epoch {n}: the {what} became {value}.
{advice} Then Reset (R).</source>
        <translation>Divergiert in Epoche {n}: {what} wurde zu {value}.
{advice} Dann „Zurücksetzen“ (R).</translation>
    </message>
    <message>
        <source>type both inputs</source>
        <translation>beide Werte eingeben</translation>
    </message>
    <message>
        <source>type hours studied</source>
        <translation>Lernstunden eingeben</translation>
    </message>
    <message>
        <source>likely to pass</source>
        <translation>besteht wahrscheinlich</translation>
    </message>
    <message>
        <source>likely to fail</source>
        <translation>besteht wahrscheinlich nicht</translation>
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
        <translation>{n} Epochen</translation>
    </message>
    <message>
        <source>squared</source>
        <translation>quadratisch</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>{n} hidden {activation}</source>
        <translation>{n} verborgene ({activation})</translation>
    </message>
    <message>
        <source>one neuron</source>
        <translation>ein Neuron</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>Seed {seed}</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>voller Batch</translation>
    </message>
    <message>
        <source>per-row</source>
        <translation>pro Zeile</translation>
    </message>
    <message>
        <source>batch {n}</source>
        <translation>Batch {n}</translation>
    </message>
    <message>
        <source>{fraction} held out</source>
        <translation>{fraction} zurückgehalten</translation>
    </message>
    <message>
        <source>no rows held out</source>
        <translation>keine Zeilen zurückgehalten</translation>
    </message>
    <message>
        <source>{held} (seed {seed})</source>
        <translation>{held} (Seed {seed})</translation>
    </message>
    <message>
        <source>no penalty</source>
        <translation>kein Strafterm</translation>
    </message>
    <message>
        <source>patience {n}</source>
        <translation>Geduld {n}</translation>
    </message>
    <message>
        <source>no early stop</source>
        <translation>kein frühes Stoppen</translation>
    </message>
    <message>
        <source>{name} data</source>
        <translation>Daten {name}</translation>
    </message>
    <message>
        <source>earlier data</source>
        <translation>frühere Daten</translation>
    </message>
</context>
<context>
    <name>runs_tab</name>
    <message>
        <source>Race optimisers…</source>
        <translation>Optimierer im Wettlauf…</translation>
    </message>
    <message>
        <source>Train several optimisers at once from the same start and watch them race (Run ▸ Race optimisers…)</source>
        <translation>Mehrere Optimierer gleichzeitig vom selben Start aus trainieren und ihren Wettlauf verfolgen (Lauf ▸ Optimierer im Wettlauf…)</translation>
    </message>
    <message>
        <source>Earlier runs, drawn faded on every plot. Untick to hide, double-click to rename.</source>
        <translation>Frühere Läufe, blass in jedem Diagramm gezeichnet. Häkchen entfernen zum Ausblenden, Doppelklick zum Umbenennen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>Alle entfernen</translation>
    </message>
    <message>
        <source>How many earlier runs to keep; the oldest go first</source>
        <translation>Wie viele frühere Läufe behalten werden; die ältesten gehen zuerst</translation>
    </message>
    <message>
        <source>Keep up to</source>
        <translation>Bis zu</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>Läufe behalten</translation>
    </message>
    <message>
        <source>Each new run keeps the one before it here, named by what it did differently. Runs on other data are hidden when the data changes.</source>
        <translation>Jeder neue Lauf legt den vorherigen hier ab, benannt danach, was er anders gemacht hat. Läufe auf anderen Daten werden ausgeblendet, wenn sich die Daten ändern.</translation>
    </message>
    <message>
        <source>{epochs} epochs on {data}; final loss {loss}; w = {w}, b = {b}</source>
        <translation>{epochs} Epochen auf {data}; Endverlust {loss}; w = {w}, b = {b}</translation>
    </message>
    <message>
        <source>Remove all runs</source>
        <translation>Alle Läufe entfernen</translation>
    </message>
    <message>
        <source>Remove all {n} kept runs from the plots and the list? This cannot be undone.</source>
        <translation>Alle {n} behaltenen Läufe aus den Diagrammen und der Liste entfernen? Das kann nicht rückgängig gemacht werden.</translation>
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
        <translation>Text</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must be a number, got {kind}</source>
        <translation>&apos;{path}&apos; muss eine Zahl sein, gefunden: {kind}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is too large a number</source>
        <translation>&apos;{path}&apos; ist eine zu große Zahl</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must be a whole number, got {kind}</source>
        <translation>&apos;{path}&apos; muss eine ganze Zahl sein, gefunden: {kind}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must be text, got {kind}</source>
        <translation>&apos;{path}&apos; muss Text sein, gefunden: {kind}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; holds a NUL character</source>
        <translation>&apos;{path}&apos; enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is {value}; expected one of {names}</source>
        <translation>&apos;{path}&apos; ist {value}; erwartet wird eines von {names}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must be true or false, got {kind}</source>
        <translation>&apos;{path}&apos; muss true oder false sein, gefunden: {kind}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is {value}, not a number</source>
        <translation>&apos;{path}&apos; ist {value}, keine Zahl</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must be an object, got {kind}</source>
        <translation>&apos;{path}&apos; muss ein Objekt sein, gefunden: {kind}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; is missing</source>
        <translation>&apos;{path}&apos; fehlt</translation>
    </message>
</context>
<context>
    <name>session_checks</name>
    <message>
        <source>&apos;{path}&apos; must be a list of {n} numbers for {model}</source>
        <translation>&apos;{path}&apos; muss eine Liste von {n} Zahlen für {model} sein</translation>
    </message>
    <message>
        <source>&apos;history.param_stride&apos; must be a power of two, got {n}</source>
        <translation>&apos;history.param_stride&apos; muss eine Zweierpotenz sein, gefunden: {n}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must be at most {most}, got {found}</source>
        <translation>&apos;{path}&apos; darf höchstens {most} sein, gefunden: {found}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must have {n} values, found {found}</source>
        <translation>&apos;{path}&apos; muss {n} Werte haben, gefunden: {found}</translation>
    </message>
    <message>
        <source>the history has {n} epochs, more than the run&apos;s {epochs}</source>
        <translation>der Verlauf hat {n} Epochen, mehr als die {epochs} des Laufs</translation>
    </message>
    <message>
        <source>&apos;history.parameters&apos; must name {model}&apos;s {n} parameters ({names})</source>
        <translation>&apos;history.parameters&apos; muss die {n} Parameter von {model} nennen ({names})</translation>
    </message>
    <message>
        <source>&apos;history.params&apos; must have {n} values ({size} parameters × {epochs} epochs), found {found}</source>
        <translation>&apos;history.params&apos; muss {n} Werte haben ({size} Parameter × {epochs} Epochen), gefunden: {found}</translation>
    </message>
    <message>
        <source>&apos;history.weight&apos; and &apos;history.bias&apos; must have {n} values for {epochs} epochs, found {w} and {b}</source>
        <translation>&apos;history.weight&apos; und &apos;history.bias&apos; müssen für {epochs} Epochen {n} Werte haben, gefunden: {w} und {b}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; has a negative loss</source>
        <translation>&apos;{path}&apos; enthält einen negativen Verlust</translation>
    </message>
    <message>
        <source>&apos;history.val_loss&apos; is for a run with rows held out (&apos;validation&apos;)</source>
        <translation>&apos;history.val_loss&apos; gilt für einen Lauf mit zurückgehaltenen Zeilen (&apos;validation&apos;)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&apos;history.val_loss&apos; must have {n} values (one per epoch), found {found}</source>
        <translation>&apos;history.val_loss&apos; muss {n} Werte haben (einen je Epoche), gefunden: {found}</translation>
    </message>
    <message>
        <source>&apos;learning_rate_changes&apos; has {n} entries for {epochs} epochs</source>
        <translation>&apos;learning_rate_changes&apos; hat {n} Einträge für {epochs} Epochen</translation>
    </message>
    <message>
        <source>&apos;learning_rate_changes[{i}]&apos;: epochs must start at 0, increase, and not pass {n}</source>
        <translation>&apos;learning_rate_changes[{i}]&apos;: Die Epochen müssen bei 0 beginnen, ansteigen und dürfen {n} nicht überschreiten</translation>
    </message>
    <message>
        <source>&apos;state.divergence.value&apos; is {value}, not a number</source>
        <translation>&apos;state.divergence.value&apos; ist {value}, keine Zahl</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must hold {n} numbers ({size} parameters), found {found}</source>
        <translation>&apos;{path}&apos; muss {n} Zahlen enthalten ({size} Parameter), gefunden: {found}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos;: the averages of squared gradients cannot be negative</source>
        <translation>&apos;{path}&apos;: Die Mittelwerte quadrierter Gradienten können nicht negativ sein</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; counts updates: a whole number from 0, got {found}</source>
        <translation>&apos;{path}&apos; zählt Aktualisierungen: eine ganze Zahl ab 0, gefunden: {found}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must be all 0 for the sgd optimizer</source>
        <translation>&apos;{path}&apos; muss für den Optimierer sgd überall 0 sein</translation>
    </message>
</context>
<context>
    <name>session_controller</name>
    <message>
        <source>idle</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>divergiert</translation>
    </message>
    <message>
        <source>Export the fit plot</source>
        <translation>Anpassungsdiagramm exportieren</translation>
    </message>
    <message>
        <source>Exported the fit plot to {path}.</source>
        <translation>Anpassungsdiagramm nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Export the landscape plot</source>
        <translation>Landschaftsdiagramm exportieren</translation>
    </message>
    <message>
        <source>Exported the landscape plot to {path}.</source>
        <translation>Landschaftsdiagramm nach {path} exportiert.</translation>
    </message>
    <message>
        <source>Export the loss plot</source>
        <translation>Verlustdiagramm exportieren</translation>
    </message>
    <message>
        <source>Exported the loss plot to {path}.</source>
        <translation>Verlustdiagramm nach {path} exportiert.</translation>
    </message>
    <message>
        <source>gdviz sessions (*{suffix})</source>
        <translation>gdviz-Sitzungen (*{suffix})</translation>
    </message>
    <message>
        <source>Cannot save or open the session</source>
        <translation>Die Sitzung kann nicht gespeichert oder geöffnet werden</translation>
    </message>
    <message>
        <source> Train (Space) continues it.</source>
        <translation> „Trainieren“ (Leertaste) setzt ihn fort.</translation>
    </message>
    <message>
        <source>a race of {n} optimisers</source>
        <translation>ein Wettlauf von {n} Optimierern</translation>
    </message>
    <message>
        <source>a saved run</source>
        <translation>ein gespeicherter Lauf</translation>
    </message>
    <message>
        <source>Showing {what}: epoch {epoch} of {epochs} ({state}).{more}</source>
        <translation>Angezeigt wird {what}: Epoche {epoch} von {epochs} ({state}).{more}</translation>
    </message>
    <message>
        <source>Open gdviz session</source>
        <translation>gdviz-Sitzung öffnen</translation>
    </message>
    <message>
        <source>gdviz sessions (*{suffix});;JSON files (*.json);;All files (*)</source>
        <translation>gdviz-Sitzungen (*{suffix});;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} wird geöffnet…</translation>
    </message>
    <message>
        <source>Save gdviz session</source>
        <translation>gdviz-Sitzung speichern</translation>
    </message>
    <message>
        <source>Saving the session to {path}…</source>
        <translation>Sitzung wird in {path} gespeichert…</translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation>Arbeitsblatt speichern</translation>
    </message>
    <message>
        <source>Saved the handout to {path}: it opens at its step, as you chose.</source>
        <translation>Arbeitsblatt in {path} gespeichert: Es öffnet sich beim gewählten Schritt.</translation>
    </message>
    <message>
        <source>Saved the session to {path}.</source>
        <translation>Sitzung in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Cannot open this session</source>
        <translation>Diese Sitzung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed.</source>
        <translation>{reason}

Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation>Die Sitzung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>{path}: {reason}

Any earlier file there is unchanged. Try another folder.</source>
        <translation>{path}: {reason}

Eine frühere Datei dort ist unverändert. Versuchen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the history</source>
        <translation>Der Verlauf kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Wrote {n} epoch to {path}.</source>
        <translation>{n} Epoche in {path} geschrieben.</translation>
    </message>
    <message>
        <source>Wrote {n} epochs to {path}.</source>
        <translation>{n} Epochen in {path} geschrieben.</translation>
    </message>
    <message>
        <source>Export as Python script</source>
        <translation>Als Python-Skript exportieren</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Python-Skripte (*.py)</translation>
    </message>
    <message>
        <source>Cannot write the script</source>
        <translation>Das Skript kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Wrote {path}: run it with python to train the same run and print its log.</source>
        <translation>{path} geschrieben: Mit python ausführen, um denselben Lauf zu trainieren und sein Protokoll auszugeben.</translation>
    </message>
    <message>
        <source>Nothing to animate yet: train first (Space).</source>
        <translation>Noch nichts zu animieren: Trainieren Sie zuerst (Leertaste).</translation>
    </message>
    <message>
        <source>Cannot write the animation</source>
        <translation>Die Animation kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} wird geschrieben…</translation>
    </message>
    <message>
        <source>Cannot export the plots</source>
        <translation>Die Diagramme können nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported {names} to {folder}.</source>
        <translation>{names} nach {folder} exportiert.</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Vektorgrafik (*.svg)</translation>
    </message>
    <message>
        <source>Cannot export the plot</source>
        <translation>Das Diagramm kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Copied a {width}×{height} image to the clipboard.</source>
        <translation>Ein Bild mit {width}×{height} Pixeln wurde in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>session_read</name>
    <message>
        <source>&apos;{path}&apos; must be base64 text, got {kind}</source>
        <translation>&apos;{path}&apos; muss Base64-Text sein, gefunden: {kind}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must hold finite numbers only</source>
        <translation>&apos;{path}&apos; darf nur endliche Zahlen enthalten</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must be a list of numbers, got {kind}</source>
        <translation>&apos;{path}&apos; muss eine Liste von Zahlen sein, gefunden: {kind}</translation>
    </message>
    <message>
        <source>not a gdviz session: not UTF-8 text</source>
        <translation>keine gdviz-Sitzung: kein UTF-8-Text</translation>
    </message>
    <message>
        <source>not a gdviz session: it holds a number written with {n} characters, too large for a float</source>
        <translation>keine gdviz-Sitzung: sie enthält eine Zahl aus {n} Zeichen, zu groß für eine Gleitkommazahl</translation>
    </message>
    <message>
        <source>not a gdviz session: nested too deeply</source>
        <translation>keine gdviz-Sitzung: zu tief verschachtelt</translation>
    </message>
    <message>
        <source>not a gdviz session: it holds a number of over {n} digits</source>
        <translation>keine gdviz-Sitzung: sie enthält eine Zahl mit über {n} Ziffern</translation>
    </message>
    <message>
        <source>not a gdviz session: not valid JSON ({reason})</source>
        <translation>keine gdviz-Sitzung: kein gültiges JSON ({reason})</translation>
    </message>
    <message>
        <source>not a gdviz session: the file is not a JSON object</source>
        <translation>keine gdviz-Sitzung: die Datei ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>not a gdviz session: &apos;format&apos; is {found}, expected {expected}</source>
        <translation>keine gdviz-Sitzung: &apos;format&apos; ist {found}, erwartet wird {expected}</translation>
    </message>
    <message>
        <source>a newer one</source>
        <translation>eine neuere</translation>
    </message>
    <message>
        <source>saved by a newer gdviz (session version {version}; this gdviz reads up to {newest}): update gdviz to open it</source>
        <translation>von einem neueren gdviz gespeichert (Sitzungsversion {version}; dieses gdviz liest bis {newest}): Aktualisieren Sie gdviz, um sie zu öffnen</translation>
    </message>
    <message>
        <source>&apos;race.racers&apos; must be a list of 1 to {n} runs</source>
        <translation>&apos;race.racers&apos; muss eine Liste von 1 bis {n} Läufen sein</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must be an object, got {kind}</source>
        <translation>&apos;{path}&apos; muss ein Objekt sein, gefunden: {kind}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must be a whole number, got {kind}</source>
        <translation>&apos;{path}&apos; muss eine ganze Zahl sein, gefunden: {kind}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must be 1 or more</source>
        <translation>&apos;{path}&apos; muss 1 oder größer sein</translation>
    </message>
    <message>
        <source>{name} is not a finite number</source>
        <translation>{name} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must have {n} values, found {found}</source>
        <translation>&apos;{path}&apos; muss {n} Werte haben, gefunden: {found}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must hold {n} numbers for {model}, found {found}</source>
        <translation>&apos;{path}&apos; muss {n} Zahlen für {model} enthalten, gefunden: {found}</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; must be at most {most}, got {found}</source>
        <translation>&apos;{path}&apos; darf höchstens {most} sein, gefunden: {found}</translation>
    </message>
    <message>
        <source>&apos;state.row&apos; must be 0 with a batch size of {size} (a run stops mid-epoch only with per-row updates, batch size 1)</source>
        <translation>&apos;state.row&apos; muss bei einer Batchgröße von {size} 0 sein (ein Lauf hält nur mit zeilenweisen Aktualisierungen, Batchgröße 1, mitten in einer Epoche an)</translation>
    </message>
    <message>
        <source>&apos;state.partial_loss&apos; must be 0 when no row of the epoch is done</source>
        <translation>&apos;state.partial_loss&apos; muss 0 sein, wenn noch keine Zeile der Epoche bearbeitet ist</translation>
    </message>
    <message>
        <source>&apos;state.partial_loss&apos; must not be negative</source>
        <translation>&apos;state.partial_loss&apos; darf nicht negativ sein</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>How big each nudge of w and b is. Too small is slow; too big overshoots or blows up. Takes effect at once, even while training.</source>
        <translation>Wie stark w und b bei jeder Aktualisierung verändert werden. Zu klein ist langsam; zu groß schießt übers Ziel hinaus oder explodiert. Wirkt sofort, auch während des Trainings.</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>How many passes over all the data the run makes. Raise it after a run finished and Train goes on from where it stopped.</source>
        <translation>Wie viele Durchgänge über alle Daten der Lauf macht. Nach einem beendeten Lauf erhöhen: Dann setzt „Trainieren“ dort fort, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>Start weight</source>
        <translation>Startgewicht</translation>
    </message>
    <message>
        <source>Starting weight w (the curve&apos;s steepness). Applies at once to a run that has not begun, otherwise to the next run.</source>
        <translation>Startgewicht w (die Steilheit der Kurve). Gilt sofort für einen Lauf, der noch nicht begonnen hat, sonst für den nächsten Lauf.</translation>
    </message>
    <message>
        <source>Start bias</source>
        <translation>Start-Bias</translation>
    </message>
    <message>
        <source>Starting bias b (shifts the curve left or right). Applies at once to a run that has not begun, otherwise to the next run.</source>
        <translation>Start-Bias b (verschiebt die Kurve nach links oder rechts). Gilt sofort für einen Lauf, der noch nicht begonnen hat, sonst für den nächsten Lauf.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>The loss reported (and followed, with the exact gradient)</source>
        <translation>Der angezeigte Verlust (mit dem exakten Gradienten auch der minimierte)</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>Gradient</translation>
    </message>
    <message>
        <source>The lesson&apos;s error·x nudge, or the true gradient of the chosen loss</source>
        <translation>Die Fehler·x-Regel der Lektion oder der wahre Gradient des gewählten Verlusts</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>1: update after every row (the lesson&apos;s); k: after every k rows, by their mean gradient; 0: once per epoch</source>
        <translation>1: Aktualisierung nach jeder Zeile (wie in der Lektion); k: nach je k Zeilen, mit ihrem mittleren Gradienten; 0: einmal pro Epoche</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>How each update moves w and b. The lesson&apos;s plain step, or one with a memory of earlier gradients. A change starts a new run from the same start.</source>
        <translation>Wie jede Aktualisierung w und b bewegt. Der einfache Schritt der Lektion oder einer mit Gedächtnis für frühere Gradienten. Eine Änderung startet einen neuen Lauf vom selben Start.</translation>
    </message>
    <message>
        <source>Momentum μ</source>
        <translation>Momentum μ</translation>
    </message>
    <message>
        <source>How much of the last velocity carries over (0 … below 1)</source>
        <translation>Wie viel der letzten Geschwindigkeit übernommen wird (0 … unter 1)</translation>
    </message>
    <message>
        <source>Decay α</source>
        <translation>Abklingrate α</translation>
    </message>
    <message>
        <source>How slowly RMSProp&apos;s average of squared gradients moves (0 … below 1)</source>
        <translation>Wie langsam sich RMSProps Mittel der quadrierten Gradienten bewegt (0 … unter 1)</translation>
    </message>
    <message>
        <source>Adam: decay of the average gradient m (0 … below 1)</source>
        <translation>Adam: Abklingrate des mittleren Gradienten m (0 … unter 1)</translation>
    </message>
    <message>
        <source>Adam: decay of the average squared gradient v (0 … below 1)</source>
        <translation>Adam: Abklingrate des mittleren quadrierten Gradienten v (0 … unter 1)</translation>
    </message>
    <message>
        <source>Added to the square root so a tiny average never divides by zero</source>
        <translation>Wird zur Quadratwurzel addiert, damit ein winziges Mittel nie durch null teilt</translation>
    </message>
    <message>
        <source>Hidden units</source>
        <translation>Verborgene Einheiten</translation>
    </message>
    <message>
        <source>0: the lesson&apos;s neuron (no hidden layer). 1 to 16: a hidden layer of that many units between the inputs and the output neuron. A change starts a new run.</source>
        <translation>0: das Neuron der Lektion (keine verborgene Schicht). 1 bis 16: eine verborgene Schicht mit so vielen Einheiten zwischen den Eingaben und dem Ausgabeneuron. Eine Änderung startet einen neuen Lauf.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>What each hidden unit does with its sum a: sigmoid σ(a), tanh(a) or ReLU max(a, 0)</source>
        <translation>Was jede verborgene Einheit mit ihrer Summe a macht: Sigmoid σ(a), tanh(a) oder ReLU max(a, 0)</translation>
    </message>
    <message>
        <source>Start seed</source>
        <translation>Start-Seed</translation>
    </message>
    <message>
        <source>A hidden layer starts with weights drawn at random from [−1, 1]: the same seed, the same start, on every machine</source>
        <translation>Eine verborgene Schicht startet mit zufällig aus [−1, 1] gezogenen Gewichten: gleicher Seed, gleicher Start, auf jedem Rechner</translation>
    </message>
    <message>
        <source>Validation part</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <source>The fraction of rows held out: never trained on, their loss measured after every epoch (off: train on every row)</source>
        <translation>Der Anteil zurückgehaltener Zeilen: nicht zum Training verwendet, ihr Verlust wird nach jeder Epoche gemessen (aus: mit allen Zeilen trainieren)</translation>
    </message>
    <message>
        <source>Split seed</source>
        <translation>Aufteilungs-Seed</translation>
    </message>
    <message>
        <source>Which rows are held out: the same seed, the same rows, on every machine</source>
        <translation>Welche Zeilen zurückgehalten werden: gleicher Seed, gleiche Zeilen, auf jedem Rechner</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Geduld</translation>
    </message>
    <message>
        <source>Early stopping: stop when the validation loss has not beaten its best for this many epochs, and keep the best epoch&apos;s parameters (off: run every epoch)</source>
        <translation>Frühes Stoppen: anhalten, wenn der Validierungsverlust so viele Epochen lang seinen Bestwert nicht unterboten hat, und die Parameter der besten Epoche behalten (aus: alle Epochen laufen)</translation>
    </message>
    <message>
        <source>L2 penalty λ</source>
        <translation>L2-Strafterm λ</translation>
    </message>
    <message>
        <source>Adds λ·Σw² to the loss (the weights, never the biases): big weights cost, so the curve stays gentler. 0: off.</source>
        <translation>Addiert λ·Σw² zum Verlust (die Gewichte, nie die Bias-Werte): große Gewichte kosten, so bleibt die Kurve sanfter. 0: aus.</translation>
    </message>
    <message>
        <source>L1 penalty λ</source>
        <translation>L1-Strafterm λ</translation>
    </message>
    <message>
        <source>Adds λ·Σ|w| to the loss (the weights, never the biases): pushes small weights to exactly 0. 0: off.</source>
        <translation>Addiert λ·Σ|w| zum Verlust (die Gewichte, nie die Bias-Werte): drückt kleine Gewichte auf genau 0. 0: aus.</translation>
    </message>
    <message>
        <source>L1 and L2 are two penalties on the weights: choose one (the other 0)</source>
        <translation>L1 und L2 sind zwei Strafterme für die Gewichte: Wählen Sie einen (den anderen 0)</translation>
    </message>
    <message>
        <source>early stopping (patience) watches the validation loss: hold out rows too</source>
        <translation>frühes Stoppen (Geduld) beobachtet den Validierungsverlust: Halten Sie auch Zeilen zurück</translation>
    </message>
</context>
<context>
    <name>slice_bar</name>
    <message>
        <source>A model with more than two parameters has a landscape of as many dimensions: this one is a slice along two of them, through the parameters as they are now. The path is its shadow on these two.</source>
        <translation>Ein Modell mit mehr als zwei Parametern hat eine Landschaft mit ebenso vielen Dimensionen: Diese hier ist ein Schnitt entlang zweier davon, durch die Parameter, wie sie jetzt sind. Der Pfad ist sein Schatten auf diesen beiden.</translation>
    </message>
    <message>
        <source>Landscape slice: the parameter across</source>
        <translation>Landschaftsschnitt: der Parameter waagerecht</translation>
    </message>
    <message>
        <source>Landscape slice: the parameter up</source>
        <translation>Landschaftsschnitt: der Parameter senkrecht</translation>
    </message>
    <message>
        <source>Slice along</source>
        <translation>Schnitt entlang</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
</context>
<context>
    <name>split</name>
    <message>
        <source>with {n} rows, hold out between {low} and {high}</source>
        <translation>bei {n} Zeilen zwischen {low} und {high} zurückhalten</translation>
    </message>
    <message>
        <source>a split needs at least 2 rows</source>
        <translation>eine Aufteilung braucht mindestens 2 Zeilen</translation>
    </message>
    <message>
        <source>holding out {shown} of {n} rows leaves the validation part empty (round({shown} × {n}) = {k} rows held out): each part needs at least one row; {hint}</source>
        <translation>{shown} von {n} Zeilen zurückzuhalten lässt den Validierungsteil leer (round({shown} × {n}) = {k} zurückgehaltene Zeilen): jeder Teil braucht mindestens eine Zeile; {hint}</translation>
    </message>
    <message>
        <source>holding out {shown} of {n} rows leaves the training part empty (round({shown} × {n}) = {k} rows held out): each part needs at least one row; {hint}</source>
        <translation>{shown} von {n} Zeilen zurückzuhalten lässt den Trainingsteil leer (round({shown} × {n}) = {k} zurückgehaltene Zeilen): jeder Teil braucht mindestens eine Zeile; {hint}</translation>
    </message>
</context>
<context>
    <name>sweep_controller</name>
    <message>
        <source>stopped by an internal error: {error}</source>
        <translation>durch einen internen Fehler angehalten: {error}</translation>
    </message>
</context>
<context>
    <name>sweep_window</name>
    <message>
        <source>Click a point to train that learning rate in the main window.</source>
        <translation>Klicken Sie auf einen Punkt, um diese Lernrate im Hauptfenster zu trainieren.</translation>
    </message>
    <message>
        <source>Learning-rate sweep</source>
        <translation>Lernraten-Durchlauf</translation>
    </message>
    <message>
        <source>The loss a run must reach to count in the lower plot; the default is 5 % of the way from the lowest loss this data allows to the loss at the start</source>
        <translation>Der Verlust, den ein Lauf erreichen muss, um im unteren Diagramm zu zählen; voreingestellt sind 5 % des Wegs vom niedrigsten Verlust, den diese Daten erlauben, bis zum Verlust am Start</translation>
    </message>
    <message>
        <source>From learning rate</source>
        <translation>Von Lernrate</translation>
    </message>
    <message>
        <source>To learning rate</source>
        <translation>Bis Lernrate</translation>
    </message>
    <message>
        <source>How many (log-spaced)</source>
        <translation>Wie viele (logarithmisch verteilt)</translation>
    </message>
    <message>
        <source>Loss threshold</source>
        <translation>Verlustschwelle</translation>
    </message>
    <message>
        <source>Each run: {epochs} from the next run&apos;s start, data and options.</source>
        <translation>Jeder Lauf: {epochs} mit Start, Daten und Optionen des nächsten Laufs.</translation>
    </message>
    <message>
        <source>gdviz — learning-rate sweep</source>
        <translation>gdviz – Lernraten-Durchlauf</translation>
    </message>
    <message>
        <source>Final loss after the run</source>
        <translation>Endverlust nach dem Lauf</translation>
    </message>
    <message>
        <source>final loss (log)</source>
        <translation>Endverlust (log)</translation>
    </message>
    <message>
        <source>learning rate (log)</source>
        <translation>Lernrate (log)</translation>
    </message>
    <message>
        <source>Epochs to reach the threshold</source>
        <translation>Epochen bis zur Schwelle</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>final loss</source>
        <translation>Endverlust</translation>
    </message>
    <message>
        <source>lowest</source>
        <translation>niedrigster</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>a loss of {threshold} or less</source>
        <translation>ein Verlust von {threshold} oder weniger</translation>
    </message>
    <message>
        <source>gdviz — learning-rate sweep: {settings}</source>
        <translation>gdviz – Lernraten-Durchlauf: {settings}</translation>
    </message>
    <message>
        <source>%v of %m learning rates ({epochs} each)</source>
        <translation>%v von %m Lernraten (je {epochs})</translation>
    </message>
    <message>
        <source>cancelled after {done} of %m</source>
        <translation>abgebrochen nach {done} von %m</translation>
    </message>
    <message>
        <source> {n} diverged (not drawn).</source>
        <translation> {n} divergiert (nicht gezeichnet).</translation>
    </message>
    <message>
        <source>Lowest final loss: learning rate {lr}, loss {loss}.</source>
        <translation>Niedrigster Endverlust: Lernrate {lr}, Verlust {loss}.</translation>
    </message>
    <message>
        <source>Lowest final loss: learning rate {lr}, loss {loss}, below the threshold from epoch {epoch}.</source>
        <translation>Niedrigster Endverlust: Lernrate {lr}, Verlust {loss}, unter der Schwelle ab Epoche {epoch}.</translation>
    </message>
    <message>
        <source>The plot below is empty: no learning rate reached a loss of {threshold} within {epochs} (the lowest final loss was {lowest}). Raise the threshold or the epochs, and sweep again.</source>
        <translation>Das Diagramm unten ist leer: Keine Lernrate erreichte innerhalb von {epochs} einen Verlust von {threshold} (der niedrigste Endverlust war {lowest}). Erhöhen Sie die Schwelle oder die Epochen und starten Sie den Durchlauf erneut.</translation>
    </message>
    <message>
        <source>The plot below is empty: no learning rate reached a loss of {threshold} within {epochs}. Raise the threshold or the epochs, and sweep again.</source>
        <translation>Das Diagramm unten ist leer: Keine Lernrate erreichte innerhalb von {epochs} einen Verlust von {threshold}. Erhöhen Sie die Schwelle oder die Epochen und starten Sie den Durchlauf erneut.</translation>
    </message>
</context>
<context>
    <name>table_inputs</name>
    <message>
        <source>the table has {n} columns ({names}): choose the input with --x (a name or a number)</source>
        <translation>die Tabelle hat {n} Spalten ({names}): Wählen Sie die Eingabe mit --x (ein Name oder eine Nummer)</translation>
    </message>
    <message>
        <source>the table has {n} columns ({names}): choose the two inputs with --x A --x B (a name or a number)</source>
        <translation>die Tabelle hat {n} Spalten ({names}): Wählen Sie die zwei Eingaben mit --x A --x B (ein Name oder eine Nummer)</translation>
    </message>
    <message>
        <source>the model takes two inputs and the table has {n} columns ({names}): choose them with --x A --x B (names or numbers)</source>
        <translation>das Modell nimmt zwei Eingaben und die Tabelle hat {n} Spalten ({names}): Wählen Sie sie mit --x A --x B (Namen oder Nummern)</translation>
    </message>
    <message>
        <source>the two inputs are the same column {name}: choose two</source>
        <translation>die zwei Eingaben sind dieselbe Spalte {name}: Wählen Sie zwei</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>the column {what} has no values</source>
        <translation>die Spalte {what} hat keine Werte</translation>
    </message>
    <message>
        <source>bad value</source>
        <translation>ungültiger Wert</translation>
    </message>
</context>
<context>
    <name>table_labels</name>
    <message>
        <source>--positive {value} is not a value of {name} (its values are {values})</source>
        <translation>--positive {value} ist kein Wert von {name} (ihre Werte sind {values})</translation>
    </message>
    <message>
        <source>the label column {name} has the single value {value}: labels are 0 to 1, or two values like yes/no (is it the right column?)</source>
        <translation>die Label-Spalte {name} hat nur den Wert {value}: Labels sind 0 bis 1 oder zwei Werte wie yes/no (ist es die richtige Spalte?)</translation>
    </message>
    <message>
        <source>the label column {name} has the two values {first} and {second}; say which one means 1 with --positive {first} or --positive {second}</source>
        <translation>die Label-Spalte {name} hat die zwei Werte {first} und {second}; geben Sie mit --positive {first} oder --positive {second} an, welcher 1 bedeutet</translation>
    </message>
    <message>
        <source> (or use --above T: 1 where the value is above T)</source>
        <translation> (oder --above T verwenden: 1, wo der Wert über T liegt)</translation>
    </message>
    <message>
        <source>labels: {mapping}</source>
        <translation>Labels: {mapping}</translation>
    </message>
    <message>
        <source>{name} is not a label column: it has {n} values ({values}). Labels are 0 to 1 or two values; make a number column binary with --above T, or pick the value that means 1 with --positive VALUE</source>
        <translation>{name} ist keine Label-Spalte: Sie hat {n} Werte ({values}). Labels sind 0 bis 1 oder zwei Werte; machen Sie eine Zahlenspalte mit --above T binär oder wählen Sie mit --positive WERT den Wert, der 1 bedeutet</translation>
    </message>
</context>
<context>
    <name>table_reader</name>
    <message>
        <source>there is no column {number} for {what} (the table has {n} columns)</source>
        <translation>es gibt keine Spalte {number} für {what} (die Tabelle hat {n} Spalten)</translation>
    </message>
    <message>
        <source>no column named {name} for {what} (columns are {names})</source>
        <translation>keine Spalte namens {name} für {what} (die Spalten sind {names})</translation>
    </message>
    <message>
        <source>the table has {n} columns ({names}): choose the input and the label with --x and --y (a name or a number)</source>
        <translation>die Tabelle hat {n} Spalten ({names}): Wählen Sie die Eingabe und das Label mit --x und --y (ein Name oder eine Nummer)</translation>
    </message>
    <message>
        <source>expected at least two columns (x and a label), found {n}: is the delimiter a comma, semicolon, tab or space?</source>
        <translation>mindestens zwei Spalten erwartet (x und ein Label), gefunden: {n}; ist das Trennzeichen ein Komma, Semikolon, Tabulator oder Leerzeichen?</translation>
    </message>
    <message>
        <source>the second x</source>
        <translation>das zweite x</translation>
    </message>
    <message>
        <source>the label</source>
        <translation>das Label</translation>
    </message>
    <message>
        <source>x and the label are the same column {name}: choose two different columns</source>
        <translation>x und das Label sind dieselbe Spalte {name}: Wählen Sie zwei verschiedene Spalten</translation>
    </message>
    <message>
        <source>the first x</source>
        <translation>das erste x</translation>
    </message>
    <message>
        <source>the second x is the same column {name} as {what}: choose two different input columns</source>
        <translation>das zweite x ist dieselbe Spalte {name} wie {what}: Wählen Sie zwei verschiedene Eingabespalten</translation>
    </message>
    <message>
        <source>no row has both an x and a label</source>
        <translation>keine Zeile hat sowohl ein x als auch ein Label</translation>
    </message>
    <message>
        <source>bad row</source>
        <translation>ungültige Zeile</translation>
    </message>
    <message>
        <source>skipped {n} row with a missing value (line {lines})</source>
        <translation>{n} Zeile mit fehlendem Wert übersprungen (Zeile {lines})</translation>
    </message>
    <message>
        <source>skipped {n} rows with a missing value (lines {lines})</source>
        <translation>{n} Zeilen mit fehlendem Wert übersprungen (Zeilen {lines})</translation>
    </message>
    <message>
        <source>{name} value {value} is not a number: correct it, or leave the cell empty to skip the row</source>
        <translation>{name}-Wert {value} ist keine Zahl: Korrigieren Sie ihn oder lassen Sie die Zelle leer, um die Zeile zu überspringen</translation>
    </message>
    <message>
        <source>{name} value {value} is too large to read as a number: correct it, or leave the cell empty to skip the row</source>
        <translation>{name}-Wert {value} ist zu groß, um als Zahl gelesen zu werden: Korrigieren Sie ihn oder lassen Sie die Zelle leer, um die Zeile zu überspringen</translation>
    </message>
    <message>
        <source>{name} value is infinite or too large to read as a number: correct it, or leave the cell empty to skip the row</source>
        <translation>ein {name}-Wert ist unendlich oder zu groß, um als Zahl gelesen zu werden: Korrigieren Sie ihn oder lassen Sie die Zelle leer, um die Zeile zu überspringen</translation>
    </message>
    <message>
        <source>label = {name} &gt; {value}</source>
        <translation>Label = {name} &gt; {value}</translation>
    </message>
    <message>
        <source>{name} value {value} is not a number (labels are 0 to 1, or two values like yes/no)</source>
        <translation>{name}-Wert {value} ist keine Zahl (Labels sind 0 bis 1 oder zwei Werte wie yes/no)</translation>
    </message>
</context>
<context>
    <name>table_sheet</name>
    <message>
        <source>cannot read this spreadsheet ({reason}): is it really a {suffix} file? Open it in a spreadsheet program and save it again</source>
        <translation>diese Tabellenkalkulation kann nicht gelesen werden ({reason}): Ist es wirklich eine {suffix}-Datei? Öffnen Sie sie in einem Tabellenprogramm und speichern Sie sie erneut</translation>
    </message>
    <message>
        <source>no sheet named {sheet} (sheets are {sheets})</source>
        <translation>kein Tabellenblatt namens {sheet} (die Blätter sind {sheets})</translation>
    </message>
    <message>
        <source>the spreadsheet has no sheets</source>
        <translation>die Tabellenkalkulation hat keine Tabellenblätter</translation>
    </message>
    <message>
        <source>cannot read sheet {sheet}: {reason}</source>
        <translation>Tabellenblatt {sheet} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>the sheet has no data rows (it is empty)</source>
        <translation>das Tabellenblatt hat keine Datenzeilen (es ist leer)</translation>
    </message>
    <message>
        <source>the sheet has a header but no data rows</source>
        <translation>das Tabellenblatt hat eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
</context>
<context>
    <name>table_text</name>
    <message>
        <source>the file has no data rows (it is empty); expected lines like &apos;3,1&apos; (hours, label)</source>
        <translation>die Datei hat keine Datenzeilen (sie ist leer); erwartet werden Zeilen wie &apos;3,1&apos; (Stunden, Label)</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
    <message>
        <source>not UTF-8 text (is it a spreadsheet? save it as CSV UTF-8)</source>
        <translation>kein UTF-8-Text (ist es eine Tabellenkalkulation? Speichern Sie sie als CSV UTF-8)</translation>
    </message>
    <message>
        <source>cannot read this line: {reason}</source>
        <translation>diese Zeile kann nicht gelesen werden: {reason}</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>As the &amp;system</source>
        <translation>Wie das &amp;System</translation>
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
        <source>T&amp;heme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>The window&apos;s colours; exported and copied images stay white</source>
        <translation>Die Farben des Fensters; exportierte und kopierte Bilder bleiben weiß</translation>
    </message>
</context>
<context>
    <name>threshold_line</name>
    <message>
        <source>The decision threshold t: a row is predicted 1 (pass) when its p is at least t. Drag the line to move it; the Metrics tab counts what it gets right and wrong.</source>
        <translation>Die Entscheidungsschwelle t: Eine Zeile wird als 1 (bestanden) vorhergesagt, wenn ihr p mindestens t ist. Ziehen Sie die Linie, um sie zu verschieben; der Reiter „Metriken“ zählt, was sie richtig und falsch einordnet.</translation>
    </message>
    <message>
        <source>threshold t = {value}</source>
        <translation>Schwelle t = {value}</translation>
    </message>
</context>
<context>
    <name>train_tab</name>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Back to my run</source>
        <translation>Zurück zu meinem Lauf</translation>
    </message>
    <message>
        <source>Leave the exercise: your own data and settings come back (its runs stay in Runs)</source>
        <translation>Die Übung verlassen: Ihre eigenen Daten und Einstellungen kommen zurück (die Läufe der Übung bleiben im Reiter „Läufe“)</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <source>Drag to change the learning rate on a log scale (0.0001 … 100), live while training. Shift while dragging, or the arrow keys, move it in fine steps.</source>
        <translation>Ziehen, um die Lernrate auf einer logarithmischen Skala zu ändern (0,0001 … 100), live während des Trainings. Umschalt beim Ziehen oder die Pfeiltasten bewegen sie in feinen Schritten.</translation>
    </message>
    <message>
        <source>Optimiser</source>
        <translation>Optimierer</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>How fast epochs are shown: from 2 a second (watch each step) to max (as fast as the computer can train).</source>
        <translation>Wie schnell Epochen gezeigt werden: von 2 pro Sekunde (jeden Schritt verfolgen) bis max (so schnell der Computer trainieren kann).</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Epochs finished in this run</source>
        <translation>In diesem Lauf abgeschlossene Epochen</translation>
    </message>
    <message>
        <source>Loss of the last finished epoch (sum over all rows)</source>
        <translation>Verlust der letzten abgeschlossenen Epoche (Summe über alle Zeilen)</translation>
    </message>
    <message>
        <source>Current weight w</source>
        <translation>Aktuelles Gewicht w</translation>
    </message>
    <message>
        <source>Current bias b</source>
        <translation>Aktueller Bias b</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Weight w</source>
        <translation>Gewicht w</translation>
    </message>
    <message>
        <source>Bias b</source>
        <translation>Bias b</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Stop looking at a past epoch; follow training again (Esc)</source>
        <translation>Keine frühere Epoche mehr ansehen; wieder dem Training folgen (Esc)</translation>
    </message>
    <message>
        <source>One row, by hand</source>
        <translation>Eine Zeile, von Hand</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>e.g. 3.5</source>
        <translation>z. B. 3,5</translation>
    </message>
    <message>
        <source>Type hours studied to see the model&apos;s pass probability with the current w and b.</source>
        <translation>Geben Sie Lernstunden ein, um die Bestehenswahrscheinlichkeit des Modells mit den aktuellen w und b zu sehen.</translation>
    </message>
    <message>
        <source>type hours studied</source>
        <translation>Lernstunden eingeben</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestehen</translation>
    </message>
    <message>
        <source>Learning rate now: {rate}</source>
        <translation>Lernrate jetzt: {rate}</translation>
    </message>
    <message>
        <source>{viewed} (viewed) / {target}</source>
        <translation>{viewed} (angesehen) / {target}</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Größter</translation>
    </message>
    <message>
        <source>{n} parameters</source>
        <translation>{n} Parameter</translation>
    </message>
    <message>
        <source>The parameter furthest from 0 (the Network view shows each)</source>
        <translation>Der Parameter, der am weitesten von 0 entfernt ist (die Netzansicht zeigt jeden)</translation>
    </message>
    <message>
        <source>viewing epoch {epoch} of {total}</source>
        <translation>Epoche {epoch} von {total} wird angezeigt</translation>
    </message>
    <message>
        <source> (w, b kept from epoch {epoch})</source>
        <translation> (w, b aus Epoche {epoch} beibehalten)</translation>
    </message>
    <message>
        <source>e.g. 3.5, 7</source>
        <translation>z. B. 3,5; 7</translation>
    </message>
</context>
<context>
    <name>train_texts</name>
    <message>
        <source>Press Step row (Shift+S) to see one update worked out.</source>
        <translation>Drücken Sie „Zeilenschritt“ (Umschalt+S), um eine Aktualisierung vorgerechnet zu sehen.</translation>
    </message>
    <message>
        <source>Step against the gradient: w ← w − lr·g (the lesson&apos;s rule)</source>
        <translation>Schritt gegen den Gradienten: w ← w − lr·g (die Regel der Lektion)</translation>
    </message>
    <message>
        <source>A velocity that keeps most of the last step: v ← μ·v + g; w ← w − lr·v. It rolls through long, shallow valleys</source>
        <translation>Eine Geschwindigkeit, die den Großteil des letzten Schritts behält: v ← μ·v + g; w ← w − lr·v. Sie rollt durch lange, flache Täler</translation>
    </message>
    <message>
        <source>Momentum that looks ahead: w ← w − lr·(g + μ·v)</source>
        <translation>Momentum, das vorausschaut: w ← w − lr·(g + μ·v)</translation>
    </message>
    <message>
        <source>Steps shrink with the sum of all squared gradients so far</source>
        <translation>Die Schritte schrumpfen mit der Summe aller bisherigen quadrierten Gradienten</translation>
    </message>
    <message>
        <source>Steps divided by a running average of squared gradients</source>
        <translation>Schritte geteilt durch einen gleitenden Mittelwert der quadrierten Gradienten</translation>
    </message>
    <message>
        <source>Momentum and RMSProp together, with bias correction: steps of about lr</source>
        <translation>Momentum und RMSProp zusammen, mit Bias-Korrektur: Schritte von etwa lr</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Start training, or resume after a pause (Space)</source>
        <translation>Training starten oder nach einer Pause fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause training (Space)</source>
        <translation>Training anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Train exactly one epoch (S)</source>
        <translation>Genau eine Epoche trainieren (S)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the starting weight and bias; the run so far is kept in the Runs tab (R)</source>
        <translation>Zurück zu Startgewicht und Start-Bias; der bisherige Lauf bleibt im Reiter „Läufe“ erhalten (R)</translation>
    </message>
    <message>
        <source>Step row</source>
        <translation>Zeilenschritt</translation>
    </message>
    <message>
        <source>Update w and b on the next single row, and show the arithmetic (Shift+S). Needs per-row updates.</source>
        <translation>w und b anhand der nächsten einzelnen Zeile aktualisieren und die Rechnung zeigen (Umschalt+S). Erfordert Aktualisierung pro Zeile.</translation>
    </message>
    <message>
        <source>{done} / 1 epoch</source>
        <translation>{done} / 1 Epoche</translation>
    </message>
    <message>
        <source>{done} / {target} epochs</source>
        <translation>{done} / {target} Epochen</translation>
    </message>
</context>
<context>
    <name>truth_curve</name>
    <message>
        <source>true curve</source>
        <translation>wahre Kurve</translation>
    </message>
    <message>
        <source>The true curve the rows were drawn from: {equation}</source>
        <translation>Die wahre Kurve, aus der die Zeilen gezogen wurden: {equation}</translation>
    </message>
    <message>
        <source>Each label was flipped with chance {noise}, so the labels follow {noise} + {slope}·σ(…): flatter than the true curve. A model fitted to these labels comes near this one.</source>
        <translation>Jedes Label wurde mit Wahrscheinlichkeit {noise} umgedreht, daher folgen die Labels {noise} + {slope}·σ(…): flacher als die wahre Kurve. Ein an diese Labels angepasstes Modell kommt dieser hier nahe.</translation>
    </message>
    <message>
        <source>what the labels follow (noise {noise})</source>
        <translation>dem die Labels folgen (Rauschen {noise})</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <source>Save this run?</source>
        <translation>Diesen Lauf speichern?</translation>
    </message>
    <message>
        <source>This run has work that is not saved (training or data changes). Save it before you {doing}?</source>
        <translation>Dieser Lauf enthält nicht gespeicherte Arbeit (Training oder Datenänderungen). Möchten Sie ihn speichern, bevor Sie {doing}?</translation>
    </message>
</context>
<context>
    <name>video</name>
    <message>
        <source>the file name must end .gif, .mp4 or .webm (the extension picks the format)</source>
        <translation>der Dateiname muss auf .gif, .mp4 oder .webm enden (die Endung bestimmt das Format)</translation>
    </message>
    <message>
        <source>the view must be one of {views}</source>
        <translation>die Ansicht muss eine von {views} sein</translation>
    </message>
    <message>
        <source>the width must be 120 to 4000 pixels, got {n}</source>
        <translation>die Breite muss 120 bis 4000 Pixel betragen, gefunden: {n}</translation>
    </message>
    <message>
        <source>frames per second must be 1 to 60, got {n}</source>
        <translation>die Bilder pro Sekunde müssen 1 bis 60 betragen, gefunden: {n}</translation>
    </message>
    <message>
        <source>the duration must be 0.1 to 600 seconds, got {n}</source>
        <translation>die Dauer muss 0,1 bis 600 Sekunden betragen, gefunden: {n}</translation>
    </message>
    <message>
        <source>the hold must be 0 to 60 seconds, got {n}</source>
        <translation>das Standbild am Ende muss 0 bis 60 Sekunden dauern, gefunden: {n}</translation>
    </message>
</context>
<context>
    <name>view_keys</name>
    <message>
        <source>Tab to the plot, then Menu key or Shift+F10</source>
        <translation>Mit Tab zum Diagramm, dann Menütaste oder Umschalt+F10</translation>
    </message>
    <message>
        <source>the plot&apos;s menu: export or copy it; Show everything</source>
        <translation>das Menü des Diagramms: exportieren oder kopieren; Alles zeigen</translation>
    </message>
    <message>
        <source>Up / Down (Shift: ×10)</source>
        <translation>Auf / Ab (Umschalt: ×10)</translation>
    </message>
    <message>
        <source>move the decision threshold t by 0.01, as dragging it</source>
        <translation>die Entscheidungsschwelle t um 0,01 verschieben, wie durch Ziehen</translation>
    </message>
    <message>
        <source>Data tab: Add row, F2, Delete rows</source>
        <translation>Reiter „Daten“: „Zeile hinzufügen“, F2, „Zeilen löschen“</translation>
    </message>
    <message>
        <source>add, move (change x or the label) or delete a student</source>
        <translation>eine Person hinzufügen, verschieben (x oder das Label ändern) oder löschen</translation>
    </message>
    <message>
        <source>Arrows (Shift: finer)</source>
        <translation>Pfeiltasten (Umschalt: feiner)</translation>
    </message>
    <message>
        <source>move the next run&apos;s start (w, b), as clicking the map; the Train tab&apos;s Start weight and Start bias set it exactly</source>
        <translation>den Start (w, b) des nächsten Laufs verschieben, wie ein Klick in die Karte; „Startgewicht“ und „Start-Bias“ im Reiter „Training“ setzen ihn genau</translation>
    </message>
    <message>
        <source>Arrows, then Enter (while asked for a guess)</source>
        <translation>Pfeiltasten, dann Eingabetaste (wenn nach einem Tipp gefragt wird)</translation>
    </message>
    <message>
        <source>move your guess of where the step lands, and give it</source>
        <translation>den Tipp verschieben, wo der Schritt landet, und abgeben</translation>
    </message>
    <message>
        <source>Left / Right (Shift: 10 epochs)</source>
        <translation>Links / Rechts (Umschalt: 10 Epochen)</translation>
    </message>
    <message>
        <source>travel back or forward an epoch, as clicking the plot</source>
        <translation>eine Epoche zurück oder vor, wie ein Klick ins Diagramm</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Pos1 / Ende</translation>
    </message>
    <message>
        <source>view the first / the last epoch</source>
        <translation>die erste / die letzte Epoche zeigen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>back to live (Run ▸ Back to live)</source>
        <translation>zurück zur Live-Ansicht (Lauf ▸ Zurück zur Live-Ansicht)</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>choose the next or previous weight or bias: its numbers, as clicking it</source>
        <translation>das nächste oder vorige Gewicht oder den Bias wählen: seine Zahlen, wie durch Klicken</translation>
    </message>
    <message>
        <source>Arrows, then F2 or typing</source>
        <translation>Pfeiltasten, dann F2 oder tippen</translation>
    </message>
    <message>
        <source>change a value (Enter keeps it, Esc drops it)</source>
        <translation>einen Wert ändern (Eingabetaste übernimmt, Esc verwirft)</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <source>the next / previous control: the side tabs, every box and button, then the plots; the focused one is framed</source>
        <translation>das nächste / vorige Element: die Reiter der Seitenleiste, jedes Feld und jede Schaltfläche, dann die Diagramme; das Element mit Fokus ist umrahmt</translation>
    </message>
    <message>
        <source>Ctrl+Tab / Ctrl+Shift+Tab</source>
        <translation>Strg+Tab / Strg+Umschalt+Tab</translation>
    </message>
    <message>
        <source>the next / previous tab of the tabs around the focus</source>
        <translation>der nächste / vorige Reiter um das fokussierte Element</translation>
    </message>
    <message>
        <source>Left / Right on a tab</source>
        <translation>Links / Rechts auf einem Reiter</translation>
    </message>
    <message>
        <source>show another tab (Train, Data, Runs; Landscape, Network)</source>
        <translation>einen anderen Reiter zeigen (Training, Daten, Läufe; Landschaft, Netz)</translation>
    </message>
    <message>
        <source>Alt+underlined letter, or Alt or F10 then arrows</source>
        <translation>Alt+unterstrichener Buchstabe, oder Alt oder F10, dann Pfeiltasten</translation>
    </message>
    <message>
        <source>open a menu; a letter or Enter chooses an item</source>
        <translation>ein Menü öffnen; ein Buchstabe oder die Eingabetaste wählt einen Eintrag</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>press the focused button or tick the focused box; elsewhere Train / Pause</source>
        <translation>die fokussierte Schaltfläche drücken oder das Kästchen ankreuzen; sonst Trainieren / Pause</translation>
    </message>
    <message>
        <source>Up / Down, Page Up / Page Down</source>
        <translation>Auf / Ab, Bild auf / Bild ab</translation>
    </message>
    <message>
        <source>change the focused number box, slider or list</source>
        <translation>das fokussierte Zahlenfeld, den Schieberegler oder die Liste ändern</translation>
    </message>
    <message>
        <source>Enter / Esc in a dialog</source>
        <translation>Eingabetaste / Esc in einem Dialog</translation>
    </message>
    <message>
        <source>its default button (OK) / Cancel</source>
        <translation>seine Standardschaltfläche (OK) / Abbrechen</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Mini-batch size</source>
        <translation>Mini-Batch-Größe</translation>
    </message>
    <message>
        <source>Rows per update (2 or more):</source>
        <translation>Zeilen pro Aktualisierung (2 oder mehr):</translation>
    </message>
</context>
<context>
    <name>window_layout</name>
    <message>
        <source>Loss landscape</source>
        <translation>Verlustlandschaft</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>squared error</source>
        <translation>quadratischer Fehler</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>Kreuzentropie</translation>
    </message>
    <message>
        <source>the lesson&apos;s nudge</source>
        <translation>die Regel der Lektion</translation>
    </message>
    <message>
        <source>the exact gradient</source>
        <translation>der exakte Gradient</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} Zeilen</translation>
    </message>
    <message>
        <source>1 epoch</source>
        <translation>1 Epoche</translation>
    </message>
    <message>
        <source>{n} epochs</source>
        <translation>{n} Epochen</translation>
    </message>
</context>
</TS>

from gdviz._launch import run

run()

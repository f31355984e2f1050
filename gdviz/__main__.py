from gdviz.app import run

run()

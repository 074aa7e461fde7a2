"""The MkDocs-only extras of the quiz kit, as one MkDocs plugin (`plugins: [quizkit]`).

Quizzes and practice pages are rendered by the Markdown extension (quizkit.markdown), which any
generator running Python-Markdown runs, Zensical included. What only MkDocs can do lives here:
see plugin.py.
"""

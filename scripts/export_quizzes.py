"""Export the quiz banks:
`python scripts/export_quizzes.py --to gift|qti|anki|csv|all [--out DIR] [QUIZ ...]`.

The command the course documents; the work is quizkit.cli.export's (also `quizkit-export`).
"""

import sys

from quizkit.cli.export import main

if __name__ == "__main__":
    sys.exit(main())

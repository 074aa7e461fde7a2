"""Check quiz files: `python scripts/validate_quizzes.py [PATH ...] [--strict] [--format text|json]`.

The command the course documents; the work is quizkit.cli.validate's (also `quizkit-validate`).
"""

import sys

from quizkit.cli.validate import main

if __name__ == "__main__":
    sys.exit(main())

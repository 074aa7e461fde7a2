"""The quiz kit's commands: `quizkit-validate`, `quizkit-export`, `quizkit-schema` (pyproject's
[project.scripts]); scripts/validate_quizzes.py and scripts/export_quizzes.py call the same mains."""

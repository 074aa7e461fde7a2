"""PLACEHOLDER (the quiz-engine work replaces this): renders quizzes into pages."""

"""Load, check, render and export the course's quiz banks (one package owns each step)."""

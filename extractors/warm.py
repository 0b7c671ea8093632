"""Imported once by the server the worker processes are forked from (workers.PRELOAD): the
general lexicons of every language are built there, before any worker is forked, so that each
worker starts with them instead of building its own (a second of CPU per worker and language)."""
from .text import general_lexicon
from .vocabulary import LANGS

for _lang in LANGS:
    general_lexicon(_lang)

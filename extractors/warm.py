"""Imported once by the server the worker processes are forked from (workers.PRELOAD): the
general lexicons, the legal-reference pipelines of every language and the catalogue of acts
their mentions resolve to are built there, before any worker is forked, so that each worker
starts with them instead of building its own (a second or two of CPU per worker).

What is built here lives as long as the process: it is moved out of the garbage collector's
reach (`gc.freeze`), so that no collection in a worker walks the lexicons again (and a
collection does not touch their pages, which the workers share with this server).

A document's work makes and drops hundreds of thousands of small objects (the card parser's
readings, word tables, matches), nearly all freed by their reference counts; the collector's
youngest generation is walked every 700 of them by default, which cost about 5 % of the text
path. The workers walk it every YOUNGEST_EVERY instead (the few cycles wait a little longer)."""
import gc

from .legal_refs import catalogue, nlp_for
from .text import general_lexicon
from .vocabulary import LANGS

YOUNGEST_EVERY = 50_000

try:
    for _lang in LANGS:
        general_lexicon(_lang)
        nlp_for(_lang)
    catalogue()
    gc.freeze()
    gc.set_threshold(YOUNGEST_EVERY, *gc.get_threshold()[1:])
except KeyboardInterrupt:  # Ctrl-C reached this server too while it warmed up: the run says it, not a traceback here
    raise SystemExit(130) from None

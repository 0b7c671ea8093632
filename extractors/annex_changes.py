"""The changes an amending order prints in its own annex, its paragraph only pointing there.

`1. Внести в приказ … № 40 (зарегистрирован … под № 22600) изменения согласно приложению к
настоящему приказу.`, `1. "…" … № 40 бұйрығына (… № 22600 болып тіркелген) осы бұйрыққа қосымшаға
сәйкес өзгерістер енгізілсін.` (the shapes `changes_in_own_annex`): the act amended is the one that
paragraph names; its instructions stand after the signature, under the annex's caption (`Приложение к
приказу … № 12`, found by `own_annex`) and a heading that names the act again (`Изменения, которые
вносятся в приказ …`). They are the annex's paragraphs from its first numbered one (`1. В Правилах …,
утвержденных указанным приказом:`, or a subpoint `1) …` where it has no points): the heading above
them is no instruction. An annex that numbers none of its paragraphs (`Көрсетілген бұйрықпен бекітілген
… сипаттамаларында:`, then `3-тармақ … жазылсын:` line by line) starts at its first paragraph that
ends in a colon (the context line) or reads as an instruction.

An annex that itself announces changes (`1. В приказ … внести следующие изменения:`, an annex listing
the orders amended) is read where those announcements are, not here.
"""
from __future__ import annotations

from collections.abc import Callable

from . import shapes
from .own_annex import OwnAnnexes
from .paragraphs import NUMBERED, SUBNUMBERED, Para
from .shapes import QUOTE_OPEN


def instructions(intro: Para, lang: str, annexes: OwnAnnexes | None,
                 is_instruction: Callable[[str], bool] = lambda t: False) -> list[Para]:
    """The paragraphs of the order's annex that hold the changes `intro` points to; none where the
    paragraph does not point to an annex, or no such annex is printed after it. `is_instruction`
    tells a paragraph that reads as an instruction (the formulas live in `amendments`)."""
    m = shapes.search(intro.text, lang, "changes_in_own_annex")
    if m is None or annexes is None or not intro.span:
        return []
    paras = annexes.paragraphs(m.group(0), intro.span[1])
    if any(shapes.has(p.text, lang, "changes_intro") for p in paras):
        return []
    first = next((k for k, p in enumerate(paras) if _numbered(p.text.strip())), None)
    if first is None:
        first = next((k for k, p in enumerate(paras) if _opens_unnumbered(p.text.strip(), is_instruction)), None)
    return paras[first:] if first is not None else []


def _opens_unnumbered(text: str, is_instruction: Callable[[str], bool]) -> bool:
    return not text.startswith(tuple(QUOTE_OPEN)) and (text.endswith(":") or is_instruction(text))


def _numbered(text: str) -> bool:
    return bool(NUMBERED.match(text) or SUBNUMBERED.match(text))

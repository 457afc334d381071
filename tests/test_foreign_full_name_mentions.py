"""Rule family "foreign full name" (foreign_names.py): a word of the sentence read onto a name is cut off the mention
("Según Sophie Van den Broeck"), but a short mention whose name is the full name it stands for ("Durante" for a
"Durante Marco Bellini" the rules read as a name elsewhere) is left whole: its text has no such words to cut.
Before, the cut looked for the name's second word in the short mention's text and failed the whole document
(ValueError: substring not found)."""
from __future__ import annotations

from pipeline.extract.foreign_names import restore_full_names
from pipeline.extract.languages import TextLanguages
from pipeline.extract.lexicon import load_lexicon
from pipeline.records import DocumentInfo, DocumentResult, PersonMention


def _result(text: str) -> DocumentResult:
    info = DocumentInfo(doc_id="t", source_path="t.txt", fmt="txt", content_sha256="0", title=None, doc_type="news",
                        published_date=None, published_date_source=None, language="es", n_pages=None, n_chars=len(text),
                        status="ok")
    return DocumentResult(info=info, text=text)


def _restored(text: str, mentions: list[PersonMention], settings) -> list[tuple[str, str, str]]:
    langs = TextLanguages(document="es", blocks=((0, len(text), "es"),), shares=("es",))
    out = restore_full_names(_result(text), tuple(mentions), langs, {}, load_lexicon(settings.data_dir))
    return [(p.text, p.name, p.rule) for p in out.people]


def test_sentence_word_before_a_full_name_is_cut(settings):
    text = "Según Sophie Van den Broeck, el clúster crece."
    p = PersonMention("t", 0, 27, text[0:27], "Según Sophie Van den Broeck", "ner:PERSON")
    assert _restored(text, [p], settings) == [("Sophie Van den Broeck", "Sophie Van den Broeck", "ner:PERSON:full-name")]


def test_short_mention_of_a_longer_name_is_left_whole(settings):
    text = "Según el informe, Sophie Van den Broeck habló. Según dijo, el clúster crece."
    short = PersonMention("t", 47, 52, text[47:52], "Según Sophie Van den Broeck", "ner:PERSON")
    assert short.text == "Según"
    assert _restored(text, [short], settings) == []  # not cut, and "Según" alone has no person's shape


def test_short_mention_whose_text_lacks_the_second_word(settings):
    text = "Durante la fiera di Cosenza il 3 maggio."
    short = PersonMention("t", 0, 7, text[0:7], "Durante Marco Bellini", "ner:PERSON")
    # left whole: the short mention keeps the full name it stands for, as every short mention does
    assert _restored(text, [short], settings) == [("Durante", "Durante Marco Bellini", "ner:PERSON:full-name")]

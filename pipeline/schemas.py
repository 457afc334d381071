"""Every output table's pyarrow schema, with the meaning and an example of each column.

This module is the single source of truth for the table contract: the writer casts to these
schemas, the data dictionary (docs/tables.md) is generated from them and a test checks that the
README documents every table and column listed here.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    description: str
    example: str
    nullable: bool = True


@dataclass(frozen=True)
class Table:
    name: str
    description: str  # what one row is
    primary_key: tuple[str, ...]
    columns: tuple[Column, ...]
    foreign_keys: tuple[tuple[str, str], ...] = ()  # (column, "table.column")

    @property
    def schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, c.type, nullable=c.nullable) for c in self.columns])

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]


STR = pa.string()
DATE = pa.date32()
INT32 = pa.int32()
INT64 = pa.int64()
FLOAT64 = pa.float64()
BOOL = pa.bool_()
STR_LIST = pa.list_(pa.string())
TS = pa.timestamp("us", tz="UTC")

_DOC_ID = Column("doc_id", STR, "Document id: the first 16 hex digits of the SHA-256 of the file's bytes.", "3f9a1c0e2b7d4a51", nullable=False)
_START = Column("start_char", INT64, "Start offset (inclusive) of the evidence in document_texts.text.", "1204", nullable=False)
_END = Column("end_char", INT64, "End offset (exclusive) of the evidence in document_texts.text.", "1218", nullable=False)
_PAGE = Column("page", INT32, "1-based PDF page of the evidence start; null for non-PDF documents.", "2")
_RULE = Column("rule", STR, "The rule or model that produced the row (provenance), e.g. ner:PERSON, pattern:role_apposition.", "pattern:role_apposition", nullable=False)

TABLES: tuple[Table, ...] = (
    Table(
        "documents",
        "One row per input file (processed, partial or failed).",
        ("doc_id",),
        (
            _DOC_ID,
            Column("source_path", STR, "Path of the file relative to the input folder (bytes that are not UTF-8 and control characters written `\\xNN`, a backslash `\\\\`, so the exact bytes can be recovered).", "eocic-newsletter-2-2019.txt", nullable=False),
            Column("title", STR, "Title: PDF metadata, first heading or first line.", "EU Cluster Conference 2019"),
            Column("doc_type", STR, "newsletter | conference_summary | news | other.", "newsletter", nullable=False),
            Column("published_date", DATE, "When the document was published, from a cue in the text or metadata; null if unknown (never the run date).", "2020-12-15"),
            Column("published_date_source", STR, "Which cue gave published_date (e.g. submitted_by_line, email_date_header, html_metadata, pdf_metadata, file_name).", "submitted_by_line"),
            Column("language", STR, "ISO 639-1 code of the text's language (py3langid); und when too short to tell. English-only rules give no facts from text in another language.", "en"),
            Column("n_pages", INT32, "Number of pages for PDFs (from the file, cross-checked); null for other formats.", "12"),
            Column("n_chars", INT64, "Length of the normalised text in characters.", "23388", nullable=False),
            Column("content_sha256", STR, "SHA-256 of the file's bytes.", "3f9a1c0e…", nullable=False),
            Column("status", STR, "ok | partial (some pages or parts lost, see errors) | failed (nothing extracted, see errors).", "ok", nullable=False),
            Column("processed_at", TS, "When the document was last processed (UTC).", "2026-11-21 12:00:00+00:00", nullable=False),
            Column("pipeline_version", STR, "Version of cluster-kb that produced the rows.", "0.1.0", nullable=False),
            Column("format", STR, "Format the file was read as, from its bytes (a PDF named .txt is pdf): pdf | txt | md | html | docx | eml, or doc | zip for a file that could not be read.", "pdf", nullable=False),
            Column("parent_doc_id", STR, "For an e-mail attachment (source_path 'news.eml#report.pdf'): the doc_id of the e-mail it came in; null otherwise.", "9b1e04c2aa7f3d10"),
            Column("sender", STR, "For an e-mail: its From header.", "Cluster Desk <desk@example.org>"),
            Column("author", STR, "For a web page: its author, from the page's metadata or byline (trafilatura).", "Jane Doe"),
            Column("n_pages_ocr", INT32, "PDFs: how many pages' text came from OCR (Tesseract; their facts' rule ends in +ocr); null for other formats.", "0"),
            Column("languages", STR_LIST, "Languages of the document's blocks, most text first (several when it mixes languages; each block of 80+ letters is detected on its own).", "['de', 'en']"),
            Column("processing_seconds", FLOAT64, "How long processing the document took when it was last processed (ingest to extract, wall clock, without loading the spaCy model; it varies from run to run); null when its worker process died or was stopped.", "2.314"),
        ),
    ),
    Table(
        "document_texts",
        "One row per processed document: the normalised text every character offset refers to.",
        ("doc_id",),
        (
            _DOC_ID,
            Column("text", STR, "The normalised document text.", "Welcome to the second edition…", nullable=False),
        ),
        (("doc_id", "documents.doc_id"),),
    ),
    Table(
        "people",
        "One row per real-world person across all documents.",
        ("person_id",),
        (
            Column("person_id", STR, "Stable id derived from the person's canonical key.", "per_5b0c6d3e9a12", nullable=False),
            Column("name", STR, "Canonical full name.", "Ulla Engelmann", nullable=False),
            Column("aliases", STR_LIST, "Other spellings and short forms seen in the documents.", "['Engelmann']", nullable=False),
            Column("n_mentions", INT32, "Number of mentions across all documents.", "3", nullable=False),
            Column("n_documents", INT32, "Number of documents mentioning the person.", "2", nullable=False),
        ),
    ),
    Table(
        "organisations",
        "One row per real-world organisation across all documents.",
        ("org_id",),
        (
            Column("org_id", STR, "Stable id derived from the organisation's canonical key.", "org_0a1b2c3d4e5f", nullable=False),
            Column("name", STR, "Canonical full name.", "Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs", nullable=False),
            Column("acronym", STR, "Acronym, when defined in a text or the gazetteer.", "DG GROW"),
            Column("aliases", STR_LIST, "Other names and spellings seen.", "['DG GROW', 'DirectorateGeneral for Internal Market…']", nullable=False),
            Column("org_type", STR, "eu_institution | directorate_general | agency | network | cluster | ministry | company | university | association | other.", "directorate_general"),
            Column("country", STR, "Country, when known.", "Romania"),
            Column("n_mentions", INT32, "Number of mentions across all documents.", "7", nullable=False),
            Column("n_documents", INT32, "Number of documents mentioning the organisation.", "3", nullable=False),
        ),
    ),
    Table(
        "events",
        "One row per real-world event across all documents.",
        ("event_id",),
        (
            Column("event_id", STR, "Stable id derived from the event's canonical key.", "evt_77aa01b2c3d4", nullable=False),
            Column("name", STR, "Canonical event name.", "European Cluster Conference 2019", nullable=False),
            Column("event_type", STR, "conference | forum | matchmaking | webinar | talk | workshop | award | campaign | other.", "conference", nullable=False),
            Column("start_date", DATE, "First day (or first day of the month/year when less precise).", "2019-05-14"),
            Column("end_date", DATE, "Last day (or last day of the month/year when less precise).", "2019-05-16"),
            Column("date_precision", STR, "day | month | year; null when no date is known.", "day"),
            Column("city", STR, "City where it takes place.", "Bucharest"),
            Column("country", STR, "Country where it takes place.", "Romania"),
            Column("edition", INT32, "Edition number when stated (the 7th edition → 7).", "7"),
            Column("status", STR, "upcoming | ongoing | past relative to the latest dated document mentioning it; null without a date.", "past"),
            Column("n_mentions", INT32, "Number of mentions across all documents.", "4", nullable=False),
            Column("n_documents", INT32, "Number of documents mentioning the event.", "2", nullable=False),
        ),
    ),
    Table(
        "event_organisers",
        "One row per (event, organiser) statement in a document.",
        ("event_id", "org_id", "doc_id"),
        (
            Column("event_id", STR, "The event.", "evt_77aa01b2c3d4", nullable=False),
            Column("org_id", STR, "The organising organisation.", "org_0a1b2c3d4e5f", nullable=False),
            _DOC_ID,
            _START,
            _END,
            _RULE,
        ),
        (("event_id", "events.event_id"), ("org_id", "organisations.org_id"), ("doc_id", "documents.doc_id")),
    ),
    Table(
        "mentions",
        "One row per occurrence of a person, organisation, event or location in a document.",
        ("doc_id", "entity_type", "start_char", "end_char"),
        (
            _DOC_ID,
            Column("entity_type", STR, "person | organisation | event | location.", "person", nullable=False),
            Column("entity_id", STR, "person_id, org_id or event_id; for locations the normalised place name.", "per_5b0c6d3e9a12", nullable=False),
            Column("text", STR, "The mention exactly as in the text (= text[start_char:end_char]).", "Ms. Ulla Engelmann", nullable=False),
            _START,
            _END,
            _PAGE,
            Column("sentence", STR, "The sentence the mention stands in.", "Ms. Ulla Engelmann, Head of Unit …", nullable=False),
            _RULE,
        ),
        (("doc_id", "documents.doc_id"),),
    ),
    Table(
        "roles",
        "One row per statement that a person holds a role (in an organisation).",
        ("doc_id", "person_id", "start_char"),
        (
            _DOC_ID,
            Column("person_id", STR, "The person.", "per_5b0c6d3e9a12", nullable=False),
            Column("role", STR, "The role as stated.", "Head of Unit", nullable=False),
            Column("org_id", STR, "The organisation, when stated.", "org_0a1b2c3d4e5f"),
            _START,
            _END,
            _PAGE,
            Column("as_of", DATE, "Date the statement holds for: the document's published date (null if unknown).", "2019-04-01"),
            _RULE,
        ),
        (("doc_id", "documents.doc_id"), ("person_id", "people.person_id"), ("org_id", "organisations.org_id")),
    ),
    Table(
        "dates",
        "One row per explicit (or resolved relative) date or date range in a document.",
        ("doc_id", "start_char"),
        (
            _DOC_ID,
            Column("text", STR, "The date expression as written.", "14-16 May 2019", nullable=False),
            Column("start_date", DATE, "First day.", "2019-05-14"),
            Column("end_date", DATE, "Last day (equals start_date for a single day).", "2019-05-16"),
            Column("precision", STR, "day | month | year.", "day", nullable=False),
            _START,
            _END,
            _PAGE,
            Column("resolved", BOOL, "True when the year or anchor came from context (year-less or relative date).", "false", nullable=False),
            _RULE,
        ),
        (("doc_id", "documents.doc_id"),),
    ),
    Table(
        "key_messages",
        "One row per key message / conclusion / takeaway point, in document order.",
        ("doc_id", "ordinal"),
        (
            _DOC_ID,
            Column("ordinal", INT32, "1-based position within the document.", "1", nullable=False),
            Column("text", STR, "The point as written (line breaks folded).", "Clusters are integral to the EU's industrial policy…", nullable=False),
            Column("section", STR, "The heading it stands under.", "Key messages", nullable=False),
            _START,
            _END,
            _PAGE,
            Column("event_id", STR, "The event the document reports on, when one is identified.", "evt_77aa01b2c3d4"),
            _RULE,
        ),
        (("doc_id", "documents.doc_id"), ("event_id", "events.event_id")),
    ),
    Table(
        "merges",
        "One row per mention name folded into an entity by cross-document resolution: why two names are one thing.",
        ("entity_type", "entity_id", "merged_name"),
        (
            Column("entity_type", STR, "person | organisation | event.", "organisation", nullable=False),
            Column("entity_id", STR, "The entity the name was merged into.", "org_0a1b2c3d4e5f", nullable=False),
            Column("canonical_name", STR, "The entity's canonical name.", "Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs", nullable=False),
            Column("merged_name", STR, "The name that was merged.", "DG GROW", nullable=False),
            Column("rule", STR, "The merge rule (acronym, gazetteer, same_key, fuzzy_name, surname_in_document, alias_file, …).", "acronym", nullable=False),
            Column("detail", STR, "Evidence for the merge (score, shared dates, defining document).", "defined in doc 3f9a1c0e2b7d4a51"),
        ),
    ),
    Table(
        "entity_redirects",
        "One row per published person, organisation or event id that no longer exists: the id it now stands for, and why.",
        ("entity_type", "old_id"),
        (
            Column("entity_type", STR, "person | organisation | event.", "event", nullable=False),
            Column("old_id", STR, "The retired id, as an earlier run published it.", "evt_1a2b3c4d5e6f", nullable=False),
            Column("new_id", STR, "The id that holds its mentions now (look it up in people, organisations or events); null when every document that named it was deleted.", "evt_77aa01b2c3d4"),
            Column("reason", STR, "merged (its mentions joined another entity) | split (spread over several; new_id holds most) | documents_changed (its documents changed; its names now belong to new_id) | withdrawn (its documents were deleted).", "merged", nullable=False),
            Column("first_published", TS, "When the old id was first published (UTC).", "2026-11-21 12:00:00+00:00", nullable=False),
            Column("retired_at", TS, "When it stopped being an entity's id (UTC).", "2026-11-28 09:30:00+00:00", nullable=False),
        ),
    ),
    Table(
        "errors",
        "One row for every input, page or stage that could not be (fully) processed.",
        ("source_path", "stage", "error_type", "page"),
        (
            Column("source_path", STR, "Path of the file relative to the input folder (bytes that are not UTF-8 and control characters written `\\xNN`, a backslash `\\\\`, so the exact bytes can be recovered).", "broken.pdf", nullable=False),
            Column("doc_id", STR, "Document id when the file could be hashed.", "3f9a1c0e2b7d4a51"),
            Column("stage", STR, "ingest | segment | nlp | extract | normalise | write | run.", "ingest", nullable=False),
            Column("error_type", STR, "Kind of problem: encrypted, corrupt_pdf, truncated_pdf, no_text_layer, page_failed, page_count_mismatch, timeout, empty_file, binary_content, unsupported_extension, unsupported_format (legacy .doc, other ZIP), format_mismatch (a note: the name says another format than the bytes), corrupt_docx, duplicate_content, …", "encrypted", nullable=False),
            Column("message", STR, "Readable explanation and what to do.", "PDF is encrypted: add its password to CLUSTER_KB_PDF_PASSWORDS", nullable=False),
            Column("page", INT32, "1-based page when the problem is one page's.", "4"),
            Column("occurred_at", TS, "When it happened (UTC).", "2026-11-21 12:00:00+00:00", nullable=False),
        ),
    ),
)

TABLES_BY_NAME = {t.name: t for t in TABLES}


def schema_for(name: str) -> pa.Schema:
    return TABLES_BY_NAME[name].schema

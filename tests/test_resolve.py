"""Cross-document resolution: each merge rule, the non-merges, overrides, and one end-to-end run."""
from __future__ import annotations

import datetime as dt
import json

import pyarrow.parquet as pq
import pytest

from pipeline.records import DocumentInfo, DocumentResult, EventMention, OrgMention, PersonMention, RoleMention
from pipeline.resolve import resolve
from pipeline.resolve.events import event_status
from pipeline.resolve.overrides import OverrideFileError, load_overrides


def doc(doc_id, people=(), orgs=(), events=(), roles=(), published=None):
    """A synthetic DocumentResult: people are names, orgs (name, acronym), events (name, attrs)."""
    info = DocumentInfo(doc_id, f"{doc_id}.txt", "txt", doc_id * 4, None, "news", published, None, "en", None, 0, "ok")
    return DocumentResult(
        info, "",
        people=tuple(PersonMention(doc_id, i, i + 1, n, n, "test") for i, n in enumerate(people)),
        organisations=tuple(OrgMention(doc_id, i, i + 1, n, n, "test", acronym=a) for i, (n, a) in enumerate(orgs)),
        events=tuple(EventMention(doc_id, i, i + 1, n, n, kw.pop("event_type", "conference"), "test", **kw)
                     for i, (n, kw) in enumerate((n, dict(kw)) for n, kw in events)),
        roles=tuple(RoleMention(doc_id, i, i + 1, p, p, r, "test", organisation=o) for i, (p, r, o) in enumerate(roles)),
    )


def eid(res, doc_id, etype, name):
    return res.ids[(doc_id, etype, name)]


def merge_rules(res, name):
    return {m["rule"] for m in res.merges if m["merged_name"] == name}


# ---------------------------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("variant", ["Sermuksnyte-Alesiuniene Ona", "Šermukšnytė Alešiūnienė Ona", "ŠERMUKŠNYTĖ-ALEŠIŪNIENĖ Ona",
                                     "Šermukšnytė- Alešiūnienė Ona"])
def test_resolve_people_diacritic_hyphen_and_line_break_variants_merge(variant):
    res = resolve([doc("a", people=["Šermukšnytė-Alešiūnienė Ona"]), doc("b", people=[variant])], data_dir=None)
    assert eid(res, "a", "person", "Šermukšnytė-Alešiūnienė Ona") == eid(res, "b", "person", variant)
    (person,) = res.people.values()
    assert person.name == "Šermukšnytė-Alešiūnienė Ona"  # the spelling with diacritics is the canonical one
    assert merge_rules(res, variant) == {"same_key"}


def test_resolve_people_surname_and_title_mentions_linked_within_document():
    res = resolve([doc("a", people=["Ulla Engelmann", "Engelmann", "U. Engelmann", "Peter Rudge"])], data_dir=None)
    assert eid(res, "a", "person", "Engelmann") == eid(res, "a", "person", "Ulla Engelmann") == eid(res, "a", "person", "U. Engelmann")
    assert eid(res, "a", "person", "Peter Rudge") != eid(res, "a", "person", "Ulla Engelmann")
    assert merge_rules(res, "Engelmann") == {"surname_in_document"}
    assert len(res.people) == 2


def test_resolve_people_compound_surname_alone_links_to_full_name():
    res = resolve([doc("a", people=["Ona Šermukšnytė-Alešiūnienė", "Šermukšnytė-Alešiūnienė"])], data_dir=None)
    assert len(res.people) == 1


def test_resolve_people_sharing_a_surname_stay_apart():
    res = resolve([doc("a", people=["Anna Smith", "John Smith", "Smith"]), doc("b", people=["Anna Smith"])], data_dir=None)
    anna, john, smith = (eid(res, "a", "person", n) for n in ("Anna Smith", "John Smith", "Smith"))
    assert len({anna, john, smith}) == 3  # "Smith" is ambiguous in doc a: linked to neither
    assert eid(res, "b", "person", "Anna Smith") == anna


def test_resolve_people_surname_never_links_across_documents():
    res = resolve([doc("a", people=["Anna Smith"]), doc("b", people=["Smith"]), doc("c", people=["Smith"])], data_dir=None)
    ids = {eid(res, "a", "person", "Anna Smith"), eid(res, "b", "person", "Smith"), eid(res, "c", "person", "Smith")}
    assert len(ids) == 3


def test_resolve_people_from_roles_get_ids_without_counting_as_mentions():
    res = resolve([doc("a", people=["Ulla Engelmann"], roles=[("Ulla Engelmann", "Head of Unit", "DG GROW")])], data_dir=None)
    (person,) = res.people.values()
    assert person.n_mentions == 1
    assert ("a", "organisation", "DG GROW") in res.ids


# ---------------------------------------------------------------------------------------------
# organisations
# ---------------------------------------------------------------------------------------------
DG = "Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"


def test_resolve_orgs_acronym_defined_in_one_document_links_others():
    res = resolve([doc("a", orgs=[(DG, "DG GROW")]), doc("b", orgs=[("DG GROW", None)]), doc("c", orgs=[(DG, None)])], data_dir=None)
    ids = {eid(res, "a", "organisation", DG), eid(res, "b", "organisation", "DG GROW"), eid(res, "c", "organisation", DG)}
    assert len(ids) == 1
    org = res.organisations[ids.pop()]
    assert org.name == DG and org.attrs["acronym"] == "DG GROW" and org.doc_ids == {"a", "b", "c"}
    assert merge_rules(res, "DG GROW") == {"acronym"}


def test_resolve_orgs_acronym_defined_two_ways_is_not_linked_across_documents():
    res = resolve([doc("a", orgs=[("European Court of Auditors", "ECA")]), doc("b", orgs=[("European Cluster Alliance", "ECA")]),
                   doc("c", orgs=[("ECA", None)])], data_dir=None)
    auditors, alliance = eid(res, "a", "organisation", "European Court of Auditors"), eid(res, "b", "organisation", "European Cluster Alliance")
    assert auditors != alliance
    assert eid(res, "c", "organisation", "ECA") not in {auditors, alliance}
    assert eid(res, "a", "organisation", "ECA") == auditors  # inside the defining document it is linked


@pytest.mark.parametrize("variant", ["DirectorateGeneral for Internal Market, Industry, Entrepreneurship and SMEs",
                                     "Directorate General for Internal Market, Industry, Entrepreneurship and SMEs",
                                     "the Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"])
def test_resolve_orgs_hyphen_spacing_and_article_variants_merge(variant):
    res = resolve([doc("a", orgs=[(DG, None)]), doc("b", orgs=[(variant, None)])], data_dir=None)
    assert len(res.organisations) == 1
    assert next(iter(res.organisations.values())).name == DG
    assert merge_rules(res, variant) == {"same_key"}


def test_resolve_orgs_fuzzy_spelling_variant_merges_but_different_countries_do_not():
    res = resolve([doc("a", orgs=[("European Cluster Collaboration Platform", None), ("Ministry of Economy of Romania", None)]),
                   doc("b", orgs=[("European Cluster Colaboration Platform", None), ("Ministry of Economy of Bulgaria", None)])],
                  data_dir=None)
    assert eid(res, "a", "organisation", "European Cluster Collaboration Platform") == eid(res, "b", "organisation", "European Cluster Colaboration Platform")
    assert merge_rules(res, "European Cluster Colaboration Platform") | merge_rules(res, "European Cluster Collaboration Platform") == {"fuzzy_name"}
    assert eid(res, "a", "organisation", "Ministry of Economy of Romania") != eid(res, "b", "organisation", "Ministry of Economy of Bulgaria")


def test_resolve_orgs_gazetteer_links_the_commission_and_acronym(tmp_path):
    (tmp_path / "organisations.jsonl").write_text(json.dumps(
        {"name": "European Commission", "acronym": "EC", "aliases": ["the Commission"], "org_type": "eu_institution", "country": None}) + "\n")
    res = resolve([doc("a", orgs=[("the Commission", None)]), doc("b", orgs=[("EC", None)]), doc("c", orgs=[("European Commission", None)])],
                  data_dir=tmp_path)
    assert len(res.organisations) == 1
    org = next(iter(res.organisations.values()))
    assert (org.name, org.attrs["acronym"], org.attrs["org_type"]) == ("European Commission", "EC", "eu_institution")
    assert merge_rules(res, "the Commission") == {"gazetteer"}


def test_resolve_orgs_one_word_name_links_to_the_only_matching_name_in_document():
    res = resolve([doc("a", orgs=[("European Observatory for Clusters and Industrial Change", None), ("the Observatory", None)]),
                   doc("b", orgs=[("European Cluster Observatory", None), ("Observatory for Cluster Policy", None), ("the Observatory", None)])],
                  data_dir=None)
    assert eid(res, "a", "organisation", "the Observatory") != eid(res, "a", "organisation", "European Observatory for Clusters and Industrial Change")
    # "European Observatory for …" neither starts nor ends with the word; in b two names use it.
    assert eid(res, "b", "organisation", "the Observatory") not in {eid(res, "b", "organisation", "European Cluster Observatory"),
                                                                   eid(res, "b", "organisation", "Observatory for Cluster Policy")}
    res2 = resolve([doc("a", orgs=[("European Cluster Observatory", None), ("the Observatory", None)])], data_dir=None)
    assert len(res2.organisations) == 1 and merge_rules(res2, "the Observatory") == {"head_noun_in_document"}


# ---------------------------------------------------------------------------------------------
# events
# ---------------------------------------------------------------------------------------------
ECC_2019 = {"start_date": dt.date(2019, 5, 14), "end_date": dt.date(2019, 5, 16), "date_precision": "day", "city": "Bucharest"}


def test_resolve_events_same_conference_announced_and_reported_is_one_event():
    res = resolve([
        doc("blog", events=[("EU Cluster Conference 2019", {"city": "Bucharest"}), ("the 2019 EU Cluster Conference", {})]),
        doc("news", events=[("European Cluster Conference", ECC_2019), ("European Cluster Conference 2019", {})], published=dt.date(2019, 4, 1)),
    ])  # the project's data folder: token_synonyms.csv says EU = European
    ids = {res.ids[k] for k in res.ids if k[1] == "event"}
    assert len(ids) == 1
    event = res.events[ids.pop()]
    assert event.doc_ids == {"blog", "news"}
    assert (event.attrs["start_date"], event.attrs["end_date"], event.attrs["city"]) == (dt.date(2019, 5, 14), dt.date(2019, 5, 16), "Bucharest")
    assert event.attrs["status"] == "upcoming"  # seen from the newsletter of April 2019
    assert merge_rules(res, "European Cluster Conference") == {"same_edition"}


def test_resolve_events_token_synonyms_from_data_file(tmp_path):
    (tmp_path / "token_synonyms.csv").write_text("token,replacement\neu,european\n")
    res = resolve([doc("a", events=[("EU Cluster Conference 2019", {})]), doc("b", events=[("European Cluster Conference 2019", {})])],
                  data_dir=tmp_path)
    assert len(res.events) == 1
    res_without = resolve([doc("a", events=[("EU Cluster Conference 2019", {})]), doc("b", events=[("European Cluster Conference 2019", {})])],
                          data_dir=None)
    assert len(res_without.events) == 2


def test_resolve_events_editions_of_different_years_stay_apart():
    res = resolve([doc("a", events=[("European Cluster Conference 2016", {}), ("European Cluster Conference", ECC_2019)]),
                   doc("b", events=[("European Cluster Conference 2020", {"start_date": dt.date(2020, 11, 10), "end_date": dt.date(2020, 11, 11),
                                                                          "date_precision": "day"})])], data_dir=None)
    assert len(res.events) == 3
    assert {e.attrs["start_date"].year for e in res.events.values()} == {2016, 2019, 2020}


def test_resolve_events_different_edition_numbers_stay_apart():
    res = resolve([doc("a", events=[("the sixth edition of the European Cluster Conference", {}), ("7th European Cluster Conference", {})]),
                   doc("b", events=[("European Cluster Conference", {"edition": 7})])], data_dir=None)
    sixth, seventh = eid(res, "a", "event", "the sixth edition of the European Cluster Conference"), eid(res, "a", "event", "7th European Cluster Conference")
    assert sixth != seventh
    assert res.events[sixth].attrs["edition"] == 6 and res.events[seventh].attrs["edition"] == 7


def test_resolve_events_edition_number_joins_the_dated_edition():
    res = resolve([doc("a", events=[("European Cluster Conference 2020", {"edition": 7})]),
                   doc("b", events=[("the 7th edition of the European Cluster Conference", {})])], data_dir=None)
    assert len(res.events) == 1
    assert merge_rules(res, "the 7th edition of the European Cluster Conference") == {"edition_number"}


def test_resolve_events_same_year_different_cities_or_dates_stay_apart():
    res = resolve([doc("a", events=[("Cluster Matchmaking Event 2019", {"city": "Vienna"})]),
                   doc("b", events=[("Cluster Matchmaking Event 2019", {"city": "Lisbon"})]),
                   doc("c", events=[("Cluster Webinar", {"start_date": dt.date(2019, 3, 3), "date_precision": "day"})]),
                   doc("d", events=[("Cluster Webinar", {"start_date": dt.date(2019, 6, 10), "date_precision": "day"})])], data_dir=None)
    assert eid(res, "a", "event", "Cluster Matchmaking Event 2019") != eid(res, "b", "event", "Cluster Matchmaking Event 2019")
    assert eid(res, "c", "event", "Cluster Webinar") != eid(res, "d", "event", "Cluster Webinar")


def test_resolve_events_undated_mention_joins_the_dated_one_of_its_document():
    res = resolve([doc("a", events=[("European Cluster Conference", ECC_2019), ("the European Cluster Conference", {})]),
                   doc("b", events=[("European Cluster Conference 2016", {}), ("European Cluster Conference 2019", {}),
                                    ("the European Cluster Conference", {})])], data_dir=None)
    assert eid(res, "a", "event", "the European Cluster Conference") == eid(res, "a", "event", "European Cluster Conference")
    assert merge_rules(res, "the European Cluster Conference") >= {"in_document"}
    # Two dated editions in b: the undated mention is not guessed into either.
    assert eid(res, "b", "event", "the European Cluster Conference") not in {
        eid(res, "b", "event", "European Cluster Conference 2016"), eid(res, "b", "event", "European Cluster Conference 2019")}


@pytest.mark.parametrize("start,end,docs,precision,expected", [
    (dt.date(2019, 5, 14), dt.date(2019, 5, 16), [dt.date(2019, 4, 1)], "day", "upcoming"),
    (dt.date(2019, 5, 14), dt.date(2019, 5, 16), [dt.date(2019, 4, 1), dt.date(2019, 5, 20)], "day", "past"),
    (dt.date(2019, 5, 14), dt.date(2019, 5, 16), [dt.date(2019, 5, 15)], "day", "ongoing"),
    (dt.date(2019, 5, 14), dt.date(2019, 5, 16), [None], "day", None),
    (None, None, [dt.date(2019, 5, 15)], None, None),
    (dt.date(2019, 1, 1), dt.date(2019, 12, 31), [dt.date(2019, 5, 15)], "year", None),
    (dt.date(2019, 1, 1), dt.date(2019, 12, 31), [dt.date(2020, 1, 2)], "year", "past"),
])
def test_resolve_event_status_relative_to_latest_dated_document(start, end, docs, precision, expected):
    assert event_status(start, end, docs, precision) == expected


# ---------------------------------------------------------------------------------------------
# overrides and contract
# ---------------------------------------------------------------------------------------------
def test_resolve_alias_file_forces_merge_and_do_not_merge_file_prevents_one(tmp_path):
    (tmp_path / "aliases.csv").write_text("# analyst overrides\nentity_type,name,canonical_name\n"
                                          "organisation,Cluster Platform,European Cluster Collaboration Platform\n")
    (tmp_path / "do_not_merge.csv").write_text("entity_type,name_a,name_b\nperson,Anna Smith,Anna Smyth\n"
                                               "organisation,Directorate-General for Industry,DG Industry\n")
    docs = [doc("a", people=["Anna Smith"], orgs=[("Cluster Platform", None), ("Directorate-General for Industry", "DG Industry")]),
            doc("b", people=["Anna Smyth"], orgs=[("European Cluster Collaboration Platform", None), ("DG Industry", None)])]
    res = resolve(docs, data_dir=tmp_path)
    assert eid(res, "a", "organisation", "Cluster Platform") == eid(res, "b", "organisation", "European Cluster Collaboration Platform")
    assert merge_rules(res, "Cluster Platform") == {"alias_file"}
    assert eid(res, "a", "organisation", "Directorate-General for Industry") != eid(res, "b", "organisation", "DG Industry")
    assert eid(res, "a", "person", "Anna Smith") != eid(res, "b", "person", "Anna Smyth")


def test_resolve_override_file_with_bad_row_is_reported(tmp_path):
    (tmp_path / "aliases.csv").write_text("entity_type,name,canonical_name\nplace,Brussels,Bruxelles\n")
    with pytest.raises(OverrideFileError, match="aliases.csv row 2"):
        load_overrides(tmp_path)


def test_resolve_every_mention_name_maps_to_an_id_and_merges_point_at_entities():
    docs = [doc("a", people=["Ulla Engelmann", "Engelmann"], orgs=[(DG, "DG GROW"), ("DG GROW", None)],
                events=[("EU Cluster Conference 2019", {"organisers": ("DG GROW", "Romanian Cluster Association")})],
                roles=[("Ulla Engelmann", "Head of Unit", "DG GROW")]),
            doc("b", people=["Ulla Engelmann"], orgs=[("DG GROW", None)])]
    res = resolve(docs, data_dir=None)
    for r in docs:
        d = r.info.doc_id
        names = [("person", p.name) for p in r.people] + [("organisation", o.name) for o in r.organisations]
        names += [("event", e.name) for e in r.events] + [("organisation", o) for e in r.events for o in e.organisers]
        names += [("person", x.person) for x in r.roles] + [("organisation", x.organisation) for x in r.roles]
        for etype, name in names:
            assert (d, etype, name) in res.ids
    entities = {**res.people, **res.organisations, **res.events}
    for m in res.merges:
        assert entities[m["entity_id"]].name == m["canonical_name"] and m["merged_name"] in entities[m["entity_id"]].aliases


# ---------------------------------------------------------------------------------------------
# end to end (the samples)
# ---------------------------------------------------------------------------------------------
def _table(out, name):
    return pq.read_table(out / f"{name}.parquet").to_pandas()


def test_resolve_sample_run_dg_grow_and_its_full_name_are_one_organisation(sample_run):
    _, out = sample_run
    mentions, orgs = _table(out, "mentions"), _table(out, "organisations")
    org_mentions = mentions[mentions.entity_type == "organisation"]
    dg = org_mentions[org_mentions.text.str.contains("DG GROW") | org_mentions.text.str.replace(r"\s+", " ", regex=True)
                      .str.contains("Internal Market, Industry, Entrepreneurship", regex=False)]
    assert len(dg) >= 2 and dg.doc_id.nunique() >= 2
    assert dg.entity_id.nunique() == 1
    row = orgs[orgs.org_id == dg.entity_id.iloc[0]].iloc[0]
    assert row.acronym == "DG GROW" and "Directorate-General" in row["name"]


def test_resolve_sample_run_2019_conference_is_one_event_across_blog_and_newsletter(sample_run):
    _, out = sample_run
    docs, mentions, events = _table(out, "documents"), _table(out, "mentions"), _table(out, "events")
    doc_of = dict(zip(docs.source_path, docs.doc_id))
    ev = mentions[mentions.entity_type == "event"].merge(events, left_on="entity_id", right_on="event_id")
    conf = ev[ev["name"].str.contains("Cluster Conference") & (ev.start_date.astype(str).str[:4] == "2019")]
    in_blog = set(conf[conf.doc_id == doc_of["eu-cluster-conference-2019-blog.txt"]].entity_id)
    in_newsletter = set(conf[conf.doc_id == doc_of["eocic-newsletter-2-2019.txt"]].entity_id)
    assert in_blog & in_newsletter


def test_resolve_sample_run_merges_table_explains_every_alias(sample_run):
    _, out = sample_run
    merges, orgs = _table(out, "merges"), _table(out, "organisations")
    assert not merges.empty
    assert set(merges.rule) <= {"alias_file", "gazetteer", "same_key", "acronym", "head_noun_in_document", "fuzzy_name",
                                "surname_in_document", "same_edition", "edition_number", "in_document"}
    assert set(merges[merges.entity_type == "organisation"].entity_id) <= set(orgs.org_id)


def test_resolve_next_run_honours_the_aliases_file(tmp_path, root):
    import shutil

    from pipeline.config import load_settings
    from pipeline.run import run

    data = tmp_path / "data"
    shutil.copytree(root / "pipeline" / "data", data)
    with (data / "aliases.csv").open("a", encoding="utf-8") as fh:
        fh.write("organisation,UK Government,Government of the United Kingdom\n")
    corpus = tmp_path / "docs"
    corpus.mkdir()
    shutil.copy(root / "raw_docs" / "eu-cluster-conference-2019-blog.txt", corpus)
    out = tmp_path / "out"
    run(load_settings({"input_dir": corpus, "output_dir": out, "progress": False, "data_dir": data}, environ={}))
    orgs = _table(out, "organisations")
    row = orgs[orgs["name"] == "Government of the United Kingdom"]
    assert len(row) == 1 and "UK Government" in list(row.aliases.iloc[0])
    merges = _table(out, "merges")
    assert set(merges[merges.merged_name == "UK Government"].rule) == {"alias_file"}


def test_resolve_orgs_local_acronym_definition_beats_the_gazetteer(tmp_path):
    (tmp_path / "organisations.jsonl").write_text(json.dumps(
        {"name": "European Commission", "acronym": "EC", "aliases": [], "org_type": "eu_institution", "country": None}) + "\n")
    res = resolve([doc("a", orgs=[("Executive Committee", "EC"), ("EC", None)]), doc("b", orgs=[("EC", None), ("European Commission", None)])],
                  data_dir=tmp_path)
    assert eid(res, "a", "organisation", "EC") == eid(res, "a", "organisation", "Executive Committee")
    assert eid(res, "b", "organisation", "EC") == eid(res, "b", "organisation", "European Commission")
    assert eid(res, "a", "organisation", "EC") != eid(res, "b", "organisation", "EC")


@pytest.mark.parametrize("a,b,merged", [
    ("Office of Democracy Initiatives and Human Resources", "Office of Democratic Initiatives and Human Resources", True),
    ("Agency for Social Information", "Agency of Social Information", True),
    ("Civil Society Group A-10", "Civil Society Group B-10", False),
    ("Alabama CDH Tennessee Valley Authority", "Alabama SDUR Tennessee Valley Authority", False),
])
def test_resolve_orgs_fuzzy_only_for_word_variants_not_codes(a, b, merged):
    res = resolve([doc("a", orgs=[(a, None)]), doc("b", orgs=[(b, None)])], data_dir=None)
    assert (eid(res, "a", "organisation", a) == eid(res, "b", "organisation", b)) is merged


def test_resolve_orgs_one_word_name_is_not_linked_to_a_name_it_only_starts():
    res = resolve([doc("a", orgs=[("Google", None), ("Google DeepDream", None)])], data_dir=None)
    assert len(res.organisations) == 2


def _forum_docs(seed: int, n_docs: int = 40) -> list:
    """Mentions of one event and year that disagree on the day, the city and the edition."""
    import random

    rng = random.Random(seed)
    days = [dt.date(2025, 4, d) for d in (7, 8, 9)]
    docs = []
    for n in range(n_docs):
        mentions = []
        for j in range(rng.randint(1, 3)):
            kind = rng.random()
            day = rng.choice(days)
            attrs = {"city": rng.choice([None, "Tallinn", "Tartu"]), "edition": rng.choice([None, None, 4, 5])}
            if kind < 0.5:
                attrs.update(start_date=day, end_date=day, date_precision="day")
            elif kind < 0.6:
                attrs.update(start_date=dt.date(2025, 4, 1), end_date=dt.date(2025, 4, 30), date_precision="month")
            mentions.append((rng.choice(["Amber Coast Robotics Forum 2025", "the Amber Coast Robotics Forum 2025",
                                         "Amber Coast Robotics Forums 2025"]) + " " * j, attrs))
        docs.append(doc(f"d{n:03d}", events=mentions))
    return docs


def _event_partition(res, rename=lambda d: d) -> set[frozenset]:
    by_id: dict[str, set] = {}
    for (doc_id, etype, name), i in res.ids.items():
        if etype == "event":
            by_id.setdefault(i, set()).add((rename(doc_id), name))
    return {frozenset(v) for v in by_id.values()}


@pytest.mark.parametrize("seed", range(6))
def test_resolve_events_editions_do_not_depend_on_the_order_of_documents(seed):
    """The same mentions under other document ids (so sorted in another order) make the same editions."""
    import random

    docs = _forum_docs(seed)
    assert len(resolve(docs).events) > 3  # the mentions do disagree
    names = [d.info.doc_id for d in docs]
    shuffled = names[:]
    random.Random(seed).shuffle(shuffled)
    new_of = dict(zip(names, (f"x{s}" for s in shuffled)))
    renamed = [doc(new_of[d.info.doc_id], events=[(e.name, {k: v for k, v in (("city", e.city), ("edition", e.edition),
               ("start_date", e.start_date), ("end_date", e.end_date), ("date_precision", e.date_precision)) if v})
               for e in d.events]) for d in docs]
    old_of = {v: k for k, v in new_of.items()}
    assert _event_partition(resolve(renamed), old_of.get) == _event_partition(resolve(docs))


def test_resolve_events_one_conflicting_mention_changes_only_its_own_edition():
    """Two editions of a trade fair in one year (two days, two cities), mentions with the month or the
    year only (which fit both, so stand apart) and one with the year and a city (which fits one); then
    one document dates the fair to a third day: it founds its own edition, every earlier mention keeps
    its entity and every earlier entity its attributes, whichever document id the new one has."""
    def day(d: int) -> dict:
        return {"start_date": dt.date(2024, 9, d), "end_date": dt.date(2024, 9, d), "date_precision": "day"}
    month = {"start_date": dt.date(2024, 9, 1), "end_date": dt.date(2024, 9, 30), "date_precision": "month"}
    name = "Lakeside Boatbuilders Fair 2024"
    docs = [doc("m1", events=[(name, {**day(17), "city": "Lugano"})]),
            doc("m2", events=[(name, day(17)), ("the Fair", {})]),
            doc("m3", events=[(name, month)]),
            doc("m4", events=[(f"the {name}", {})]),
            doc("m5", events=[(name, {**day(17), "city": "Lugano"})]),
            doc("m6", events=[(name, {**day(3), "city": "Como"})]),
            doc("m7", events=[(name, {"city": "Como"})])]
    before = resolve(docs)
    assert eid(before, "m1", "event", name) == eid(before, "m2", "event", name) == eid(before, "m5", "event", name)
    assert eid(before, "m6", "event", name) == eid(before, "m7", "event", name) != eid(before, "m1", "event", name)
    assert len({eid(before, d, "event", name) for d in ("m1", "m3", "m6")} | {eid(before, "m4", "event", f"the {name}")}) == 4
    for new_id in ("a0", "m3b", "z9"):
        after = resolve(docs + [doc(new_id, events=[(name, {**day(24), "city": "Lugano"})])])
        assert {k: i for k, i in after.ids.items() if k[0] != new_id} == before.ids
        new = after.ids[(new_id, "event", name)]
        assert new not in before.events and after.events[new].doc_ids == {new_id}
        assert {i: e.attrs for i, e in after.events.items() if i != new} == {i: e.attrs for i, e in before.events.items()}


def test_resolve_events_a_partly_dated_mention_joins_only_the_one_edition_it_fits():
    """A mention with the month only joins the one edition dated in that month, and stands apart when
    two editions of that year fit it (it cannot tell which)."""
    def day(m: int, d: int) -> dict:
        return {"start_date": dt.date(2023, m, d), "end_date": dt.date(2023, m, d), "date_precision": "day"}
    may = {"start_date": dt.date(2023, 5, 1), "end_date": dt.date(2023, 5, 31), "date_precision": "month"}
    name = "Upland Cheesemakers Congress 2023"
    docs = [doc("a", events=[(name, day(5, 9))]), doc("b", events=[(name, day(10, 2))]), doc("c", events=[(name, may)])]
    res = resolve(docs)
    assert eid(res, "c", "event", name) == eid(res, "a", "event", name) != eid(res, "b", "event", name)
    res = resolve(docs + [doc("d", events=[(name, day(5, 23))])])
    assert len({eid(res, d, "event", name) for d in "abcd"}) == 4

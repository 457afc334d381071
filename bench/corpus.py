"""A scaled corpus generated from the sample documents: every variant has its own content hash and its own entities.

Each document is a sample from ``raw_docs/`` with other years and months, its cities swapped for
others (the pipeline's own city list), its body paragraphs shuffled, an edition line, and a
"Cluster news" section of 3–6 short items written here, each naming people, their roles,
organisations, events, places and dates drawn from large pools. Draws follow a Zipf law (a few
names recur across many documents, most are rare), so the number of distinct entities grows with
the corpus as in a real archive and entity resolution sees realistic numbers. About one document
in ten is rendered as PDF with reportlab, half of those in two columns, so PDF ingest (and its
column handling) is part of what is measured.

``python -m bench.corpus --docs 5000 --out DIR`` writes a corpus and prints its distinct-entity counts.
"""
from __future__ import annotations

import argparse
import csv
import itertools
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
_YEAR = re.compile(r"\b(20[0-3]\d)\b")
_MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")
_DATA = Path(__file__).resolve().parents[1] / "pipeline" / "data"

FIRST_NAMES = """Anna Maria Katarzyna Sofia Elena Ingrid Laura Marta Ioana Petra Eva Lucia Hanna Julia Clara Agnieszka
Mette Sanna Ilse Chiara Beatriz Zuzana Kristina Daria Noemi Aino Liisa Greta Irena Vesna Tamara Helena Silvia Nora Olga
Jan Peter Tomas Lukas Marco Pierre Jonas Mikkel Andrei Pavel Stefan Matteo Jakub Nikos Dimitri Henrik Oskar Tiago Luis
Karel Bogdan Emil Felix Aleksander Viktor Anders Paolo Rui Kalle Janis Marek Ondrej Goran Milan Istvan Florin Hugo Ivo
Sven Tobias""".split()
LAST_NAMES = """Nowak Kowalski Jensen Hansen Novak Horvat Popescu Ionescu Rossi Bianchi Martin Bernard Dubois Schmidt Weber
Fischer Wagner Becker Hoffmann Virtanen Korhonen Nieminen Johansson Lindqvist Andersson Petersen Larsen Kovacs Nagy
Szabo Papadopoulos Georgiou Silva Santos Ferreira Garcia Fernandez Lopez Moreau Laurent Janssens Peeters De Vries
Van Dijk Bakker Murphy Kelly Walsh Novotny Dvorak Svoboda Kazlauskas Berzins Tamm Kask Zajac Wojcik Marinescu Dimitrov
Petrov Ivanova Kolar Zupan Krajnc Vella Borg Camilleri Schneider Keller Huber Gruber Bauer Lehmann Costa Romano Greco
Colombo Esposito Ricci Marino Lindberg Berg Holm Eriksen Nilsen Sorensen Lund Molnar Toth Farkas Balogh Varga""".split()
SECTORS = """Automotive Aerospace Textile Agri-Food Photonics Maritime Battery Hydrogen Medtech Biotech Packaging Mechatronics
Logistics Tourism Space Wood Furniture Ceramics Plastics Steel Chemicals Microelectronics Robotics Cybersecurity
Fintech Gaming Fashion Wine Dairy Forestry Water Energy Construction Rail Drone Quantum Semiconductor Creative Cosmetics
Nutrition""".split()
ORG_FORMS = ["{city} {sector} Cluster", "{sector} Cluster {country}", "{country} {sector} Association",
             "Institute for {sector} Research {city}", "{city} {sector} Innovation Hub", "{sector} Alliance {city}",
             "{last} {sector} Technologies", "{city} Chamber of Commerce", "University of {city}",
             "{sector} Competence Centre {country}", "{city} Regional Development Agency"]
EVENT_FORMS = ["{sector} Cluster Forum {year}", "{city} {sector} Matchmaking Days", "European {sector} Summit {year}",
               "{sector} Innovation Week {year}", "{country} Cluster Days {year}", "{city} {sector} Conference {year}",
               "{sector} Investors Day {city}"]
ROLES = ["Director", "Managing Director", "Cluster Manager", "President", "Chair", "Project Manager", "Policy Officer",
         "Head of Unit", "Chief Executive Officer", "Programme Manager", "Senior Expert", "Professor", "Founder",
         "Vice-President", "Mayor", "Minister"]
# What the news items say (our own sentences, not taken from any document).
NEWS = [
    "{p1}, {r1} of the {o1}, opened the {e1} in {city1} on {date1}. More than {n1} participants from {n2} "
    "countries took part.",
    "The {o1} and the {o2} signed a cooperation agreement in {city1} on {date1}. {p1}, {r1} of the {o1}, said the "
    "partnership would help small firms reach new markets.",
    "{p1} was appointed {r1} of the {o1} in {month1} {year1}, succeeding {p2}, who led the organisation for "
    "{n3} years.",
    "Registration is open for the {e1}, which takes place in {city1}, {country1}, on {date1}. The programme includes "
    "site visits and a pitching session.",
    "On {date1}, the {o1} hosted a delegation from {country1} led by {p1}, {r1} of the {o2}.",
    "\u201cOur members need skilled workers more than subsidies\u201d, said {p1}, {r1} at the {o1}, during the {e1}.",
    "The {o1} launched a call for {sector_l} start-ups on {date1}; the deadline is {date2}. Questions can be sent "
    "to {p1}, {r1}.",
    "{p1} ({o1}) and {p2} ({o2}) presented the results of a joint study on {sector_l} supply chains in {city1}.",
]


def _names(path: Path, column: str) -> list[str]:
    with path.open(encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return [r[column].strip() for r in rows if r.get(column, "").strip()]


@dataclass
class Pools:
    """Every name the generator may use, in a fixed order per seed; ``draw`` picks by a Zipf law over that order."""

    people: list[str]
    organisations: list[str]
    events: list[str]
    cities: list[str]
    countries: list[str]
    _cum: dict[int, list[float]] = field(default_factory=dict)

    @classmethod
    def build(cls, seed: int) -> "Pools":
        rng = random.Random(seed)
        cities = _names(_DATA / "cities.csv", "city")
        countries = _names(_DATA / "countries.csv", "country")
        people = [f"{a} {b}" for a, b in itertools.product(FIRST_NAMES, LAST_NAMES)]
        orgs = sorted({form.format(city=c, sector=s, country=k, last=last)
                       for form in ORG_FORMS for c, s, k, last in
                       zip(rng.choices(cities, k=800), rng.choices(SECTORS, k=800), rng.choices(countries, k=800),
                           rng.choices(LAST_NAMES, k=800))})
        events = sorted({form.format(city=c, sector=s, country=k, year=y)
                         for form in EVENT_FORMS for c, s, k, y in
                         zip(rng.choices(cities, k=500), rng.choices(SECTORS, k=500), rng.choices(countries, k=500),
                             rng.choices(range(2016, 2031), k=500))})
        for pool in (people, orgs, events, cities, countries):
            rng.shuffle(pool)
        return cls(people, orgs, events, cities, countries)

    def draw(self, rng: random.Random, pool: list[str], s: float = 1.0) -> str:
        cum = self._cum.get(len(pool))
        if cum is None:
            cum = list(itertools.accumulate(1 / (rank + 1) ** s for rank in range(len(pool))))
            self._cum[len(pool)] = cum
        return rng.choices(pool, cum_weights=cum)[0]


@dataclass
class Drawn:
    """The distinct entities a corpus's news items and city swaps put in."""

    people: set[str] = field(default_factory=set)
    organisations: set[str] = field(default_factory=set)
    events: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)

    def counts(self) -> dict[str, int]:
        return {k: len(v) for k, v in vars(self).items()}


def _samples(raw_docs: Path) -> list[Path]:
    return sorted(p for p in raw_docs.iterdir() if p.suffix in (".txt", ".md") and p.name != "README.md")


def _acronym(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][\w-]*", name) if w not in ("Of", "For"))


def _news_item(rng: random.Random, pools: Pools, drawn: Drawn) -> str:
    year = rng.randrange(2016, 2031)
    month = rng.choice(MONTHS)
    dates = [f"{rng.randrange(1, 29)} {rng.choice(MONTHS)} {year}" for _ in range(2)]
    people = [pools.draw(rng, pools.people, 0.8) for _ in range(2)]
    orgs = [pools.draw(rng, pools.organisations, 0.9) for _ in range(2)]
    event = pools.draw(rng, pools.events, 0.9)
    city, country = pools.draw(rng, pools.cities), pools.draw(rng, pools.countries)
    template = rng.choice(NEWS)
    slots = {"p1": people[0], "p2": people[1], "o1": orgs[0], "o2": orgs[1], "e1": event, "city1": city,
             "country1": country, "date1": dates[0], "date2": dates[1], "month1": month, "year1": year,
             "r1": rng.choice(ROLES), "n1": rng.randrange(40, 900), "n2": rng.randrange(3, 30), "n3": rng.randrange(2, 15),
             "sector_l": rng.choice(SECTORS).lower()}
    if rng.random() < 0.3:  # organisations are often introduced with their acronym
        slots["o1"] = f"{orgs[0]} ({_acronym(orgs[0])})"
    used = set(re.findall(r"\{(\w+)\}", template))
    drawn.people.update(v for k, v in (("p1", people[0]), ("p2", people[1])) if k in used)
    drawn.organisations.update(v for k, v in (("o1", orgs[0]), ("o2", orgs[1])) if k in used)
    drawn.events.update([event] if "e1" in used else [])
    drawn.places.update(v for k, v in (("city1", city), ("country1", country)) if k in used)
    drawn.dates.update(v for k, v in (("date1", dates[0]), ("date2", dates[1])) if k in used)
    return template.format(**slots)


def vary(text: str, rng: random.Random, index: int, pools: Pools | None = None, drawn: Drawn | None = None) -> str:
    """One variant of a document: other years, months and cities, body paragraphs shuffled, news items, an edition line."""
    shift = rng.choice([-3, -2, -1, 1, 2, 3])
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    rot = rng.randrange(1, 12)
    text = _MONTH.sub(lambda m: MONTHS[(MONTHS.index(m.group(1)) + rot) % 12], text)
    if pools is not None:
        swap: dict[str, str] = {}
        present = [c for c in pools.cities if c in text and re.search(rf"\b{re.escape(c)}\b", text)]
        for city in present:
            swap[city] = pools.draw(rng, pools.cities)
        if swap:
            pattern = re.compile(r"\b(" + "|".join(re.escape(c) for c in sorted(swap, key=len, reverse=True)) + r")\b")
            text = pattern.sub(lambda m: swap[m.group(1)], text)
            if drawn is not None:
                drawn.places.update(swap.values())
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    head, body = paragraphs[:2], paragraphs[2:]
    rng.shuffle(body)
    if pools is not None:  # one block, at a random place among the body paragraphs
        at = rng.randrange(len(body) + 1)
        body[at:at] = ["Cluster news"] + [_news_item(rng, pools, drawn or Drawn()) for _ in range(rng.randrange(3, 7))]
    return "\n\n".join(head + body) + f"\n\nEdition {index} of this bulletin was compiled for the benchmark corpus.\n"


def write_pdf(text: str, path: Path, two_columns: bool) -> None:
    """Render the text as a PDF: short lines as headings, the rest as paragraphs; one or two columns."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    styles = getSampleStyleSheet()
    width, height = A4
    margin, gap = 2 * cm, 0.8 * cm
    if two_columns:
        col = (width - 2 * margin - gap) / 2
        frames = [Frame(margin, margin, col, height - 2 * margin, id="left"),
                  Frame(margin + col + gap, margin, col, height - 2 * margin, id="right")]
    else:
        frames = [Frame(margin, margin, width - 2 * margin, height - 2 * margin, id="body")]
    doc = BaseDocTemplate(str(path), pagesize=A4, pageTemplates=[PageTemplate(id="page", frames=frames)],
                          title=text.strip().splitlines()[0][:80], invariant=1)
    story = []
    for para in re.split(r"\n\s*\n", text):
        para = para.strip()
        if not para:
            continue
        for line in para.splitlines() if para.lstrip().startswith(("-", "*", "#")) else [para]:
            line = line.strip().lstrip("#").strip()
            is_heading = len(line) < 70 and not line.endswith((".", ":", ";", ","))
            style = styles["Heading3"] if is_heading else styles["BodyText"]
            story.append(Paragraph(escape(" ".join(line.split())), style))
    doc.build(story)


STATS_FILE = ".corpus-stats.json"  # hidden: the pipeline does not read it as a document


def build_corpus(raw_docs: Path, dest: Path, n: int, *, pdf_share: float = 0.1, seed: int = 7) -> dict[str, int]:
    """``n`` documents in ``dest`` (emptied first), a ``pdf_share`` of them PDFs, half of those two-column.

    Returns (and writes to ``dest/.corpus-stats.json``) the distinct entities the generator put in. The
    first k documents of a corpus are the same whatever ``n`` (one random stream, document by document).
    """
    if dest.exists():
        for f in dest.iterdir():
            f.unlink()
    dest.mkdir(parents=True, exist_ok=True)
    samples = _samples(raw_docs)
    texts = {p: p.read_text(encoding="utf-8") for p in samples}
    pools = Pools.build(seed)
    drawn = Drawn()
    rng = random.Random(seed)
    every_pdf = max(1, round(1 / pdf_share)) if pdf_share > 0 else 0
    for i in range(n):
        sample = samples[i % len(samples)]
        text = vary(texts[sample], rng, i, pools, drawn)
        if every_pdf and i % every_pdf == every_pdf - 1:
            write_pdf(text, dest / f"doc-{i:05d}-{sample.stem}.pdf", two_columns=(i // every_pdf) % 2 == 1)
        else:
            (dest / f"doc-{i:05d}-{sample.stem}{sample.suffix}").write_text(text, encoding="utf-8")
    stats = {"documents": n, "pdfs": sum(1 for i in range(n) if every_pdf and i % every_pdf == every_pdf - 1),
             "distinct": drawn.counts()}
    (dest / STATS_FILE).write_text(json.dumps(stats, indent=1), encoding="utf-8")
    return stats


def one_more_document(raw_docs: Path, index: int) -> str:
    """A fresh variant (text) to add to a corpus."""
    samples = _samples(raw_docs)
    rng = random.Random(10_000 + index)
    return vary(samples[0].read_text(encoding="utf-8"), rng, 10_000 + index, Pools.build(7))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n\n")[0])
    p.add_argument("--docs", type=int, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--raw-docs", type=Path, default=Path(__file__).resolve().parents[1] / "raw_docs")
    args = p.parse_args(argv)
    print(json.dumps(build_corpus(args.raw_docs, args.out, args.docs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Where an event and an organisation share their words: "<role> at the Arctic Robotics Lab" names the
employer, not a workshop. The one place that settles this conflict between the two fact families."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pipeline.data_files import data_lines
from pipeline.records import EventMention, OrgMention


@lru_cache(maxsize=8)
def load_event_org_heads(data_dir: Path) -> frozenset[str]:
    """The event words that also end organisations' names (``data/event_org_heads.txt``), with plurals."""
    words = {w.lower() for w in data_lines(data_dir / "event_org_heads.txt")}
    return frozenset(words | {f"{w}s" for w in words})


def drop_organisations_read_as_events(events: list[EventMention], orgs: list[OrgMention],
                                      data_dir: Path) -> list[EventMention]:
    """The events that are not organisations: an undated event whose name ends in an organisation head
    word (``data/event_org_heads.txt``) and whose span lies inside an organisation mention is dropped."""
    heads = load_event_org_heads(data_dir)
    spans = [(o.start, o.end) for o in orgs]

    def is_organisation(e: EventMention) -> bool:
        words = e.name.split()
        return (e.start_date is None and bool(words) and words[-1].lower() in heads
                and any(s <= e.start and e.end <= t for s, t in spans))

    return [e for e in events if not is_organisation(e)]

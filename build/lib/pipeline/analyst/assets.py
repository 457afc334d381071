"""Style and the one small script of the review pages (inline: the pages open from file://).

Colours follow displaCy's defaults (PERSON, ORG, GPE/LOC, EVENT, DATE), so analysts who know spaCy's
visualiser read the pages at a glance.
"""
from __future__ import annotations

import base64
import hashlib

COLOURS = {
    "person": "#aa9cfc",
    "organisation": "#7aecec",
    "event": "#ffeb80",
    "location": "#feca74",
    "date": "#bfe1d9",
    "role": "#c887fb",
    "key_message": "#f3f0e6",
    "statement": "#ff9561",
}

LEGEND = (
    ("person", "person"), ("organisation", "organisation"), ("event", "event"), ("location", "location"),
    ("date", "date"), ("role", "role statement"), ("key_message", "key message"), ("statement", "organiser statement"),
)

CSS = """
:root { --sidebar: 26rem; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222; background: #fafafa; }
header { padding: .8rem 1.4rem; background: #fff; border-bottom: 1px solid #ddd; }
header h1 { font-size: 1.25rem; margin: .2rem 0; }
.meta { color: #555; margin: .2rem 0; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem; margin-top: .5rem; }
.legend span { padding: .1rem .5rem; border-radius: .3rem; font-size: .8rem; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) var(--sidebar); gap: 1rem; padding: 1rem 1.4rem; }
.doc-text { background: #fff; border: 1px solid #ddd; border-radius: .4rem; padding: 1rem 1.2rem; white-space: pre-wrap;
            overflow-wrap: anywhere; line-height: 2.1; }
aside { position: sticky; top: 0; align-self: start; max-height: 100vh; overflow: auto; font-size: .88rem; }
aside section { background: #fff; border: 1px solid #ddd; border-radius: .4rem; padding: .5rem .8rem; margin-bottom: .8rem; }
aside h2 { font-size: .95rem; margin: .2rem 0 .4rem; }
aside ol, aside ul { margin: 0; padding-left: 1.2rem; }
aside li { margin: .25rem 0; }
aside .none { color: #888; font-style: italic; }
.page { color: #666; font-size: .8rem; white-space: nowrap; }
.more a { font-size: .8rem; margin-right: .3rem; }
mark.ent { padding: .1em .15em; border-radius: .3em; color: inherit; }
mark.ent-role, mark.ent-key_message, mark.ent-statement { padding: .1em 0; }
mark.ent-key_message { box-shadow: inset 0 -2px 0 #b9a96b; }
mark.ent-statement { background: transparent; border-bottom: 2px dotted #ff9561; }
.lbl::after { content: attr(data-label); font-size: .6em; font-weight: 700; letter-spacing: .03em; margin-left: .35em;
              vertical-align: middle; opacity: .75; }
mark.current { outline: 3px solid #e4572e; outline-offset: 1px; }
mark.flash { animation: flash 1.6s ease-out 1; }
mark:target { outline: 3px solid #e4572e; }
@keyframes flash { 0%, 40% { background: #e4572e; color: #fff; } 100% { } }
table { border-collapse: collapse; background: #fff; width: 100%; font-size: .88rem; }
th, td { border: 1px solid #ddd; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f0f0f0; position: sticky; top: 0; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.status { padding: .05rem .45rem; border-radius: .6rem; font-size: .8rem; font-weight: 600; }
.status-ok { background: #d7f5dd; } .status-partial { background: #fff0c2; } .status-failed { background: #ffd6d6; }
.errors { color: #8a1c1c; font-size: .82rem; }
main.index { padding: 1rem 1.4rem; }
""" + "\n".join(f"mark.ent-{k}, .legend .ent-{k} {{ background: {v}; }}" for k, v in COLOURS.items() if k != "statement") + \
    "\n.legend .ent-statement { border-bottom: 2px dotted #ff9561; }\n"

# Click on a fact: scroll its evidence to the middle of the screen and flash every piece of it.
# Without JavaScript the plain #anchor link still jumps there and :target outlines it.
SCRIPT = """
document.addEventListener('click', function (e) {
  var a = e.target.closest ? e.target.closest('a[data-go]') : null;
  if (!a) return;
  var key = a.getAttribute('data-go');
  var first = document.getElementById(key);
  if (!first) return;
  e.preventDefault();
  first.scrollIntoView({block: 'center'});
  document.querySelectorAll('mark.current').forEach(function (el) { el.classList.remove('current'); });
  document.querySelectorAll('mark[data-ev="' + key + '"]').forEach(function (el) {
    el.classList.remove('flash'); void el.offsetWidth; el.classList.add('flash', 'current');
  });
});
""".strip()


def csp(script: str | None) -> str:
    """A Content-Security-Policy that lets only our own inline script run (by hash), nothing else.

    Defence in depth: the document text is escaped, and even if an escape were missed no injected
    script, event handler or image could run or load.
    """
    if script is None:
        script_src = "'none'"
    else:
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        script_src = f"'sha256-{digest}'"
    return f"default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src {script_src}; base-uri 'none'; form-action 'none'"

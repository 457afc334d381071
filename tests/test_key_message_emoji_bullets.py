"""A social-media post's emoji bullets (keycap numbers "1️⃣", diamonds "🔹", ticks "✅", pointing hands "👉") mark list
items as "-" and "1." do (segment.py ``_EMOJI_BULLET``): the points under a key-message heading or lead-in are read
without their glyph (sentences of our own)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, points", [
    ("What a day at the supplier forum in Umeå!\n\nKey takeaways from the day:\n"
     "1️⃣ Buyers now value delivery speed as much as price.\n2️⃣ Small suppliers should bid together in consortia.\n"
     "3️⃣ Training must start in the first year of school.\n\nSee you next year!\n",
     ["Buyers now value delivery speed as much as price", "Small suppliers should bid together in consortia",
      "Training must start in the first year of school"]),
    ("Thank you to everyone who joined our hydrogen breakfast in Graz.\n\nThree lessons we take home:\n"
     "🔹 Municipal fleets are the best first customers for local hydrogen.\n"
     "🔹 Permits take longer than building the station.\n\n#hydrogen #clusters\n",
     ["Municipal fleets are the best first customers for local hydrogen",
      "Permits take longer than building the station"]),
    ("Our position paper is out!\n\nOur recommendations:\n"
     "✅ Simplify the application forms of regional innovation vouchers\n"
     "✅ Open public test beds to SMEs from neighbouring regions\n"
     "👉 Read the full paper on our website\n",
     ["Simplify the application forms of regional innovation vouchers",
      "Open public test beds to SMEs from neighbouring regions"]),
])
def test_emoji_bullets_are_list_items(extract, text, points):
    assert [k.text for k in extract(text).key_messages] == points

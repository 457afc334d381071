"""Third annotation pass: the one fix applied to gold/*.json (idempotent). Run from the worktree root."""
import json
p = 'eval/blind80/gold/g14_north_wales_advanced_manufacturing_newsletter.json'
raw = open(p, encoding='utf-8').read(); d = json.loads(raw)
if '2035-11' not in d['dates']:
    d['dates'].insert(d['dates'].index('2035-11-20') + 1, '2035-11')   # Subject: "members' newsletter – November 2035"
    out = json.dumps(d, ensure_ascii=False, indent=1) + ('\n' if raw.endswith('\n') else '')
    open(p, 'w', encoding='utf-8').write(out)

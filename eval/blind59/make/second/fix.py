import json
def load(stem): return json.load(open(f'eval/blind59/gold/{stem}.json'))
def save(stem, d): open(f'eval/blind59/gold/{stem}.json', 'w').write(json.dumps(d, ensure_ascii=False, indent=1))

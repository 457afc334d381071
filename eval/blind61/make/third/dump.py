"""Dump each document as check_gold's read_doc reads it (HTML tags stripped for reading only)."""
import sys, os, re, html, importlib.util
sys.argv = ['x', 'eval/blind61']
src = open('eval/check_gold.py').read().split('base = os.path.abspath')[0]
ns = {}; exec(src, ns)
D = 'eval/blind61/docs'
for f in sorted(os.listdir(D)):
    t = ns['read_doc'](os.path.join(D, f))
    if f.endswith('.html'):
        t = re.sub(r'<(script|style)[^>]*>.*?</\1>', '', t, flags=re.S)
        t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
        t = re.sub(r'[ \t]+', ' ', t); t = re.sub(r'\n\s*\n+', '\n', t)
    print('=' * 20, f); print(t)

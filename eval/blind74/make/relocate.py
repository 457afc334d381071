import sys
def rep(p, pairs):
    s = open(p, encoding='utf-8').read()
    for a, b in pairs:
        if a not in s: print('MISSING', p, a)
        s = s.replace(a, b)
    open(p, 'w', encoding='utf-8').write(s)

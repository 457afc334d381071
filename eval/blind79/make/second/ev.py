import sys
blk=sys.stdin.read().split('#####')
for b in blk[1:]:
  lines=b.split('\n'); 
  gi=lines.index('  E gold:'); mi=lines.index('  E mine:'); di=[i for i,l in enumerate(lines) if l.startswith('  D only mine')][0]
  g=set(lines[gi+1:mi]); m=set(lines[mi+1:di])
  print('\n'.join(lines[:gi])); print(' gold-only:', *sorted(g-m), sep='\n   '); print(' mine-only:', *sorted(m-g), sep='\n   '); print('\n'.join(lines[di:]))

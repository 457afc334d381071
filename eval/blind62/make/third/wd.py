import re,datetime,glob
src=open('eval/check_gold.py').read(); exec(src.split("base = os.path")[0])
M={m:i+1 for i,m in enumerate('January February March April May June July August September October November December'.split())}
W='Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split()
for p in sorted(glob.glob('eval/blind62/docs/*')):
    t=read_doc(p)
    for m in re.finditer(r'(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2}) (?:– \w+ \d+ )?(\w+)(?: (\d{4}))?',t):
        if m.group(3) in M:
            y=m.group(4); n=0
            for yy in ([int(y)] if y else [2033,2034,2035]):
                wd=W[datetime.date(yy,M[m.group(3)],int(m.group(2))).weekday()]
                print(p.split('/')[-1][:20],m.group(0),yy,'OK' if wd==m.group(1) else 'is '+wd)

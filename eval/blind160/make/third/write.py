import json,os,datetime
exec(open('/tmp/blind160-third/a1.py').read())
for f in ['a2','a3','a4','a5']: exec(open(f'/tmp/blind160-third/{f}.py').read())
docs={os.path.splitext(f)[0]:f for f in os.listdir('/work/wt/blind160/eval/blind160/docs')}
out='/work/wt/blind160/eval/blind160/make/third/'
for k,v in A.items():
    d={"doc":docs[k],"source_url":None,"published_date":v['pub'],"people":v['people'],"organisations":v['orgs'],"events":v['events'],"dates":v['dates'],"key_messages":v['km']}
    json.dump(d,open(out+k+'.json','w'),ensure_ascii=False,indent=1)
print(len(A))
# weekday checks
W=[("2038-10-14",3),("2038-10-15",4),("2038-10-13",2),("2039-03-22",1),("2039-04-28",3),("2036-05-06",1),("2036-06-18",2),("2040-01-24",1),
("2041-06-17",0),("2041-06-12",2),("2041-06-21",4),("2041-09-25",2),("2041-06-05",2),("2037-11-18",2),("2037-11-19",3),("2035-09-25",1),("2035-09-26",2),("2035-09-24",0),
("2042-04-14",0),("2042-04-15",1),("2042-04-16",2),("2042-04-17",3),("2039-10-12",2),("2039-11-03",3),("2038-06-02",2),("2038-06-03",3),("2038-09-15",2),
("2036-11-04",1),("2036-11-05",2),("2036-11-06",3),("2037-03-12",3),("2040-09-24",0),("2040-12-03",0),("2040-05-21",0),("2040-05-22",1),("2041-03-14",3),
("2037-05-20",2),("2039-11-16",2),("2039-12-14",2),("2042-10-09",3),("2042-10-10",4),("2042-10-08",2)]
bad=[(d,w) for d,w in W if datetime.date.fromisoformat(d).weekday()!=w]
print(len(W),'weekdays checked; mismatches:',bad)

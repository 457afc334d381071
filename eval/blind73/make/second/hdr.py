import json
P=lambda n,r=None,o=None:{"name":n,"role":r,"organisation":o}
O=lambda n,a=None:{"name":n,"acronym":a}
E=lambda n,s=None,e=None,c=None,k=None:{"name":n,"start":s,"end":e,"city":c,"country":k}
L="Lõuna-Eesti Puiduklaster MTÜ"

from g import *
A="Dyfrdwy Composites Cluster"
G("obituary_Gareth-ap-Rhys_Dyfrdwy-Composites.txt","2033-08-21",[
P("Gareth ap Rhys","honorary president",A),
P("Siân Pritchard-Lloyd","Chair",A),
P("Catrin Mac Giolla Phádraig","Director","Wrexham University"),
P("Dafydd Owen-Jones",None,"Welsh Government"),
P("Jean-Luc Marchetti","President","Compositec Seine"),
P("Hannah Clwyd-Morris",None,"Airframe Composites Ltd"),
],[O(A),O("Rhys Resin Systems Ltd"),O("Glyndŵr University"),O("Dee Laminates Ltd"),O("Advanced Composites Research Centre"),O("Wrexham University"),
O("Welsh Government"),O("Compositec Seine"),O("Airframe Composites Ltd"),O("OpTIC")],
[E("Composites Skills Day","2033-07-04","2033-07-04","Wrexham","United Kingdom"),
 E("funeral of Gareth ap Rhys","2033-08-30","2033-08-30","Mold","United Kingdom"),
 E("memorial evening","2033-11-14","2033-11-14","Newport","United Kingdom"),
 E("Annual Conference","2033-11-14","2033-11-14","Newport","United Kingdom"),
 E("meeting at Glyndŵr University","2009-03","2009-03",None,None)],
["2033-08-21","1952/2033","2009","2033-08-16","1952","1996","2015","2009-03","2009/2023","2023","2033-07-04","2019","2012","2033-08-30","2033-11-14","2033-09-13","2034"])

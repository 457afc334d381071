from fix import *
S='01_'
event(S, 'Forum dinner', city='Newport', country='United Kingdom')
add_dates(S, '2033-01', '2033-02', '2033-03', '2033-04', '2033-05')

from fix import *
event('13_', 'European Cluster Conference 2038', start='2038', end='2038')
add_dates('13_', '2037-04', '2037-10')

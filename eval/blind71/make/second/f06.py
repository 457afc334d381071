from fix import *
add_org('06_', 'Jelölőbizottság')

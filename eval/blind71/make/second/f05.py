from fix import *
del_org('05_', 'Messe Friedrichshafen')

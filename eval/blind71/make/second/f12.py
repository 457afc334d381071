from fix import *
del_org('12_', 'Mediterranean Maritime Hub')

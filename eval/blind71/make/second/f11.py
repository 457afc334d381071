from fix import *
del_org('11_', 'North Sea Port')

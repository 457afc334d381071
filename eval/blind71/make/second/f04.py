from fix import *
person('04_', 'Gunnar Ekdahl', role=None)
del_org('04_', 'Gruvöns bruk')

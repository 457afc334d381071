from fix import *
person('14_', 'François Bonneau-Lefèvre', role='président', organisation='conseil régional du Centre-Val de Loire')

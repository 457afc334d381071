from fix import *
person('03_', 'Jörg Kessler', organisation='Chemiepark Knapsack business association')

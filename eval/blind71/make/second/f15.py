from fix import *
person('15_', 'Élodie Marchetti', organisation='Laval Virtual')
add_dates('15_', '2034-12')
person('15_', 'Ewan Soutar', organisation='Tay Creative Cluster')

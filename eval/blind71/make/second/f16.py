from fix import *
person('16_', 'Claudia Wenzel-Brandt', organisation='MDR')

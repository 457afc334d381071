from fix import *
add_event('08_', 'tehdasvierailu', '2032-05-11', '2032-05-11', None, None)

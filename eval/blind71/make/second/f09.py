from fix import *
add_event('09_', 'posjetila Laimburg', '2033-06-08', '2033-06-08', None, 'Italy')

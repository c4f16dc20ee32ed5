==== cmd
printf 'a,b\n"x\377y",1\n"Gr\303\266\303\237e \342\202\254",2\n"cut \303",3\n' | jd-stats -f json 'select a, b'
==== stdout
[
  {"a": "x�y", "b": 1},
  {"a": "Größe €", "b": 2},
  {"a": "cut �", "b": 3}
]
==== status
0

import sys; sys.path.insert(0, 'eval/blind59/make/second'); from fix import *
s = "pirin_food_cluster_forum_2034_bg"; d = load(s)
for e in d["events"]:
    if e["name"].startswith("Посещение на мандра"): e["city"] = "Бистрица, Мелник"
    if e["name"].startswith("Регионален форум ("): e["name"] = e["name"].replace("Регионален форум (", "Регионален форум „Вкусът на Пирин“ (")
save(s, d)

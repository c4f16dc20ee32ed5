==== cmd
jd-extract fixtures/de-ad.txt
==== stdout
id,source,lang,title,company,location,posted,employment,seniority,remote,words,text
fad65b365cafd200,fixtures/de-ad.txt,de,Werkstudent (m/w/d) Datenanalyse,Kranich Logistik GmbH,München,2026-10-03,working student,,hybrid,83,Werkstudent (m/w/d) Datenanalyse\n\nUnternehmen: Kranich Logistik GmbH\nEinsatzort: München\nVeröffentlicht am 3. Oktober 2026\n\nDie Kranich Logistik GmbH plant Transporte für mittelständische Händler in ganz Bayern. Für unser Analyse-Team suchen wir ab sofort einen Werkstudenten für 20 Stunden pro Woche.\n\nDeine Aufgaben:\n- Du wertest Lieferdaten mit SQL und Python aus\n- Du baust Berichte in Power BI\n- Du unterstützt das Team bei der Planung neuer Touren\n\nDas bieten wir:\n- 16 € pro Stunde\n- Flexible Arbeitszeiten und mobiles Arbeiten nach Absprache\n- Ein Deutschlandticket
==== status
0

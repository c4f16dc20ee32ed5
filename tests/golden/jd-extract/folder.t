==== cmd
jd-extract -v fixtures/site
==== stdout
id,source,lang,title,company,location,posted,employment,seniority,remote,words,text
4d2adc89a59b0f2a,fixtures/site/ad1.txt,en,Warehouse Team Lead,,Bremen,,full-time,lead,,43,"Warehouse Team Lead\n\nLocation: Bremen\n\nNordlicht Parcel Services keeps small businesses in northern Germany supplied. Lead a team of twelve people in our parcel hub, plan shifts and train new colleagues on the scanners and forklifts. Full-time, starting as soon as possible."
dfba8051f9804628,fixtures/site/ad2.txt,en,Forklift Driver,,Hannover,,full-time,,,40,"Forklift Driver\n\nLocation: Hannover\n\nNordlicht Parcel Services keeps small businesses in northern Germany supplied. Move pallets between the trucks and the high racks, check deliveries and keep the loading bays safe and tidy. Full-time, starting as soon as possible."
91cb315edcc3a54f,fixtures/site/ad3.txt,en,Dispatcher,,Kassel,,full-time,,,41,"Dispatcher\n\nLocation: Kassel\n\nNordlicht Parcel Services keeps small businesses in northern Germany supplied. Plan the routes of forty vans every morning, talk to drivers on the phone and solve problems when deliveries go wrong. Full-time, starting as soon as possible."
a9aec78e72b0c7e5,fixtures/site/ad4.txt,en,Payroll Clerk,,Bremen,,full-time,,,39,"Payroll Clerk\n\nLocation: Bremen\n\nNordlicht Parcel Services keeps small businesses in northern Germany supplied. Prepare the monthly payroll for three hundred employees, answer questions about payslips and work with our tax advisers. Full-time, starting as soon as possible."
78c913278827a66b,fixtures/site/archive/old.txt,en,Night Shift Supervisor,,Bremen,,,,,37,"Night Shift Supervisor\n\nLocation: Bremen\n\nThis archived advert was for a supervisor of our night shift in the Bremen hub. The role is closed, but we keep the text here for our records and for future hiring."
==== stderr
jd-extract: fixtures/site/export.csv: CSV file skipped (--csv reads exports)
jd-extract: 5 files read, 5 records written, 0 skipped, 0 repaired bytes
==== status
0

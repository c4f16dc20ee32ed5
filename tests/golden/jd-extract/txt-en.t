==== cmd
jd-extract fixtures/en-ad.txt
==== stdout
id,source,lang,title,company,location,posted,employment,seniority,remote,words,text
d21d6e419d93b3c0,fixtures/en-ad.txt,en,Junior Backend Developer,Lumen Robotics Ltd,"Leeds, United Kingdom",2026-10-03,full-time,junior,hybrid,110,"Junior Backend Developer at Lumen Robotics\n\nCompany: Lumen Robotics Ltd\nLocation: Leeds, United Kingdom\nPosted: October 3, 2026\nEmployment type: Full-time\n\nLumen Robotics designs small warehouse robots that sort parcels for regional couriers. Our backend team keeps the fleet software running and we would like a graduate or early-career developer to join us.\n\nWhat you will do:\n- Build REST services in Go and Python\n- Write tests and review pull requests\n- Look after our PostgreSQL databases\n\nWhat we offer:\n- £32,000 to £38,000 per year\n- 28 days of holiday\n- Remote work is possible two days a week, the rest of the time you work from our Leeds office."
==== status
0

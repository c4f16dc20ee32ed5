/* jd-gen-corpus (scripts/gen-corpus): a deterministic generator of job-ad
 * corpora in the CSV that jd-extract writes, with planted duplicates and a
 * ground-truth file.  See usage[] below and docs/readme-jd-dedupe.md.
 *
 * Determinism: its own PRNG (splitmix64 seeding xoshiro256**), integer
 * arithmetic for every decision, so the output is byte-identical on every
 * machine for the same N (or --bytes) and SEED.
 *
 * Kinds of records (ground truth):
 *   original  a new ad
 *   exact     the same text as an earlier original (other id, source, date)
 *   near      an edited repost of an earlier original whose true 5-word
 *             shingle Jaccard with it is >= 0.85 (edits are re-drawn until
 *             it is); edits: header line changed, footer line with other
 *             dates and reference, a paragraph moved, a few words changed,
 *             a board line appended
 *   hardneg   a different ad of the same company (same title, city and
 *             company boilerplate) whose true Jaccard with the earlier ad
 *             named in dup_of is < 0.6 (re-drawn until it is)
 * The Jaccard is computed with jd-dedupe's own definition of words and
 * shingles (tools/jd-dedupe/shingle.h), over the sets of shingle hashes.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "jd_buf.h"
#include "jd_csv.h"
#include "jd_hash.h"
#include "jd_out.h"
#include "jd_text.h"
#include "jd_tool.h"
#include "../tools/jd-dedupe/shingle.h"

static const char usage[] =
"usage: jd-gen-corpus N SEED [--out FILE] [--truth FILE] [--shingle K]\n"
"       jd-gen-corpus --bytes SIZE SEED [--out FILE] [--truth FILE]\n"
"       (scripts/gen-corpus builds this binary when missing and runs it)\n"
"\n"
"Writes N synthetic job ads (or ads until about SIZE bytes, e.g. 500M, 1G)\n"
"as the CSV jd-extract emits:\n"
"  id,source,lang,title,company,location,posted,employment,seniority,remote,words,text\n"
"English and German ads (and some French and Spanish) from template banks:\n"
"paragraphs and '- ' bullet lines, salaries in many formats and currencies,\n"
"skills including tricky words (R, Go, C, Excel, Spark, Java/JavaScript,\n"
"Python-Kenntnisse next to R&D, go-to-market, excellent), 150-600 words.\n"
"The same N and SEED give byte-identical output on every machine.\n"
"id is 16 hex digits of jd_hash64(text, seed = record number), so exact\n"
"reposts get their own ids.\n"
"\n"
"About 76% of records are originals, 7% exact reposts (same text), 13% near\n"
"reposts (true 5-word-shingle Jaccard >= 0.85 with their original) and 4%\n"
"hard negatives (another ad of the same company sharing its boilerplate,\n"
"true Jaccard < 0.6).\n"
"\n"
"Options:\n"
"  --out FILE      write the corpus to FILE (default standard output)\n"
"  --truth FILE    write the ground truth, one row per record in corpus order:\n"
"                  rec,id,dup_of,kind,jaccard,salary_min,salary_max,\n"
"                  salary_currency,salary_period,skills\n"
"                  rec = record number (1-based); dup_of = id of the original\n"
"                  (for hardneg: the ad it must NOT be merged with); jaccard =\n"
"                  true shingle Jaccard with dup_of (4 decimals); skills are\n"
"                  ';'-separated; salary empty when the ad names none\n"
"  --bytes SIZE    instead of N: stop after the record that reaches SIZE bytes\n"
"                  (suffixes K, M, G = 2^10, 2^20, 2^30)\n"
"  --shingle K     shingle size for the planted Jaccard checks (default 5)\n"
"  --help, --version\n"
"\n"
"Exit status: 0 ok, 1 I/O error, 2 usage error.\n"
"Example:\n"
"  scripts/gen-corpus 5000 42 --out /tmp/c.csv --truth /tmp/c.truth.csv\n";

/* ---------------------------------------------------------------- PRNG */

typedef struct { uint64_t s[4]; } rng_t;

static uint64_t splitmix64(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static void rng_seed(rng_t *r, uint64_t seed)
{
	uint64_t x = seed;
	for (int i = 0; i < 4; i++)
		r->s[i] = splitmix64(&x);
}

static inline uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static uint64_t rng_next(rng_t *r)
{
	uint64_t *s = r->s;
	uint64_t res = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;
	s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3];
	s[2] ^= t; s[3] = rotl(s[3], 45);
	return res;
}

/* uniform in [0, n) (n > 0), multiply-shift (tiny bias, deterministic) */
static uint32_t rnd(rng_t *r, uint32_t n)
{
	return (uint32_t)(((rng_next(r) >> 32) * (uint64_t)n) >> 32);
}

static uint32_t rnd_range(rng_t *r, uint32_t lo, uint32_t hi)
{
	return lo + rnd(r, hi - lo + 1);
}

#define N_(a) (sizeof(a) / sizeof((a)[0]))
#define PICK(r, a) ((a)[rnd((r), (uint32_t)N_(a))])

/* ---------------------------------------------------------------- banks */

enum { EN, DE, FR, ES, NLANG };
static const char *lang_code[NLANG] = {"en", "de", "fr", "es"};

static const char *sources[] = {
	"https://www.stepstone.de/job/", "https://de.indeed.com/viewjob?jk=",
	"https://www.linkedin.com/jobs/view/", "https://www.xing.com/jobs/",
	"https://www.karriere.at/jobs/", "https://uk.indeed.com/viewjob?jk=",
	"https://www.glassdoor.com/job-listing/", "https://www.monster.de/stellenangebot/",
	"https://www.welcometothejungle.com/jobs/", "https://jobs.ch/de/stellenangebote/detail/",
	"https://www.totaljobs.com/job/", "https://remoteok.com/remote-jobs/",
};

static const char *co_a[] = {
	"Nordlicht", "Bluefin", "Quantum", "Alpen", "Rheinwerk", "Silverline", "Brightpath",
	"Hanse", "Ironbridge", "Lumen", "Kestrel", "Elbe", "Greenfield", "Vektor", "Polaris",
	"Isar", "Cobalt", "Meridian", "Falkenstein", "Harbor", "Tessera", "Waldner", "Orbital",
	"Sonnen", "Redwood", "Bergmann", "Nimbus", "Stellar", "Lindholm", "Atlas", "Kranich",
	"Helix", "Brandt", "Aurora", "Seestern", "Fjord", "Mosaic", "Zeppelin", "Vantage", "Tandem",
};
static const char *co_b[] = {
	"Analytics", "Software", "Logistik", "Systems", "Energy", "Health", "Data", "Robotics",
	"Finance", "Media", "Mobility", "Insurance", "Labs", "Solutions", "Retail", "Consulting",
	"Pharma", "Bau", "Cloud", "Foods",
};
static const char *co_form[NLANG][4] = {
	{"Ltd", "Inc.", "plc", "LLC"},
	{"GmbH", "AG", "SE", "GmbH & Co. KG"},
	{"SAS", "SA", "SARL", "SAS"},
	{"S.L.", "S.A.", "S.L.", "S.A."},
};
static const char *cities[NLANG][10] = {
	{"London", "Manchester", "Dublin", "Edinburgh", "New York", "Austin", "Toronto",
	 "Bristol", "Amsterdam", "Bangalore"},
	{"Berlin", "München", "Hamburg", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf",
	 "Leipzig", "Wien", "Zürich"},
	{"Paris", "Lyon", "Toulouse", "Nantes", "Lille", "Bordeaux", "Genève", "Marseille",
	 "Strasbourg", "Bruxelles"},
	{"Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Málaga", "Zaragoza", "Alicante",
	 "Palma", "Granada"},
};

static const char *titles[NLANG][24] = {
	{"Data Analyst", "Data Engineer", "Data Scientist", "Software Engineer", "Backend Developer",
	 "Frontend Developer", "DevOps Engineer", "Product Manager", "Business Analyst",
	 "Machine Learning Engineer", "Site Reliability Engineer", "QA Engineer", "Financial Analyst",
	 "Marketing Manager", "Sales Engineer", "Cloud Architect", "Embedded Software Engineer",
	 "BI Developer", "Project Manager", "Security Engineer", "Full Stack Developer",
	 "Supply Chain Analyst", "Statistician", "Mobile Developer"},
	{"Datenanalyst", "Data Engineer", "Softwareentwickler", "Backend-Entwickler",
	 "Frontend-Entwickler", "DevOps Engineer", "Produktmanager", "Business Analyst",
	 "Controller", "Projektleiter", "Systemadministrator", "IT-Berater", "Embedded-Entwickler",
	 "SAP-Berater", "Data Scientist", "Vertriebsingenieur", "Fachinformatiker Anwendungsentwicklung",
	 "Cloud Engineer", "BI-Entwickler", "Testingenieur", "Buchhalter", "Marketing Manager",
	 "IT-Sicherheitsberater", "Java-Entwickler"},
	{"Ingénieur logiciel", "Analyste de données", "Développeur backend", "Chef de projet",
	 "Data Scientist", "Ingénieur DevOps", "Développeur Java", "Consultant SAP",
	 "Architecte cloud", "Product Owner", "Contrôleur de gestion", "Ingénieur QA",
	 "Développeur frontend", "Analyste financier", "Ingénieur données", "Responsable marketing",
	 "Ingénieur sécurité", "Développeur mobile", "Business Analyst", "Administrateur système",
	 "Ingénieur embarqué", "Statisticien", "Développeur full stack", "Chef de produit"},
	{"Ingeniero de software", "Analista de datos", "Desarrollador backend", "Jefe de proyecto",
	 "Científico de datos", "Ingeniero DevOps", "Desarrollador Java", "Consultor SAP",
	 "Arquitecto cloud", "Product Owner", "Controller financiero", "Ingeniero QA",
	 "Desarrollador frontend", "Analista financiero", "Ingeniero de datos", "Responsable de marketing",
	 "Ingeniero de seguridad", "Desarrollador móvil", "Business Analyst", "Administrador de sistemas",
	 "Ingeniero embebido", "Estadístico", "Desarrollador full stack", "Jefe de producto"},
};

/* seniority: value, EN prefix, DE prefix */
static const char *sen_val[] = {"", "junior", "mid", "senior", "lead", "principal", "head", "intern"};
static const char *sen_pre[NLANG][8] = {
	{"", "Junior ", "", "Senior ", "Lead ", "Principal ", "Head of ", "Intern "},
	{"", "Junior ", "", "Senior ", "Lead ", "Principal ", "Head of ", "Praktikant "},
	{"", "Junior ", "", "Senior ", "Lead ", "Principal ", "Responsable ", "Stagiaire "},
	{"", "Junior ", "", "Senior ", "Lead ", "Principal ", "Jefe de ", "Becario "},
};
static const char *employments[] = {"full-time", "full-time", "full-time", "part-time",
	"contract", "temporary", "working student", "freelance", "internship", "full-time"};
static const char *emp_words[NLANG][10] = {
	{"Full-time", "Full-time, permanent", "Full time", "Part-time (30 hours)", "Contract (12 months)",
	 "Temporary, 6 months", "Working student (20 h/week)", "Freelance", "Internship", "Permanent, full-time"},
	{"Vollzeit", "Vollzeit, unbefristet", "Festanstellung, Vollzeit", "Teilzeit (30 Std.)",
	 "Befristet auf 12 Monate", "befristet, 6 Monate", "Werkstudent (20 Std./Woche)", "freiberuflich",
	 "Praktikum", "Vollzeit, Festanstellung"},
	{"Temps plein", "CDI, temps plein", "Temps plein", "Temps partiel", "CDD 12 mois", "CDD 6 mois",
	 "Alternance", "Freelance", "Stage", "CDI"},
	{"Jornada completa", "Indefinido, jornada completa", "Jornada completa", "Media jornada",
	 "Contrato 12 meses", "Temporal, 6 meses", "Prácticas remuneradas", "Autónomo", "Prácticas", "Indefinido"},
};
static const char *remotes[] = {"remote", "hybrid", "onsite", "hybrid", "onsite", ""};
static const char *remote_words[NLANG][6] = {
	{"Fully remote (EU time zones).", "Hybrid: two days a week in the office.",
	 "On-site in our office.", "Hybrid working, 60% from home.", "This role is office-based.", ""},
	{"100 % Remote möglich.", "Hybrid: 2 Tage Homeoffice pro Woche.", "Arbeit vor Ort im Büro.",
	 "Mobiles Arbeiten bis zu 60 %.", "Präsenz im Büro erforderlich.", ""},
	{"Télétravail complet.", "Hybride : deux jours de télétravail par semaine.",
	 "Poste sur site.", "Hybride, 3 jours au bureau.", "Présence au bureau.", ""},
	{"Teletrabajo 100 %.", "Modelo híbrido: dos días de teletrabajo.", "Trabajo presencial.",
	 "Híbrido, tres días en la oficina.", "Presencial en la oficina.", ""},
};

/* skills planted in the text (name as written, canonical name for truth) */
static const char *skills[][2] = {
	{"Python", "Python"}, {"SQL", "SQL"}, {"R", "R"}, {"Go", "Go"}, {"C", "C"}, {"C++", "C++"},
	{"C#", "C#"}, {"Java", "Java"}, {"JavaScript", "JavaScript"}, {"TypeScript", "TypeScript"},
	{"Excel", "Excel"}, {"Spark", "Spark"}, {"Kubernetes", "Kubernetes"}, {"Docker", "Docker"},
	{"Terraform", "Terraform"}, {"AWS", "AWS"}, {"Azure", "Azure"}, {"Tableau", "Tableau"},
	{"Power BI", "Power BI"}, {"SAP", "SAP"}, {"Kafka", "Kafka"}, {"PostgreSQL", "PostgreSQL"},
	{"React", "React"}, {"Node.js", "Node.js"}, {".NET", ".NET"}, {"Scala", "Scala"},
	{"Rust", "Rust"}, {"Airflow", "Airflow"}, {"dbt", "dbt"}, {"Git", "Git"}, {"Linux", "Linux"},
	{"PyTorch", "PyTorch"}, {"pandas", "pandas"}, {"MATLAB", "MATLAB"}, {"Snowflake", "Snowflake"},
};

/* Templates: {T} title, {C} company, {L} city, {S} skill (planted),
 * {D} domain, {P} product, {Y} years, {N} number, {M} month name,
 * {B} board.  Each sentence is one line or part of a paragraph. */
static const char *domains[NLANG][10] = {
	{"logistics", "healthcare", "e-commerce", "energy trading", "insurance", "public transport",
	 "retail banking", "manufacturing", "online media", "pharmaceutical research"},
	{"Logistik", "Gesundheitswesen", "E-Commerce", "Energiehandel", "Versicherungen",
	 "öffentlichen Nahverkehr", "Bankwesen", "Fertigung", "Onlinemedien", "Pharmaforschung"},
	{"logistique", "santé", "e-commerce", "énergie", "assurance", "transport public",
	 "banque", "industrie", "médias", "recherche pharmaceutique"},
	{"logística", "sanidad", "comercio electrónico", "energía", "seguros", "transporte público",
	 "banca", "industria", "medios digitales", "investigación farmacéutica"},
};
static const char *products[] = {"route planner", "claims platform", "pricing engine",
	"customer portal", "data lake", "forecasting service", "mobile app", "payment gateway",
	"warehouse system", "recommendation engine", "booking platform", "sensor network"};

static const char *about_en[] = {
	"{C} was founded in {Y} and today employs more than {N} people across Europe.",
	"We build software that helps companies in {D} make better decisions every day.",
	"Our teams in {L} and beyond work on products used by millions of customers.",
	"As a family-owned company we think in decades, not quarters.",
	"We are a fast-growing scale-up backed by long-term investors.",
	"Our mission is simple: make {D} more transparent, efficient and fair.",
	"{C} is part of a group with over {N} employees in twelve countries.",
	"We combine the stability of an established company with the pace of a start-up.",
	"Our close collaboration between R&D, sales and customer success is what makes us different.",
	"Sustainability is at the heart of everything we do, from our offices to our data centres.",
	"Since {Y} we have grown from a small team of founders into a market leader in {D}.",
	"We value curiosity, honesty and excellent teamwork over job titles.",
};
static const char *about_de[] = {
	"Die {C} wurde {Y} gegründet und beschäftigt heute mehr als {N} Mitarbeitende.",
	"Wir entwickeln Software, mit der Unternehmen im Bereich {D} jeden Tag bessere Entscheidungen treffen.",
	"Unsere Teams in {L} arbeiten an Produkten, die Millionen Kundinnen und Kunden nutzen.",
	"Als familiengeführtes Unternehmen denken wir in Jahrzehnten, nicht in Quartalen.",
	"Wir sind ein schnell wachsendes Scale-up mit langfristig orientierten Investoren.",
	"Unsere Mission: den Bereich {D} transparenter, effizienter und fairer zu machen.",
	"Die {C} gehört zu einer Gruppe mit über {N} Beschäftigten in zwölf Ländern.",
	"Wir verbinden die Stabilität eines etablierten Unternehmens mit der Dynamik eines Start-ups.",
	"Die enge Zusammenarbeit von R&D, Vertrieb und Kundenservice zeichnet uns aus.",
	"Nachhaltigkeit steht im Mittelpunkt unseres Handelns, vom Büro bis zum Rechenzentrum.",
	"Seit {Y} sind wir vom kleinen Gründerteam zum Marktführer im Bereich {D} gewachsen.",
	"Neugier, Ehrlichkeit und exzellente Teamarbeit sind uns wichtiger als Titel.",
};
static const char *about_fr[] = {
	"{C} a été fondée en {Y} et compte aujourd'hui plus de {N} collaborateurs.",
	"Nous développons des logiciels qui aident les entreprises du secteur {D} à mieux décider.",
	"Nos équipes à {L} travaillent sur des produits utilisés par des millions de clients.",
	"Entreprise familiale, nous pensons en décennies et non en trimestres.",
	"Notre mission : rendre le secteur {D} plus transparent et plus efficace.",
	"La collaboration étroite entre la R&D et les ventes fait notre force.",
	"Depuis {Y}, nous sommes passés d'une petite équipe à un leader du marché.",
	"Nous privilégions la curiosité, l'honnêteté et un excellent esprit d'équipe.",
};
static const char *about_es[] = {
	"{C} se fundó en {Y} y hoy cuenta con más de {N} empleados.",
	"Desarrollamos software que ayuda a las empresas de {D} a tomar mejores decisiones.",
	"Nuestros equipos en {L} trabajan en productos que usan millones de clientes.",
	"Como empresa familiar pensamos en décadas, no en trimestres.",
	"Nuestra misión: hacer que el sector de {D} sea más transparente y eficiente.",
	"La estrecha colaboración entre I+D y ventas nos hace diferentes.",
	"Desde {Y} hemos pasado de un pequeño equipo a líder del mercado.",
	"Valoramos la curiosidad, la honestidad y un excelente trabajo en equipo.",
};

static const char *intro_en[] = {
	"We are looking for a {T} to join our team in {L}.",
	"As {T} you will shape our {P} from the first idea to production.",
	"You will work in a cross-functional team of {N2} people with product, design and engineering.",
	"The role reports to our VP of Engineering and has real influence on our roadmap.",
	"This is a new position created to support our go-to-market plans for {D}.",
	"You will own the {P} and make it faster, more reliable and easier to use.",
	"Together with our data team you will turn raw data into insight for {D}.",
	"We ship small changes many times a day and care deeply about quality.",
	"Your work will directly affect how thousands of customers experience our {P}.",
	"You will join at an exciting time: we are rebuilding our {P} on a modern stack.",
	"The team is distributed between {L} and two other offices.",
	"You will mentor colleagues and help us grow a strong engineering culture.",
};
static const char *intro_de[] = {
	"Zur Verstärkung unseres Teams in {L} suchen wir ab sofort eine/n {T}.",
	"Als {T} gestaltest du unseren {P} von der ersten Idee bis zum Betrieb.",
	"Du arbeitest in einem interdisziplinären Team aus {N2} Kolleginnen und Kollegen.",
	"Die Position berichtet direkt an die Bereichsleitung und hat echten Einfluss auf die Roadmap.",
	"Die Stelle ist neu geschaffen, um unsere Go-to-Market-Strategie im Bereich {D} zu unterstützen.",
	"Du verantwortest den {P} und machst ihn schneller, stabiler und einfacher.",
	"Gemeinsam mit unserem Datenteam machst du aus Rohdaten Erkenntnisse für den Bereich {D}.",
	"Wir liefern kleine Änderungen mehrmals täglich aus und legen großen Wert auf Qualität.",
	"Deine Arbeit beeinflusst direkt, wie tausende Kunden unseren {P} erleben.",
	"Du steigst zu einem spannenden Zeitpunkt ein: Wir bauen unseren {P} neu auf.",
	"Das Team arbeitet verteilt zwischen {L} und zwei weiteren Standorten.",
	"Du begleitest Kolleginnen und Kollegen und hilfst uns, eine starke Technikkultur aufzubauen.",
};
static const char *intro_fr[] = {
	"Nous recherchons un(e) {T} pour rejoindre notre équipe à {L}.",
	"En tant que {T}, vous ferez évoluer notre {P} de l'idée à la production.",
	"Vous travaillerez dans une équipe de {N2} personnes avec le produit et le design.",
	"Le poste est rattaché au directeur technique.",
	"Vous serez responsable du {P} et le rendrez plus rapide et plus fiable.",
	"Avec notre équipe data, vous transformerez les données brutes en décisions pour le secteur {D}.",
	"Nous livrons de petites évolutions plusieurs fois par jour.",
	"Vous accompagnerez vos collègues et contribuerez à notre culture technique.",
};
static const char *intro_es[] = {
	"Buscamos un/a {T} para incorporarse a nuestro equipo en {L}.",
	"Como {T} darás forma a nuestro {P} desde la idea hasta producción.",
	"Trabajarás en un equipo de {N2} personas con producto y diseño.",
	"El puesto reporta directamente al director de tecnología.",
	"Serás responsable del {P} y lo harás más rápido y fiable.",
	"Junto a nuestro equipo de datos convertirás datos en decisiones para {D}.",
	"Publicamos pequeños cambios varias veces al día.",
	"Acompañarás a tus compañeros y ayudarás a construir nuestra cultura técnica.",
};

static const char *task_en[] = {
	"Design, build and maintain data pipelines in {S}",
	"Develop new features for our {P} using {S}",
	"Write clean, tested and well-documented code",
	"Analyse large data sets and present results to stakeholders",
	"Automate reporting with {S} and retire manual {=Excel} sheets",
	"Work closely with R&D and product management on the roadmap",
	"Run experiments and evaluate them with sound statistics",
	"Improve monitoring, alerting and incident response",
	"Review code and share knowledge in pair programming sessions",
	"Migrate legacy services to our cloud platform on {S}",
	"Build dashboards that help the go-to-market team track key metrics",
	"Take part in our on-call rotation (one week in six)",
	"Translate business questions from {D} into data models",
	"Optimise the performance of our {P}",
	"Support the go-live of new releases in close contact with customers",
	"Keep our documentation and runbooks up to date",
	"Evaluate new tools and frameworks and make recommendations",
	"Prepare monthly forecasts and variance analyses",
	"Coordinate with external vendors and partners",
	"Mentor junior colleagues and working students",
};
static const char *task_de[] = {
	"Konzeption, Aufbau und Pflege von Datenpipelines mit {S}",
	"Entwicklung neuer Funktionen für unseren {P} mit {S}",
	"Du schreibst sauberen, getesteten und dokumentierten Code",
	"Analyse großer Datenmengen und Präsentation der Ergebnisse",
	"Automatisierung des Reportings mit {S} statt manueller {=Excel}-Listen",
	"Enge Zusammenarbeit mit R&D und Produktmanagement",
	"Planung und Auswertung von Experimenten mit soliden statistischen Methoden",
	"Verbesserung von Monitoring, Alerting und Incident-Management",
	"Code-Reviews und Wissensaustausch im Pair Programming",
	"Migration bestehender Dienste auf unsere Cloud-Plattform mit {S}",
	"Aufbau von Dashboards für das Go-to-Market-Team",
	"Teilnahme an der Rufbereitschaft (eine Woche von sechs)",
	"Übersetzung fachlicher Fragen aus dem Bereich {D} in Datenmodelle",
	"Optimierung der Performance unseres {P}",
	"Begleitung von Go-lives in engem Austausch mit unseren Kunden",
	"Pflege unserer Dokumentation und Betriebshandbücher",
	"Bewertung neuer Werkzeuge und Frameworks",
	"Erstellung monatlicher Forecasts und Abweichungsanalysen",
	"Abstimmung mit externen Dienstleistern und Partnern",
	"Betreuung von Werkstudierenden und Junior-Kolleginnen",
};
static const char *task_fr[] = {
	"Concevoir et maintenir des pipelines de données en {S}",
	"Développer de nouvelles fonctionnalités pour notre {P} avec {S}",
	"Écrire un code propre, testé et documenté",
	"Analyser de grands volumes de données et présenter les résultats",
	"Automatiser le reporting avec {S}",
	"Travailler avec la R&D et le produit sur la feuille de route",
	"Améliorer la supervision et la gestion des incidents",
	"Participer aux revues de code",
	"Migrer des services existants vers le cloud avec {S}",
	"Optimiser les performances de notre {P}",
	"Tenir à jour la documentation",
	"Accompagner les stagiaires et alternants",
};
static const char *task_es[] = {
	"Diseñar y mantener pipelines de datos en {S}",
	"Desarrollar nuevas funcionalidades para nuestro {P} con {S}",
	"Escribir código limpio, probado y documentado",
	"Analizar grandes volúmenes de datos y presentar resultados",
	"Automatizar informes con {S}",
	"Colaborar con I+D y producto en la hoja de ruta",
	"Mejorar la monitorización y la gestión de incidencias",
	"Participar en revisiones de código",
	"Migrar servicios existentes a la nube con {S}",
	"Optimizar el rendimiento de nuestro {P}",
	"Mantener la documentación al día",
	"Acompañar a becarios y perfiles junior",
};

static const char *req_en[] = {
	"{Y2}+ years of experience with {S} in production",
	"Very good knowledge of {S} and {S}",
	"Hands-on experience with {S}; {S} is a plus",
	"Solid {=SQL} skills and a feeling for data quality",
	"Experience with {=Java} (Spring Boot) and the JVM ecosystem",
	"You know {S} well and are happy to learn {S}",
	"Advanced {=Excel} skills (pivot tables, Power Query)",
	"Familiarity with statistics in {=R} or {=Python}",
	"A degree in computer science, mathematics or a related field",
	"Excellent communication skills in English; German is a plus",
	"You are a self-starter and a real go-getter",
	"Experience with distributed processing in {=Spark}",
	"Good command of {=C} and embedded {=Linux}",
	"Experience with {=Go} microservices and gRPC",
	"Strong analytical thinking and attention to detail",
	"Experience working with C-level stakeholders",
	"Knowledge of agile methods (Scrum or Kanban)",
	"Willingness to travel occasionally (up to 10%)",
};
static const char *req_de[] = {
	"Mindestens {Y2} Jahre Berufserfahrung mit {S}",
	"Sehr gute {S}-Kenntnisse und Erfahrung mit {S}",
	"Praktische Erfahrung mit {S}, idealerweise auch mit {S}",
	"{=Python}-Kenntnisse und sicherer Umgang mit {=SQL}",
	"Erfahrung mit {=Java} und Spring Boot",
	"Du kennst {S} gut und hast Lust, {S} zu lernen",
	"Sehr gute {=Excel}-Kenntnisse (Pivot, SVERWEIS)",
	"Statistikkenntnisse, idealerweise in {=R}",
	"Abgeschlossenes Studium der Informatik, Mathematik oder vergleichbar",
	"Sehr gute Deutsch- und gute Englischkenntnisse",
	"Erfahrung mit verteilter Datenverarbeitung in {=Spark}",
	"Gute Kenntnisse in {=C} und Embedded {=Linux}",
	"Erfahrung mit {=Go}-Microservices",
	"Analytisches Denkvermögen und eine strukturierte Arbeitsweise",
	"Exzellente Kommunikationsfähigkeit und Teamfähigkeit",
	"Erfahrung mit agilen Methoden (Scrum, Kanban)",
	"Reisebereitschaft von bis zu 10 %",
	"Führerschein Klasse B wünschenswert",
};
static const char *req_fr[] = {
	"Au moins {Y2} ans d'expérience avec {S}",
	"Très bonne maîtrise de {S} et de {S}",
	"Expérience pratique de {S} ; {S} est un plus",
	"Bonnes compétences en {=SQL}",
	"Expérience en {=Java} (pas seulement {=JavaScript})",
	"Maîtrise d'{=Excel}",
	"Diplôme d'ingénieur ou équivalent",
	"Excellentes capacités de communication",
	"Anglais courant",
	"Connaissance des méthodes agiles",
};
static const char *req_es[] = {
	"Al menos {Y2} años de experiencia con {S}",
	"Muy buen conocimiento de {S} y {S}",
	"Experiencia práctica con {S}; se valorará {S}",
	"Buen nivel de {=SQL}",
	"Experiencia en {=Java} y {=JavaScript}",
	"Dominio de {=Excel}",
	"Grado en informática, matemáticas o similar",
	"Excelentes habilidades de comunicación",
	"Inglés fluido",
	"Conocimiento de metodologías ágiles",
};

static const char *benefit_en[] = {
	"30 days of paid holiday", "Flexible working hours", "A yearly learning budget of 1,500 EUR",
	"Company pension scheme", "Free public transport ticket", "Modern equipment of your choice",
	"Regular team events and a summer party", "Private health insurance",
	"Bike leasing", "Subsidised lunch in our canteen", "Parental leave top-up",
	"Four weeks of work from anywhere per year", "Stock options", "Free gym membership",
};
static const char *benefit_de[] = {
	"30 Tage Urlaub", "Flexible Arbeitszeiten und Gleitzeit", "Weiterbildungsbudget von 1.500 EUR im Jahr",
	"Betriebliche Altersvorsorge", "Deutschlandticket als Jobticket", "Moderne Ausstattung nach Wahl",
	"Regelmäßige Teamevents und Sommerfest", "Zuschuss zur Kinderbetreuung", "JobRad",
	"Kantine mit Essenszuschuss", "Vermögenswirksame Leistungen", "Vier Wochen Workation pro Jahr",
	"Urban Sports Club Mitgliedschaft", "Unbefristeter Arbeitsvertrag",
};
static const char *benefit_fr[] = {
	"25 jours de congés et RTT", "Horaires flexibles", "Budget formation annuel",
	"Mutuelle prise en charge à 100 %", "Tickets restaurant", "Matériel moderne",
	"Événements d'équipe réguliers", "Forfait mobilités durables",
};
static const char *benefit_es[] = {
	"23 días de vacaciones", "Horario flexible", "Presupuesto anual de formación",
	"Seguro médico privado", "Ticket restaurante", "Equipo moderno",
	"Eventos de equipo", "Retribución flexible",
};

static const char *footer_en[] = {
	"{C} is an equal opportunity employer. We welcome applications from everyone, regardless of gender, origin, religion, disability, age or sexual orientation.",
	"We are committed to building a diverse team and encourage people from under-represented groups to apply.",
	"Questions? Our recruiting team is happy to help: jobs@{c}.example",
	"Please note that we do not accept applications from agencies.",
};
static const char *footer_de[] = {
	"Wir freuen uns über Bewerbungen unabhängig von Geschlecht, Nationalität, ethnischer und sozialer Herkunft, Religion, Behinderung, Alter sowie sexueller Orientierung.",
	"Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung bevorzugt berücksichtigt.",
	"Fragen beantwortet dir unser Recruiting-Team gerne unter jobs@{c}.example",
	"Bitte sieh von Bewerbungen über Personaldienstleister ab.",
};
static const char *footer_fr[] = {
	"{C} s'engage en faveur de la diversité et de l'inclusion.",
	"Tous nos postes sont ouverts aux personnes en situation de handicap.",
	"Des questions ? Écrivez-nous : jobs@{c}.example",
};
static const char *footer_es[] = {
	"{C} es una empresa comprometida con la igualdad de oportunidades.",
	"Valoramos la diversidad y animamos a todas las personas a presentar su candidatura.",
	"¿Preguntas? Escríbenos a jobs@{c}.example",
};

static const char *hd_tasks[NLANG] = {"Your tasks:", "Deine Aufgaben:", "Vos missions :", "Tus funciones:"};
static const char *hd_tasks2[NLANG] = {"What you will do", "Das erwartet dich", "Missions", "Qué harás"};
static const char *hd_req[NLANG] = {"Your profile:", "Dein Profil:", "Votre profil :", "Tu perfil:"};
static const char *hd_req2[NLANG] = {"What you bring", "Das bringst du mit", "Profil recherché", "Requisitos"};
static const char *hd_ben[NLANG] = {"What we offer:", "Wir bieten:", "Nous offrons :", "Ofrecemos:"};
static const char *hd_about[NLANG] = {"About us", "Über uns", "Qui sommes-nous ?", "Sobre nosotros"};

static const char *month_en[] = {"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"};
static const char *month_de[] = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
	"August", "September", "Oktober", "November", "Dezember"};

/* small word substitutions for near duplicates */
static const char *swaps[][2] = {
	{"team", "squad"}, {"work", "collaborate"}, {"build", "create"}, {"data", "information"},
	{"customers", "clients"}, {"experience", "practice"}, {"people", "colleagues"},
	{"new", "fresh"}, {"Team", "Abteilung"}, {"unser", "das"}, {"Erfahrung", "Praxis"},
	{"und", "sowie"}, {"with", "using"}, {"our", "the"}, {"mit", "inklusive"},
	{"de", "du"}, {"y", "e"}, {"el", "un"}, {"la", "une"},
};

/* ---------------------------------------------------------------- ads */

typedef struct company {
	char name[80];
	char slug[48];
	int lang;          /* home language */
	int city;
	int domain;
	int year, staff;
	uint64_t seed;
} company;

enum { NCOMPANY = 240 };
static company companies[NCOMPANY];

typedef struct ad {
	jd_buf text;
	int lang, company, city, title, sen, emp, remote;
	int day;           /* day of 2026, 0..364 */
	char title_s[160];
	char salary[4][24];   /* min, max, currency, period */
	char skills[200];
	char id[17];
	unsigned long long rec;
} ad;

typedef struct fill {
	rng_t *r;
	const ad *a;
	const company *c;
	jd_buf *skills;       /* planted skills, ';'-joined */
	int nskill_used;
	int used[N_(skills)];
} fill;

static void add_skill(fill *f, int k)
{
	if (f->used[k])
		return;
	f->used[k] = 1;
	if (f->skills) {
		if (f->skills->len)
			jd_buf_addc(f->skills, ';');
		jd_buf_adds(f->skills, skills[k][1]);
	}
}

/* expand a template into out */
static void expand(jd_buf *out, const char *t, fill *f)
{
	const company *c = f->c;
	for (const char *p = t; *p; p++) {
		if (*p != '{') {
			jd_buf_addc(out, *p);
			continue;
		}
		const char *e = strchr(p, '}');
		if (!e) {
			jd_buf_adds(out, p);
			return;
		}
		size_t kl = (size_t)(e - p - 1);
		const char *k = p + 1;
		if (kl == 1 && *k == 'T')
			jd_buf_adds(out, f->a->title_s);
		else if (kl == 1 && *k == 'C')
			jd_buf_adds(out, c->name);
		else if (kl == 1 && *k == 'c')
			jd_buf_adds(out, c->slug);
		else if (kl == 1 && *k == 'L')
			jd_buf_adds(out, cities[f->a->lang][f->a->city]);
		else if (kl == 1 && *k == 'D')
			jd_buf_adds(out, domains[f->a->lang][c->domain]);
		else if (kl == 1 && *k == 'P')
			jd_buf_adds(out, PICK(f->r, products));
		else if (kl == 1 && *k == 'Y')
			jd_buf_printf(out, "%d", c->year);
		else if (kl == 1 && *k == 'N')
			jd_buf_printf(out, "%d", c->staff);
		else if (kl == 2 && k[0] == 'N')
			jd_buf_printf(out, "%u", rnd_range(f->r, 4, 14));
		else if (kl == 2 && k[0] == 'Y')
			jd_buf_printf(out, "%u", rnd_range(f->r, 2, 8));
		else if (kl == 1 && *k == 'S') {
			int s;
			do
				s = (int)rnd(f->r, (uint32_t)N_(skills));
			while (f->used[s] && f->nskill_used++ < 64);
			add_skill(f, s);
			jd_buf_adds(out, skills[s][0]);
		} else if (kl > 1 && *k == '=') {
			/* a skill named literally in the template */
			for (size_t s = 0; s < N_(skills); s++)
				if (strlen(skills[s][0]) == kl - 1 && memcmp(skills[s][0], k + 1, kl - 1) == 0)
					add_skill(f, (int)s);
			jd_buf_add(out, k + 1, kl - 1);
		} else
			jd_buf_add(out, p, (size_t)(e - p + 1));
		p = e;
	}
}

static void date_str(char out[16], int day)
{
	static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int m = 0;
	if (day < 0) day = 0;
	if (day > 364) day = 364;
	while (day >= mdays[m]) {
		day -= mdays[m];
		m++;
	}
	snprintf(out, 16, "2026-%02d-%02d", (m + 1) % 100, (day + 1) % 100);
}

/* date as written in the text: several formats */
static void date_text(jd_buf *b, int day, int lang, rng_t *r)
{
	char d[16];
	date_str(d, day);
	int y = 2026, m = atoi(d + 5), dd = atoi(d + 8);
	switch (rnd(r, 3)) {
	case 0: jd_buf_adds(b, d); break;
	case 1:
		if (lang == DE) jd_buf_printf(b, "%02d.%02d.%d", dd, m, y);
		else if (lang == EN) jd_buf_printf(b, "%02d/%02d/%d", dd, m, y);
		else jd_buf_printf(b, "%02d/%02d/%d", dd, m, y);
		break;
	default:
		if (lang == DE) jd_buf_printf(b, "%d. %s %d", dd, month_de[m - 1], y);
		else jd_buf_printf(b, "%d %s %d", dd, month_en[m - 1], y);
	}
}

/* group thousands with sep */
static void num_group(jd_buf *b, long v, const char *sep)
{
	char tmp[32];
	snprintf(tmp, sizeof tmp, "%ld", v);
	size_t n = strlen(tmp);
	for (size_t i = 0; i < n; i++) {
		if (i && (n - i) % 3 == 0)
			jd_buf_adds(b, sep);
		jd_buf_addc(b, tmp[i]);
	}
}

/* salary sentence; fills a->salary */
static void salary(jd_buf *b, ad *a, rng_t *r)
{
	int lang = a->lang;
	int kind = (int)rnd(r, 14);
	long lo, hi;
	const char *cur = "EUR", *per = "year";
	if (lang == EN && kind < 3) {
		/* USD / GBP yearly */
		cur = rnd(r, 2) ? "USD" : "GBP";
		lo = (long)rnd_range(r, 40, 150) * 1000;
		hi = lo + (long)rnd_range(r, 5, 40) * 1000;
		if (kind == 0) {
			jd_buf_adds(b, "Salary: ");
			jd_buf_adds(b, cur[0] == 'U' ? "$" : "£");
			num_group(b, lo, ",");
			jd_buf_adds(b, " - ");
			jd_buf_adds(b, cur[0] == 'U' ? "$" : "£");
			num_group(b, hi, ",");
			jd_buf_adds(b, " per year.");
		} else if (kind == 1) {
			jd_buf_printf(b, "The salary range for this role is %s%ldk–%s%ldk plus bonus.",
				      cur[0] == 'U' ? "$" : "£", lo / 1000, cur[0] == 'U' ? "$" : "£", hi / 1000);
		} else {
			jd_buf_printf(b, "Compensation: %s ", cur);
			num_group(b, lo, ",");
			jd_buf_adds(b, " to ");
			num_group(b, hi, ",");
			jd_buf_adds(b, " annually, depending on experience.");
		}
	} else if (lang == EN && kind == 3) {
		cur = "USD"; per = "hour";
		lo = (long)rnd_range(r, 25, 90);
		hi = lo + (long)rnd_range(r, 5, 30);
		jd_buf_printf(b, "Pay: $%ld–$%ld per hour (contract, 40 hours/week).", lo, hi);
	} else if (lang == EN && kind == 4) {
		cur = "INR"; per = "year";
		lo = (long)rnd_range(r, 6, 30);
		hi = lo + (long)rnd_range(r, 2, 12);
		jd_buf_printf(b, "CTC: %ld-%ld LPA.", lo, hi);
		lo *= 100000;
		hi *= 100000;
	} else if (lang == EN && kind == 5) {
		cur = "EUR"; per = "year";
		lo = (long)rnd_range(r, 45, 110) * 1000;
		hi = lo + (long)rnd_range(r, 5, 30) * 1000;
		jd_buf_adds(b, "We offer a base salary between €");
		num_group(b, lo, ",");
		jd_buf_adds(b, " and €");
		num_group(b, hi, ",");
		jd_buf_adds(b, " gross per year.");
	} else if (lang == EN && kind == 6) {
		cur = "CHF";
		lo = (long)rnd_range(r, 90, 160) * 1000;
		hi = lo + (long)rnd_range(r, 10, 30) * 1000;
		jd_buf_adds(b, "Salary band: CHF ");
		num_group(b, lo, "'");
		jd_buf_adds(b, " – ");
		num_group(b, hi, "'");
		jd_buf_adds(b, " p.a.");
	} else if (lang == DE && kind < 3) {
		lo = (long)rnd_range(r, 42, 110) * 1000;
		hi = lo + (long)rnd_range(r, 5, 30) * 1000;
		if (kind == 0) {
			jd_buf_adds(b, "Gehalt: ");
			num_group(b, lo, ".");
			jd_buf_adds(b, " – ");
			num_group(b, hi, ".");
			jd_buf_adds(b, " € brutto jährlich.");
		} else if (kind == 1) {
			jd_buf_printf(b, "Das Jahresgehalt liegt zwischen %ld T€ und %ld T€.", lo / 1000, hi / 1000);
		} else {
			jd_buf_adds(b, "Wir bieten ein Bruttojahresgehalt ab ");
			num_group(b, lo, ".");
			jd_buf_adds(b, " EUR, je nach Erfahrung bis zu ");
			num_group(b, hi, ".");
			jd_buf_adds(b, " EUR p.a.");
		}
	} else if (lang == DE && kind < 5) {
		per = "month";
		lo = (long)rnd_range(r, 28, 75) * 100;
		hi = lo + (long)rnd_range(r, 3, 15) * 100;
		jd_buf_adds(b, "Vergütung: ");
		num_group(b, lo, ".");
		jd_buf_adds(b, " bis ");
		num_group(b, hi, ".");
		jd_buf_adds(b, " € brutto pro Monat.");
	} else if (lang == DE && kind == 5) {
		per = "hour";
		lo = (long)rnd_range(r, 14, 40);
		int cents = (int)rnd(r, 4) * 25;
		jd_buf_printf(b, "Stundenlohn: %ld,%02d €/Std.", lo, cents);
		hi = lo;
		snprintf(a->salary[0], 24, "%ld.%02d", lo, cents);
		snprintf(a->salary[1], 24, "%ld.%02d", lo, cents);
		snprintf(a->salary[2], 24, "%s", cur);
		snprintf(a->salary[3], 24, "%s", per);
		return;
	} else if (lang == FR && kind < 6) {
		lo = (long)rnd_range(r, 38, 90) * 1000;
		hi = lo + (long)rnd_range(r, 5, 20) * 1000;
		jd_buf_adds(b, "Rémunération : ");
		num_group(b, lo, " ");
		jd_buf_adds(b, " € – ");
		num_group(b, hi, " ");
		jd_buf_adds(b, " € bruts annuels.");
	} else if (lang == ES && kind < 6) {
		lo = (long)rnd_range(r, 25, 70) * 1000;
		hi = lo + (long)rnd_range(r, 5, 20) * 1000;
		jd_buf_adds(b, "Salario: ");
		num_group(b, lo, ".");
		jd_buf_adds(b, " - ");
		num_group(b, hi, ".");
		jd_buf_adds(b, " € brutos anuales.");
	} else {
		/* no salary; sometimes a misleading number */
		if (rnd(r, 2))
			jd_buf_adds(b, lang == DE ? "Attraktive Vergütung und 30 Tage Urlaub." :
				       lang == EN ? "Competitive salary and 401(k) matching." :
				       lang == FR ? "Salaire attractif selon profil." : "Salario competitivo según experiencia.");
		else
			jd_buf_adds(b, lang == DE ? "Wir freuen uns auf deine Gehaltsvorstellung." :
				       lang == EN ? "Please include your salary expectations." :
				       lang == FR ? "Merci d'indiquer vos prétentions salariales." : "Indica tu banda salarial.");
		a->salary[0][0] = a->salary[1][0] = a->salary[2][0] = a->salary[3][0] = '\0';
		return;
	}
	snprintf(a->salary[0], 24, "%ld", lo);
	snprintf(a->salary[1], 24, "%ld", hi);
	snprintf(a->salary[2], 24, "%s", cur);
	snprintf(a->salary[3], 24, "%s", per);
}

static void bullets(jd_buf *b, const char **bank, size_t nbank, int n, fill *f)
{
	int used[64] = {0};
	for (int i = 0; i < n; i++) {
		size_t k;
		int tries = 0;
		do
			k = rnd(f->r, (uint32_t)nbank);
		while (used[k] && ++tries < 20);
		used[k] = 1;
		jd_buf_adds(b, "- ");
		expand(b, bank[k], f);
		jd_buf_addc(b, '\n');
	}
}

static void sentences(jd_buf *b, const char **bank, size_t nbank, int n, fill *f)
{
	int used[64] = {0};
	for (int i = 0; i < n; i++) {
		size_t k;
		int tries = 0;
		do
			k = rnd(f->r, (uint32_t)nbank);
		while (used[k] && ++tries < 20);
		used[k] = 1;
		if (i)
			jd_buf_addc(b, ' ');
		expand(b, bank[k], f);
	}
}

#define BANK(x) (lang == EN ? x##_en : lang == DE ? x##_de : lang == FR ? x##_fr : x##_es)
#define NBANK(x) (lang == EN ? N_(x##_en) : lang == DE ? N_(x##_de) : lang == FR ? N_(x##_fr) : N_(x##_es))

/* company boilerplate (about + footer), the same for every ad of the
 * company in one language */
static void boilerplate(jd_buf *about, jd_buf *foot, const ad *a)
{
	const company *c = &companies[a->company];
	int lang = a->lang;
	rng_t r;
	rng_seed(&r, c->seed ^ (uint64_t)lang);
	ad tmp = *a;
	tmp.city = c->city;
	fill f;
	memset(&f, 0, sizeof f);
	f.r = &r;
	f.a = &tmp;
	f.c = c;
	sentences(about, BANK(about), NBANK(about), (int)rnd_range(&r, 3, 5), &f);
	sentences(foot, BANK(footer), NBANK(footer), (int)rnd_range(&r, 1, 3), &f);
}

static void make_title(ad *a, rng_t *r)
{
	const char *base = titles[a->lang][a->title];
	const char *pre = sen_pre[a->lang][a->sen];
	if (a->lang == DE)
		snprintf(a->title_s, sizeof a->title_s, "%s%s (%s)", pre, base,
			 rnd(r, 3) ? "m/w/d" : "w/m/d");
	else if (a->lang == FR)
		snprintf(a->title_s, sizeof a->title_s, "%s%s (H/F)", pre, base);
	else
		snprintf(a->title_s, sizeof a->title_s, "%s%s", pre, base);
}

/* the footer line with dates and a reference: changed by reposts */
static void apply_line(jd_buf *b, const ad *a, rng_t *r)
{
	int lang = a->lang;
	unsigned ref = (unsigned)rnd(r, 900000) + 100000;
	if (lang == DE) {
		jd_buf_adds(b, "Bewirb dich bis zum ");
		date_text(b, a->day + 30, lang, r);
		jd_buf_printf(b, " unter Angabe der Referenznummer %u. Veröffentlicht am ", ref);
	} else if (lang == EN) {
		jd_buf_adds(b, "Apply by ");
		date_text(b, a->day + 30, lang, r);
		jd_buf_printf(b, " quoting reference %u. Posted ", ref);
	} else if (lang == FR) {
		jd_buf_adds(b, "Candidatez avant le ");
		date_text(b, a->day + 30, lang, r);
		jd_buf_printf(b, ", référence %u. Publié le ", ref);
	} else {
		jd_buf_adds(b, "Envía tu candidatura antes del ");
		date_text(b, a->day + 30, lang, r);
		jd_buf_printf(b, ", referencia %u. Publicado el ", ref);
	}
	date_text(b, a->day, lang, r);
	jd_buf_adds(b, ".");
}

static void header_line(jd_buf *b, const ad *a, rng_t *r, int variant)
{
	const company *c = &companies[a->company];
	const char *city = cities[a->lang][a->city];
	switch (variant % 5) {
	case 0: jd_buf_printf(b, "%s – %s, %s", a->title_s, c->name, city); break;
	case 1: jd_buf_printf(b, "%s at %s in %s", a->title_s, c->name, city); break;
	case 2: jd_buf_printf(b, "%s | %s | %s", a->title_s, city, c->name); break;
	case 3: jd_buf_printf(b, "Job offer: %s (%s)", a->title_s, city); break;
	default: jd_buf_printf(b, "%s, %s – ref. %u", a->title_s, city, rnd(r, 90000) + 10000);
	}
}

/* Build a complete ad into a->text. */
static void build_ad(ad *a, rng_t *r)
{
	int lang = a->lang;
	const company *c = &companies[a->company];
	jd_buf *t = &a->text;
	jd_buf skl = JD_BUF_INIT, about = JD_BUF_INIT, foot = JD_BUF_INIT;
	fill f;
	memset(&f, 0, sizeof f);
	f.r = r;
	f.a = a;
	f.c = c;
	f.skills = &skl;
	t->len = 0;
	boilerplate(&about, &foot, a);

	header_line(t, a, r, (int)rnd(r, 5));
	jd_buf_addc(t, '\n');
	jd_buf_adds(t, emp_words[lang][a->emp]);
	if (*remote_words[lang][a->remote]) {
		jd_buf_addc(t, ' ');
		jd_buf_adds(t, remote_words[lang][a->remote]);
	}
	jd_buf_adds(t, "\n\n");
	int about_first = rnd(r, 2);
	if (about_first) {
		jd_buf_adds(t, hd_about[lang]);
		jd_buf_addc(t, '\n');
		jd_buf_add(t, about.p, about.len);
		jd_buf_adds(t, "\n\n");
	}
	sentences(t, BANK(intro), NBANK(intro), (int)rnd_range(r, 2, 6), &f);
	jd_buf_adds(t, "\n\n");
	if (rnd(r, 3) == 0) {   /* a second, longer intro paragraph */
		sentences(t, BANK(intro), NBANK(intro), (int)rnd_range(r, 3, 7), &f);
		jd_buf_adds(t, "\n\n");
	}
	jd_buf_adds(t, rnd(r, 2) ? hd_tasks[lang] : hd_tasks2[lang]);
	jd_buf_addc(t, '\n');
	bullets(t, BANK(task), NBANK(task), (int)rnd_range(r, 3, 11), &f);
	jd_buf_addc(t, '\n');
	jd_buf_adds(t, rnd(r, 2) ? hd_req[lang] : hd_req2[lang]);
	jd_buf_addc(t, '\n');
	bullets(t, BANK(req), NBANK(req), (int)rnd_range(r, 3, 11), &f);
	jd_buf_addc(t, '\n');
	salary(t, a, r);
	jd_buf_adds(t, "\n\n");
	jd_buf_adds(t, hd_ben[lang]);
	jd_buf_addc(t, '\n');
	bullets(t, BANK(benefit), NBANK(benefit), (int)rnd_range(r, 2, 6), &f);
	if (!about_first) {
		jd_buf_addc(t, '\n');
		jd_buf_adds(t, hd_about[lang]);
		jd_buf_addc(t, '\n');
		jd_buf_add(t, about.p, about.len);
		jd_buf_addc(t, '\n');
	}
	jd_buf_addc(t, '\n');
	jd_buf_add(t, foot.p, foot.len);
	jd_buf_adds(t, "\n\n");
	apply_line(t, a, r);
	snprintf(a->skills, sizeof a->skills, "%s", skl.len ? skl.p : "");
	jd_buf_free(&skl);
	jd_buf_free(&about);
	jd_buf_free(&foot);
}

static void new_ad(ad *a, rng_t *r, int comp)
{
	a->company = comp;
	const company *c = &companies[comp];
	uint32_t x = rnd(r, 100);
	a->lang = x < 85 ? c->lang : EN;
	if (c->lang != EN && c->lang != DE)
		a->lang = x < 92 ? c->lang : EN;
	a->city = rnd(r, 4) ? c->city : (int)rnd(r, 10);
	a->title = (int)rnd(r, 24);
	a->sen = (int)rnd(r, 8);
	a->emp = (int)rnd(r, 10);
	if (a->sen == 7)
		a->emp = 8;
	a->remote = (int)rnd(r, 6);
	a->day = (int)rnd(r, 335);
	make_title(a, r);
	build_ad(a, r);
}

/* ---------------------------------------------------------------- edits */

typedef struct span { size_t off, len; } span;

/* split text into paragraphs at blank lines */
static size_t paragraphs(const char *s, size_t n, span *out, size_t max)
{
	size_t k = 0, start = 0;
	for (size_t i = 0; i + 1 < n; i++) {
		if (s[i] == '\n' && s[i + 1] == '\n') {
			if (k < max)
				out[k++] = (span){start, i - start};
			start = i + 2;
			i++;
		}
	}
	if (k < max)
		out[k++] = (span){start, n - start};
	return k;
}

/* Make a near-duplicate text of orig (ad a carries the repost's date). */
static void near_edit(jd_buf *out, const jd_buf *orig, const ad *a, rng_t *r)
{
	span p[64];
	size_t np = paragraphs(orig->p, orig->len, p, 64);
	int order[64];
	for (size_t i = 0; i < np; i++)
		order[i] = (int)i;
	unsigned edits = 0;
	while (edits == 0)
		edits = rnd(r, 32);
	/* bit 0: header line, 1: footer line, 2: move a paragraph,
	 * 3: change words, 4: append board line */
	if ((edits & 4) && np > 4) {
		size_t i = 1 + rnd(r, (uint32_t)(np - 3)), j = 1 + rnd(r, (uint32_t)(np - 3));
		int t = order[i];
		order[i] = order[j];
		order[j] = t;
	}
	int nchange = (edits & 8) ? (int)rnd_range(r, 1, 3) : 0;
	out->len = 0;
	for (size_t q = 0; q < np; q++) {
		size_t i = (size_t)order[q];
		const char *s = orig->p + p[i].off;
		size_t n = p[i].len;
		if (q)
			jd_buf_adds(out, "\n\n");
		if (i == 0 && (edits & 1)) {
			/* replace the first line */
			const char *nl = memchr(s, '\n', n);
			if (rnd(r, 2)) {
				header_line(out, a, r, (int)rnd(r, 5));
			} else {
				static const char *pre[] = {"NEW: ", "Repost: ", "[Top job] ", "Urgent: ", "Hot job! "};
				jd_buf_adds(out, PICK(r, pre));
				jd_buf_add(out, s, nl ? (size_t)(nl - s) : n);
			}
			if (nl)
				jd_buf_add(out, nl, n - (size_t)(nl - s));
			continue;
		}
		if (i == np - 1 && (edits & 2)) {
			apply_line(out, a, r);
			continue;
		}
		jd_buf_add(out, s, n);
	}
	if (edits & 16) {
		static const char *boards[] = {"Found on StepStone", "Seen on Indeed", "via LinkedIn",
			"Gefunden bei XING", "Source: company careers page"};
		const char *board = PICK(r, boards);   /* draws in a fixed order */
		jd_buf_printf(out, "\n\n%s. Job ID %u.", board, rnd(r, 9000000) + 1000000);
	}
	/* change a few words: swap-table hits or delete a word */
	for (int c = 0; c < nchange; c++) {
		size_t pos = rnd(r, (uint32_t)out->len);
		/* move to a word start */
		while (pos < out->len && dd_ascii_word((unsigned char)out->p[pos]))
			pos++;
		while (pos < out->len && !dd_ascii_word((unsigned char)out->p[pos]))
			pos++;
		size_t end = pos;
		while (end < out->len && dd_ascii_word((unsigned char)out->p[end]))
			end++;
		if (end == pos)
			continue;
		const char *rep = NULL;
		for (size_t k = 0; k < N_(swaps) && !rep; k++)
			if (strlen(swaps[k][0]) == end - pos && memcmp(out->p + pos, swaps[k][0], end - pos) == 0)
				rep = swaps[k][1];
		if (!rep)
			rep = rnd(r, 2) ? "" : "very";
		jd_buf tmp = JD_BUF_INIT;
		jd_buf_add(&tmp, out->p, pos);
		jd_buf_adds(&tmp, rep);
		size_t e2 = end;
		if (!*rep && e2 < out->len && out->p[e2] == ' ')
			e2++;
		jd_buf_add(&tmp, out->p + e2, out->len - e2);
		jd_buf_free(out);
		*out = tmp;
	}
}

/* Hard negative, harder kind: the original's paragraphs (header, about,
 * intro, benefits, company footer) with the tasks, profile and salary
 * paragraphs and the apply line of another ad b; result in b. */
static int starts_with_any(const char *s, size_t n, const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	return (n >= la && memcmp(s, a, la) == 0) || (n >= lb && memcmp(s, b, lb) == 0);
}

static void splice(jd_buf *tmp, const jd_buf *a, jd_buf *b, int lang)
{
	span pa[64], pb[64];
	size_t na = paragraphs(a->p, a->len, pa, 64), nb = paragraphs(b->p, b->len, pb, 64);
	size_t bt = 0, br = 0;
	for (size_t i = 0; i < nb; i++) {
		if (starts_with_any(b->p + pb[i].off, pb[i].len, hd_tasks[lang], hd_tasks2[lang]))
			bt = i;
		if (starts_with_any(b->p + pb[i].off, pb[i].len, hd_req[lang], hd_req2[lang]))
			br = i;
	}
	tmp->len = 0;
	for (size_t i = 0; i < na; i++) {
		const char *s = a->p + pa[i].off;
		size_t n = pa[i].len;
		size_t from = (size_t)-1;
		if (starts_with_any(s, n, hd_tasks[lang], hd_tasks2[lang]))
			from = bt;
		else if (starts_with_any(s, n, hd_req[lang], hd_req2[lang]))
			from = br;
		else if (i > 0 && starts_with_any(a->p + pa[i - 1].off, pa[i - 1].len, hd_req[lang], hd_req2[lang]))
			from = br + 1 < nb ? br + 1 : (size_t)-1;   /* the salary paragraph */
		else if (i == na - 1)
			from = nb - 1;
		if (i)
			jd_buf_adds(tmp, "\n\n");
		if (from != (size_t)-1)
			jd_buf_add(tmp, b->p + pb[from].off, pb[from].len);
		else
			jd_buf_add(tmp, s, n);
	}
	b->len = 0;
	jd_buf_add(b, tmp->p, tmp->len);
}

/* ---------------------------------------------------------------- main */

typedef struct opts {
	unsigned long long n, bytes;
	uint64_t seed;
	const char *out, *truth;
	int k;
} opts;

static void process_args(int argc, char **argv, opts *o)
{
	enum { OPT_OUT = JD_OPT_FIRST_TOOL, OPT_TRUTH, OPT_BYTES, OPT_SHINGLE };
	static const struct option longopts[] = {
		JD_COMMON_LONGOPTS,
		{"out", required_argument, NULL, OPT_OUT},
		{"truth", required_argument, NULL, OPT_TRUTH},
		{"bytes", required_argument, NULL, OPT_BYTES},
		{"shingle", required_argument, NULL, OPT_SHINGLE},
		{NULL, 0, NULL, 0},
	};
	int c;
	o->k = 5;
	while ((c = jd_getopt(argc, argv, "", longopts, usage)) != -1) {
		switch (c) {
		case OPT_OUT: o->out = optarg; break;
		case OPT_TRUTH: o->truth = optarg; break;
		case OPT_BYTES: o->bytes = jd_opt_size("--bytes", optarg); break;
		case OPT_SHINGLE: o->k = (int)jd_opt_long("--shingle", optarg, 1, 64); break;
		default: jd_usage_error("unknown option");
		}
	}
	int want = o->bytes ? 1 : 2;
	if (argc - optind != want)
		jd_usage_error(o->bytes ? "expected SEED after the options" : "expected N and SEED");
	char *end;
	if (!o->bytes) {
		errno = 0;
		o->n = strtoull(argv[optind], &end, 10);
		if (errno || *end || end == argv[optind] || argv[optind][0] == '-')
			jd_usage_error("N: not a number: '%s'", argv[optind]);
		optind++;
	}
	errno = 0;
	o->seed = strtoull(argv[optind], &end, 10);
	if (errno || *end || end == argv[optind] || argv[optind][0] == '-')
		jd_usage_error("SEED: not a number: '%s'", argv[optind]);
}

enum { RING = 2048 };

typedef struct setcache {
	dd_u64vec words, sh, sh2;
	jd_buf wb;
} setcache;

static double true_jaccard(setcache *sc, const jd_buf *a, const jd_buf *b, int k)
{
	dd_words(a->p, a->len, &sc->words, &sc->wb);
	dd_shingles(&sc->words, k, &sc->sh);
	dd_sort_unique(&sc->sh);
	dd_words(b->p, b->len, &sc->words, &sc->wb);
	dd_shingles(&sc->words, k, &sc->sh2);
	dd_sort_unique(&sc->sh2);
	return dd_jaccard_sorted(&sc->sh, &sc->sh2);
}

static void put_record(jd_out *o, const ad *a, rng_t *r, unsigned long long *bytes)
{
	char d[16], src[128];
	date_str(d, a->day);
	/* two draws, in this order: as arguments of one call their order
	 * would be up to the compiler (gcc and clang differ) */
	const char *site = sources[rnd(r, (uint32_t)N_(sources))];
	unsigned num = (unsigned)(rng_next(r) % 900000000u) + 100000000u;
	snprintf(src, sizeof src, "%s%u", site, num);
	/* make room so the record's size can be measured in the buffer */
	if (o->len + 2 * a->text.len + 1024 > o->cap)
		jd_out_flush(o);
	size_t before = o->len;
	jd_csv_puts(o, a->id);
	jd_csv_puts(o, src);
	jd_csv_puts(o, lang_code[a->lang]);
	jd_csv_puts(o, a->title_s);
	jd_csv_puts(o, companies[a->company].name);
	jd_csv_puts(o, cities[a->lang][a->city]);
	jd_csv_puts(o, d);
	jd_csv_puts(o, employments[a->emp]);
	jd_csv_puts(o, sen_val[a->sen]);
	jd_csv_puts(o, remotes[a->remote]);
	jd_csv_putf(o, "%zu", jd_word_count(a->text.p, a->text.len));
	jd_csv_put(o, a->text.p, a->text.len);
	jd_csv_endrow(o);
	/* o->len may have been flushed in between: count an estimate then */
	if (o->len > before)
		*bytes += o->len - before;
	else
		*bytes += a->text.len + 200;
}

static void put_truth(jd_out *o, const ad *a, const char *dup_of, const char *kind, double j)
{
	if (!o)
		return;
	jd_csv_putf(o, "%llu", a->rec);
	jd_csv_puts(o, a->id);
	jd_csv_puts(o, dup_of);
	jd_csv_puts(o, kind);
	if (j >= 0)
		jd_csv_putf(o, "%.4f", j);
	else
		jd_csv_puts(o, "");
	for (int i = 0; i < 4; i++)
		jd_csv_puts(o, a->salary[i]);
	jd_csv_puts(o, a->skills);
	jd_csv_endrow(o);
}

static void init_companies(uint64_t seed)
{
	rng_t r;
	rng_seed(&r, seed ^ 0xc0ffee1234567ULL);
	for (int i = 0; i < NCOMPANY; i++) {
		company *c = &companies[i];
		uint32_t x = rnd(&r, 100);
		c->lang = x < 50 ? EN : x < 88 ? DE : x < 94 ? FR : ES;
		/* 240 distinct (a, b) pairs */
		const char *a = co_a[(size_t)i % N_(co_a)];
		const char *b = co_b[((size_t)i * 7 + (size_t)i / N_(co_a)) % N_(co_b)];
		const char *form = co_form[c->lang][rnd(&r, 4)];
		snprintf(c->name, sizeof c->name, "%s %s %s", a, b, form);
		snprintf(c->slug, sizeof c->slug, "%s-%s", a, b);
		for (char *p = c->slug; *p; p++)
			if (*p >= 'A' && *p <= 'Z')
				*p = (char)(*p + 32);
		c->city = (int)rnd(&r, 10);
		c->domain = (int)rnd(&r, 10);
		c->year = (int)rnd_range(&r, 1950, 2022);
		c->staff = (int)rnd_range(&r, 2, 400) * 25;
		c->seed = rng_next(&r);
	}
}

static void set_id(ad *a)
{
	jd_hex64(jd_hash64(a->text.p, a->text.len, a->rec), a->id);
}

int main(int argc, char **argv)
{
	jd_tool_init("jd-gen-corpus", argc, argv);
	opts o;
	memset(&o, 0, sizeof o);
	process_args(argc, argv, &o);

	jd_out *out = jd_stdout;
	if (o.out) {
		out = jd_out_open_path(o.out);
		if (!out)
			jd_die(1, "%s:", o.out);
	}
	jd_out *tr = NULL;
	if (o.truth) {
		tr = jd_out_open_path(o.truth);
		if (!tr)
			jd_die(1, "%s:", o.truth);
		jd_out_puts(tr, "rec,id,dup_of,kind,jaccard,salary_min,salary_max,salary_currency,salary_period,skills\n");
	}
	init_companies(o.seed);
	rng_t r;
	rng_seed(&r, o.seed);

	jd_out_puts(out, "id,source,lang,title,company,location,posted,employment,seniority,remote,words,text\n");
	static ad ring[RING];
	size_t nring = 0, ring_pos = 0;
	ad cur;
	memset(&cur, 0, sizeof cur);
	jd_buf tmp = JD_BUF_INIT;
	setcache sc;
	memset(&sc, 0, sizeof sc);
	unsigned long long bytes = 0;
	for (unsigned long long rec = 1;; rec++) {
		if (o.bytes ? bytes >= o.bytes : rec > o.n)
			break;
		uint32_t x = rnd(&r, 100);
		const char *kind = "original";
		const ad *src = NULL;
		double j = -1;
		if (nring < 8 || x < 76) {
			new_ad(&cur, &r, (int)rnd(&r, NCOMPANY));
		} else {
			src = &ring[rnd(&r, (uint32_t)nring)];
			jd_buf keep = cur.text;
			cur = *src;
			cur.text = keep;
			cur.day = src->day + (int)rnd_range(&r, 0, 20);
			if (cur.day > 364)
				cur.day = 364;
			if (x < 83) {
				kind = "exact";
				cur.text.len = 0;
				jd_buf_add(&cur.text, src->text.p, src->text.len);
				j = 1;
			} else if (x < 96) {
				kind = "near";
				int tries = 0;
				for (;;) {
					near_edit(&tmp, &src->text, &cur, &r);
					j = true_jaccard(&sc, &src->text, &tmp, o.k);
					if (j >= 0.85 || ++tries >= 24)
						break;
				}
				if (j < 0.85 || (tmp.len == src->text.len &&
						  memcmp(tmp.p, src->text.p, tmp.len) == 0)) {
					/* gave up, or no change: an exact repost */
					kind = "exact";
					tmp.len = 0;
					jd_buf_add(&tmp, src->text.p, src->text.len);
					j = 1;
				}
				cur.text.len = 0;
				jd_buf_add(&cur.text, tmp.p, tmp.len);
			} else {
				kind = "hardneg";
				int tries = 0;
				for (;;) {
					int lang = src->lang, city = src->city, title = src->title, sen = src->sen;
					new_ad(&cur, &r, src->company);
					/* same company, language, city and title: only the
					 * ad-specific parts differ */
					cur.lang = lang;
					cur.city = city;
					cur.title = title;
					cur.sen = sen;
					make_title(&cur, &r);
					build_ad(&cur, &r);
					if (rnd(&r, 2))   /* keep the original's intro: harder */
						splice(&tmp, &src->text, &cur.text, cur.lang);
					j = true_jaccard(&sc, &src->text, &cur.text, o.k);
					if (j < 0.6 || ++tries >= 16)
						break;
				}
				if (j >= 0.6)
					kind = "original";
			}
		}
		cur.rec = rec;
		set_id(&cur);
		put_record(out, &cur, &r, &bytes);
		put_truth(tr, &cur, src && strcmp(kind, "original") ? src->id : "", kind,
			  strcmp(kind, "original") ? j : -1);
		if (!strcmp(kind, "original") || !strcmp(kind, "hardneg")) {
			/* remember it as a possible original of later reposts */
			ad *slot = &ring[ring_pos];
			jd_buf keep = slot->text;
			*slot = cur;
			slot->text = keep;
			slot->text.len = 0;
			jd_buf_add(&slot->text, cur.text.p, cur.text.len);
			ring_pos = (ring_pos + 1) % RING;
			if (nring < RING)
				nring++;
		}
	}
	if (tr)
		jd_out_close(tr);
	if (out != jd_stdout)
		jd_out_close(out);
	jd_buf_free(&tmp);
	jd_buf_free(&cur.text);
	for (size_t i = 0; i < nring; i++)
		jd_buf_free(&ring[i].text);
	free(sc.words.v);
	free(sc.sh.v);
	free(sc.sh2.v);
	jd_buf_free(&sc.wb);
	return jd_tool_exit();
}

/* fields.c: lang, title, company, location, posted, employment,
 * seniority and remote from a document's lines and hints.
 *
 * One word table (folded words and two-word phrases) holds the stop words
 * of the language profiles and the employment / seniority / remote cues
 * and job-role nouns; the text is tokenised once and every token (and
 * every pair of neighbouring tokens) is looked up.
 */
#include "extract.h"
#include "jd_text.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- languages ---- */
static const char *const lang_codes[] = {"en", "de", "fr", "es", "it", "nl"};
enum { NLANG = 6 };
static const char *const stop[NLANG] = {
	/* en */ "the and of to is for with you your our we will are be this that on as at from "
		 "have an by it can who us all not about which has or more into their they "
		 "what how do does",
	/* de */ "der die das und ist zu den mit von fuer auf ein eine sie wir ihre sich des dem "
		 "im nicht als auch oder bei uns einen werden sind wird zur zum du dich dein deine "
		 "ihr ihnen ueber bis nach wie was ihren unsere unser",
	/* fr */ "de en le la les et des du un une est pour dans que qui sur avec nous vous au aux par "
		 "ce cette votre vos sont etre ou pas plus notre nos chez aussi avoir equipe vos "
		 "nous recherchons poste experience",
	/* es */ "de en el la los las y que un una es por con para del se su sus al como mas nuestro "
		 "nuestra tu lo ser esta tus nuestros nuestras muy sobre entre desde hasta pero tambien "
		 "puedes trabajo experiencia empresa anos equipo buscamos ofrecemos",
	/* it */ "il lo la gli le di e che un una per con del della dei delle al alla sono si non "
		 "nel nella nostro nostra come anche piu tuo di da dei nostri lavoro esperienza anni "
		 "tua ti cerchiamo offriamo",
	/* nl */ "de het een en van op te dat die voor met zijn je wij jouw ons onze bij aan niet "
		 "ook als naar worden heb hebt door wordt om uit ervaring werk jaar bent heeft kun kunt "
		 "wat ga doen",
};

/* ---- cues ---- */
enum { E_FULL = 1, E_PART, E_CONTRACT, E_TEMP, E_INTERN, E_APPR, E_WORKSTUD, E_FREE };
static const char *const emp_names[] = {
	NULL, "full-time", "part-time", "contract", "temporary", "internship",
	"apprenticeship", "working student", "freelance",
};
enum { S_INTERN = 1, S_JUNIOR, S_MID, S_SENIOR, S_LEAD, S_PRINCIPAL, S_HEAD };
static const char *const sen_names[] = {
	NULL, "intern", "junior", "mid", "senior", "lead", "principal", "head",
};
enum { R_WEAK = 1, R_STRONG, R_HYBRID, R_ONSITE, R_HOME, R_NOT, R_OFFICE };

typedef struct cue { const char *k; signed char emp, sen, rem; unsigned char title_only; } cue;
static const cue cues[] = {
	{"full time", E_FULL, 0, 0, 0}, {"fulltime", E_FULL, 0, 0, 0}, {"vollzeit", E_FULL, 0, 0, 0},
	{"vollzeitstelle", E_FULL, 0, 0, 0}, {"festanstellung", E_FULL, 0, 0, 0},
	{"permanent", E_FULL, 0, 0, 0}, {"part time", E_PART, 0, 0, 0}, {"parttime", E_PART, 0, 0, 0},
	{"teilzeit", E_PART, 0, 0, 0}, {"teilzeitstelle", E_PART, 0, 0, 0}, {"minijob", E_PART, 0, 0, 0},
	{"contractor", E_CONTRACT, 0, 0, 0}, {"contract role", E_CONTRACT, 0, 0, 0},
	{"contract position", E_CONTRACT, 0, 0, 0}, {"contract basis", E_CONTRACT, 0, 0, 0},
	{"contract", E_CONTRACT, 0, 0, 1}, {"temporary", E_TEMP, 0, 0, 0}, {"befristet", E_TEMP, 0, 0, 0},
	{"befristete", E_TEMP, 0, 0, 0}, {"befristeten", E_TEMP, 0, 0, 0}, {"befristetes", E_TEMP, 0, 0, 0},
	{"fixed term", E_TEMP, 0, 0, 0}, {"zeitvertrag", E_TEMP, 0, 0, 0}, {"aushilfe", E_TEMP, 0, 0, 0},
	{"seasonal", E_TEMP, 0, 0, 0}, {"internship", E_INTERN, S_INTERN, 0, 0},
	{"praktikum", E_INTERN, S_INTERN, 0, 0}, {"pflichtpraktikum", E_INTERN, S_INTERN, 0, 0},
	{"praktikant", E_INTERN, S_INTERN, 0, 0}, {"praktikantin", E_INTERN, S_INTERN, 0, 0},
	{"intern", E_INTERN, S_INTERN, 0, 1}, {"apprenticeship", E_APPR, 0, 0, 0},
	{"apprentice", E_APPR, 0, 0, 0}, {"ausbildung zum", E_APPR, 0, 0, 0},
	{"ausbildung zur", E_APPR, 0, 0, 0}, {"ausbildung", E_APPR, 0, 0, 1},
	{"auszubildende", E_APPR, 0, 0, 0}, {"auszubildender", E_APPR, 0, 0, 0},
	{"azubi", E_APPR, 0, 0, 0}, {"ausbildungsplatz", E_APPR, 0, 0, 0},
	{"ausbildungsstelle", E_APPR, 0, 0, 0}, {"working student", E_WORKSTUD, 0, 0, 0},
	{"werkstudent", E_WORKSTUD, 0, 0, 0}, {"werkstudentin", E_WORKSTUD, 0, 0, 0},
	{"werkstudierende", E_WORKSTUD, 0, 0, 0}, {"werkstudierender", E_WORKSTUD, 0, 0, 0},
	{"stagiaire", E_INTERN, S_INTERN, 0, 1},
	{"becario", E_INTERN, S_INTERN, 0, 1}, {"becaria", E_INTERN, S_INTERN, 0, 1},
	{"practicas", E_INTERN, S_INTERN, 0, 1}, {"tirocinio", E_INTERN, S_INTERN, 0, 1},
	{"tirocinante", E_INTERN, S_INTERN, 0, 1}, {"stagiair", E_INTERN, S_INTERN, 0, 1},
	{"temps plein", E_FULL, 0, 0, 0}, {"temps partiel", E_PART, 0, 0, 0},
	{"jornada completa", E_FULL, 0, 0, 0}, {"media jornada", E_PART, 0, 0, 0},
	{"tempo pieno", E_FULL, 0, 0, 0},
	{"voltijd", E_FULL, 0, 0, 0}, {"deeltijd", E_PART, 0, 0, 0},
	{"teletravail", 0, 0, R_WEAK, 0}, {"teletrabajo", 0, 0, R_WEAK, 0},
	{"thuiswerken", 0, 0, R_HOME, 0}, {"smart working", 0, 0, R_HOME, 0},
	{"tiempo completo", E_FULL, 0, 0, 0}, {"cdi", E_FULL, 0, 0, 0}, {"cdd", E_TEMP, 0, 0, 0},
	{"presencial", 0, 0, R_ONSITE, 0}, {"presentiel", 0, 0, R_ONSITE, 0},
	{"sur site", 0, 0, R_ONSITE, 0}, {"in sede", 0, 0, R_ONSITE, 0}, {"vor ort", 0, 0, R_ONSITE, 0},
	{"op kantoor", 0, 0, R_OFFICE, 0}, {"kantoor", 0, 0, R_OFFICE, 0}, {"bureau", 0, 0, R_OFFICE, 0},
	{"oficina", 0, 0, R_OFFICE, 0}, {"ufficio", 0, 0, R_OFFICE, 0},
	{"remoto", 0, 0, R_WEAK, 0}, {"da remoto", 0, 0, R_WEAK, 0}, {"en remoto", 0, 0, R_WEAK, 0},
	{"100 remoto", 0, 0, R_STRONG, 0}, {"ibrido", 0, 0, R_HYBRID, 0}, {"ibrida", 0, 0, R_HYBRID, 0},
	{"hibrido", 0, 0, R_HYBRID, 0}, {"hibrida", 0, 0, R_HYBRID, 0}, {"full remote", 0, 0, R_STRONG, 0},
	{"freelance", E_FREE, 0, 0, 0}, {"freelancer", E_FREE, 0, 0, 1},
	{"freiberuflich", E_FREE, 0, 0, 0}, {"freiberufler", E_FREE, 0, 0, 1},
	{"freie mitarbeit", E_FREE, 0, 0, 0}, {"freier mitarbeiter", E_FREE, 0, 0, 0},
	/* seniority (title first; the text only by explicit phrases) */
	{"junior", 0, S_JUNIOR, 0, 1}, {"jr", 0, S_JUNIOR, 0, 1}, {"entry level", 0, S_JUNIOR, 0, 0},
	{"berufseinsteiger", 0, S_JUNIOR, 0, 0}, {"berufseinsteigerin", 0, S_JUNIOR, 0, 0},
	{"einsteiger", 0, S_JUNIOR, 0, 1}, {"graduate", 0, S_JUNIOR, 0, 1}, {"trainee", 0, S_JUNIOR, 0, 1},
	{"absolvent", 0, S_JUNIOR, 0, 1}, {"mid", 0, S_MID, 0, 1}, {"mid level", 0, S_MID, 0, 0},
	{"intermediate", 0, S_MID, 0, 1}, {"senior", 0, S_SENIOR, 0, 1}, {"sr", 0, S_SENIOR, 0, 1},
	{"senior level", 0, S_SENIOR, 0, 0}, {"lead", 0, S_LEAD, 0, 1}, {"teamlead", 0, S_LEAD, 0, 1},
	{"team lead", 0, S_LEAD, 0, 1}, {"tech lead", 0, S_LEAD, 0, 1}, {"teamleiter", 0, S_LEAD, 0, 1},
	{"teamleiterin", 0, S_LEAD, 0, 1}, {"teamleitung", 0, S_LEAD, 0, 1},
	{"gruppenleiter", 0, S_LEAD, 0, 1}, {"gruppenleiterin", 0, S_LEAD, 0, 1},
	{"projektleiter", 0, S_LEAD, 0, 1}, {"projektleiterin", 0, S_LEAD, 0, 1},
	{"principal", 0, S_PRINCIPAL, 0, 1}, {"staff engineer", 0, S_PRINCIPAL, 0, 1},
	{"staff software", 0, S_PRINCIPAL, 0, 1}, {"staff data", 0, S_PRINCIPAL, 0, 1},
	{"staff machine", 0, S_PRINCIPAL, 0, 1}, {"staff ml", 0, S_PRINCIPAL, 0, 1},
	{"staff backend", 0, S_PRINCIPAL, 0, 1}, {"staff frontend", 0, S_PRINCIPAL, 0, 1},
	{"staff rust", 0, S_PRINCIPAL, 0, 1}, {"staff research", 0, S_PRINCIPAL, 0, 1},
	{"staff scientist", 0, S_PRINCIPAL, 0, 1}, {"staff product", 0, S_PRINCIPAL, 0, 1},
	{"medior", 0, S_MID, 0, 1}, {"stage", E_INTERN, S_INTERN, 0, 1},
	{"alternance", E_APPR, 0, 0, 0}, {"alternant", E_APPR, 0, 0, 1},
	{"head", 0, S_HEAD, 0, 1}, {"leiter", 0, S_HEAD, 0, 1}, {"leiterin", 0, S_HEAD, 0, 1},
	{"leitung", 0, S_HEAD, 0, 1}, {"director", 0, S_HEAD, 0, 1}, {"direktor", 0, S_HEAD, 0, 1},
	{"abteilungsleiter", 0, S_HEAD, 0, 1}, {"abteilungsleiterin", 0, S_HEAD, 0, 1},
	{"bereichsleiter", 0, S_HEAD, 0, 1}, {"bereichsleiterin", 0, S_HEAD, 0, 1},
	{"vp", 0, S_HEAD, 0, 1}, {"chief", 0, S_HEAD, 0, 1},
	/* remote */
	{"remote", 0, 0, R_WEAK, 0}, {"fully remote", 0, 0, R_STRONG, 0}, {"100 remote", 0, 0, R_STRONG, 0},
	{"remote only", 0, 0, R_STRONG, 0}, {"remote first", 0, 0, R_STRONG, 0},
	{"vollstaendig remote", 0, 0, R_STRONG, 0}, {"komplett remote", 0, 0, R_STRONG, 0},
	{"100 homeoffice", 0, 0, R_STRONG, 0}, {"work from anywhere", 0, 0, R_STRONG, 0},
	{"remote position", 0, 0, R_STRONG, 0}, {"remote role", 0, 0, R_STRONG, 0},
	{"remote job", 0, 0, R_STRONG, 0}, {"homeoffice", 0, 0, R_HOME, 0}, {"home office", 0, 0, R_HOME, 0},
	{"from home", 0, 0, R_WEAK, 0}, {"telearbeit", 0, 0, R_HOME, 0},
	{"mobiles arbeiten", 0, 0, R_HOME, 0}, {"mobile arbeiten", 0, 0, R_HOME, 0},
	{"mobilem arbeiten", 0, 0, R_HOME, 0}, {"mobile working", 0, 0, R_HOME, 0},
	{"hybrid", 0, 0, R_HYBRID, 0}, {"hybride", 0, 0, R_HYBRID, 0}, {"hybrides", 0, 0, R_HYBRID, 0},
	{"hybriden", 0, 0, R_HYBRID, 0}, {"onsite", 0, 0, R_ONSITE, 0}, {"on site", 0, 0, R_ONSITE, 0},
	{"in office", 0, 0, R_ONSITE, 0}, {"office based", 0, 0, R_ONSITE, 0},
	{"in person", 0, 0, R_ONSITE, 0}, {"praesenz", 0, 0, R_ONSITE, 0},
	{"office", 0, 0, R_OFFICE, 0}, {"buero", 0, 0, R_OFFICE, 0}, {"standort", 0, 0, R_OFFICE, 0},
	/* "two days a week", "2 Tage pro Woche": part of the week somewhere */
	{"days a", 0, 0, R_OFFICE, 0}, {"days per", 0, 0, R_OFFICE, 0}, {"day a", 0, 0, R_OFFICE, 0},
	{"day per", 0, 0, R_OFFICE, 0}, {"tage pro", 0, 0, R_OFFICE, 0}, {"tagen pro", 0, 0, R_OFFICE, 0},
	{"tag pro", 0, 0, R_OFFICE, 0}, {"tage die", 0, 0, R_OFFICE, 0}, {"jours par", 0, 0, R_OFFICE, 0},
	{"jour par", 0, 0, R_OFFICE, 0}, {"dias por", 0, 0, R_OFFICE, 0}, {"dias a", 0, 0, R_OFFICE, 0},
	{"giorni a", 0, 0, R_OFFICE, 0}, {"giorni alla", 0, 0, R_OFFICE, 0}, {"dagen per", 0, 0, R_OFFICE, 0},
	{"no remote", 0, 0, R_NOT, 0}, {"not remote", 0, 0, R_NOT, 0},
	{"kein homeoffice", 0, 0, R_NOT, 0}, {"keine remote", 0, 0, R_NOT, 0},
	{NULL, 0, 0, 0, 0},
};

static const char *const role_words =
	"engineer developer entwickler manager scientist analyst designer architect consultant "
	"berater specialist spezialist administrator technician techniker ingenieur programmer "
	"programmierer officer assistant assistent assistenz coordinator koordinator accountant "
	"buchhalter sachbearbeiter referent mitarbeiter werkstudent praktikant intern nurse "
	"pflegefachkraft fachkraft kaufmann kauffrau elektriker elektroniker mechaniker "
	"mechatroniker verkaeufer representative executive teacher lehrer erzieher fahrer driver "
	"operator tester researcher professor writer editor recruiter controller clerk agent "
	"lead head director direktor leiter owner marketer scientist steward monteur planer "
	"betreuer pfleger therapeut therapist physician arzt aerztin apotheker cook koch "
	"trainee student expert experte specialist architekt analyst analista desarrollador "
	"desarrolladora ingeniero ingeniera cientifico cientifica programador tecnico tecnica "
	"gerente jefe responsable consultor consultora enfermero enfermera developpeur "
	"developpeuse chef charge chargee sviluppatore sviluppatrice ingegnere medewerker "
	"ontwikkelaar verpleegkundige adviseur technicus stagiaire";

/* Keys and tokens are held zero-padded to whole 8-byte words, so that the
 * table hashes and compares them a word at a time. */
enum { MAXK = 40, KW = MAXK / 8, TABSZ = 2048 };
typedef union keybuf {
	uint64_t q[KW + 1];
	char c[(KW + 1) * 8];   /* c[n..] is zero up to the next word end, then a NUL */
} keybuf;

typedef struct ent {
	uint64_t kq[KW];
	unsigned char langs;
	signed char emp, sen, rem;
	unsigned char title_only, role, used, klen, head;
} ent;
static ent tab[TABSZ];
static int tab_ready;

static inline uint32_t key_hash(const keybuf *k, size_t n)
{
	const uint64_t m = 0xD6E8FEB86659FD93ull;
	uint64_t h = (k->q[0] ^ (uint64_t)n) * m;   /* most keys are one word */
	for (size_t i = 1; i * 8 < n; i++)
		h = (h ^ k->q[i]) * m;
	return (uint32_t)(h >> 32);
}

static void key_of(keybuf *k, const char *s, size_t n)   /* n < MAXK */
{
	memset(k, 0, sizeof *k);
	memcpy(k->c, s, n);
}

/* a 64 Ki-bit filter of the keys' hashes: most words are in no list */
static uint64_t tabbits[1024];

/* the entry of the n-byte key k (hash h), or NULL; 0 < n < MAXK */
static inline ent *lookup(const keybuf *k, size_t n, uint32_t h)
{
	if (!(tabbits[(h >> 16) & 1023] >> ((h >> 10) & 63) & 1))
		return NULL;
	for (uint32_t p = h & (TABSZ - 1); tab[p].used; p = (p + 1) & (TABSZ - 1)) {
		if (tab[p].klen != n)
			continue;
		size_t w = 0;
		while (w * 8 < n && tab[p].kq[w] == k->q[w])
			w++;
		if (w * 8 >= n)
			return &tab[p];
	}
	return NULL;
}

static ent *find(const char *s, size_t n)
{
	if (n == 0 || n >= MAXK)
		return NULL;
	keybuf k;
	key_of(&k, s, n);
	return lookup(&k, n, key_hash(&k, n));
}

/* the entry of s, made when it is new (NULL for a key too long) */
static ent *add_key(const char *s, size_t n)
{
	ent *e = find(s, n);
	if (e || n == 0 || n >= MAXK)
		return e;
	keybuf k;
	key_of(&k, s, n);
	uint32_t h = key_hash(&k, n), p = h & (TABSZ - 1);
	tabbits[(h >> 16) & 1023] |= 1ull << ((h >> 10) & 63);
	while (tab[p].used)
		p = (p + 1) & (TABSZ - 1);
	memcpy(tab[p].kq, k.q, sizeof tab[p].kq);
	tab[p].klen = (unsigned char)n;
	tab[p].used = 1;
	return &tab[p];
}

static void add_words(const char *list, int lang, int role)
{
	const char *p = list;
	while (*p) {
		while (*p == ' ')
			p++;
		const char *q = p;
		while (*q && *q != ' ')
			q++;
		ent *e = add_key(p, (size_t)(q - p));
		if (e) {
			if (lang >= 0)
				e->langs |= (unsigned char)(1u << lang);
			if (role)
				e->role = 1;
		}
		p = q;
	}
}

static void wordbyte_init(void);
static void prefix_init(void);

static void tab_init(void)
{
	if (tab_ready)
		return;
	wordbyte_init();
	for (int l = 0; l < NLANG; l++)
		add_words(stop[l], l, 0);
	add_words(role_words, -1, 1);
	for (const cue *c = cues; c->k; c++) {
		ent *e = add_key(c->k, strlen(c->k));
		if (c->emp) e->emp = c->emp;
		if (c->sen) e->sen = c->sen;
		if (c->rem) e->rem = c->rem;
		e->title_only = c->title_only;
		const char *sp = strchr(c->k, ' ');
		if (sp) {
			/* the first word of a phrase: look at the next word too */
			ent *h = add_key(c->k, (size_t)(sp - c->k));
			h->head = 1;
		}
	}
	prefix_init();
	tab_ready = 1;
}

/* ---- tokenizer: folded words of s ----
 * A token is a longest run of ASCII letters and digits and of characters
 * jd_is_word_cp() calls letters; it comes back folded (jdx_fold). */
typedef struct tokz {
	const char *s;
	size_t n, i;
	keybuf w;
	size_t wl;
	size_t start, end;   /* byte span of the token in s */
	jd_buf fb;
	uint32_t h;
} tokz;

static void tok_init(tokz *t, const char *s, size_t n, size_t i)
{
	memset(t, 0, sizeof *t);
	t->s = s;
	t->n = n;
	t->i = i;
}

/* 1: ASCII letter or digit, 2: a byte of a multi-byte character */
static unsigned char wordbyte[256];

static void wordbyte_init(void)
{
	for (int c = 0; c < 256; c++)
		wordbyte[c] = (unsigned char)(((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
					       (c >= '0' && c <= '9')) ? 1 : c >= 0x80 ? 2 : 0);
}

/* 1 when the character at s[i] (a byte >= 0x80) is a letter; *adv its size */
static int high_word(const char *s, size_t n, size_t i, size_t *adv)
{
	int32_t cp = jd_utf8_decode(s + i, n - i, adv);
	return cp >= 0 && jd_is_word_cp(cp);
}

/* next token; 0 at end.  Tokens longer than MAXK-1 come back with wl = 0.
 * t->h is key_hash() of the folded word. */
static int tok_next(tokz *t)
{
	const char *s = t->s;
	size_t n = t->n, i = t->i, adv;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (wordbyte[c] == 1)
			break;
		if (!wordbyte[c]) {
			i++;
			continue;
		}
		/* non-breaking spaces, dashes, quotes are not letters */
		if (high_word(s, n, i, &adv))
			break;
		i += adv;
	}
	if (i >= n) {
		t->i = i;
		return 0;
	}
	/* an ASCII word: lower-cased as it is read */
	size_t st = i, k = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (wordbyte[c] != 1)
			break;
		if (k < MAXK)
			t->w.c[k] = (char)jdx_ascii_lower[c];
		k++;
		i++;
	}
	if (i < n && (unsigned char)s[i] >= 0x80 && high_word(s, n, i, &adv)) {
		/* a word with letters beyond ASCII: read it to its end and fold it */
		i += adv;
		while (i < n) {
			unsigned char c = (unsigned char)s[i];
			if (wordbyte[c] == 1) {
				i++;
				continue;
			}
			if (c < 0x80 || !high_word(s, n, i, &adv))
				break;
			i += adv;
		}
		jd_buf_reset(&t->fb);
		jdx_fold(&t->fb, s + st, i - st);
		k = t->fb.len;
		if (k < MAXK)
			memcpy(t->w.c, t->fb.p, k);
	}
	t->i = i;
	t->start = st;
	t->end = i;
	if (k >= MAXK) {
		t->wl = 0;
		return 1;
	}
	memset(t->w.c + k, 0, 8);
	t->wl = k;
	t->h = key_hash(&t->w, k);
	return 1;
}

/* ---- the ASCII fast path: eight bytes a step ----
 * Byte k of a word loaded from s + i is s[i + k]; first_byte() and
 * first_bytes() know which end of the word that is. */
#define ONES 0x0101010101010101ull
#define HIGHS 0x8080808080808080ull
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
static inline unsigned first_byte(uint64_t m) { return (unsigned)__builtin_clzll(m) >> 3; }
static inline uint64_t first_bytes(uint64_t x, unsigned k) { return k ? x & ~(~0ull >> (8 * k)) : 0; }
#else
static inline unsigned first_byte(uint64_t m) { return (unsigned)__builtin_ctzll(m) >> 3; }
static inline uint64_t first_bytes(uint64_t x, unsigned k) { return x & ((1ull << (8 * k)) - 1); }
#endif
/* on bytes below 0x80 (no sum carries into the next byte): 0x80 where the
 * test holds */
static inline uint64_t bytes_ge(uint64_t x, unsigned lo) { return (x + (0x80 - lo) * ONES) & HIGHS; }
static inline uint64_t bytes_gt(uint64_t x, unsigned hi) { return (x + (0x7F - hi) * ONES) & HIGHS; }

/* eight bytes of s from i, zero past n */
static inline uint64_t load8(const char *s, size_t i, size_t n)
{
	uint64_t x = 0;
	if (i + 8 <= n)
		memcpy(&x, s + i, 8);
	else if (i < n)
		memcpy(&x, s + i, n - i);
	return x;
}

/* 0x80 in each byte of x that is an ASCII letter or digit */
static inline uint64_t alnum8(uint64_t x)
{
	uint64_t y = x & ~HIGHS, l = y | 0x20 * ONES;
	uint64_t letter = bytes_ge(l, 'a') & ~bytes_gt(l, 'z');
	uint64_t digit = bytes_ge(y, '0') & ~bytes_gt(y, '9');
	return (letter | digit) & ~x & HIGHS;
}

/* The run of ASCII letters and digits at s[i] (one is there): its end,
 * and its bytes lower-cased into w (zero-padded; only the first KW words
 * when it is longer).  Setting 0x20 lower-cases a letter and keeps a
 * digit. */
static inline size_t ascii_run(const char *s, size_t i, size_t n, keybuf *w)
{
	for (unsigned k = 0;; k++, i += 8) {
		uint64_t x = load8(s, i, n);
		uint64_t ends = ~alnum8(x) & HIGHS;
		if (ends) {
			unsigned b = first_byte(ends);
			if (k < KW)
				w->q[k] = first_bytes(x | 0x20 * ONES, b);
			return i + b;
		}
		if (k < KW)
			w->q[k] = x | 0x20 * ONES;
	}
}

/* the key of the ASCII letters and digits s[st..st+len), 0 < len < MAXK
 * (the words the key needs; no zero word after it) */
static inline void ascii_key(keybuf *w, const char *s, size_t st, size_t len, size_t n)
{
	if (len <= 8 && st + 8 <= n) {
		uint64_t x;
		memcpy(&x, s + st, 8);
		w->q[0] = len == 8 ? x | 0x20 * ONES : first_bytes(x | 0x20 * ONES, (unsigned)len);
		return;
	}
	size_t k = 0;
	for (; (k + 1) * 8 <= len; k++)
		w->q[k] = load8(s, st + 8 * k, n) | 0x20 * ONES;
	if (len & 7)
		w->q[k] = first_bytes(load8(s, st + 8 * k, n) | 0x20 * ONES, (unsigned)(len & 7));
}

/* Bit k of .alnum / .high: s[base + k] is an ASCII letter or digit / a
 * byte >= 0x80 (k < 64; nothing past n). */
typedef struct block { uint64_t alnum, high; } block;

static inline block block_at(const char *s, size_t base, size_t n)
{
	unsigned char tail[64];
	const unsigned char *p = (const unsigned char *)s + base;
	if (n - base < 64) {
		memset(tail, 0, sizeof tail);
		memcpy(tail, p, n - base);
		p = tail;
	}
	block m = {0, 0};
#ifdef __SSE2__
	for (int k = 0; k < 4; k++) {
		/* signed compares: bytes >= 0x80 are below every ASCII bound */
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k));
		__m128i l = _mm_or_si128(x, _mm_set1_epi8(0x20));
		__m128i letter = _mm_and_si128(_mm_cmpgt_epi8(l, _mm_set1_epi8('a' - 1)),
					       _mm_cmplt_epi8(l, _mm_set1_epi8('z' + 1)));
		__m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)),
					      _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1)));
		m.alnum |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_or_si128(letter, digit)) << (16 * k);
		m.high |= (uint64_t)(unsigned)_mm_movemask_epi8(x) << (16 * k);
	}
#else
	for (int k = 0; k < 64; k++) {
		m.alnum |= (uint64_t)(wordbyte[p[k]] == 1) << k;
		m.high |= (uint64_t)(p[k] >> 7) << k;
	}
#endif
	return m;
}

/* ---- scanning for cues ---- */
typedef struct scan {
	int lang_sets[1 << NLANG];   /* stop words counted by their set of profiles */
	size_t tokens;
	int emp_first;          /* first employment class seen */
	int emp_special;        /* first of internship/apprenticeship/student/freelance */
	int sen_best;           /* highest seniority (title scans) or first (text) */
	int rem[8];             /* counts per remote cue */
	int role;               /* a role noun was seen */
} scan;

static int sen_rank(int s)
{
	/* which title cue wins when several appear: head > principal > lead >
	 * senior > junior > mid > intern */
	static const int r[] = {0, 1, 3, 2, 4, 5, 6, 7};
	return s >= 0 && s <= 7 ? r[s] : 0;
}

static void apply_ent(scan *sc, const ent *e, int title, int both)
{
	if (!e)
		return;
	if (!both)
		sc->lang_sets[e->langs]++;   /* lang_of() adds them up */
	if (e->title_only && !title)
		return;
	if (e->emp) {
		if (!sc->emp_first)
			sc->emp_first = e->emp;
		if (e->emp >= E_INTERN && !sc->emp_special)
			sc->emp_special = e->emp;
	}
	if (e->sen) {
		if (title ? sen_rank(e->sen) > sen_rank(sc->sen_best) : !sc->sen_best)
			sc->sen_best = e->sen;
	}
	if (e->rem)
		sc->rem[e->rem]++;
	if (e->role)
		sc->role = 1;
}

/* w: a token of wl bytes, h its key_hash() */
static int role_token(const keybuf *w, size_t wl, uint32_t h)
{
	ent *e = lookup(w, wl, h);
	if (e && e->role)
		return 1;
	/* plural, feminine and compound forms: Softwareentwickler(in),
	 * engineers, Projektmanagerin */
	static const char *const suf[] = {
		"entwickler", "ingenieur", "manager", "berater", "leiter", "referent", "techniker",
		"kaufmann", "kauffrau", "mitarbeiter", "fachkraft", "assistent", "spezialist",
		"analyst", "architekt", "designer", "planer", "koordinator", "betreuer", "fahrer",
		"monteur", "mechaniker", "elektroniker", "programmierer", "administrator",
		"engineer", "developer", "scientist", "consultant", "specialist", "sachbearbeiter",
		"erzieher", "pfleger", "lehrer", "verkaeufer", "controller", "buchhalter", NULL,
	};
	char b[MAXK];
	size_t l = wl;
	memcpy(b, w->c, l);
	b[l] = '\0';
	if (l > 6 && !strcmp(b + l - 5, "innen"))
		b[l -= 5] = '\0';
	else if (l > 4 && !strcmp(b + l - 2, "in"))
		b[l -= 2] = '\0';
	else if (l > 4 && b[l - 1] == 's')
		b[--l] = '\0';
	static unsigned char sufl[64];
	if (!sufl[0])
		for (int k = 0; suf[k]; k++)
			sufl[k] = (unsigned char)strlen(suf[k]);
	if (l < 5)
		return 0;
	for (int k = 0; suf[k]; k++) {
		size_t sl = sufl[k];
		if (l >= sl && suf[k][sl - 1] == b[l - 1] && !memcmp(b + l - sl, suf[k], sl))
			return 1;
	}
	return 0;
}

/* German compounds: Teilzeitkraft, Vollzeitstelle, Werkstudententätigkeit:
 * a token longer than 8 bytes that starts with one of these (its first
 * two words compared, the second up to the prefix's end) */
static const char *const cue_prefix[] = {
	"teilzeit", "vollzeit", "werkstudent", "praktikum", "praktikant", "homeoffice",
};
enum { NPREFIX = sizeof cue_prefix / sizeof cue_prefix[0] };
static struct { uint64_t q0, q1, mask1; const ent *e; } prefix_key[NPREFIX];
static unsigned char prefix_first[256];   /* a prefix starts with this byte */

static void prefix_init(void)
{
	for (size_t k = 0; k < NPREFIX; k++) {
		size_t l = strlen(cue_prefix[k]);
		keybuf b;
		key_of(&b, cue_prefix[k], l);
		prefix_key[k].q0 = b.q[0];
		prefix_key[k].q1 = b.q[1];
		prefix_key[k].mask1 = first_bytes(~0ull, (unsigned)(l - 8));
		prefix_key[k].e = find(cue_prefix[k], l);
		prefix_first[(unsigned char)cue_prefix[k][0]] = 1;
	}
}

static void apply_prefix(scan *sc, const keybuf *w, int title)
{
	for (size_t k = 0; k < NPREFIX; k++)
		if (w->q[0] == prefix_key[k].q0 && (w->q[1] & prefix_key[k].mask1) == prefix_key[k].q1) {
			apply_ent(sc, prefix_key[k].e, title, 1);
			return;
		}
}

/* what scan_tokens carries from one token to the next */
typedef struct pairs {
	keybuf prev;         /* the last token, when it heads a phrase */
	size_t pl;           /* its length, or 0 */
	size_t tokens;       /* tokens so far (sc->tokens at the end) */
} pairs;

/* one token: looked up and applied, with the pair it ends */
static inline __attribute__((always_inline)) void
take_token(scan *sc, pairs *pp, const keybuf *w, size_t wl, uint32_t h, int title,
	   size_t max_lang_tokens)
{
	pp->tokens++;
	ent *e = lookup(w, wl, h);
	int lang = pp->tokens <= max_lang_tokens;
	if (e)
		apply_ent(sc, e, title, !lang);
	else if (wl > 8 && prefix_first[(unsigned char)w->c[0]])
		apply_prefix(sc, w, title);
	if (title && role_token(w, wl, h))
		sc->role = 1;
	if (pp->pl && pp->pl + 1 + wl < MAXK) {
		keybuf bi;
		size_t pl = pp->pl, bl = pl + 1 + wl;
		memcpy(bi.c, pp->prev.c, pl);
		bi.c[pl] = ' ';
		memcpy(bi.c + pl + 1, w->c, wl);
		memset(bi.c + bl, 0, 8);
		ent *e2 = lookup(&bi, bl, key_hash(&bi, bl));   /* 0 < bl < MAXK */
		if (e2)
			apply_ent(sc, e2, title, 1);
	}
	/* only the first word of a phrase is needed again */
	pp->pl = 0;
	if (e && e->head) {
		pp->prev = *w;
		pp->pl = wl;
	}
}

/* Every token of s (and every pair of neighbours whose first is the head
 * of a phrase) looked up and applied to sc; only the first
 * max_lang_tokens count for the language.  ascii: the words of ASCII
 * letters and digits are found 64 bytes a step from bit masks; tok_next
 * reads from each byte >= 0x80 on, and with ascii 0 reads everything (the
 * tests compare the two). */
static inline __attribute__((always_inline)) void
scan_tokens(scan *sc, const char *s, size_t n, int title, size_t max_lang_tokens, int ascii)
{
	tokz t;
	tok_init(&t, s, n, 0);
	pairs pp;
	pp.pl = 0;
	pp.tokens = sc->tokens;
	keybuf fw;
	size_t base = 0;
	while (base < n) {
		size_t next = base + 64, slow_at = (size_t)-1;
		if (!ascii) {
			slow_at = base;
		} else {
			block m = block_at(s, base, n);
			/* word starts and high bytes; s[base - 1] is never part of
			 * an ASCII word here */
			uint64_t cand = (m.alnum & ~(m.alnum << 1)) | m.high;
			while (cand) {
				unsigned k = (unsigned)__builtin_ctzll(cand);
				size_t st = base + k;
				if (m.high >> k & 1) {
					slow_at = st;
					break;
				}
				uint64_t rest = ~m.alnum >> k;
				size_t e;
				if (!rest) {
					/* the word runs past the block */
					e = ascii_run(s, st, n, &fw);
					if (e < n && (unsigned char)s[e] >= 0x80) {
						slow_at = st;
						break;
					}
					next = e;
					cand = 0;
				} else {
					unsigned len = (unsigned)__builtin_ctzll(rest);
					e = st + len;
					if (m.high >> (k + len) & 1) {
						/* a letter beyond ASCII may carry the word on */
						slow_at = st;
						break;
					}
					cand &= ~0ull << (k + len);
					if (len < MAXK)
						ascii_key(&fw, s, st, len, n);
				}
				if (e - st >= MAXK) {
					pp.pl = 0;   /* too long to be a key */
				} else {
					size_t wl = e - st;
					take_token(sc, &pp, &fw, wl, key_hash(&fw, wl), title, max_lang_tokens);
				}
			}
		}
		if (slow_at != (size_t)-1) {
			t.i = slow_at;
			if (!tok_next(&t))
				break;
			next = t.i;
			if (!t.wl)
				pp.pl = 0;
			else
				take_token(sc, &pp, &t.w, t.wl, t.h, title, max_lang_tokens);
		}
		base = next;
	}
	sc->tokens = pp.tokens;
	jd_buf_free(&t.fb);
}

static void scan_text(scan *sc, const char *s, size_t n, int title, size_t max_lang_tokens)
{
	if (title)   /* constant in each copy */
		scan_tokens(sc, s, n, 1, max_lang_tokens, 1);
	else
		scan_tokens(sc, s, n, 0, max_lang_tokens, 1);
}

int jdx_scan_paths_agree(const char *s, size_t n)
{
	tab_init();
	for (int title = 0; title < 2; title++) {
		scan a, b;
		memset(&a, 0, sizeof a);
		memset(&b, 0, sizeof b);
		scan_tokens(&a, s, n, title, title ? 0 : 3000, 1);
		scan_tokens(&b, s, n, title, title ? 0 : 3000, 0);
		if (memcmp(&a, &b, sizeof a))
			return 0;
	}
	return 1;
}

/* the language of a scan: a word shared by k profiles counts 1/k for each
 * (in 60ths); the best needs 3 words' worth and 1.5 times the second */
static const char *lang_of(const scan *sc)
{
	int hits[NLANG] = {0};
	for (unsigned m = 1; m < 1u << NLANG; m++)
		if (sc->lang_sets[m])
			for (int l = 0; l < NLANG; l++)
				if (m & (1u << l))
					hits[l] += sc->lang_sets[m] * (60 / __builtin_popcount(m));
	int best = -1, second = 0;
	for (int l = 0; l < NLANG; l++) {
		if (best < 0 || hits[l] > hits[best]) {
			if (best >= 0)
				second = hits[best];
			best = l;
		} else if (hits[l] > second) {
			second = hits[l];
		}
	}
	if (best < 0 || hits[best] < 180 || hits[best] * 2 < second * 3)
		return NULL;
	return lang_codes[best];
}

const char *jdx_lang(const char *s, size_t n)
{
	tab_init();
	scan sc;
	memset(&sc, 0, sizeof sc);
	scan_text(&sc, s, n, 0, 3000);
	return lang_of(&sc);
}

static int employment_of(const scan *sc)
{
	return sc->emp_first;
}

static const char *remote_of(const scan *sc)
{
	const int *r = sc->rem;
	if (r[R_NOT])
		return "onsite";
	if (r[R_HYBRID])
		return "hybrid";
	if (r[R_STRONG])
		return "remote";
	if ((r[R_WEAK] || r[R_HOME]) && (r[R_ONSITE] || r[R_OFFICE]))
		return "hybrid";
	if (r[R_HOME])
		return "hybrid";
	if (r[R_WEAK])
		return "remote";
	if (r[R_ONSITE])
		return "onsite";
	return NULL;
}

const char *jdx_norm_employment(const char *s, size_t n)
{
	tab_init();
	/* JSON-LD / export spellings */
	static const struct { const char *k; int e; } ld[] = {
		{"FULL_TIME", E_FULL}, {"PART_TIME", E_PART}, {"CONTRACTOR", E_CONTRACT},
		{"TEMPORARY", E_TEMP}, {"INTERN", E_INTERN}, {"VOLUNTEER", 0}, {"PER_DIEM", E_TEMP},
	};
	for (size_t k = 0; k < sizeof ld / sizeof ld[0]; k++)
		if (n == strlen(ld[k].k) && !memcmp(s, ld[k].k, n))
			return ld[k].e ? emp_names[ld[k].e] : NULL;
	scan sc;
	memset(&sc, 0, sizeof sc);
	scan_text(&sc, s, n, 1, 0);
	int e = employment_of(&sc);
	return e ? emp_names[e] : NULL;
}

/* ---- dates ---- */
static int days_in(int y, int m)
{
	static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return d[m - 1];
}

static int month_of_slow(const char *w);

static uint32_t hk(const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* month names in a small hash set (the list below, built on first use) */
enum { MS = 256 };
static struct { char k[12]; signed char m; } month_set[MS];
static unsigned char month_initial[256];   /* a month name starts with this byte */

static void months_init(void)
{
	static int ready;
	if (!ready) {
		static const char *const all[] = {
			"january", "jan", "januar", "jaenner", "february", "feb", "februar", "march", "mar",
			"maerz", "mrz", "april", "apr", "may", "mai", "june", "jun", "juni", "july", "jul",
			"juli", "august", "aug", "september", "sep", "sept", "october", "oct", "oktober",
			"okt", "november", "nov", "december", "dec", "dezember", "dez", "janvier", "fevrier",
			"mars", "avril", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
			"decembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
			"septiembre", "setiembre", "octubre", "noviembre", "diciembre", "gennaio", "febbraio",
			"aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "januari",
			"februari", "maart", "mei", "augustus", NULL,
		};
		for (int k = 0; all[k]; k++) {
			uint32_t p = hk(all[k], strlen(all[k])) & (MS - 1);
			while (month_set[p].m)
				p = (p + 1) & (MS - 1);
			memcpy(month_set[p].k, all[k], strlen(all[k]) + 1);
			month_set[p].m = (signed char)month_of_slow(all[k]);
			month_initial[(unsigned char)all[k][0]] = 1;
		}
		ready = 1;
	}
}

static int month_of(const char *w)
{
	size_t n = strlen(w);
	if (n < 3 || n > 10)
		return 0;
	months_init();
	uint32_t p = hk(w, n) & (MS - 1);
	while (month_set[p].m) {
		if (!strcmp(month_set[p].k, w))
			return month_set[p].m;
		p = (p + 1) & (MS - 1);
	}
	return 0;
}

static int month_of_slow(const char *w)
{
	static const struct { const char *k; int m; } mon[] = {
		{"january", 1}, {"jan", 1}, {"januar", 1}, {"jaenner", 1}, {"february", 2},
		{"feb", 2}, {"februar", 2}, {"march", 3}, {"mar", 3}, {"maerz", 3}, {"mrz", 3},
		{"april", 4}, {"apr", 4}, {"may", 5}, {"mai", 5}, {"june", 6}, {"jun", 6},
		{"juni", 6}, {"july", 7}, {"jul", 7}, {"juli", 7}, {"august", 8}, {"aug", 8},
		{"september", 9}, {"sep", 9}, {"sept", 9}, {"october", 10}, {"oct", 10},
		{"oktober", 10}, {"okt", 10}, {"november", 11}, {"nov", 11}, {"december", 12},
		{"dec", 12}, {"dezember", 12}, {"dez", 12},
		{"janvier", 1}, {"fevrier", 2}, {"mars", 3}, {"avril", 4}, {"juin", 6}, {"juillet", 7},
		{"aout", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"decembre", 12},
		{"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6},
		{"julio", 7}, {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10},
		{"noviembre", 11}, {"diciembre", 12}, {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4},
		{"maggio", 5}, {"giugno", 6}, {"luglio", 7}, {"settembre", 9}, {"ottobre", 10},
		{"dicembre", 12}, {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mei", 5},
		{"augustus", 8},
	};
	for (size_t k = 0; k < sizeof mon / sizeof mon[0]; k++)
		if (!strcmp(w, mon[k].k))
			return mon[k].m;
	return 0;
}

static size_t num(const char *s, size_t n, size_t i, int maxd, int *v)
{
	size_t k = 0;
	*v = 0;
	while (i + k < n && k < (size_t)maxd && s[i + k] >= '0' && s[i + k] <= '9')
		*v = *v * 10 + (s[i + k++] - '0');
	if (i + k < n && s[i + k] >= '0' && s[i + k] <= '9')
		return 0;   /* too many digits */
	return k;
}

static int ok_date(int y, int m, int d, char out[11])
{
	if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > days_in(y, m))
		return 0;
	out[0] = (char)('0' + y / 1000);
	out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = '-';
	out[5] = (char)('0' + m / 10);
	out[6] = (char)('0' + m % 10);
	out[7] = '-';
	out[8] = (char)('0' + d / 10);
	out[9] = (char)('0' + d % 10);
	out[10] = '\0';
	return 1;
}

/* a month name at s[i..]: folded word into w; returns bytes used */
static size_t month_word(const char *s, size_t n, size_t i, int *m)
{
	tokz t;
	tok_init(&t, s, n, i);
	*m = 0;
	size_t used = 0;
	if (tok_next(&t) && t.start == i && t.wl) {
		*m = month_of(t.w.c);
		used = t.end - i;
		if (*m && used < n - i && s[i + used] == '.')
			used++;
	}
	jd_buf_free(&t.fb);
	return *m ? used : 0;
}

size_t jdx_parse_date(const char *s, size_t n, char out[11])
{
	tab_init();   /* the tokenizer's tables */
	int a, b, c;
	size_t i = 0, k;
	if (!(k = num(s, n, 0, 4, &a)))
		goto words;
	if (k == 4 && n > 4 && s[4] == '-') {
		size_t k2 = num(s, n, 5, 2, &b);
		if (k2 == 2 && 7 < n && s[7] == '-' && num(s, n, 8, 2, &c) == 2 && ok_date(a, b, c, out))
			return 10;
		return 0;
	}
	if (k <= 2 && k < n && (s[k] == '/' || s[k] == '-')) {
		/* 12/10/2026 and 10-10-2026 are day first; 10/31/2026 is month first */
		char sep = s[k];
		i = k + 1;
		size_t k2 = num(s, n, i, 2, &b);
		if (k2 && i + k2 < n && s[i + k2] == sep) {
			i += k2 + 1;
			if (num(s, n, i, 4, &c) == 4) {
				int dd = a, mm = b;
				if (sep == '/' && b > 12 && a <= 12) {
					dd = b;
					mm = a;
				}
				if (ok_date(c, mm, dd, out))
					return i + 4;
			}
		}
		return 0;
	}
	if (k <= 2 && k < n && s[k] == '.') {
		i = k + 1;
		size_t k2 = num(s, n, i, 2, &b);
		if (k2 && i + k2 < n && s[i + k2] == '.') {
			i += k2 + 1;
			if (num(s, n, i, 4, &c) == 4 && ok_date(c, b, a, out))
				return i + 4;
			return 0;
		}
		/* "3. Oktober 2026" */
		while (i < n && s[i] == ' ')
			i++;
		int m;
		size_t mw = month_word(s, n, i, &m);
		if (!mw)
			return 0;
		i += mw;
		while (i < n && s[i] == ' ')
			i++;
		if (num(s, n, i, 4, &c) == 4 && ok_date(c, m, a, out))
			return i + 4;
		return 0;
	}
	if (k <= 2) {
		/* "3 Oct 2026", "16th April 2023" */
		i = k;
		if (i + 1 < n && (!strncmp(s + i, "st", 2) || !strncmp(s + i, "nd", 2) ||
				  !strncmp(s + i, "rd", 2) || !strncmp(s + i, "th", 2) ||
				  !strncmp(s + i, "er", 2)))
			i += 2;
		if (i >= n || s[i] != ' ')
			return 0;
		while (i < n && s[i] == ' ')
			i++;
		if (i + 3 <= n && !strncmp(s + i, "de ", 3))   /* "9 de octubre de 2026" */
			i += 3;
		int m;
		size_t mw = month_word(s, n, i, &m);
		if (!mw)
			return 0;
		i += mw;
		if (i < n && s[i] == ',')
			i++;
		while (i < n && s[i] == ' ')
			i++;
		if (i + 3 <= n && !strncmp(s + i, "de ", 3))
			i += 3;
		if (num(s, n, i, 4, &c) == 4 && ok_date(c, m, a, out))
			return i + 4;
	}
	return 0;
words:
	{
		/* "October 3, 2026", "Oct. 3 2026"; an ASCII first byte is the
		 * first of the month's name */
		months_init();
		if (!n || ((unsigned char)s[0] < 0x80 && !month_initial[jdx_ascii_lower[(unsigned char)s[0]]]))
			return 0;
		int m;
		size_t mw = month_word(s, n, 0, &m);
		if (!mw)
			return 0;
		i = mw;
		while (i < n && s[i] == ' ')
			i++;
		size_t k2 = num(s, n, i, 2, &a);
		if (!k2)
			return 0;
		i += k2;
		if (i + 1 < n && (!strncmp(s + i, "st", 2) || !strncmp(s + i, "nd", 2) ||
				  !strncmp(s + i, "rd", 2) || !strncmp(s + i, "th", 2)))
			i += 2;
		if (i < n && s[i] == ',')
			i++;
		while (i < n && s[i] == ' ')
			i++;
		if (num(s, n, i, 4, &c) == 4 && ok_date(c, m, a, out))
			return i + 4;
		return 0;
	}
}

/* ---- labelled fields ---- */
enum { L_URL = JDX_NF, L_TELE };   /* L_TELE: "Homeoffice:", "Télétravail:" */
static const struct { const char *k; int f; } labels[] = {
	{"job title", JDX_TITLE}, {"title", JDX_TITLE}, {"position", JDX_TITLE},
	{"stellenbezeichnung", JDX_TITLE}, {"jobtitel", JDX_TITLE}, {"role", JDX_TITLE},
	{"company", JDX_COMPANY}, {"company name", JDX_COMPANY}, {"employer", JDX_COMPANY},
	{"hiring company", JDX_COMPANY}, {"organisation", JDX_COMPANY}, {"organization", JDX_COMPANY},
	{"unternehmen", JDX_COMPANY}, {"firma", JDX_COMPANY}, {"arbeitgeber", JDX_COMPANY},
	{"location", JDX_LOCATION}, {"job location", JDX_LOCATION}, {"work location", JDX_LOCATION},
	{"locations", JDX_LOCATION}, {"place of work", JDX_LOCATION}, {"einsatzort", JDX_LOCATION},
	{"standort", JDX_LOCATION}, {"arbeitsort", JDX_LOCATION}, {"dienstort", JDX_LOCATION},
	{"ort", JDX_LOCATION}, {"city", JDX_LOCATION},
	{"posted", JDX_POSTED}, {"posted on", JDX_POSTED}, {"date posted", JDX_POSTED},
	{"posting date", JDX_POSTED}, {"published", JDX_POSTED}, {"published on", JDX_POSTED},
	{"date", JDX_POSTED}, {"ver\xC3\xB6" "ffentlicht", JDX_POSTED},
	{"ver\xC3\xB6" "ffentlicht am", JDX_POSTED}, {"datum", JDX_POSTED},
	{"online seit", JDX_POSTED}, {"erstellt am", JDX_POSTED}, {"eingestellt am", JDX_POSTED},
	{"employment type", JDX_EMPLOYMENT}, {"employment", JDX_EMPLOYMENT},
	{"job type", JDX_EMPLOYMENT}, {"contract type", JDX_EMPLOYMENT}, {"type", JDX_EMPLOYMENT},
	{"work type", JDX_EMPLOYMENT}, {"anstellungsart", JDX_EMPLOYMENT},
	{"besch\xC3\xA4" "ftigungsart", JDX_EMPLOYMENT}, {"vertragsart", JDX_EMPLOYMENT},
	{"arbeitszeit", JDX_EMPLOYMENT}, {"art der anstellung", JDX_EMPLOYMENT},
	{"anstellung", JDX_EMPLOYMENT}, {"seniority", JDX_SENIORITY},
	{"seniority level", JDX_SENIORITY}, {"level", JDX_SENIORITY},
	{"experience level", JDX_SENIORITY}, {"career level", JDX_SENIORITY},
	{"karrierestufe", JDX_SENIORITY}, {"erfahrungslevel", JDX_SENIORITY},
	{"remote", L_TELE}, {"work model", JDX_REMOTE}, {"working model", JDX_REMOTE},
	{"workplace type", JDX_REMOTE}, {"workplace", JDX_REMOTE}, {"arbeitsmodell", JDX_REMOTE},
	{"homeoffice", L_TELE}, {"home office", L_TELE}, {"remote work", L_TELE},
	{"work arrangement", JDX_REMOTE}, {"location type", JDX_REMOTE}, {"job location type", JDX_REMOTE},
	{"remote policy", JDX_REMOTE}, {"t\xC3\xA9l\xC3\xA9travail", L_TELE}, {"teletravail", L_TELE},
	{"modalidad", JDX_REMOTE}, {"modalit\xC3\xA0", JDX_REMOTE}, {"modalita", JDX_REMOTE},
	{"modalit\xC3\xA0 di lavoro", JDX_REMOTE}, {"werkplek", JDX_REMOTE}, {"thuiswerken", L_TELE},
	{"teletrabajo", L_TELE}, {"smart working", L_TELE},
	{"entreprise", JDX_COMPANY}, {"soci\xC3\xA9t\xC3\xA9", JDX_COMPANY}, {"empresa", JDX_COMPANY},
	{"azienda", JDX_COMPANY}, {"societ\xC3\xA0", JDX_COMPANY}, {"bedrijf", JDX_COMPANY},
	{"werkgever", JDX_COMPANY}, {"organisatie", JDX_COMPANY},
	{"lieu", JDX_LOCATION}, {"localisation", JDX_LOCATION}, {"ville", JDX_LOCATION},
	{"ubicaci\xC3\xB3n", JDX_LOCATION}, {"ubicacion", JDX_LOCATION}, {"ciudad", JDX_LOCATION},
	{"lugar", JDX_LOCATION}, {"lugar de trabajo", JDX_LOCATION}, {"sede", JDX_LOCATION},
	{"luogo", JDX_LOCATION}, {"localit\xC3\xA0", JDX_LOCATION}, {"locatie", JDX_LOCATION},
	{"plaats", JDX_LOCATION}, {"standplaats", JDX_LOCATION}, {"werklocatie", JDX_LOCATION},
	{"publi\xC3\xA9" "e le", JDX_POSTED}, {"publi\xC3\xA9 le", JDX_POSTED},
	{"date de publication", JDX_POSTED}, {"publicado", JDX_POSTED}, {"publicado el", JDX_POSTED},
	{"fecha", JDX_POSTED}, {"fecha de publicaci\xC3\xB3n", JDX_POSTED}, {"pubblicato", JDX_POSTED},
	{"pubblicato il", JDX_POSTED}, {"data", JDX_POSTED}, {"data di pubblicazione", JDX_POSTED},
	{"geplaatst", JDX_POSTED}, {"geplaatst op", JDX_POSTED}, {"publicatiedatum", JDX_POSTED},
	{"contrat", JDX_EMPLOYMENT}, {"type de contrat", JDX_EMPLOYMENT}, {"contrato", JDX_EMPLOYMENT},
	{"tipo de contrato", JDX_EMPLOYMENT}, {"jornada", JDX_EMPLOYMENT}, {"contratto", JDX_EMPLOYMENT},
	{"tipo di contratto", JDX_EMPLOYMENT}, {"orario", JDX_EMPLOYMENT}, {"dienstverband", JDX_EMPLOYMENT},
	{"contract", JDX_EMPLOYMENT}, {"assignment", JDX_EMPLOYMENT},
	{"niveau", JDX_SENIORITY}, {"nivel", JDX_SENIORITY}, {"livello", JDX_SENIORITY},
	{"poste", JDX_TITLE}, {"intitul\xC3\xA9 du poste", JDX_TITLE}, {"puesto", JDX_TITLE},
	{"posizione", JDX_TITLE}, {"functie", JDX_TITLE}, {"vacature", JDX_TITLE},
	{"url", L_URL}, {"source", L_URL},
	{"source url", L_URL}, {"quelle", L_URL},
};

/* case-insensitive prefix compare for ASCII and German capitals */
static int lower_byte(const char *s, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if (i && (unsigned char)s[i - 1] == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97)
		return c + 0x20;
	return c;
}

/* "Label: value" (or "Posted 3 Oct 2026"): the label's field and the value span */
enum { NLABELS = sizeof labels / sizeof labels[0] };
static unsigned char label_len[NLABELS];
static unsigned short label_first[256], label_next[NLABELS];
static unsigned char posted_first[256];   /* a posted-date label starts with this byte */

static void labels_init(void)
{
	if (!label_len[0])
		for (size_t k = NLABELS; k-- > 0;) {
			label_len[k] = (unsigned char)strlen(labels[k].k);
			unsigned char f = (unsigned char)labels[k].k[0];
			label_next[k] = label_first[f];
			label_first[f] = (unsigned short)(k + 1);
			if (labels[k].f == JDX_POSTED)
				posted_first[f] = 1;
		}
}

static int label_at(const char *s, size_t n, size_t *vs)
{
	int best = -1;
	size_t bestlen = 0;
	labels_init();
	if (!n)
		return -1;
	int c0 = lower_byte(s, 0);
	for (unsigned kk = label_first[c0]; kk; kk = label_next[kk - 1]) {
		size_t k = kk - 1;
		size_t l = label_len[k];
		if (l > n || l <= bestlen)
			continue;
		size_t i = 0;
		while (i < l && lower_byte(s, i) == (unsigned char)labels[k].k[i])
			i++;
		if (i < l)
			continue;
		size_t j = l;
		while (j < n && s[j] == ' ')
			j++;
		if (j < n && s[j] == ':') {
			j++;
		} else if (labels[k].f == JDX_POSTED && j > l && j < n && j < 40) {
			/* "Posted 3 Oct 2026", "Veröffentlicht am 03.10.2026" */
			char d[11];
			if (!jdx_parse_date(s + j, n - j, d))
				continue;
		} else {
			continue;
		}
		while (j < n && s[j] == ' ')
			j++;
		best = labels[k].f;
		bestlen = l;
		*vs = j;
	}
	return best;
}

static void set_field(char **slot, const char *v, size_t n)
{
	if (*slot)
		return;
	while (n && (v[n - 1] == ' ' || v[n - 1] == ',' || v[n - 1] == ';'))
		n--;
	if (!n)
		return;
	if (n > 200)
		n = 200;
	/* do not cut a UTF-8 sequence */
	while (n && ((unsigned char)v[n] & 0xC0) == 0x80 && n < 200)
		n--;
	*slot = jd_xstrndup(v, n);
}

static void put_field(char **slot, const char *v)
{
	if (!*slot && v)
		*slot = jd_xstrdup(v);
}

static void labelled_value(jdx_doc *d, char **lab, int f, const char *v, size_t n)
{
	char date[11];
	switch (f) {
	case JDX_POSTED:
		if (!lab[f] && jdx_parse_date(v, n, date))
			lab[f] = jd_xstrdup(date);
		break;
	case JDX_EMPLOYMENT:
		put_field(&lab[f], jdx_norm_employment(v, n));
		break;
	case JDX_SENIORITY: {
		scan sc;
		memset(&sc, 0, sizeof sc);
		scan_text(&sc, v, n, 1, 0);
		if (sc.sen_best)
			put_field(&lab[f], sen_names[sc.sen_best]);
		break;
	}
	case JDX_REMOTE:
	case L_TELE: {
		scan sc;
		memset(&sc, 0, sizeof sc);
		scan_text(&sc, v, n, 1, 0);
		const char *r = remote_of(&sc);
		jd_buf b = JD_BUF_INIT;
		jdx_fold(&b, v, n);
		if (!strncmp(b.p, "yes", 3) || !strncmp(b.p, "ja", 2) || !strncmp(b.p, "100", 3))
			r = "remote";
		else if (!strncmp(b.p, "no", 2) || !strncmp(b.p, "nein", 4) || !strncmp(b.p, "kein", 4) ||
			 !strncmp(b.p, "nee", 3))
			r = "onsite";
		else if (!r && f == L_TELE)
			r = "hybrid";   /* "Homeoffice: 2 Tage pro Woche", "Télétravail : un jour par semaine" */
		jd_buf_free(&b);
		put_field(&lab[JDX_REMOTE], r);
		break;
	}
	case L_URL:
		if (!d->meta.url && n > 8 && (!strncmp(v, "http://", 7) || !strncmp(v, "https://", 8))) {
			size_t e = 0;
			while (e < n && v[e] != ' ')
				e++;
			d->meta.url = jd_xstrndup(v, e);
		}
		break;
	default:
		set_field(&lab[f], v, n);
	}
}

static void labelled_line(jdx_doc *d, char **lab, const char *s, size_t n)
{
	/* segments split at " | ", " · ", " • " */
	size_t i = 0;
	while (i < n) {
		size_t e = i;
		size_t next = n;
		for (; e < n; e++) {
			if (s[e] == '|') { next = e + 1; break; }
			if (e + 2 < n + 0 && (unsigned char)s[e] == 0xC2 && (unsigned char)s[e + 1] == 0xB7) { next = e + 2; break; }
			if (e + 3 <= n && !memcmp(s + e, "\xE2\x80\xA2", 3)) { next = e + 3; break; }
		}
		size_t a = i, b = e;
		while (a < b && s[a] == ' ')
			a++;
		while (b > a && s[b - 1] == ' ')
			b--;
		size_t vs;
		int f = label_at(s + a, b - a, &vs);
		if (f >= 0 && vs < b - a)
			labelled_value(d, lab, f, s + a + vs, b - a - vs);
		i = next;
	}
}

/* ---- titles ---- */
static int has_role(const char *s, size_t n)
{
	scan sc;
	memset(&sc, 0, sizeof sc);
	scan_text(&sc, s, n, 1, 0);
	return sc.role;
}

/* "What does a Machine Learning Engineer do?" -> the role phrase */
static char *role_from_question(const char *s, size_t n)
{
	static const char *const pre[] = {
		"what does a ", "what does an ", "what do ", "what is a ", "what is an ",
		"how to become a ", "how to become an ", "was macht ein ", "was macht eine ",
		"was ist ein ", "was ist eine ", "was machen ", NULL,
	};
	jd_buf f = JD_BUF_INIT;
	jdx_fold(&f, s, n < 40 ? n : 40);
	size_t pl = 0;
	for (int k = 0; pre[k]; k++)
		if (!strncmp(f.p, pre[k], strlen(pre[k]))) {
			pl = strlen(pre[k]);
			break;
		}
	jd_buf_free(&f);
	if (!pl || !jd_utf8_valid(s, pl))
		return NULL;
	/* ASCII prefixes fold to the same length */
	tokz t;
	tok_init(&t, s, n, pl);
	size_t start = (size_t)-1, end = 0;
	int words = 0;
	char *res = NULL;
	while (tok_next(&t) && words < 6) {
		if (start == (size_t)-1)
			start = t.start;
		words++;
		if (t.wl && role_token(&t.w, t.wl, t.h)) {
			end = t.end;
			break;
		}
	}
	jd_buf_free(&t.fb);
	if (!end)
		return NULL;
	jd_buf b = JD_BUF_INIT;
	jd_buf_add(&b, s + start, end - start);
	/* plural role noun -> singular ("engineers") */
	if (b.len > 4 && b.p[b.len - 1] == 's' && b.p[b.len - 2] != 's') {
		b.len--;
		b.p[b.len] = '\0';
	}
	/* all lower case -> Title Case */
	int upper = 0;
	for (size_t i = 0; i < b.len; i++)
		if (b.p[i] >= 'A' && b.p[i] <= 'Z')
			upper = 1;
	if (!upper)
		for (size_t i = 0; i < b.len; i++)
			if ((i == 0 || b.p[i - 1] == ' ') && b.p[i] >= 'a' && b.p[i] <= 'z')
				b.p[i] = (char)(b.p[i] - 32);
	res = jd_buf_take(&b);
	return res;
}

/* "Title - Company | Site" in a <title>: the part after the role */
static char *company_from_tag(const char *s)
{
	static const char *const seps[] = {" | ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ", NULL};
	size_t n = strlen(s);
	for (int k = 0; seps[k]; k++) {
		const char *p = strstr(s, seps[k]);
		if (!p || !has_role(s, (size_t)(p - s)))
			continue;
		const char *c = p + strlen(seps[k]);
		size_t l = strcspn(c, "|");
		while (l && c[l - 1] == ' ')
			l--;
		static const char *const site[] = {" Careers", " Jobs", " Karriere", " Stellenangebote", NULL};
		for (int j = 0; site[j]; j++) {
			size_t sl = strlen(site[j]);
			if (l > sl && !memcmp(c + l - sl, site[j], sl))
				l -= sl;
		}
		(void)n;
		return l ? jd_xstrndup(c, l) : NULL;
	}
	return NULL;
}

/* cut "Title: subtitle", "Title | Site", "Title - Company", "Title at Company" */
static char *clean_title(const char *s, size_t n, char **company)
{
	char *q = role_from_question(s, n);
	if (q)
		return q;
	static const char *const seps[] = {": ", " | ", NULL};
	for (int k = 0; seps[k]; k++) {
		size_t sl = strlen(seps[k]);
		const char *p = NULL;
		for (size_t i = 0; i + sl <= n; i++)
			if (!memcmp(s + i, seps[k], sl)) {
				p = s + i;
				break;
			}
		if (p && p > s && has_role(s, (size_t)(p - s))) {
			n = (size_t)(p - s);
			break;
		}
	}
	static const char *const at[] = {" at ", " bei ", " @ ", NULL};
	for (int k = 0; at[k]; k++) {
		size_t al = strlen(at[k]);
		for (size_t i = 0; i + al < n; i++)
			if (!memcmp(s + i, at[k], al)) {
				if (has_role(s, i)) {
					if (company && !*company)
						set_field(company, s + i + al, n - i - al);
					n = i;
				}
				break;
			}
	}
	while (n && (s[n - 1] == ' ' || s[n - 1] == ':' || s[n - 1] == ',' || s[n - 1] == '-'))
		n--;
	return n ? jd_xstrndup(s, n) : NULL;
}

static int date_only(const char *s, size_t n, char out[11])
{
	if (n > 64)
		return 0;   /* no date form is that long */
	size_t k = jdx_parse_date(s, n, out);
	return k && k >= n - (n && s[n - 1] == '.' ? 1 : 0);
}

static int legal_form(const char *s, size_t n)
{
	static const char *const forms[] = {
		" GmbH", " AG", " SE", " KG", " Inc.", " Inc", " Ltd", " Ltd.", " LLC", " GmbH & Co. KG",
		" e.V.", " gGmbH", " plc", " S.A.", " B.V.", " S.r.l.", " SAS", " Corp.", NULL,
	};
	/* every form ends in one of these */
	if (!n || !strchr("HGE.cdCS", s[n - 1]) || !s[n - 1])
		return 0;
	for (int k = 0; forms[k]; k++) {
		size_t l = strlen(forms[k]);
		if (n > l && !memcmp(s + n - l, forms[k], l))
			return 1;
	}
	return 0;
}

static int has_digit(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] >= '0' && s[i] <= '9')
			return 1;
	return 0;
}

void jdx_fields(jdx_doc *d, const char *default_date, const jd_buf *rendered)
{
	tab_init();
	labels_init();
	char *lab[JDX_NF + 2] = {0};
	char date[11];
	char *first_date = NULL;
	const char *title_line = NULL;
	size_t title_len = 0, lines_seen = 0;
	const char *fallback = NULL;
	size_t fallback_len = 0;
	char *company_guess = NULL;

	/* labelled fields, title-like lines, company-like lines, date lines */
	for (size_t i = 0; i < d->nlines; i++) {
		const jdx_line *l = &d->lines[i];
		if (l->drop == 1)
			continue;
		const char *s = d->text.p + l->off;
		size_t n = l->len;
		int labelled = 0;
		if (n < 400 && memchr(s, ':', n < 60 ? n : 60)) {
			size_t vs;
			if (label_at(s, n, &vs) >= 0)
				labelled = 1;
			labelled_line(d, lab, s, n);
		} else if (n < 80 && posted_first[lower_byte(s, 0)] && has_digit(s, n)) {
			size_t vs;
			if (label_at(s, n, &vs) == JDX_POSTED) {
				labelled = 1;
				labelled_line(d, lab, s, n);
			}
		}
		if (l->drop || lines_seen >= 25)
			continue;
		lines_seen++;
		if (labelled || l->bullet)
			continue;
		if (date_only(s, n, date)) {
			if (!first_date)
				first_date = jd_xstrdup(date);
			continue;
		}
		size_t w = l->words;   /* spaces + 1 */
		if (!company_guess && w <= 6 && legal_form(s, n))
			company_guess = jd_xstrndup(s, n);
		if (w > 14 || n > 160)
			continue;
		if (!title_line && has_role(s, n)) {
			/* a sentence is a title only when a heading can be cut out
			 * of it ("Role: Aufgaben. Gehalt.", "What does a Role do?") */
			int ok = s[n - 1] != '.';
			if (!ok && n >= 4) {
				/* "Analista de Datos Jr.": an abbreviation, not a sentence */
				size_t b = n - 1;
				while (b && s[b - 1] != ' ')
					b--;
				ok = n - 1 - b <= 3 && s[b] >= 'A' && s[b] <= 'Z';
			}
			if (!ok) {
				char *c = clean_title(s, n, NULL);
				ok = c && strlen(c) + 1 < n;
				free(c);
			}
			if (ok) {
				title_line = s;
				title_len = n;
			}
		}
		if (!fallback && w <= 10 && s[n - 1] != '.' && s[n - 1] != ',') {
			fallback = s;
			fallback_len = n;
		}
	}

	/* title: hint > label > h1 > role-noun line > <title> > first title-like line */
	char *company_from_title = NULL;
	if (d->meta.f[JDX_TITLE])
		d->f[JDX_TITLE] = jd_xstrdup(d->meta.f[JDX_TITLE]);
	else if (lab[JDX_TITLE])
		d->f[JDX_TITLE] = clean_title(lab[JDX_TITLE], strlen(lab[JDX_TITLE]), &company_from_title);
	else if (d->meta.h1)
		d->f[JDX_TITLE] = clean_title(d->meta.h1, strlen(d->meta.h1), &company_from_title);
	else if (title_line)
		d->f[JDX_TITLE] = clean_title(title_line, title_len, &company_from_title);
	else if (d->meta.title_tag)
		d->f[JDX_TITLE] = clean_title(d->meta.title_tag, strlen(d->meta.title_tag), &company_from_title);
	else if (fallback)
		d->f[JDX_TITLE] = clean_title(fallback, fallback_len, &company_from_title);

	for (int f = JDX_COMPANY; f < JDX_NF; f++) {
		if (d->meta.f[f])
			put_field(&d->f[f], d->meta.f[f]);
		else
			put_field(&d->f[f], lab[f]);
	}
	if (d->f[JDX_POSTED]) {
		/* an export's or JSON-LD's date: "2026-10-03T09:00" and friends */
		size_t k = jdx_parse_date(d->f[JDX_POSTED], strlen(d->f[JDX_POSTED]), date);
		free(d->f[JDX_POSTED]);
		d->f[JDX_POSTED] = k ? jd_xstrdup(date) : NULL;
	}
	put_field(&d->f[JDX_COMPANY], company_from_title);
	if (!d->f[JDX_COMPANY] && d->meta.title_tag)
		d->f[JDX_COMPANY] = company_from_tag(d->meta.title_tag);
	put_field(&d->f[JDX_COMPANY], company_guess);
	put_field(&d->f[JDX_POSTED], first_date);
	put_field(&d->f[JDX_POSTED], default_date);

	/* cues: title first, then the kept text */
	scan ts, xs;
	memset(&ts, 0, sizeof ts);
	memset(&xs, 0, sizeof xs);
	if (d->f[JDX_TITLE])
		scan_text(&ts, d->f[JDX_TITLE], strlen(d->f[JDX_TITLE]), 1, 0);
	jd_buf body = JD_BUF_INIT;
	if (!rendered) {
		jdx_doc_render(d, &body);
		rendered = &body;
	}
	scan_text(&xs, rendered->p ? rendered->p : "", rendered->len, 0, 3000);
	/* language from the stop words of the text */
	put_field(&d->f[JDX_LANG], lang_of(&xs));
	int e = employment_of(&ts);
	if (!e)
		e = employment_of(&xs);
	if (e)
		put_field(&d->f[JDX_EMPLOYMENT], emp_names[e]);
	int s = ts.sen_best ? ts.sen_best : xs.sen_best;
	if (s)
		put_field(&d->f[JDX_SENIORITY], sen_names[s]);
	const char *r = remote_of(&ts);
	if (!r && d->f[JDX_LOCATION]) {
		scan ls;
		memset(&ls, 0, sizeof ls);
		scan_text(&ls, d->f[JDX_LOCATION], strlen(d->f[JDX_LOCATION]), 1, 0);
		r = remote_of(&ls);
	}
	if (!r)
		r = remote_of(&xs);
	put_field(&d->f[JDX_REMOTE], r);

	jd_buf_free(&body);
	for (int f = 0; f <= L_TELE; f++)
		free(lab[f]);
	free(first_date);
	free(company_from_title);
	free(company_guess);
}

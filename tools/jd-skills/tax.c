/* tax.c: the jd-skills taxonomy -- loading, the n-gram hash table, the
 * built-in cue words (evidence, levels, section headings). */
#include "skills.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jd_csv.h"
#include "jd_err.h"
#include "jd_text.h"

const char *const sk_cat_names[SK_NCAT] = {
	"language", "framework", "database", "cloud", "tool", "data-tool",
	"ml-method", "data-concept", "practice", "office", "soft-skill", "domain",
};
const char *const sk_sec_names[SEC_NSEC] = {
	"other", "tasks", "requirements", "benefits", "company", "navigation",
};
const char *const sk_level_names[3] = {"required", "preferred", "negated"};
const char *const sk_rule_names[4] = {"exact", "fold", "suffix", "version"};

int sk_cat_lookup(const char *s, size_t n)
{
	for (int i = 0; i < SK_NCAT; i++)
		if (strlen(sk_cat_names[i]) == n && memcmp(sk_cat_names[i], s, n) == 0)
			return i;
	return -1;
}

/* Office tools are not evidence: a kitchen or an office asks for Excel too
 * ("Sous Chef wanted. Basic Excel skills."), so Excel says nothing about
 * Chef, Puppet or R being the tech ones. */
int sk_cat_is_tech(int cat)
{
	return cat != SK_SOFT_SKILL && cat != SK_DOMAIN && cat != SK_PRACTICE &&
	       cat != SK_OFFICE;
}


/* ---- hash table ---- */

const sk_entry *sk_tax_find(const sk_tax *t, uint64_t h, uint16_t ntok)
{
	const sk_slot *s = sk_tax_look(t, h, ntok);
	return s ? &t->ent[s->ent] : NULL;
}

/* copy what the matcher reads of entry idx into its slot */
static void slot_fill(sk_slot *s, const sk_entry *e, size_t idx)
{
	s->h = e->h;
	s->ent = (uint32_t)idx;
	s->ntok = (uint8_t)e->ntok;
	s->flags = (uint8_t)((e->prefix ? SK_S_PREFIX : 0) | (e->nalias ? SK_S_ALIAS : 0));
	s->cue = e->cue;
	s->section = e->section;
}

static void slot_put(sk_tax *t, size_t idx)
{
	const sk_entry *e = &t->ent[idx];
	size_t i = sk_slot_start(e->h, e->ntok, t->slotcap);
	while (t->slot[i].h)
		i = (i + 1) & (t->slotcap - 1);
	slot_fill(&t->slot[i], e, idx);
}

/* after a change to an entry's prefix, cue, section or aliases */
static void slot_sync(sk_tax *t, const sk_entry *e)
{
	sk_slot *s = (sk_slot *)sk_tax_look(t, e->h, e->ntok);
	slot_fill(s, e, (size_t)(e - t->ent));
}

static void tab_grow(sk_tax *t)
{
	t->slotcap = t->slotcap ? t->slotcap * 2 : 4096;
	free(t->slot);
	t->slot = jd_xcalloc(t->slotcap, sizeof *t->slot);
	for (size_t i = 0; i < t->nent; i++)
		slot_put(t, i);
}

/* The entry for key (folded tokens joined by ' '), created when absent.
 * Two different keys with the same 64-bit hash are reported (never seen
 * in practice) and the second is refused (NULL).  The pointer is valid
 * until the next tab_get. */
static sk_entry *tab_get(sk_tax *t, uint64_t h, uint16_t ntok, const char *key, size_t keylen)
{
	sk_entry *e = (sk_entry *)sk_tax_find(t, h, ntok);
	if (e) {
		if (e->keylen == keylen && memcmp(e->key, key, keylen) == 0)
			return e;
		jd_warn("taxonomy: hash collision between '%s' and '%.*s'", e->key,
			(int)keylen, key);
		return NULL;
	}
	/* at most 3/4 full: small enough to stay in the cache, and the Bloom
	 * filters in front keep most lookups of absent keys away */
	if ((t->nent + 1) * 4 > t->slotcap * 3)
		tab_grow(t);
	if (t->nent == t->capent) {
		t->capent = t->capent ? t->capent * 2 : 1024;
		t->ent = jd_xrealloc(t->ent, t->capent * sizeof *t->ent);
	}
	e = &t->ent[t->nent];
	memset(e, 0, sizeof *e);
	e->h = h;
	e->ntok = ntok;
	/* 8 zero bytes after the key: the matcher compares it a word at a time */
	e->key = jd_xcalloc(keylen + 9, 1);
	memcpy(e->key, key, keylen);
	e->keylen = (uint32_t)keylen;
	slot_put(t, t->nent);
	t->nent++;
	return e;
}

/* tokenize s the matcher's way */
static sk_matcher tokm;
static int tokm_ready;

static void tokenize_key(const char *s, size_t n)
{
	if (!tokm_ready) {
		sk_matcher_init(&tokm, NULL);
		tokm_ready = 1;
	}
	sk_tokenize(&tokm, s, n);
}

/* Enter the folded token sequence currently in tokm (all tokens) with
 * prefixes; returns the full entry. */
static sk_entry *enter_tokens(sk_tax *t)
{
	jd_buf key = JD_BUF_INIT;
	uint64_t h = 0;
	sk_entry *e = NULL;
	size_t n = tokm.ntok;
	for (size_t i = 0; i < n; i++) {
		const sk_token *k = &tokm.tok[i];
		uint64_t th = k->h;
		h = i ? sk_hash_more(h, th) : th;
		if (i)
			jd_buf_addc(&key, ' ');
		jd_buf_add(&key, tokm.fold.p + k->foff, k->flen);
		e = tab_get(t, h, (uint16_t)(i + 1), key.p, key.len);
		if (!e)
			break;
		size_t b = sk_bloom_bit(h);
		if (i == 0)
			t->bloom[b / 64] |= 1ULL << (b % 64);
		else
			t->bloom2[b / 64] |= 1ULL << (b % 64);
		if (i + 1 < n && !e->prefix) {
			e->prefix = 1;
			slot_sync(t, e);
		}
	}
	if (n > t->maxtok)
		t->maxtok = n;
	jd_buf_free(&key);
	return e;
}

static void add_cues(sk_tax *t, const char *const *words, uint8_t cue, uint8_t sec)
{
	for (; *words; words++) {
		tokenize_key(*words, strlen(*words));
		if (tokm.ntok == 0)
			continue;
		sk_entry *e = enter_tokens(t);
		if (!e)
			continue;
		e->cue |= cue;
		if (sec)
			e->section = sec;
		slot_sync(t, e);
	}
}

static const char *const cue_evid[] = {
	"programming", "programmieren", "programmierung", "programmiersprache",
	"programmiersprachen", "programmierkenntnisse", "language", "languages",
	"kenntnisse", "kenntnissen", "kenntnis", "knowledge", "skills", "skill",
	"experience", "experienced", "erfahrung", "erfahrungen", "proficiency",
	"proficient", "coding", "code", "developer", "developers", "entwickler",
	"entwicklerin", "entwicklung", "development", "scripting", "script",
	"scripts", "stack", "framework", "frameworks", "library", "libraries",
	"package", "packages", "programmer", "expertise", "familiarity",
	"familiar", "versiert", "beherrschung", "know how", "hands on",
	"sprachen", "fluency", "fluent in", "berufserfahrung", "programmiererfahrung",
	"entwicklungserfahrung", "datenverarbeitung", "softwareentwicklung",
	/* French, Spanish, Italian */
	"expérience", "connaissances", "maîtrise", "programmation", "langage",
	"langages", "experiencia", "conocimientos", "conocimiento", "programación",
	"lenguaje", "lenguajes", "esperienza", "conoscenza", "conoscenze",
	"programmazione", "linguaggio", "linguaggi", NULL
};
static const char *const cue_pref[] = {
	"a plus", "plus", "preferred", "preferably", "nice to have", "nice to haves",
	"bonus", "ideally", "desirable", "desired", "advantage", "advantageous",
	"beneficial", "wünschenswert", "von vorteil", "vorteilhaft",
	"idealerweise", "optimalerweise", "optional", "gerne", "pluspunkt",
	"ein plus", "nice",
	/* not a must is not a "no": "SAP-Kenntnisse sind kein Muss", "SQL
	 * ist nicht zwingend erforderlich" (the longest cue phrase at a token
	 * decides, so "kein" here is no negation) */
	"not a must", "not necessarily", "not strictly required",
	"not strictly necessary", "not essential", "kein muss", "keine pflicht",
	"nicht zwingend", "nicht unbedingt", "nicht notwendigerweise", NULL
};
static const char *const cue_negpre[] = {
	"no", "keine", "kein", "keinerlei", "ohne", "without", NULL
};
/* after a skill, with a negation a few tokens before it: "keine
 * Vorkenntnisse in Java erforderlich", "no prior experience with Docker
 * required", "ohne Vorkenntnisse in Excel möglich" */
static const char *const cue_needed[] = {
	"required", "needed", "necessary", "erforderlich", "notwendig", "nötig",
	"vorausgesetzt", "benötigt", "gefordert", "möglich", NULL
};
/* after the skill in its clause ("Java not required"), or before it with
 * a ':' ("Not required: Java", "Nicht erforderlich: SAP") */
static const char *const cue_negpost[] = {
	"not required", "not needed", "not necessary",
	"not mandatory", "not a requirement", "not expected",
	"nicht erforderlich", "nicht notwendig", "nicht nötig",
	"nicht vorausgesetzt", "nicht benötigt", "nicht gefordert", NULL
};
static const char *const head_tasks[] = {
	"tasks", "your tasks", "responsibilities", "your responsibilities",
	"key responsibilities", "main responsibilities", "what you will do",
	"what you'll do", "what you will be doing", "your role", "the role",
	"your mission", "main duties", "duties", "your impact",
	"aufgaben", "ihre aufgaben", "deine aufgaben", "deine rolle",
	"ihre rolle", "das erwartet dich", "das erwartet sie", "was dich erwartet",
	"was sie erwartet", "ihr aufgabengebiet", "dein aufgabengebiet",
	"tätigkeiten", "ihre tätigkeiten", "deine tätigkeiten", "deine mission",
	"aufgabenbereich", "ihr aufgabenbereich", "dein aufgabenbereich", NULL
};
static const char *const head_req[] = {
	"requirements", "qualifications", "key qualifications", "your profile",
	"your qualifications", "what you bring", "what you need",
	"what we expect", "what we're looking for", "what we are looking for",
	"who you are", "required skills", "skills required", "must have",
	"must haves", "your skills", "skills", "profile", "requirements and skills",
	"ihr profil", "dein profil", "profil", "anforderungen", "anforderungsprofil",
	"das bringst du mit", "das bringen sie mit", "was du mitbringst",
	"was sie mitbringen", "qualifikationen", "ihre qualifikationen",
	"deine qualifikationen", "was wir erwarten", "voraussetzungen",
	"was wir uns wünschen", "deine skills", "ihre kenntnisse", NULL
};
static const char *const head_pref[] = {
	"nice to have", "nice to haves", "bonus points", "bonus", "pluspunkte",
	"wünschenswert", "von vorteil", "preferred qualifications",
	"preferred skills", "it's a plus if", "extra points", NULL
};
static const char *const head_benefits[] = {
	"we offer", "what we offer", "benefits", "perks", "our offer",
	"why join us", "why us", "perks and benefits", "what's in it for you",
	"wir bieten", "was wir bieten", "wir bieten dir", "wir bieten ihnen",
	"unser angebot", "deine vorteile", "ihre vorteile", "deine benefits",
	"ihre benefits", "das bieten wir", "was wir dir bieten", "was wir ihnen bieten",
	"das bieten wir dir", "das bieten wir ihnen", NULL
};
static const char *const cue_navafter[] = {
	"jobs", "job", "stellen", "stellenangebote", "jobangebote", "vacancies",
	"careers", "empleos", "offres", NULL
};
static const char *const head_nav[] = {
	"similar jobs", "related jobs", "more jobs", "other jobs", "recommended jobs",
	"jobs like this", "similar positions", "you may also like", "people also viewed",
	"other interesting job profiles", "more job profiles", "explore job descriptions",
	"ähnliche jobs", "weitere jobs", "ähnliche stellenangebote",
	"weitere stellenangebote", "ähnliche stellen", "das könnte dich auch interessieren",
	"das könnte sie auch interessieren", "offres similaires", "empleos similares",
	"offerte simili", NULL
};
static const char *const head_company[] = {
	"about us", "who we are", "about the company", "the company",
	"our company", "company", "about", "über uns", "wer wir sind",
	"das unternehmen", "unternehmen", "unser unternehmen", "wir sind",
	"über das unternehmen", NULL
};

void sk_tax_init(sk_tax *t)
{
	memset(t, 0, sizeof *t);
	tab_grow(t);
	add_cues(t, cue_evid, SK_CUE_EVID, 0);
	add_cues(t, cue_pref, SK_CUE_PREF, 0);
	add_cues(t, cue_negpre, SK_CUE_NEGPRE, 0);
	add_cues(t, cue_negpost, SK_CUE_NEGPOST, 0);
	add_cues(t, cue_needed, SK_CUE_NEEDED, 0);
	add_cues(t, head_tasks, 0, SEC_TASKS);
	add_cues(t, head_req, 0, SEC_REQ);
	add_cues(t, head_pref, 0, SEC_REQ | SEC_PREF_REQ);
	add_cues(t, head_benefits, 0, SEC_BENEFITS);
	add_cues(t, head_company, 0, SEC_COMPANY);
	add_cues(t, cue_navafter, SK_CUE_NAVAFTER, 0);
	add_cues(t, head_nav, 0, SEC_NAV);
}

void sk_tax_free(sk_tax *t)
{
	for (size_t i = 0; i < t->nskill; i++)
		free(t->skill[i].name);
	free(t->skill);
	for (size_t i = 0; i < t->nalias; i++) {
		sk_alias *a = &t->alias[i];
		free(a->text);
		for (size_t k = 0; k < a->ntok; k++)
			free(a->otok[k]);
		free(a->otok);
		free(a->olen);
		free(a->ctx);
		if (a->neg)
			jd_re_free(a->neg);
		free(a->negsrc);
		free(a->ctxsrc);
		free(a->flagsrc);
	}
	free(t->alias);
	for (size_t i = 0; i < t->nent; i++) {
		free(t->ent[i].key);
		free(t->ent[i].alias);
	}
	free(t->ent);
	free(t->slot);
	free(t->nameh);
	free(t->nameidx);
	memset(t, 0, sizeof *t);
	if (tokm_ready) {
		sk_matcher_free(&tokm);
		tokm_ready = 0;
	}
}

/* ---- skills by name ---- */

static uint64_t name_hash(const char *s)
{
	jd_buf b = JD_BUF_INIT;
	jd_fold(&b, s, strlen(s));
	uint64_t h = sk_hash_tok(b.p ? b.p : "", b.len);
	jd_buf_free(&b);
	return h;
}

static long skill_find(const sk_tax *t, const char *name, uint64_t h)
{
	if (!t->namecap)
		return -1;
	size_t i = h & (t->namecap - 1);
	while (t->nameh[i]) {
		if (t->nameh[i] == h && strcmp(t->skill[t->nameidx[i]].name, name) == 0)
			return t->nameidx[i];
		i = (i + 1) & (t->namecap - 1);
	}
	return -1;
}

static void name_insert(sk_tax *t, uint64_t h, uint32_t idx)
{
	if ((t->nskill + 1) * 2 > t->namecap) {
		size_t oc = t->namecap;
		uint64_t *oh = t->nameh;
		uint32_t *oi = t->nameidx;
		t->namecap = oc ? oc * 2 : 2048;
		t->nameh = jd_xcalloc(t->namecap, sizeof *t->nameh);
		t->nameidx = jd_xcalloc(t->namecap, sizeof *t->nameidx);
		for (size_t i = 0; i < oc; i++)
			if (oh[i]) {
				size_t j = oh[i] & (t->namecap - 1);
				while (t->nameh[j])
					j = (j + 1) & (t->namecap - 1);
				t->nameh[j] = oh[i];
				t->nameidx[j] = oi[i];
			}
		free(oh);
		free(oi);
	}
	size_t j = h & (t->namecap - 1);
	while (t->nameh[j])
		j = (j + 1) & (t->namecap - 1);
	t->nameh[j] = h;
	t->nameidx[j] = idx;
}

/* ---- rows ---- */

static const char *add_alias(sk_tax *t, uint32_t skill, const char *text, size_t n,
			     unsigned flags, const char *flagsrc, const char *context,
			     const char *negative)
{
	static char msg[300];
	tokenize_key(text, n);
	if (tokm.ntok == 0) {
		snprintf(msg, sizeof msg, "alias '%.*s' has no word characters", (int)n, text);
		return msg;
	}
	if (tokm.ntok > 8) {
		snprintf(msg, sizeof msg, "alias '%.*s' has more than 8 tokens", (int)n, text);
		return msg;
	}
	/* keep the original tokens before enter_tokens() reuses nothing of tokm */
	size_t nt = tokm.ntok;
	char **otok = jd_xcalloc(nt, sizeof *otok);
	size_t *olen = jd_xcalloc(nt, sizeof *olen);
	for (size_t i = 0; i < nt; i++) {
		otok[i] = jd_xstrndup(text + tokm.tok[i].off, tokm.tok[i].len);
		olen[i] = tokm.tok[i].len;
	}
	sk_entry *e = enter_tokens(t);
	if (!e) {
		for (size_t i = 0; i < nt; i++)
			free(otok[i]);
		free(otok);
		free(olen);
		snprintf(msg, sizeof msg, "alias '%.*s' cannot be entered", (int)n, text);
		return msg;
	}
	/* the same alias for the same skill twice: keep the first */
	for (uint32_t k = 0; k < e->nalias; k++) {
		const sk_alias *o = &t->alias[e->alias[k]];
		if (o->skill == skill && strlen(o->text) == n && memcmp(o->text, text, n) == 0) {
			for (size_t i = 0; i < nt; i++)
				free(otok[i]);
			free(otok);
			free(olen);
			return NULL;
		}
	}
	jd_re *neg = NULL;
	if (negative && *negative) {
		char err[200];
		neg = jd_re_compile(negative, JD_RE_CASELESS | JD_RE_OFFSET_LIMIT, err, sizeof err);
		if (!neg) {
			for (size_t i = 0; i < nt; i++)
				free(otok[i]);
			free(otok);
			free(olen);
			snprintf(msg, sizeof msg, "bad negative pattern: %s", err);
			return msg;
		}
	}
	if (t->nalias == t->capalias) {
		t->capalias = t->capalias ? t->capalias * 2 : 1024;
		t->alias = jd_xrealloc(t->alias, t->capalias * sizeof *t->alias);
	}
	sk_alias *a = &t->alias[t->nalias];
	memset(a, 0, sizeof *a);
	a->skill = skill;
	a->flags = (uint16_t)flags;
	a->ntok = (uint16_t)nt;
	a->text = jd_xstrndup(text, n);
	a->otok = otok;
	a->olen = olen;
	a->neg = neg;
	a->negsrc = jd_xstrdup(negative ? negative : "");
	a->ctxsrc = jd_xstrdup(context ? context : "");
	a->flagsrc = jd_xstrdup(flagsrc ? flagsrc : "");
	if (context && *context) {
		tokenize_key(context, strlen(context));
		a->nctx = (uint32_t)tokm.ntok;
		a->ctx = jd_xcalloc(tokm.ntok ? tokm.ntok : 1, sizeof *a->ctx);
		for (size_t i = 0; i < tokm.ntok; i++)
			a->ctx[i] = tokm.tok[i].h;
	}
	e->alias = jd_xrealloc(e->alias, (e->nalias + 1) * sizeof *e->alias);
	e->alias[e->nalias++] = (uint32_t)t->nalias;
	slot_sync(t, e);
	t->nalias++;
	return NULL;
}

/* expand "maschinell* Lernen": a word ending in '*' takes the German
 * adjective endings "", e, em, en, er, es */
static const char *add_expanded(sk_tax *t, uint32_t skill, const char *text, size_t n,
				unsigned flags, const char *flagsrc, const char *context,
				const char *negative)
{
	const char *star = memchr(text, '*', n);
	if (!star)
		return add_alias(t, skill, text, n, flags, flagsrc, context, negative);
	static const char *const end[] = {"", "e", "em", "en", "er", "es"};
	for (size_t k = 0; k < 6; k++) {
		jd_buf b = JD_BUF_INIT;
		jd_buf_add(&b, text, (size_t)(star - text));
		jd_buf_adds(&b, end[k]);
		jd_buf_add(&b, star + 1, n - (size_t)(star - text) - 1);
		const char *err = add_expanded(t, skill, b.p, b.len, flags, flagsrc, context, negative);
		jd_buf_free(&b);
		if (err)
			return err;
	}
	return NULL;
}

static void trim(const char **s, size_t *n)
{
	while (*n && (**s == ' ' || **s == '\t')) {
		(*s)++;
		(*n)--;
	}
	while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t'))
		(*n)--;
}

const char *sk_tax_add_row(sk_tax *t, const char *skill, const char *cat,
			   const char *aliases, const char *flags,
			   const char *context, const char *negative)
{
	static char msg[300];
	const char *sn = skill;
	size_t sl = strlen(skill);
	trim(&sn, &sl);
	if (!sl)
		return "empty skill name";
	char *name = jd_xstrndup(sn, sl);
	int c = sk_cat_lookup(cat, strlen(cat));
	if (c < 0) {
		snprintf(msg, sizeof msg, "unknown category '%.40s'", cat);
		free(name);
		return msg;
	}
	unsigned fl = 0;
	for (const char *p = flags; *p; p++) {
		switch (*p) {
		case 'c': fl |= SK_F_CASE; break;
		case 'x': fl |= SK_F_CTX; break;
		case 'n': fl |= SK_F_NOFOLD; break;
		case 'k': fl |= SK_F_CTX | SK_F_STRICT; break;
		case 'w': case ' ': break;   /* whole-token: always */
		default:
			snprintf(msg, sizeof msg, "unknown flag '%c' (use c, x, k, n, w)", *p);
			free(name);
			return msg;
		}
	}
	uint64_t h = name_hash(name);
	long si = skill_find(t, name, h);
	const char *err = NULL;
	if (si < 0) {
		if (t->nskill == t->capskill) {
			t->capskill = t->capskill ? t->capskill * 2 : 1024;
			t->skill = jd_xrealloc(t->skill, t->capskill * sizeof *t->skill);
		}
		si = (long)t->nskill;
		t->skill[si].name = name;
		t->skill[si].namelen = sl;
		t->skill[si].cat = c;
		name_insert(t, h, (uint32_t)si);
		t->nskill++;
		err = add_expanded(t, (uint32_t)si, name, sl, fl, flags, context, negative);
		if (err)
			return err;
	} else {
		free(name);
		if (t->skill[si].cat != c) {
			snprintf(msg, sizeof msg, "skill '%.60s' already has category %s",
				 t->skill[si].name, sk_cat_names[t->skill[si].cat]);
			return msg;
		}
	}
	const char *p = aliases;
	while (*p) {
		const char *q = strchr(p, ';');
		size_t n = q ? (size_t)(q - p) : strlen(p);
		const char *a = p;
		size_t an = n;
		trim(&a, &an);
		if (an) {
			err = add_expanded(t, (uint32_t)si, a, an, fl, flags, context, negative);
			if (err)
				return err;
		}
		if (!q)
			break;
		p = q + 1;
	}
	return NULL;
}

static const char *const cols[] = {"skill", "category", "alias", "flags", "context", "negative"};

/* load the rows of an open reader (closed here) */
static long load_reader(sk_tax *t, jd_csv_reader *r, const char *name)
{
	long errors = 0;
	int idx[6];
	if (!r) {
		jd_warn("%s:", name);
		return 1;
	}
	for (int i = 0; i < 6; i++) {
		idx[i] = jd_csv_col(r, cols[i]);
		if (idx[i] < 0 && i < 2) {
			jd_warn("%s: no column '%s'", name, cols[i]);
			jd_csv_close(r);
			return 1;
		}
	}
	const jd_row *row;
	while (jd_csv_next(r, &row) == 1) {
		const char *f[6];
		for (int i = 0; i < 6; i++)
			f[i] = idx[i] >= 0 ? row->f[idx[i]] : "";
		const char *err = sk_tax_add_row(t, f[0], f[1], f[2], f[3], f[4], f[5]);
		if (err) {
			jd_warn("%s:%ld: %s", name, row->line, err);
			errors++;
		}
	}
	errors += jd_csv_errors(r);
	jd_csv_close(r);
	return errors;
}

long sk_tax_load_fd(sk_tax *t, int fd, const char *name)
{
	return load_reader(t, jd_csv_open_fd(fd, name, 0), name);
}

long sk_tax_load_mem(sk_tax *t, const void *data, size_t len, const char *name)
{
	return load_reader(t, jd_csv_open_mem(data, len, name, 0), name);
}

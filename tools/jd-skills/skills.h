/* jd-skills modules: the taxonomy (tax.c) and the matcher (match.c).
 *
 * The taxonomy is a CSV with the header skill,category,alias,flags,context,negative
 * (see man/jd-skills.1).  At load time every alias is tokenized the same way
 * as ad text (jd_tokenizer, hyphenated tokens split, jd_fold), and its token
 * n-gram goes into one open-addressing hash table keyed by a 64-bit hash of
 * the folded tokens.  Every proper prefix of an alias is entered too (marked
 * "prefix"), so the matcher extends an n-gram only while some alias can
 * still match.  Cue words (evidence, levels, headings) live in the same
 * table, so one lookup per token answers every question about it.
 */
#ifndef JD_SKILLS_H
#define JD_SKILLS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "jd_buf.h"
#include "jd_re.h"

/* categories: a small fixed set */
enum {
	SK_LANGUAGE, SK_FRAMEWORK, SK_DATABASE, SK_CLOUD, SK_TOOL, SK_DATA_TOOL,
	SK_ML_METHOD, SK_DATA_CONCEPT, SK_PRACTICE, SK_OFFICE, SK_SOFT_SKILL,
	SK_DOMAIN, SK_NCAT
};
extern const char *const sk_cat_names[SK_NCAT];
int sk_cat_lookup(const char *s, size_t n);       /* -1 if unknown */
int sk_cat_is_tech(int cat);                      /* counts as evidence */

/* alias flags */
enum {
	SK_F_CASE = 1,      /* 'c': case-sensitive */
	SK_F_CTX = 2,       /* 'x': needs evidence nearby */
	SK_F_NOFOLD = 4,    /* 'n': no German-suffix / version folding */
	SK_F_STRICT = 8,    /* 'k': like x, but only its own context words or a
	                       nearby tech skill count, not the generic cues */
};

/* cue bits of table entries */
enum {
	SK_CUE_EVID = 1,     /* programming, language, Kenntnisse ... */
	SK_CUE_PREF = 2,     /* a plus, preferred, wünschenswert ... */
	SK_CUE_NEGPRE = 4,   /* no, keine, without ... (before the skill) */
	SK_CUE_NEGPOST = 8,  /* not required, nicht erforderlich ... (after) */
	SK_CUE_NAVAFTER = 16, /* jobs, Stellen: "Python jobs" is a link, not a skill */
	SK_CUE_NEEDED = 32,  /* required, erforderlich: "keine ... erforderlich" */
};

/* sections */
enum { SEC_OTHER, SEC_TASKS, SEC_REQ, SEC_BENEFITS, SEC_COMPANY,
       SEC_NAV /* "Similar jobs": every match there is dropped */, SEC_NSEC,
       SEC_PREF_REQ = 8 /* heading "nice to have": requirements, preferred */ };
extern const char *const sk_sec_names[SEC_NSEC];

typedef struct sk_skill {
	char *name;
	size_t namelen;
	int cat;
} sk_skill;

typedef struct sk_alias {
	uint32_t skill;
	uint16_t flags;
	uint16_t ntok;
	char *text;          /* as written in the taxonomy (after * expansion) */
	char **otok;         /* original tokens (for case-sensitive aliases) */
	size_t *olen;
	uint64_t *ctx;       /* hashes of folded context words */
	uint32_t nctx;
	jd_re *neg;          /* negative pattern or NULL */
	char *negsrc;
	char *ctxsrc;
	char *flagsrc;
} sk_alias;

typedef struct sk_entry {
	uint64_t h;          /* 0: empty slot */
	char *key;           /* folded tokens joined by ' ' */
	uint32_t keylen;
	uint32_t *alias;
	uint32_t nalias;
	uint16_t ntok;
	uint8_t prefix;      /* a longer key starts with this one */
	uint8_t cue;
	uint8_t section;     /* heading: SEC_* (+ SEC_PREF_REQ), 0 = none */
} sk_entry;

/* A slot of the open-addressing table: the key's hash and n-gram length
 * plus a copy of what the matcher asks of most entries, so that a lookup
 * of a common word ("a", "we", "the": prefixes of cue phrases) touches
 * one 16-byte slot and never the entry itself. */
enum { SK_S_PREFIX = 1, SK_S_ALIAS = 2 };
typedef struct sk_slot {
	uint64_t h;          /* 0: empty */
	uint32_t ent;        /* index into ent */
	uint8_t ntok;
	uint8_t flags;       /* SK_S_PREFIX: a longer key starts here; SK_S_ALIAS: nalias > 0 */
	uint8_t cue;
	uint8_t section;
} sk_slot;

#define SK_BLOOM_BITS 17
#define SK_BLOOM_WORDS ((1u << SK_BLOOM_BITS) / 64)
static inline size_t sk_bloom_bit(uint64_t h)
{
	return (size_t)(h >> (64 - SK_BLOOM_BITS));   /* the best-mixed bits */
}

typedef struct sk_tax {
	sk_skill *skill;
	size_t nskill, capskill;
	sk_alias *alias;
	size_t nalias, capalias;
	sk_entry *ent;       /* the keys, dense */
	size_t nent, capent;
	sk_slot *slot;       /* open addressing on sk_slot_start() */
	size_t slotcap;      /* power of two */
	size_t maxtok;
	/* one bit per 1-token key hash: most tokens are refused here without
	 * touching the (much larger) table */
	uint64_t bloom[SK_BLOOM_WORDS];
	/* the same for the keys of 2 and more tokens (their n-gram hash): most
	 * extensions of a prefix ("the", "we", "a") are refused here */
	uint64_t bloom2[SK_BLOOM_WORDS];
	/* skill name -> index (fold of name) */
	uint64_t *nameh;
	uint32_t *nameidx;
	size_t namecap;
} sk_tax;

static inline size_t sk_slot_start(uint64_t h, unsigned ntok, size_t cap)
{
	return (size_t)(h ^ ((uint64_t)ntok * 0x9E3779B97F4A7C15ULL)) & (cap - 1);
}

/* the slot of the key with hash h and ntok tokens, or NULL */
static inline const sk_slot *sk_tax_look(const sk_tax *t, uint64_t h, unsigned ntok)
{
	size_t i = sk_slot_start(h, ntok, t->slotcap);
	for (;;) {
		const sk_slot *s = &t->slot[i];
		if (s->h == h && s->ntok == ntok)
			return s;
		if (!s->h)
			return NULL;
		i = (i + 1) & (t->slotcap - 1);
	}
}

void sk_tax_init(sk_tax *t);     /* empty taxonomy with the built-in cue words */
void sk_tax_free(sk_tax *t);
/* Load CSV rows from an fd / memory; errors are reported as
 * "jd-skills: NAME:LINE: what"; returns the number of errors. */
long sk_tax_load_fd(sk_tax *t, int fd, const char *name);
long sk_tax_load_mem(sk_tax *t, const void *data, size_t len, const char *name);
/* Add one alias group (the loader's row); returns NULL or an error message
 * (static storage). */
const char *sk_tax_add_row(sk_tax *t, const char *skill, const char *cat,
			   const char *aliases, const char *flags,
			   const char *context, const char *negative);
const sk_entry *sk_tax_find(const sk_tax *t, uint64_t h, uint16_t ntok);

/* Token hashing shared by loader and matcher: one multiply per 8 bytes
 * (tokens are short; this is on the hot path).  Tokens hold no NUL byte,
 * so the zero-padded last word also tells the length.  The top bits of the
 * product depend on every input bit (sk_bloom_bit takes those), the final
 * xor-shift mixes them into the low ones (the table index).  Only needs to
 * be stable within one run; never 0. */
#define SK_HASH_SEED 0x6a64736b696c6c73ULL
#define SK_HASH_MUL 0x9E3779B97F4A7C15ULL
static inline uint64_t sk_hash_end(uint64_t h)
{
	h ^= h >> 32;
	return h ? h : 1;
}
static inline uint64_t sk_hash_tok(const char *s, size_t n)
{
	uint64_t h = SK_HASH_SEED;
	while (n > 8) {
		uint64_t w;
		memcpy(&w, s, 8);
		h = (h ^ w) * SK_HASH_MUL;
		h ^= h >> 29;
		s += 8;
		n -= 8;
	}
	uint64_t w = 0;
	memcpy(&w, s, n);
	return sk_hash_end((h ^ w) * SK_HASH_MUL);
}
static inline uint64_t sk_hash_more(uint64_t h, uint64_t t)
{
	h ^= t + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 29;
	return h ? h : 1;
}

/* Split text into the matcher's tokens: jd_tokenizer, hyphenated tokens
 * split into their parts, each folded (jd_fold; ASCII fast path). */
typedef struct sk_token {
	uint32_t off, len;     /* original bytes in the text */
	uint32_t foff, flen;   /* folded bytes in the fold buffer */
	uint64_t h;
	uint32_t clause;       /* clause number (split at . ! ? ; : and lines) */
	uint32_t line;         /* line number (0-based) */
	int32_t match;         /* index of the match covering it, -1 */
	uint8_t linestart;     /* first token of its line */
	uint8_t hyph;          /* part after a '-' inside a hyphenated token */
	uint8_t cue;           /* cue bits of the 1..n-gram starting here */
	uint8_t heading;       /* section code if a heading starts here */
} sk_token;

typedef struct sk_match {
	uint32_t alias;
	uint32_t tok, ntok;    /* token span */
	uint32_t off, len;     /* byte span */
	uint8_t rule;          /* SK_R_* */
	uint8_t ok;            /* accepted */
	uint8_t level;         /* SK_L_* */
	uint8_t section;       /* SEC_* */
	int32_t evid;          /* token or match giving evidence, -1 */
	uint8_t evkind;        /* SK_EV_* */
} sk_match;

enum { SK_R_EXACT, SK_R_FOLD, SK_R_SUFFIX, SK_R_VERSION };
enum { SK_L_REQUIRED, SK_L_PREFERRED, SK_L_NEGATED };
enum { SK_EV_NONE, SK_EV_SKILL, SK_EV_CUE, SK_EV_CTX, SK_EV_NOTNEEDED,
       SK_EV_NEGATIVE, SK_EV_MISSING, SK_EV_SAME, SK_EV_NAV };
extern const char *const sk_level_names[3];
extern const char *const sk_rule_names[4];

typedef struct sk_matcher {
	const sk_tax *tax;
	sk_token *tok;
	size_t ntok, captok;
	jd_buf fold;
	sk_match *m;
	size_t nm, capm;
	int window_cue, window_skill;
	uint32_t *scratch;   /* levels(): per clause counters */
	size_t capscratch;
	uint32_t *mark;      /* tokens given cue (pref/neg/needed) or heading bits, in order */
	uint8_t *marklen;    /* for each: the tokens of its longest cue or heading phrase */
	size_t nmark, capmark;
	/* the tokens scan() must look at, in order: those whose hash passes
	 * the taxonomy's Bloom filter or that may hide a German suffix or a
	 * version (filled by sk_tokenize when tax is set; as many slots as
	 * tok) */
	uint32_t *cand;
	size_t ncand;
	/* evidence(): per skill, the first accepted match vouching for the
	 * skill's other mentions; UINT32_MAX (all bytes 0xFF) between texts */
	uint32_t *firstok;
	size_t capfirstok;
} sk_matcher;

void sk_matcher_init(sk_matcher *mt, const sk_tax *t);
void sk_matcher_free(sk_matcher *mt);
/* Find the skills in text[0..len): fills mt->m[0..nm) in text order,
 * accepted or not (ok), with level and section. */
void sk_match_text(sk_matcher *mt, const char *text, size_t len);
/* The next token at or after pos: returns its offset (len at the end) and
 * sets *tlen and *flags: SK_T_HYPH (it holds a joining '-'), SK_T_NONASCII
 * (it holds bytes >= 0x80), SK_T_NEWLINE / SK_T_CLAUSE (the gap before it
 * holds a line break / . ! ? ; : or a bullet).  The same cuts as
 * jd_tok_next (lib/jd_text.h). */
enum { SK_T_HYPH = 1, SK_T_NONASCII = 2, SK_T_NEWLINE = 4, SK_T_CLAUSE = 8 };
size_t sk_next_token(const char *text, size_t len, size_t pos, size_t *tlen, unsigned *flags);
/* Tokenize only (exposed for tests); sk_tokenize_ref is the plain
 * sk_next_token loop the fast one must agree with. */
void sk_tokenize(sk_matcher *mt, const char *text, size_t len);
void sk_tokenize_ref(sk_matcher *mt, const char *text, size_t len);
/* The end of the run of [0-9a-z_] at lo + i (lo lower-cased, with a zero
 * byte after the text and 16 readable bytes past it): sk_word_end is the
 * one sk_tokenize uses (SSE2 where the compiler targets it),
 * sk_word_end_swar the portable one; both must agree. */
size_t sk_word_end(const char *lo, size_t i);
size_t sk_word_end_swar(const char *lo, size_t i);

#endif

/* html.c: HTML to text on libxml2's HTML parser.
 *
 * The DOM is walked without recursion.  Subtrees of site furniture (nav,
 * header, footer, aside, form, button, cookie/consent/newsletter/share/
 * related-jobs boxes by class or id, ARIA navigation/banner/contentinfo/
 * dialog roles) produce no text; script, style and friends are not entered
 * at all (except JSON-LD, read for JobPosting hints).  Block elements end
 * lines, headings and paragraphs end paragraphs, list items become
 * "- item" lines and table cells are kept apart by a space.
 */
#define _GNU_SOURCE   /* memmem, strcasestr */
#include "extract.h"
#include "jd_text.h"

#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

void jdx_meta_free(jdx_meta *m)
{
	for (int i = 0; i < JDX_NF; i++)
		free(m->f[i]);
	free(m->h1);
	free(m->h1_hidden);
	free(m->title_tag);
	free(m->url);
	memset(m, 0, sizeof *m);
}

int jdx_looks_html(const char *p, size_t n)
{
	size_t i = 0, m = n < 1024 ? n : 1024;
	while (i < m && (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' || p[i] == '\r' ||
			 (unsigned char)p[i] == 0xEF || (unsigned char)p[i] == 0xBB ||
			 (unsigned char)p[i] == 0xBF))
		i++;
	if (i >= m || p[i] != '<')
		return 0;
	static const char *const starts[] = {
		"<!doctype html", "<html", "<head", "<body", "<div", "<p>", "<p ", "<h1",
		"<h2", "<meta", "<!--", "<ul", "<section", "<article", "<main", "<title",
		"<table", "<span", "<br", "<strong", "<b>", "<em>", "<li", "<ol", NULL,
	};
	for (int k = 0; starts[k]; k++) {
		size_t l = strlen(starts[k]);
		if (i + l <= n && !strncasecmp(p + i, starts[k], l))
			return 1;
	}
	return 0;
}

enum { K_INLINE, K_SKIP, K_HIDE, K_LINE, K_PARA, K_LI, K_CELL, K_BR, K_PRE };

/* what the walk needs to know of an element name: its kind (K_) and
 * the few names it tests */
enum { T_KIND = 15, T_HEAD = 16, T_HEADER_FOOTER = 32, T_MAIN = 64, T_META = 128 };

static unsigned tag_info(const char *name)
{
	static const struct { const char *n; unsigned k; } tab[] = {
		{"script", K_SKIP}, {"style", K_SKIP}, {"noscript", K_SKIP}, {"template", K_SKIP},
		{"iframe", K_SKIP}, {"svg", K_SKIP}, {"object", K_SKIP}, {"embed", K_SKIP},
		{"canvas", K_SKIP}, {"select", K_SKIP}, {"textarea", K_SKIP}, {"head", K_SKIP | T_HEAD},
		{"nav", K_HIDE}, {"header", K_HIDE | T_HEADER_FOOTER}, {"footer", K_HIDE | T_HEADER_FOOTER},
		{"aside", K_HIDE}, {"form", K_HIDE}, {"button", K_HIDE}, {"dialog", K_HIDE}, {"menu", K_HIDE},
		{"p", K_PARA}, {"h1", K_PARA}, {"h2", K_PARA}, {"h3", K_PARA}, {"h4", K_PARA},
		{"h5", K_PARA}, {"h6", K_PARA}, {"blockquote", K_PARA}, {"ul", K_PARA},
		{"ol", K_PARA}, {"dl", K_PARA}, {"table", K_PARA}, {"section", K_PARA},
		{"article", K_PARA | T_MAIN}, {"hr", K_PARA}, {"figure", K_PARA}, {"address", K_PARA},
		{"div", K_LINE}, {"main", K_LINE | T_MAIN}, {"tr", K_LINE}, {"dt", K_LINE}, {"dd", K_LINE},
		{"figcaption", K_LINE}, {"details", K_LINE}, {"summary", K_LINE},
		{"caption", K_LINE}, {"thead", K_LINE}, {"tbody", K_LINE}, {"tfoot", K_LINE},
		{"fieldset", K_LINE}, {"legend", K_LINE}, {"body", K_LINE}, {"center", K_LINE},
		{"li", K_LI}, {"td", K_CELL}, {"th", K_CELL}, {"br", K_BR}, {"pre", K_PRE},
	};
	enum { N = sizeof tab / sizeof tab[0] };
	/* entries by first letter, lengths compared before bytes */
	static unsigned char first[27], next[N], len[N], ready;
	if (!ready) {
		for (size_t i = N; i-- > 0;) {
			int c = tab[i].n[0] - 'a';
			next[i] = first[c];
			first[c] = (unsigned char)(i + 1);
			len[i] = (unsigned char)strlen(tab[i].n);
		}
		ready = 1;
	}
	int c = name[0] - 'a';
	if (c < 0 || c > 25)
		return K_INLINE;
	/* enter_meta() looks at no other first letters */
	char f = name[0];
	unsigned meta = f == 't' || f == 'h' || f == 'l' || f == 'm' || f == 's' ? T_META : 0;
	size_t l = strlen(name);
	for (unsigned i = first[c]; i; i = next[i - 1])
		if (len[i - 1] == l && !memcmp(name, tab[i - 1].n, l))
			return tab[i - 1].k | meta;
	return K_INLINE | meta;
}

static const char *attr(xmlNode *n, const char *name)
{
	for (xmlAttr *a = n->properties; a; a = a->next)
		if (!strcasecmp((const char *)a->name, name) && a->children &&
		    a->children->type == XML_TEXT_NODE)
			return (const char *)a->children->content;
	return NULL;
}

static unsigned char lower_ascii(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/* class/id words marking furniture: strcasestr() of each, in one pass
 * that compares only where a word's first letter is */
static int furniture_name(const char *v)
{
	if (!v)
		return 0;
	static const char *const sub[] = {
		"cookie", "consent", "gdpr", "newsletter", "breadcrumb", "share", "social",
		"related", "similar", "recommend", "sidebar", "banner-ad", "skip-link", NULL,
	};
	static unsigned char first[256];
	if (!first['c'])
		for (int k = 0; sub[k]; k++)
			first[(unsigned char)sub[k][0]] = 1;
	for (const unsigned char *p = (const unsigned char *)v; *p; p++) {
		unsigned char c = lower_ascii(*p);
		if (!first[c])
			continue;
		for (int k = 0; sub[k]; k++) {
			const unsigned char *w = (const unsigned char *)sub[k];
			size_t j = 0;
			while (w[j] && lower_ascii(p[j]) == w[j])
				j++;
			if (!w[j])
				return 1;
		}
	}
	return 0;
}

/* furniture by its attributes; each attribute is the first of its name
 * (any case) with a text value, as attr() finds it */
static int hidden(xmlNode *n)
{
	const char *cls = NULL, *id = NULL, *r = NULL, *st = NULL;
	for (xmlAttr *a = n->properties; a; a = a->next) {
		const char *nm = (const char *)a->name;
		const char *v = a->children && a->children->type == XML_TEXT_NODE ?
			(const char *)a->children->content : NULL;
		switch (lower_ascii((unsigned char)nm[0])) {
		case 'c': if (!cls && v && !strcasecmp(nm, "class")) cls = v; break;
		case 'i': if (!id && v && !strcasecmp(nm, "id")) id = v; break;
		case 'r': if (!r && v && !strcasecmp(nm, "role")) r = v; break;
		case 's': if (!st && v && !strcasecmp(nm, "style")) st = v; break;
		case 'h': if (!strcasecmp(nm, "hidden")) return 1; break;
		}
	}
	if (furniture_name(cls) || furniture_name(id))
		return 1;
	if (r && (!strcasecmp(r, "navigation") || !strcasecmp(r, "banner") ||
		  !strcasecmp(r, "contentinfo") || !strcasecmp(r, "dialog") ||
		  !strcasecmp(r, "complementary")))
		return 1;
	if (st && strcasestr(st, "display:") && (strcasestr(st, "display:none") || strcasestr(st, "display: none")))
		return 1;
	return 0;
}

typedef struct emit {
	jd_buf *out;
	int pending;     /* 0, 1 = line break, 2 = paragraph break */
	int space;       /* a space is due */
	int pre;         /* inside <pre> */
	size_t line_start;
} emit;

static void flush_break(emit *e)
{
	if (e->out->len && e->pending) {
		jd_buf_add(e->out, "\n\n", e->pending > 1 ? 2 : 1);
		e->line_start = e->out->len;
	}
	e->pending = 0;
	e->space = 0;
}

static void brk(emit *e, int level)
{
	if (level > e->pending)
		e->pending = level;
	e->space = 0;
}

static const unsigned char html_space[256] = {
	[' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\r'] = 1, ['\f'] = 1,
};

static void text(emit *e, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (html_space[c]) {
			if (e->pre && c == '\n') {
				brk(e, 1);
				continue;
			}
			if (e->out->len > e->line_start && !e->pending)
				e->space = 1;
			continue;
		}
		if (e->pending)
			flush_break(e);
		else if (e->space && e->out->len > e->line_start)
			jd_buf_addc(e->out, ' ');
		e->space = 0;
		size_t run = 1;
		while (s[run] && !html_space[(unsigned char)s[run]])
			run++;
		/* jd_buf_add without a call per word */
		jd_buf *o = e->out;
		if (o->cap - o->len < run + 1)
			jd_buf_grow(o, run);
		memcpy(o->p + o->len, s, run);
		o->len += run;
		o->p[o->len] = '\0';
		s += run - 1;
	}
}

static char *node_text(xmlNode *n)
{
	xmlChar *c = xmlNodeGetContent(n);
	if (!c)
		return NULL;
	jd_buf b = JD_BUF_INIT;
	jd_ws_normalize(&b, (const char *)c, strlen((const char *)c), 0);
	xmlFree(c);
	if (!b.len) {
		jd_buf_free(&b);
		return NULL;
	}
	return jd_buf_take(&b);
}

static void set_once(char **slot, const char *v)
{
	if (*slot || !v)
		return;
	jd_buf b = JD_BUF_INIT;
	jd_ws_normalize(&b, v, strlen(v), 0);
	if (b.len)
		*slot = jd_buf_take(&b);
	else
		jd_buf_free(&b);
}

static const char *jstr(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	if (json_is_string(v))
		return json_string_value(v);
	if (json_is_object(v) && json_is_string(json_object_get(v, "name")))
		return json_string_value(json_object_get(v, "name"));
	if (json_is_array(v) && json_array_size(v) && json_is_string(json_array_get(v, 0)))
		return json_string_value(json_array_get(v, 0));
	return NULL;
}

static void jsonld_posting(json_t *j, jdx_meta *m, int depth)
{
	if (depth > 8 || !j)
		return;
	if (json_is_array(j)) {
		size_t i;
		json_t *v;
		json_array_foreach(j, i, v)
			jsonld_posting(v, m, depth + 1);
		return;
	}
	if (!json_is_object(j))
		return;
	jsonld_posting(json_object_get(j, "@graph"), m, depth + 1);
	const char *type = jstr(j, "@type");
	if (!type || strcmp(type, "JobPosting"))
		return;
	set_once(&m->f[JDX_TITLE], jstr(j, "title"));
	set_once(&m->f[JDX_COMPANY], jstr(j, "hiringOrganization"));
	set_once(&m->f[JDX_POSTED], jstr(j, "datePosted"));
	set_once(&m->url, jstr(j, "url"));
	const char *et = jstr(j, "employmentType");
	if (et) {
		const char *e = jdx_norm_employment(et, strlen(et));
		set_once(&m->f[JDX_EMPLOYMENT], e);
	}
	const char *lt = jstr(j, "jobLocationType");
	if (lt && !strcasecmp(lt, "TELECOMMUTE"))
		set_once(&m->f[JDX_REMOTE], "remote");
	json_t *loc = json_object_get(j, "jobLocation");
	if (json_is_array(loc))
		loc = json_array_get(loc, 0);
	if (json_is_object(loc)) {
		json_t *addr = json_object_get(loc, "address");
		if (json_is_object(addr))
			set_once(&m->f[JDX_LOCATION], jstr(addr, "addressLocality"));
		else if (json_is_string(addr))
			set_once(&m->f[JDX_LOCATION], json_string_value(addr));
	}
}

static void jsonld(xmlNode *n, jdx_meta *m)
{
	xmlChar *c = xmlNodeGetContent(n);
	if (!c)
		return;
	json_error_t err;
	json_t *j = json_loads((const char *)c, JSON_DECODE_ANY, &err);
	xmlFree(c);
	if (j) {
		jsonld_posting(j, m, 0);
		json_decref(j);
	}
}

static void enter_meta(xmlNode *n, const char *name, jdx_meta *m, int suppressed)
{
	if (name[0] != 't' && name[0] != 'h' && name[0] != 'l' && name[0] != 'm' && name[0] != 's')
		return;
	if (!strcmp(name, "title")) {
		if (!m->title_tag)
			m->title_tag = node_text(n);
	} else if (!strcmp(name, "h1")) {
		if (!m->h1 && !suppressed)
			m->h1 = node_text(n);
		else if (!m->h1_hidden && suppressed)
			m->h1_hidden = node_text(n);
	} else if (!strcmp(name, "link")) {
		const char *rel = attr(n, "rel");
		if (rel && !strcasecmp(rel, "canonical"))
			set_once(&m->url, attr(n, "href"));
	} else if (!strcmp(name, "meta")) {
		const char *p = attr(n, "property");
		if (p && !strcasecmp(p, "og:url"))
			set_once(&m->url, attr(n, "content"));
	} else if (!strcmp(name, "script")) {
		const char *t = attr(n, "type");
		if (t && !strcasecmp(t, "application/ld+json"))
			jsonld(n, m);
	}
}

void jdx_html_text(const char *p, size_t n, jd_buf *out, jdx_meta *meta)
{
	if (n > (size_t)0x7fffffff)
		n = 0x7fffffff;
	/* the tree lives in an arena (xmlmem.c): dropped, not freed */
	jdx_xml_begin();
	/* p is UTF-8 (enc.c made sure): parsed as it is, with no encoder
	 * copying it through (the parser's default is UTF-8; a <meta>
	 * charset is ignored as it was with the encoding named) */
	htmlDocPtr doc = htmlReadMemory(p, (int)n, NULL, NULL,
		HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
		HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_NOBLANKS | HTML_PARSE_IGNORE_ENC);
	if (!doc) {
		jdx_xml_end();
		return;
	}
	emit e = {out, 0, 0, 0, out->len};
	int suppress = 0;             /* depth of hidden subtrees we are in */
	int in_main = 0;              /* open article/main elements */
	xmlNode *node = doc->children;
	/* hidden-ness of open elements: we re-test on leave, so keep a stack */
	unsigned char *hid = NULL;
	size_t depth = 0, cap = 0;
	while (node) {
		int descend = 0;
		if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
			if (!suppress && node->content)
				text(&e, (const char *)node->content);
		} else if (node->type == XML_ELEMENT_NODE) {
			const char *name = (const char *)node->name;
			unsigned t = tag_info(name);
			int k = (int)(t & T_KIND);
			if (t & T_META)
				enter_meta(node, name, meta, suppress > 0);
			if (k == K_SKIP)
				descend = (t & T_HEAD) != 0;   /* title, meta, link, JSON-LD */
			else
				descend = 1;
			/* the header and footer of an article or main element belong
			 * to the ad (title, location, date); the page's do not */
			int h = (k == K_HIDE && !(in_main && (t & T_HEADER_FOOTER))) ||
				k == K_SKIP || hidden(node);
			int is_main = (t & T_MAIN) != 0;
			if (!suppress) {
				switch (k) {
				case K_LINE: case K_PRE: brk(&e, 1); break;
				case K_PARA: brk(&e, 2); break;
				case K_BR: brk(&e, 1); break;
				case K_LI:
					brk(&e, 1);
					if (!h) {
						flush_break(&e);
						jd_buf_add(out, "- ", 2);
					}
					break;
				case K_CELL: e.space = 1; break;
				}
			}
			if (descend && node->children) {
				if (depth == cap) {
					cap = cap ? cap * 2 : 64;
					hid = jd_xrealloc(hid, cap);
				}
				/* what leaving the element needs: its flags and kind */
				hid[depth++] = (unsigned char)(h | (k == K_PRE ? 2 : 0) | (is_main ? 4 : 0) | k << 3);
				if (is_main)
					in_main++;
				if (h)
					suppress++;
				if (k == K_PRE)
					e.pre++;
				node = node->children;
				continue;
			}
			if (!suppress) {
				if (k == K_PARA)
					brk(&e, 2);
				else if (k == K_LINE || k == K_LI || k == K_PRE)
					brk(&e, 1);
				else if (k == K_CELL)
					e.space = 1;
			}
		}
		/* go to the next node, leaving finished parents */
		while (node && !node->next) {
			node = node->parent;
			if (!node || node->type == XML_DOCUMENT_NODE || node->type == XML_HTML_DOCUMENT_NODE) {
				node = NULL;
				break;
			}
			unsigned char f = depth ? hid[--depth] : 0;
			if (f & 1)
				suppress--;
			if (f & 4)
				in_main--;
			if (f & 2)
				e.pre--;
			if (!suppress) {
				int k = f >> 3;
				if (k == K_PARA)
					brk(&e, 2);
				else if (k == K_LINE || k == K_LI || k == K_PRE)
					brk(&e, 1);
				else if (k == K_CELL)
					e.space = 1;
			}
		}
		if (node)
			node = node->next;
	}
	free(hid);
	jdx_xml_end();
	if (!meta->h1 && meta->h1_hidden) {
		meta->h1 = meta->h1_hidden;
		meta->h1_hidden = NULL;
	}
}

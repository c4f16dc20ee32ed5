/* embed: turn a data file into a C source defining
 *   const unsigned char NAME[]; const unsigned long NAME_len;
 * so tools work with no installed data files (used by the Makefile). */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: embed NAME INPUT OUTPUT.c\n");
		return 2;
	}
	FILE *in = fopen(argv[2], "rb");
	if (!in) { perror(argv[2]); return 1; }
	FILE *out = fopen(argv[3], "w");
	if (!out) { perror(argv[3]); return 1; }
	fprintf(out, "/* generated from %s by scripts/embed.c; do not edit */\n", argv[2]);
	fprintf(out, "const unsigned char %s[] = {\n", argv[1]);
	unsigned long n = 0;
	int c;
	while ((c = getc(in)) != EOF) {
		fprintf(out, "%d,%s", c, (++n % 20) ? "" : "\n");
	}
	fprintf(out, "0};\nconst unsigned long %s_len = %luUL;\n", argv[1], n);
	if (ferror(in) || fclose(out) != 0) { perror(argv[3]); return 1; }
	fclose(in);
	return 0;
}

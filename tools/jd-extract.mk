# jd-extract: libxml2's HTML parser and jansson (JSON Lines, JSON-LD)
CFLAGS_jd-extract := $(shell pkg-config --cflags libxml-2.0)
LDLIBS_jd-extract := $(shell pkg-config --libs libxml-2.0) -ljansson

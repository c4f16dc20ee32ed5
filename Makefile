# jdkit -- plain Makefile.  `make help` lists the targets.
#
# Layout of a build (BUILD=build by default, build/asan for `make asan`):
#   $(BUILD)/bin/jd-*        the tools
#   $(BUILD)/bin/jd-gen-corpus, jd-csv-floor   helpers for tests and bench
#   $(BUILD)/tests/          unit-test binaries
#   $(BUILD)/libjd.a         the shared library
# A tool jd-X is tools/jd-X.c (its main) plus tools/jd-X/*.c (its modules);
# tools/jd-X.mk, when present, adds LDLIBS_jd-X / CFLAGS_jd-X / EXTRA_OBJ_jd-X.

# `make` alone builds everything (tools/*.mk, included below, define rules first)
.DEFAULT_GOAL := all

CC      ?= cc
BUILD   ?= build
PREFIX  ?= /usr/local
DESTDIR ?=
CFLAGS  ?= -O2 -g
WARN    := -Wall -Wextra -Wpedantic -Wshadow -Wformat=2
ifdef WERROR
WARN    += -Werror
endif
CPPFLAGS_ALL := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Ilib
LIBS    := -lcsv $(shell pkg-config --libs libpcre2-8 2>/dev/null || echo -lpcre2-8) -lm -pthread

TOOLS   := $(sort $(patsubst tools/%.c,%,$(wildcard tools/jd-*.c)))
LIB_OBJ := $(patsubst %.c,$(BUILD)/%.o,$(wildcard lib/*.c))
HELPERS := $(filter-out jd-embed,$(patsubst scripts/%.c,jd-%,$(wildcard scripts/*.c)))
UNIT    := $(sort $(patsubst tests/unit/%.c,%,$(wildcard tests/unit/test_*.c)))
FUZZ    := $(sort $(patsubst tests/fuzz/%.c,%,$(wildcard tests/fuzz/fuzz_*.c)))
FUZZ_SECONDS ?= 60

-include $(wildcard tools/*.mk)

# prerequisites may name per-tool variables ($$(jd-%_OBJ))
.SECONDEXPANSION:

.PHONY: all tools check asan fuzz bench demo install uninstall clean deps help
all: tools $(HELPERS:%=$(BUILD)/bin/%) $(UNIT:%=$(BUILD)/tests/%)
tools: $(TOOLS:%=$(BUILD)/bin/%)

help:
	@echo "make            build the tools into $(BUILD)/bin"
	@echo "make check      install missing Debian packages, build, run every test"
	@echo "make asan       the whole test suite under ASan + UBSan"
	@echo "make fuzz       libFuzzer harnesses, each for FUZZ_SECONDS ($(FUZZ_SECONDS)) s"
	@echo "make bench      scripts/bench (throughput, peak memory, peers)"
	@echo "make demo       the whole pipeline on data/samples"
	@echo "make install    PREFIX=$(PREFIX) DESTDIR=$(DESTDIR)"

$(BUILD)/%.o: %.c $(wildcard lib/*.h tools/*/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(CPPFLAGS) $(CFLAGS) $(WARN) $(CFLAGS_$(word 2,$(subst /, ,$*))) -c $< -o $@

$(BUILD)/libjd.a: $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/bin/jd-embed: scripts/embed.c
	@mkdir -p $(dir $@)
	$(CC) -O1 -o $@ $<

# one link rule per tool: main + its modules + libjd
define tool_rule
$(1)_OBJ := $(BUILD)/tools/$(1).o $(patsubst %.c,$(BUILD)/%.o,$(wildcard tools/$(1)/*.c)) $$(EXTRA_OBJ_$(1))
$(BUILD)/bin/$(1): $$($(1)_OBJ) $(BUILD)/libjd.a
	@mkdir -p $$(dir $$@)
	$$(CC) $$(CFLAGS) $$(LDFLAGS) -o $$@ $$($(1)_OBJ) $(BUILD)/libjd.a $$(LDLIBS_$(1)) $$(LIBS)
endef
$(foreach t,$(TOOLS),$(eval $(call tool_rule,$(t))))

$(BUILD)/bin/jd-%: scripts/%.c $(BUILD)/libjd.a $(wildcard lib/*.h tools/*/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) $(CFLAGS) $(WARN) $(LDFLAGS) -o $@ $< $(BUILD)/libjd.a $(LIBS)

# unit tests: tests/unit/test_NAME.c, linked with tools/jd-NAME/*.c if that exists
$(BUILD)/tests/test_%: tests/unit/test_%.c tests/unit/unit.h $(BUILD)/libjd.a $$(jd-%_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS_ALL) -Itests/unit $(CFLAGS) $(WARN) $(LDFLAGS) -o $@ $< \
		$(filter-out $(BUILD)/tools/jd-$*.o,$(jd-$*_OBJ)) $(BUILD)/libjd.a $(LDLIBS_jd-$*) $(LIBS)

check: deps
	@$(MAKE) --no-print-directory all
	@JD_BIN=$(CURDIR)/$(BUILD)/bin JD_TESTS=$(CURDIR)/$(BUILD)/tests tests/run

deps:
	@scripts/deps

# the whole suite under AddressSanitizer + UndefinedBehaviorSanitizer
ASAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
asan: deps
	@$(MAKE) --no-print-directory BUILD=build/asan CFLAGS="$(ASAN_FLAGS)" LDFLAGS="$(ASAN_FLAGS)" all
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
		JD_BIN=$(CURDIR)/build/asan/bin JD_TESTS=$(CURDIR)/build/asan/tests JD_SANITIZED=1 tests/run

# libFuzzer harnesses: tests/fuzz/fuzz_NAME.c + tools/jd-NAME/*.c + lib
FUZZ_CC    ?= clang
FUZZ_FLAGS := -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all
$(BUILD)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(wildcard lib/*.c lib/*.h) $$(wildcard tools/jd-%/*.c tools/jd-%/*.h)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(CPPFLAGS_ALL) -Itools/jd-$* $(CFLAGS_jd-$*) $(FUZZ_FLAGS) -o $@ $< lib/*.c $(wildcard tools/jd-$*/*.c) \
		$(FUZZ_EXTRA_$*) $(LDLIBS_jd-$*) $(LIBS)

fuzz: deps $(FUZZ:%=$(BUILD)/fuzz/%)
	@set -e; for f in $(FUZZ); do \
		mkdir -p $(BUILD)/fuzz/corpus-$$f; \
		echo "fuzz: $$f for $(FUZZ_SECONDS) s"; \
		$(BUILD)/fuzz/$$f -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 -close_fd_mask=2 \
			-print_final_stats=1 $(BUILD)/fuzz/corpus-$$f tests/fuzz/seeds/$${f#fuzz_} \
			2> $(BUILD)/fuzz/$$f.log || { tail -40 $(BUILD)/fuzz/$$f.log; exit 1; }; \
		grep -E 'stat::number_of_executed_units|Done' $(BUILD)/fuzz/$$f.log | tail -2; \
	done

bench: all
	scripts/bench

demo: deps
	@$(MAKE) --no-print-directory all
	@scripts/demo

install: tools
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/share/jdkit
	install -m 755 $(TOOLS:%=$(BUILD)/bin/%) $(DESTDIR)$(PREFIX)/bin/
	install -m 644 $(wildcard man/*.1) $(DESTDIR)$(PREFIX)/share/man/man1/
	for f in data/*.csv data/NOTICE; do [ -f "$$f" ] && install -m 644 "$$f" $(DESTDIR)$(PREFIX)/share/jdkit/ || true; done

uninstall:
	rm -f $(TOOLS:%=$(DESTDIR)$(PREFIX)/bin/%) $(patsubst man/%,$(DESTDIR)$(PREFIX)/share/man/man1/%,$(wildcard man/*.1))
	rm -rf $(DESTDIR)$(PREFIX)/share/jdkit

clean:
	rm -rf build report

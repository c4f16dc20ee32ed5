# jd-skills: the taxonomy data/skills.csv is compiled into the binary
$(BUILD)/gen/skills_data.c: data/skills.csv $(BUILD)/bin/jd-embed
	@mkdir -p $(dir $@)
	$(BUILD)/bin/jd-embed jd_skills_csv $< $@
$(BUILD)/gen/skills_data.o: $(BUILD)/gen/skills_data.c
	$(CC) $(CFLAGS) -c $< -o $@
EXTRA_OBJ_jd-skills := $(BUILD)/gen/skills_data.o

# jd-salary: the rates table is embedded so the tool works uninstalled.
$(BUILD)/gen/rates_data.c: data/rates.csv $(BUILD)/bin/jd-embed
	@mkdir -p $(dir $@)
	$(BUILD)/bin/jd-embed jd_rates_csv $< $@
$(BUILD)/gen/rates_data.o: $(BUILD)/gen/rates_data.c
	$(CC) $(CFLAGS) -c $< -o $@
EXTRA_OBJ_jd-salary := $(BUILD)/gen/rates_data.o

#ifndef ALTITUDE_CLIBICAL_SHIM_H
#define ALTITUDE_CLIBICAL_SHIM_H

#include <libical/ical.h>

// Swift cannot see C macros or index fixed-size C arrays conveniently; these
// inline helpers are the whole surface Swift needs beyond the plain API.

static inline short altitude_recur_at(const short *values, int size, int index) {
    return index < size ? values[index] : ICAL_RECURRENCE_ARRAY_MAX;
}
static inline short altitude_recur_by_second(const struct icalrecurrencetype *r, int i) { return altitude_recur_at(r->by_second, ICAL_BY_SECOND_SIZE, i); }
static inline short altitude_recur_by_minute(const struct icalrecurrencetype *r, int i) { return altitude_recur_at(r->by_minute, ICAL_BY_MINUTE_SIZE, i); }
static inline short altitude_recur_by_hour(const struct icalrecurrencetype *r, int i) { return altitude_recur_at(r->by_hour, ICAL_BY_HOUR_SIZE, i); }
static inline short altitude_recur_by_day(const struct icalrecurrencetype *r, int i) { return altitude_recur_at(r->by_day, ICAL_BY_DAY_SIZE, i); }
static inline short altitude_recur_by_month_day(const struct icalrecurrencetype *r, int i) { return altitude_recur_at(r->by_month_day, ICAL_BY_MONTHDAY_SIZE, i); }
static inline short altitude_recur_by_year_day(const struct icalrecurrencetype *r, int i) { return altitude_recur_at(r->by_year_day, ICAL_BY_YEARDAY_SIZE, i); }
static inline short altitude_recur_by_week_no(const struct icalrecurrencetype *r, int i) { return altitude_recur_at(r->by_week_no, ICAL_BY_WEEKNO_SIZE, i); }
static inline short altitude_recur_by_month(const struct icalrecurrencetype *r, int i) { return altitude_recur_at(r->by_month, ICAL_BY_MONTH_SIZE, i); }
static inline short altitude_recur_by_set_pos(const struct icalrecurrencetype *r, int i) { return altitude_recur_at(r->by_set_pos, ICAL_BY_SETPOS_SIZE, i); }
static inline short altitude_recur_array_end(void) { return ICAL_RECURRENCE_ARRAY_MAX; }

#endif

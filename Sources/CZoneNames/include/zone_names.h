#ifndef ALTITUDE_ZONE_NAMES_H
#define ALTITUDE_ZONE_NAMES_H

#include <stdint.h>

/// Maps a Windows time zone name ("W. Europe Standard Time"), as UTF-16, to its
/// IANA name through ICU's CLDR table. Returns the UTF-16 length written to
/// `out`, or 0 when the name is not a Windows zone.
int32_t altitude_windows_zone_to_iana(const uint16_t *windows_name, int32_t length, uint16_t *out, int32_t capacity);

#endif

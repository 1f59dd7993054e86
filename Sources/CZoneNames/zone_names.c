// ICU's headers stay in this file: imported into Swift they clash with the copy
// of ICU inside Foundation.
#include "zone_names.h"
#include <unicode/ucal.h>

int32_t altitude_windows_zone_to_iana(const uint16_t *windows_name, int32_t length, uint16_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t written = ucal_getTimeZoneIDForWindowsID((const UChar *)windows_name, length, NULL, (UChar *)out, capacity, &status);
    return U_SUCCESS(status) && written <= capacity ? written : 0;
}

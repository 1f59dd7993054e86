#ifndef ALTITUDE_HTTP_FETCH_H
#define ALTITUDE_HTTP_FETCH_H

#include <stddef.h>

/// Why a fetch ended.
enum altitude_fetch_error {
    ALTITUDE_FETCH_OK = 0,
    ALTITUDE_FETCH_NO_LIBCURL,        // libcurl could not be loaded
    ALTITUDE_FETCH_TIMEOUT,
    ALTITUDE_FETCH_TOO_LARGE,
    ALTITUDE_FETCH_TOO_MANY_REDIRECTS,
    ALTITUDE_FETCH_CONNECT,
    ALTITUDE_FETCH_RESOLVE,
    ALTITUDE_FETCH_TLS,
    ALTITUDE_FETCH_OTHER,
};

typedef struct {
    long status;              // the final HTTP status; 0 when there was none
    char *body;               // malloc'd; free with altitude_fetch_result_free
    size_t body_length;
    char *etag;               // the final response's ETag header, or NULL
    char *last_modified;      // its Last-Modified header, or NULL
    int error;                // an altitude_fetch_error
    char message[256];        // libcurl's words, for anything else
} altitude_fetch_result;

/// GETs `url` (http or https only, redirects included) with the validators of
/// the last fetch, within the limits given. libcurl is loaded on first use, so
/// a run that fetches nothing never maps it. Returns result->error.
int altitude_fetch(const char *url, const char *if_none_match, const char *if_modified_since, long connect_timeout,
                   long idle_timeout, long total_timeout, long max_redirects, long long max_bytes,
                   altitude_fetch_result *result);

void altitude_fetch_result_free(altitude_fetch_result *result);

#endif

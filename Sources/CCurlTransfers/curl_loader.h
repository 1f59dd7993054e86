// The libcurl entry points, opened with dlopen on first use (see curl_loader.c):
// feeds and mail share one loaded copy. Internal to this target.
#ifndef ALTITUDE_CURL_LOADER_H
#define ALTITUDE_CURL_LOADER_H

#include <curl/curl.h>

typedef struct {
    CURLcode (*global_init)(long);
    CURL *(*easy_init)(void);
    CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
    CURLcode (*easy_perform)(CURL *);
    CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
    void (*easy_cleanup)(CURL *);
    const char *(*easy_strerror)(CURLcode);
    struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
    void (*slist_free_all)(struct curl_slist *);
    int loaded;
} altitude_curl_library;

/// libcurl's functions, loaded once; `loaded` is 0 when libcurl is not installed.
const altitude_curl_library *altitude_curl(void);

#endif

// HTTP(S) GET for calendar feeds through libcurl: conditional requests, size and
// redirect limits, timeouts.
#include "http_fetch.h"
#include "curl_loader.h"

#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct {
    altitude_fetch_result *result;
    size_t capacity;
    long long max_bytes;
    int too_large;
} transfer;

static size_t on_body(char *data, size_t size, size_t count, void *context) {
    transfer *t = context;
    size_t length = size * count;
    if ((long long)(t->result->body_length + length) > t->max_bytes) {
        t->too_large = 1;
        return 0;  // aborts the transfer
    }
    if (t->result->body_length + length + 1 > t->capacity) {
        size_t capacity = t->capacity ? t->capacity : 65536;
        while (capacity < t->result->body_length + length + 1) capacity *= 2;
        char *grown = realloc(t->result->body, capacity);
        if (!grown) return 0;
        t->result->body = grown;
        t->capacity = capacity;
    }
    memcpy(t->result->body + t->result->body_length, data, length);
    t->result->body_length += length;
    t->result->body[t->result->body_length] = 0;
    return length;
}

/// The value of `Name: value\r\n` when the line is that header, else NULL.
static char *header_value(const char *line, size_t length, const char *name) {
    size_t name_length = strlen(name);
    if (length <= name_length + 1 || strncasecmp(line, name, name_length) != 0 || line[name_length] != ':') return NULL;
    const char *start = line + name_length + 1;
    const char *end = line + length;
    while (start < end && (*start == ' ' || *start == '\t')) start++;
    while (end > start && (end[-1] == '\r' || end[-1] == '\n' || end[-1] == ' ')) end--;
    char *value = malloc((size_t)(end - start) + 1);
    if (!value) return NULL;
    memcpy(value, start, (size_t)(end - start));
    value[end - start] = 0;
    return value;
}

static size_t on_header(char *data, size_t size, size_t count, void *context) {
    altitude_fetch_result *result = ((transfer *)context)->result;
    size_t length = size * count;
    if (length >= 5 && strncmp(data, "HTTP/", 5) == 0) {
        // A new response (after a redirect): its validators replace the last one's.
        free(result->etag);
        free(result->last_modified);
        result->etag = result->last_modified = NULL;
    }
    char *value;
    if ((value = header_value(data, length, "ETag"))) {
        free(result->etag);
        result->etag = value;
    } else if ((value = header_value(data, length, "Last-Modified"))) {
        free(result->last_modified);
        result->last_modified = value;
    }
    return length;
}

int altitude_fetch(const char *url, const char *if_none_match, const char *if_modified_since, long connect_timeout,
                   long idle_timeout, long total_timeout, long max_redirects, long long max_bytes,
                   altitude_fetch_result *result) {
    memset(result, 0, sizeof *result);
    const altitude_curl_library *curl = altitude_curl();
    if (!curl->loaded) {
        snprintf(result->message, sizeof result->message, "libcurl is not installed (apt install libcurl4)");
        return result->error = ALTITUDE_FETCH_NO_LIBCURL;
    }
    CURL *handle = curl->easy_init();
    if (!handle) return result->error = ALTITUDE_FETCH_OTHER;
    transfer t = {result, 0, max_bytes, 0};
    struct curl_slist *headers = curl->slist_append(NULL, "Accept: text/calendar, */*;q=0.5");
    char line[1024];
    if (if_none_match) {
        snprintf(line, sizeof line, "If-None-Match: %s", if_none_match);
        headers = curl->slist_append(headers, line);
    }
    if (if_modified_since) {
        snprintf(line, sizeof line, "If-Modified-Since: %s", if_modified_since);
        headers = curl->slist_append(headers, line);
    }
    curl->easy_setopt(handle, CURLOPT_URL, url);
    curl->easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
    curl->easy_setopt(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl->easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 1L);
    curl->easy_setopt(handle, CURLOPT_MAXREDIRS, max_redirects);
    curl->easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, connect_timeout);
    curl->easy_setopt(handle, CURLOPT_TIMEOUT, total_timeout);
    curl->easy_setopt(handle, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl->easy_setopt(handle, CURLOPT_LOW_SPEED_TIME, idle_timeout);
    curl->easy_setopt(handle, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)max_bytes);
    curl->easy_setopt(handle, CURLOPT_ACCEPT_ENCODING, "");
    curl->easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl->easy_setopt(handle, CURLOPT_USERAGENT, "altitude");
    curl->easy_setopt(handle, CURLOPT_HTTPHEADER, headers);
    curl->easy_setopt(handle, CURLOPT_WRITEFUNCTION, on_body);
    curl->easy_setopt(handle, CURLOPT_WRITEDATA, &t);
    curl->easy_setopt(handle, CURLOPT_HEADERFUNCTION, on_header);
    curl->easy_setopt(handle, CURLOPT_HEADERDATA, &t);
    CURLcode code = curl->easy_perform(handle);
    curl->easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &result->status);
    snprintf(result->message, sizeof result->message, "%s", curl->easy_strerror(code));
    curl->easy_cleanup(handle);
    curl->slist_free_all(headers);
    switch (code) {
    case CURLE_OK: result->error = ALTITUDE_FETCH_OK; break;
    case CURLE_OPERATION_TIMEDOUT: result->error = ALTITUDE_FETCH_TIMEOUT; break;
    case CURLE_TOO_MANY_REDIRECTS: result->error = ALTITUDE_FETCH_TOO_MANY_REDIRECTS; break;
    case CURLE_FILESIZE_EXCEEDED: result->error = ALTITUDE_FETCH_TOO_LARGE; break;
    case CURLE_WRITE_ERROR: result->error = t.too_large ? ALTITUDE_FETCH_TOO_LARGE : ALTITUDE_FETCH_OTHER; break;
    case CURLE_COULDNT_CONNECT: result->error = ALTITUDE_FETCH_CONNECT; break;
    case CURLE_COULDNT_RESOLVE_HOST: result->error = ALTITUDE_FETCH_RESOLVE; break;
    case CURLE_SSL_CONNECT_ERROR: case CURLE_PEER_FAILED_VERIFICATION: case CURLE_SSL_CACERT_BADFILE:
        result->error = ALTITUDE_FETCH_TLS; break;
    default: result->error = ALTITUDE_FETCH_OTHER; break;
    }
    return result->error;
}

void altitude_fetch_result_free(altitude_fetch_result *result) {
    free(result->body);
    free(result->etag);
    free(result->last_modified);
    result->body = result->etag = result->last_modified = NULL;
}

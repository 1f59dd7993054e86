// SMTP through libcurl: it speaks plain SMTP, STARTTLS and SMTPS with certificate
// checks and AUTH PLAIN/LOGIN, so Altitude does not carry an SMTP client of its own.
#include "smtp_send.h"
#include "curl_loader.h"

#include <stdio.h>
#include <string.h>

typedef struct {
    const char *bytes;
    size_t remaining;
} upload;

static size_t on_read(char *buffer, size_t size, size_t count, void *context) {
    upload *u = context;
    size_t length = size * count < u->remaining ? size * count : u->remaining;
    memcpy(buffer, u->bytes, length);
    u->bytes += length;
    u->remaining -= length;
    return length;
}

static int classify(CURLcode code) {
    switch (code) {
    case CURLE_OK: return ALTITUDE_MAIL_OK;
    case CURLE_COULDNT_CONNECT: case CURLE_COULDNT_RESOLVE_HOST: return ALTITUDE_MAIL_CONNECT;
    case CURLE_OPERATION_TIMEDOUT: return ALTITUDE_MAIL_TIMEOUT;
    case CURLE_PEER_FAILED_VERIFICATION: case CURLE_SSL_CONNECT_ERROR: case CURLE_SSL_CACERT_BADFILE:
        return ALTITUDE_MAIL_TLS;
    case CURLE_USE_SSL_FAILED: return ALTITUDE_MAIL_NO_STARTTLS;
    case CURLE_LOGIN_DENIED: case CURLE_AUTH_ERROR: return ALTITUDE_MAIL_AUTH;
    // libcurl reports a refused MAIL FROM or RCPT TO as a send error, with the server's code.
    case CURLE_SEND_ERROR: return ALTITUDE_MAIL_REJECTED;
    default: return ALTITUDE_MAIL_OTHER;
    }
}

int altitude_mail_send(const altitude_mail_server *server, const char *sender, const char *recipient,
                       const char *message, size_t length, altitude_mail_result *result) {
    memset(result, 0, sizeof *result);
    const altitude_curl_library *curl = altitude_curl();
    if (!curl->loaded) {
        snprintf(result->message, sizeof result->message, "libcurl is not installed (apt install libcurl4)");
        return result->error = ALTITUDE_MAIL_NO_LIBCURL;
    }
    CURL *handle = curl->easy_init();
    if (!handle) return result->error = ALTITUDE_MAIL_OTHER;
    char url[512];
    snprintf(url, sizeof url, "%s://%s:%ld", server->security == ALTITUDE_MAIL_IMPLICIT_TLS ? "smtps" : "smtp",
             server->host, server->port);
    char from[320], errors[CURL_ERROR_SIZE] = {0};
    snprintf(from, sizeof from, "<%s>", sender);
    char to[320];
    snprintf(to, sizeof to, "<%s>", recipient);
    struct curl_slist *recipients = curl->slist_append(NULL, to);
    upload u = {message, length};
    curl->easy_setopt(handle, CURLOPT_URL, url);
    curl->easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl->easy_setopt(handle, CURLOPT_MAIL_FROM, from);
    curl->easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients);
    curl->easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl->easy_setopt(handle, CURLOPT_READFUNCTION, on_read);
    curl->easy_setopt(handle, CURLOPT_READDATA, &u);
    curl->easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, (curl_off_t)length);
    long use_ssl = CURLUSESSL_NONE;
    if (server->security == ALTITUDE_MAIL_STARTTLS || server->security == ALTITUDE_MAIL_IMPLICIT_TLS) use_ssl = CURLUSESSL_ALL;
    if (server->security == ALTITUDE_MAIL_STARTTLS_OPTIONAL) use_ssl = CURLUSESSL_TRY;
    curl->easy_setopt(handle, CURLOPT_USE_SSL, use_ssl);
    curl->easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 1L);
    curl->easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 2L);
    if (server->ca_file) curl->easy_setopt(handle, CURLOPT_CAINFO, server->ca_file);
    if (server->username) {
        curl->easy_setopt(handle, CURLOPT_USERNAME, server->username);
        curl->easy_setopt(handle, CURLOPT_PASSWORD, server->password ? server->password : "");
        if (server->login_options) curl->easy_setopt(handle, CURLOPT_LOGIN_OPTIONS, server->login_options);
    }
    curl->easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, server->connect_timeout);
    curl->easy_setopt(handle, CURLOPT_TIMEOUT, server->total_timeout);
    curl->easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl->easy_setopt(handle, CURLOPT_ERRORBUFFER, errors);
    CURLcode code = curl->easy_perform(handle);
    curl->easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &result->response_code);
    snprintf(result->message, sizeof result->message, "%s", errors[0] ? errors : curl->easy_strerror(code));
    curl->easy_cleanup(handle);
    curl->slist_free_all(recipients);
    result->error = classify(code);
    // Refused credentials come back from some servers as a plain 535 reply.
    if (result->error != ALTITUDE_MAIL_OK && result->response_code == 535) result->error = ALTITUDE_MAIL_AUTH;
    return result->error;
}

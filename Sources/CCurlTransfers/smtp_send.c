// SMTP through libcurl: it speaks plain SMTP, STARTTLS and SMTPS with certificate
// checks and AUTH PLAIN/LOGIN, so Altitude does not carry an SMTP client of its own.
// What libcurl does not do is bound the whole session: while it waits for a reply its
// server-response timeout (120 s by default) replaces the transfer's, and it does not
// say which reply it was waiting for. So a session here follows the conversation
// (libcurl's debug callback sees each command and reply) and holds its own deadline
// (the progress callback, called at least once a second while libcurl waits).
#include "smtp_send.h"
#include "curl_loader.h"

#include <ctype.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

/// Set by altitude_smtp_interrupt, possibly from a signal handler: read, never cleared.
static volatile sig_atomic_t interrupted = 0;

void altitude_smtp_interrupt(void) { interrupted = 1; }

typedef struct {
    const altitude_curl_library *curl;
    CURL *handle;
    const altitude_smtp_server *server;
    altitude_smtp_result *result;
    const char *bytes;      // the message still to upload
    size_t remaining;
    double started;         // monotonic seconds when the session began
    int stage;              // an altitude_smtp_stage, as far as commands and replies tell
    int answered;           // whether the command of `stage` has had its final reply line
    int login_sent;         // whether AUTH was sent
    int quitting;           // whether QUIT was sent: its reply is not the session's outcome
    int timed_out;
    int was_interrupted;
    // The sockets libcurl has open: one, or a few while it tries a host's addresses.
    curl_socket_t sockets[4];
} session;

static double monotonic_seconds(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)now.tv_sec + (double)now.tv_nsec / 1e9;
}

/// Shuts the connection down, so that libcurl, closing it, does not send QUIT and wait
/// once more for a server that stopped answering: a session that failed is over.
static void abandon(session *s) {
    for (size_t i = 0; i < sizeof s->sockets / sizeof s->sockets[0]; i++)
        if (s->sockets[i] != CURL_SOCKET_BAD) shutdown(s->sockets[i], SHUT_RDWR);
}

static int on_socket(void *context, curl_socket_t socket, curlsocktype purpose) {
    (void)purpose;
    session *s = context;
    for (size_t i = 0; i < sizeof s->sockets / sizeof s->sockets[0]; i++) {
        if (s->sockets[i] != CURL_SOCKET_BAD) continue;
        s->sockets[i] = socket;
        break;
    }
    return CURL_SOCKOPT_OK;
}

static int on_close(void *context, curl_socket_t socket) {
    session *s = context;
    for (size_t i = 0; i < sizeof s->sockets / sizeof s->sockets[0]; i++)
        if (s->sockets[i] == socket) s->sockets[i] = CURL_SOCKET_BAD;
    return close(socket);
}

static size_t on_read(char *buffer, size_t size, size_t count, void *context) {
    session *s = context;
    size_t length = size * count < s->remaining ? size * count : s->remaining;
    memcpy(buffer, s->bytes, length);
    s->bytes += length;
    s->remaining -= length;
    // The whole message handed over (libcurl asks for no more than its size): next, the
    // final "." and the server's reply.
    if (s->remaining == 0) s->stage = ALTITUDE_SMTP_CONFIRMATION;
    return length;
}

/// The stage a command starts, by its verb; -1 for the lines of an AUTH exchange.
static int stage_of_command(const char *line, size_t length) {
    static const struct { const char *verb; int stage; } verbs[] = {
        {"EHLO", ALTITUDE_SMTP_EHLO}, {"HELO", ALTITUDE_SMTP_EHLO}, {"STARTTLS", ALTITUDE_SMTP_STARTTLS},
        {"AUTH", ALTITUDE_SMTP_LOGIN}, {"MAIL", ALTITUDE_SMTP_MAIL}, {"RCPT", ALTITUDE_SMTP_RCPT}, {"DATA", ALTITUDE_SMTP_DATA},
        {"QUIT", ALTITUDE_SMTP_FINISHED},
    };
    for (size_t i = 0; i < sizeof verbs / sizeof verbs[0]; i++) {
        size_t verb = strlen(verbs[i].verb);
        if (length >= verb && strncasecmp(line, verbs[i].verb, verb) == 0 && (length == verb || !isalpha((unsigned char)line[verb])))
            return verbs[i].stage;
    }
    return -1;
}

/// A reply line: its code and text kept (printable ASCII only); a final line answers the command.
static void on_reply_line(session *s, const char *line, size_t length) {
    while (length && (line[length - 1] == '\r' || line[length - 1] == '\n')) length--;
    if (s->quitting || length < 3 || !isdigit((unsigned char)line[0])) return;
    altitude_smtp_result *r = s->result;
    r->reply_code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
    size_t kept = 0;
    for (size_t i = 0; i < length && kept + 1 < sizeof r->reply; i++)
        r->reply[kept++] = isprint((unsigned char)line[i]) ? line[i] : ' ';
    r->reply[kept] = 0;
    if (length > 3 && line[3] == '-') return;  // more lines of the same reply follow
    if (s->stage == ALTITUDE_SMTP_CONNECTING) {
        s->stage = ALTITUDE_SMTP_GREETING;
        if (s->server->security == ALTITUDE_SMTP_IMPLICIT_TLS) r->secured = 1;
    }
    s->answered = 1;
    if (s->stage == ALTITUDE_SMTP_DATA && r->reply_code == 354) {
        s->stage = ALTITUDE_SMTP_MESSAGE;
        s->answered = 0;
    } else if (s->stage == ALTITUDE_SMTP_STARTTLS && r->reply_code == 220) {
        s->stage = ALTITUDE_SMTP_TLS;
        s->answered = 0;
    } else if (s->stage == ALTITUDE_SMTP_LOGIN && r->reply_code == 235) {
        r->logged_in = 1;
    } else if (s->stage == ALTITUDE_SMTP_CONFIRMATION && r->reply_code / 100 == 2) {
        s->stage = ALTITUDE_SMTP_FINISHED;
    }
}

static int on_debug(CURL *handle, curl_infotype type, char *data, size_t size, void *context) {
    (void)handle;
    session *s = context;
    if (type == CURLINFO_HEADER_OUT) {
        // Only the verb is read: an AUTH exchange carries the credentials.
        int stage = stage_of_command(data, size);
        if (s->stage == ALTITUDE_SMTP_TLS) s->result->secured = 1;  // the first command after the handshake
        if (stage == ALTITUDE_SMTP_LOGIN) s->login_sent = 1;
        if (stage == ALTITUDE_SMTP_FINISHED) {
            // The session ends as it stood before QUIT (a refusal stays the last reply).
            // libcurl says QUIT mid-command only when it gives the session up (a timeout,
            // a reply it cannot use): then its reply is not worth waiting for.
            s->quitting = 1;
            if (!s->answered) abandon(s);
            return 0;
        }
        if (stage >= 0) {
            s->stage = stage;
            s->answered = 0;
        }
    } else if (type == CURLINFO_HEADER_IN) {
        size_t start = 0;
        for (size_t i = 0; i < size; i++) {
            if (data[i] != '\n') continue;
            on_reply_line(s, data + start, i + 1 - start);
            start = i + 1;
        }
        if (start < size) on_reply_line(s, data + start, size - start);
    }
    return 0;
}

/// Seconds after the start at which the TCP connection was made; 0 while it is not.
static double connected_after(session *s) {
    curl_off_t microseconds = 0;
    s->curl->easy_getinfo(s->handle, CURLINFO_CONNECT_TIME_T, &microseconds);
    return (double)microseconds / 1e6;
}

static int on_progress(void *context, curl_off_t download_total, curl_off_t downloaded, curl_off_t upload_total, curl_off_t uploaded) {
    (void)download_total, (void)downloaded, (void)upload_total, (void)uploaded;
    session *s = context;
    if (interrupted) {
        s->was_interrupted = 1;
        abandon(s);
        return 1;
    }
    double connected = connected_after(s);
    double deadline = connected > 0 ? connected + (double)s->server->timeout_ms / 1e3 : (double)s->server->connect_timeout_ms / 1e3;
    if (monotonic_seconds() - s->started > deadline) {
        s->timed_out = 1;
        abandon(s);
        return 1;
    }
    return 0;
}

/// Where the session ended, from the conversation and the connection's timings.
static int final_stage(session *s) {
    if (s->stage != ALTITUDE_SMTP_CONNECTING) return s->stage;
    if (connected_after(s) <= 0) return ALTITUDE_SMTP_CONNECTING;
    curl_off_t secured = 0;
    s->curl->easy_getinfo(s->handle, CURLINFO_APPCONNECT_TIME_T, &secured);
    return s->server->security == ALTITUDE_SMTP_IMPLICIT_TLS && secured == 0 ? ALTITUDE_SMTP_TLS : ALTITUDE_SMTP_GREETING;
}

static int classify(CURLcode code, session *s, int checking) {
    altitude_smtp_result *r = s->result;
    if (code == CURLE_OK) {
        // libcurl goes on without AUTH when the server offers none; a check says so.
        return checking && s->server->username && !s->login_sent ? ALTITUDE_SMTP_NO_AUTH : ALTITUDE_SMTP_OK;
    }
    if (s->was_interrupted) return ALTITUDE_SMTP_INTERRUPTED;
    if (s->timed_out || code == CURLE_OPERATION_TIMEDOUT) return ALTITUDE_SMTP_TIMEOUT;
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST: return ALTITUDE_SMTP_RESOLVE;
    case CURLE_COULDNT_CONNECT: return ALTITUDE_SMTP_CONNECT;
    case CURLE_USE_SSL_FAILED: return ALTITUDE_SMTP_NO_STARTTLS;
    case CURLE_PEER_FAILED_VERIFICATION: case CURLE_SSL_CACERT_BADFILE: case CURLE_SSL_ISSUER_ERROR:
        return ALTITUDE_SMTP_CERTIFICATE;
    case CURLE_SSL_CONNECT_ERROR: return ALTITUDE_SMTP_HANDSHAKE;
    case CURLE_LOGIN_DENIED: case CURLE_AUTH_ERROR: return ALTITUDE_SMTP_AUTH;
    default: break;
    }
    // The server's own "no" to the command it was answering (the sender, a recipient, the message).
    if (s->answered && r->reply_code >= 400) return r->reply_code == 535 ? ALTITUDE_SMTP_AUTH : ALTITUDE_SMTP_REFUSED;
    switch (code) {
    case CURLE_SEND_ERROR: case CURLE_RECV_ERROR: case CURLE_GOT_NOTHING: case CURLE_PARTIAL_FILE: case CURLE_UPLOAD_FAILED:
    case CURLE_WEIRD_SERVER_REPLY:
        return ALTITUDE_SMTP_DROPPED;
    default:
        return ALTITUDE_SMTP_OTHER;
    }
}

/// One session: a message sent when `message` is not NULL, else only everything before MAIL FROM.
static int run_session(const altitude_smtp_server *server, const char *sender, const char *recipient, const char *message,
                       size_t length, altitude_smtp_result *result) {
    memset(result, 0, sizeof *result);
    const altitude_curl_library *curl = altitude_curl();
    if (!curl->loaded) {
        snprintf(result->message, sizeof result->message, "libcurl is not installed (apt install libcurl4)");
        return result->error = ALTITUDE_SMTP_NO_LIBCURL;
    }
    CURL *handle = curl->easy_init();
    if (!handle) return result->error = ALTITUDE_SMTP_OTHER;
    session s = {.curl = curl, .handle = handle, .server = server, .result = result, .bytes = message, .remaining = length,
                 .stage = ALTITUDE_SMTP_CONNECTING, .sockets = {CURL_SOCKET_BAD, CURL_SOCKET_BAD, CURL_SOCKET_BAD, CURL_SOCKET_BAD}};
    char url[512];
    snprintf(url, sizeof url, "%s://%s:%ld", server->security == ALTITUDE_SMTP_IMPLICIT_TLS ? "smtps" : "smtp", server->host,
             server->port);
    char errors[CURL_ERROR_SIZE] = {0};
    struct curl_slist *recipients = NULL;
    curl->easy_setopt(handle, CURLOPT_URL, url);
    curl->easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    if (message) {
        char from[320], to[320];
        snprintf(from, sizeof from, "<%s>", sender);
        snprintf(to, sizeof to, "<%s>", recipient);
        recipients = curl->slist_append(NULL, to);
        curl->easy_setopt(handle, CURLOPT_MAIL_FROM, from);
        curl->easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients);
        curl->easy_setopt(handle, CURLOPT_UPLOAD, 1L);
        curl->easy_setopt(handle, CURLOPT_READFUNCTION, on_read);
        curl->easy_setopt(handle, CURLOPT_READDATA, &s);
        curl->easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, (curl_off_t)length);
    } else {
        // For SMTP, libcurl's "connection" is the greeting, EHLO, STARTTLS and AUTH: all
        // a check needs. The connection is closed (with QUIT) when the handle is.
        curl->easy_setopt(handle, CURLOPT_CONNECT_ONLY, 1L);
    }
    long use_ssl = CURLUSESSL_NONE;
    if (server->security == ALTITUDE_SMTP_STARTTLS_REQUIRED || server->security == ALTITUDE_SMTP_IMPLICIT_TLS) use_ssl = CURLUSESSL_ALL;
    if (server->security == ALTITUDE_SMTP_STARTTLS_OPTIONAL) use_ssl = CURLUSESSL_TRY;
    curl->easy_setopt(handle, CURLOPT_USE_SSL, use_ssl);
    curl->easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 1L);
    curl->easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 2L);
    if (server->ca_file) curl->easy_setopt(handle, CURLOPT_CAINFO, server->ca_file);
    if (server->username) {
        curl->easy_setopt(handle, CURLOPT_USERNAME, server->username);
        curl->easy_setopt(handle, CURLOPT_PASSWORD, server->password ? server->password : "");
        if (server->login_options) curl->easy_setopt(handle, CURLOPT_LOGIN_OPTIONS, server->login_options);
    }
    // libcurl's "connect" phase runs to the end of AUTH, so its connect timeout covers
    // the session's start too; on_progress holds the TCP connection to its own limit.
    // The response timeout (whole seconds) ends a wait for a reply on time; on_progress
    // also ends a session that, reply by reply, runs past its deadline.
    curl->easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, server->connect_timeout_ms + server->timeout_ms);
    curl->easy_setopt(handle, CURLOPT_TIMEOUT_MS, server->connect_timeout_ms + server->timeout_ms);
    curl->easy_setopt(handle, CURLOPT_SERVER_RESPONSE_TIMEOUT, (server->timeout_ms + 999) / 1000);
    curl->easy_setopt(handle, CURLOPT_SOCKOPTFUNCTION, on_socket);
    curl->easy_setopt(handle, CURLOPT_SOCKOPTDATA, &s);
    curl->easy_setopt(handle, CURLOPT_CLOSESOCKETFUNCTION, on_close);
    curl->easy_setopt(handle, CURLOPT_CLOSESOCKETDATA, &s);
    curl->easy_setopt(handle, CURLOPT_NOPROGRESS, 0L);
    curl->easy_setopt(handle, CURLOPT_XFERINFOFUNCTION, on_progress);
    curl->easy_setopt(handle, CURLOPT_XFERINFODATA, &s);
    // Verbose only so that the debug callback sees the conversation; nothing is printed.
    curl->easy_setopt(handle, CURLOPT_VERBOSE, 1L);
    curl->easy_setopt(handle, CURLOPT_DEBUGFUNCTION, on_debug);
    curl->easy_setopt(handle, CURLOPT_DEBUGDATA, &s);
    curl->easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl->easy_setopt(handle, CURLOPT_ERRORBUFFER, errors);
    s.started = monotonic_seconds();
    CURLcode code = curl->easy_perform(handle);
    // The read callback is done when libcurl has the whole message, before it is all sent:
    // a send that failed had not sent it.
    if (code == CURLE_SEND_ERROR && s.stage == ALTITUDE_SMTP_CONFIRMATION) s.stage = ALTITUDE_SMTP_MESSAGE;
    result->stage = final_stage(&s);
    long os_error = 0;
    curl->easy_getinfo(handle, CURLINFO_OS_ERRNO, &os_error);
    result->os_error = (int)os_error;
    snprintf(result->message, sizeof result->message, "%s", errors[0] ? errors : curl->easy_strerror(code));
    result->error = classify(code, &s, message == NULL);
    if (result->error != ALTITUDE_SMTP_OK) abandon(&s);
    curl->easy_cleanup(handle);
    curl->slist_free_all(recipients);
    return result->error;
}

int altitude_smtp_send(const altitude_smtp_server *server, const char *sender, const char *recipient, const char *message,
                       size_t length, altitude_smtp_result *result) {
    return run_session(server, sender, recipient, message ? message : "", length, result);
}

int altitude_smtp_check(const altitude_smtp_server *server, altitude_smtp_result *result) {
    return run_session(server, NULL, NULL, NULL, 0, result);
}

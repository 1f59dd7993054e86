#ifndef ALTITUDE_SMTP_SEND_H
#define ALTITUDE_SMTP_SEND_H

#include <stddef.h>

/// Why sending ended.
enum altitude_mail_error {
    ALTITUDE_MAIL_OK = 0,
    ALTITUDE_MAIL_NO_LIBCURL,
    ALTITUDE_MAIL_CONNECT,       // refused, unreachable, or the host is unknown
    ALTITUDE_MAIL_TIMEOUT,
    ALTITUDE_MAIL_TLS,           // the certificate did not verify, or the handshake failed
    ALTITUDE_MAIL_NO_STARTTLS,   // TLS was required and the server does not offer STARTTLS
    ALTITUDE_MAIL_AUTH,          // the server refused the user name and password
    ALTITUDE_MAIL_REJECTED,      // the server refused the sender or the recipient
    ALTITUDE_MAIL_OTHER,
};

/// How the connection is secured.
enum altitude_mail_security {
    ALTITUDE_MAIL_PLAIN = 0,            // no TLS
    ALTITUDE_MAIL_STARTTLS,             // STARTTLS, required
    ALTITUDE_MAIL_STARTTLS_OPTIONAL,    // STARTTLS when the server offers it
    ALTITUDE_MAIL_IMPLICIT_TLS,         // TLS from the first byte (smtps, port 465)
};

typedef struct {
    const char *host;
    long port;
    int security;                 // an altitude_mail_security
    const char *ca_file;          // NULL: the system's certificates
    const char *username;         // NULL: no AUTH
    const char *password;
    const char *login_options;    // "AUTH=PLAIN", "AUTH=LOGIN", or NULL for the server's choice
    long connect_timeout;
    long total_timeout;
} altitude_mail_server;

typedef struct {
    int error;                    // an altitude_mail_error
    long response_code;           // the server's last reply code, 0 when none
    char message[256];            // libcurl's words
} altitude_mail_result;

/// Sends `message` (a complete RFC 5322 message, CRLF line ends) from `sender`
/// to `recipient` through the server. Returns result->error.
int altitude_mail_send(const altitude_mail_server *server, const char *sender, const char *recipient,
                       const char *message, size_t length, altitude_mail_result *result);

#endif

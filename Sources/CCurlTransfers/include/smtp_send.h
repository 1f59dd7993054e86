#ifndef ALTITUDE_SMTP_SEND_H
#define ALTITUDE_SMTP_SEND_H

#include <stddef.h>

/// Why a session ended.
enum altitude_smtp_error {
    ALTITUDE_SMTP_OK = 0,
    ALTITUDE_SMTP_NO_LIBCURL,
    ALTITUDE_SMTP_RESOLVE,         // the host name does not resolve
    ALTITUDE_SMTP_CONNECT,         // the connection was refused or the host is unreachable
    ALTITUDE_SMTP_TIMEOUT,         // a stage took longer than the session's time (see altitude_smtp_server)
    ALTITUDE_SMTP_INTERRUPTED,     // altitude_smtp_interrupt() was called
    ALTITUDE_SMTP_DROPPED,         // the server closed or reset the connection mid-session
    ALTITUDE_SMTP_HANDSHAKE,       // the TLS handshake failed (a port that does not speak TLS that way?)
    ALTITUDE_SMTP_CERTIFICATE,     // the server's certificate did not verify
    ALTITUDE_SMTP_NO_STARTTLS,     // TLS was required and the server does not offer STARTTLS
    ALTITUDE_SMTP_NO_AUTH,         // a user name is set and the server offers no way to log in
    ALTITUDE_SMTP_AUTH,            // the server refused the user name and password
    ALTITUDE_SMTP_REFUSED,         // the server answered a command with a 4xx or 5xx reply (the sender, a recipient, the message)
    ALTITUDE_SMTP_OTHER,
};

/// How far a session had gone: what it was doing, or waiting for, when it ended.
enum altitude_smtp_stage {
    ALTITUDE_SMTP_CONNECTING = 0,  // the TCP connection
    ALTITUDE_SMTP_TLS,             // the TLS handshake: from the first byte, or after STARTTLS
    ALTITUDE_SMTP_GREETING,        // the server's 220 greeting
    ALTITUDE_SMTP_EHLO,
    ALTITUDE_SMTP_STARTTLS,
    ALTITUDE_SMTP_LOGIN,           // AUTH and its exchange
    ALTITUDE_SMTP_MAIL,            // MAIL FROM
    ALTITUDE_SMTP_RCPT,            // RCPT TO
    ALTITUDE_SMTP_DATA,
    ALTITUDE_SMTP_MESSAGE,         // the message itself, after DATA's 354
    ALTITUDE_SMTP_CONFIRMATION,    // the message and its final "." sent, the server's reply awaited
    ALTITUDE_SMTP_FINISHED,
};

/// How the connection is secured.
enum altitude_smtp_security {
    ALTITUDE_SMTP_PLAIN = 0,            // no TLS
    ALTITUDE_SMTP_STARTTLS_REQUIRED,    // STARTTLS, required
    ALTITUDE_SMTP_STARTTLS_OPTIONAL,    // STARTTLS when the server offers it
    ALTITUDE_SMTP_IMPLICIT_TLS,         // TLS from the first byte (smtps, port 465)
};

typedef struct {
    const char *host;
    long port;
    int security;                 // an altitude_smtp_security
    const char *ca_file;          // NULL: the system's certificates
    const char *username;         // NULL: no AUTH
    const char *password;
    const char *login_options;    // "AUTH=PLAIN", "AUTH=LOGIN", or NULL for the server's choice
    long connect_timeout_ms;      // for the TCP connection
    long timeout_ms;              // for everything after it: every reply, the message, its confirmation
} altitude_smtp_server;

typedef struct {
    int error;                    // an altitude_smtp_error
    int stage;                    // an altitude_smtp_stage: where the session ended
    int secured;                  // 1 when the session ran over TLS
    int logged_in;                // 1 when the server accepted AUTH
    int os_error;                 // errno of a failed connection, 0 otherwise
    long reply_code;              // the server's last reply code, 0 when none
    char reply[200];              // the server's last reply line, printable ASCII only
    char message[256];            // libcurl's words
} altitude_smtp_result;

/// Sends `message` (a complete RFC 5322 message, CRLF line ends) from `sender`
/// to `recipient` through the server. Returns result->error.
int altitude_smtp_send(const altitude_smtp_server *server, const char *sender, const char *recipient,
                       const char *message, size_t length, altitude_smtp_result *result);

/// Connects, is greeted, says EHLO, secures the connection and logs in as the
/// settings say, then says QUIT: everything sending needs, without sending.
/// Returns result->error.
int altitude_smtp_check(const altitude_smtp_server *server, altitude_smtp_result *result);

/// Ends every session in progress, and every one started later, as interrupted.
/// Async-signal-safe (it stores one flag), so a signal handler may call it.
void altitude_smtp_interrupt(void);

#endif

// The module's umbrella header: transfers through one libcurl opened on first use
// (curl_loader.c), one file per protocol — HTTP(S) for feeds, SMTP for the digest.
// Named after the target so SwiftPM builds the module from this list, not from
// whatever the directory held when a module cache was first made.
#include "http_fetch.h"
#include "smtp_send.h"

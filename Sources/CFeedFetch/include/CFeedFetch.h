// The module's umbrella header: feeds over HTTP(S) and mail over SMTP, both
// through one libcurl opened on first use. Named after the target so SwiftPM
// builds the module from this list, not from whatever the directory held when
// a module cache was first made.
#include "feed_fetch.h"
#include "mail_send.h"

// libcurl is opened with dlopen when a feed is first fetched or a message first
// sent: linked normally it pulls some thirty libraries (TLS, Kerberos, LDAP…)
// into every run of every command. Its header gives the types and constants; no
// symbol is linked.
#include "curl_loader.h"

#include <dlfcn.h>
#include <pthread.h>

static altitude_curl_library curl;
static pthread_once_t load_once = PTHREAD_ONCE_INIT;

static void load(void) {
    const char *names[] = {"libcurl.so.4", "libcurl-gnutls.so.4", "libcurl.so", NULL};
    void *library = NULL;
    for (int i = 0; names[i] && !library; i++) library = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!library) return;
#define FIND(field, symbol) if (!(*(void **)&curl.field = dlsym(library, symbol))) return
    FIND(global_init, "curl_global_init");
    FIND(easy_init, "curl_easy_init");
    FIND(easy_setopt, "curl_easy_setopt");
    FIND(easy_perform, "curl_easy_perform");
    FIND(easy_getinfo, "curl_easy_getinfo");
    FIND(easy_cleanup, "curl_easy_cleanup");
    FIND(easy_strerror, "curl_easy_strerror");
    FIND(slist_append, "curl_slist_append");
    FIND(slist_free_all, "curl_slist_free_all");
#undef FIND
    curl.loaded = curl.global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
}

const altitude_curl_library *altitude_curl(void) {
    pthread_once(&load_once, load);
    return &curl;
}

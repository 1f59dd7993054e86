#ifndef ALTITUDE_BOUND_PROCESS_H
#define ALTITUDE_BOUND_PROCESS_H

#include <sys/types.h>

/// Starts `path` with `argv` (NULL-terminated) as a child that dies with the thread
/// that started it (PR_SET_PDEATHSIG: SIGKILL), so a mailer handed a digest never
/// outlives a run killed before it could record the send. Its standard input is a
/// pipe whose write end is returned in `*input`, its standard error a pipe whose read
/// end is returned in `*errors` (both close-on-exec here), its standard output
/// /dev/null; no other descriptor of ours reaches it, and it starts with no signal
/// blocked or ignored. Returns the child's pid, or -1 with errno set.
///
/// The thread that calls this must wait for the child (waitpid) before it ends: the
/// parent-death signal follows the thread, not the process.
pid_t altitude_spawn_bound(const char *path, char *const argv[], int *input, int *errors);

#endif

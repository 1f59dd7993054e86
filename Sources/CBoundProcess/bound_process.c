#define _GNU_SOURCE
#include "CBoundProcess.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

// Between fork and exec only async-signal-safe calls: the parent has other threads,
// whose locks the child inherits held.
static void become_child(const char *path, char *const argv[], int input, int errors, pid_t parent) {
    if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) _exit(127);
    // The parent may have died before the line above: then nobody would kill us.
    if (getppid() != parent) _exit(127);
    int null = open("/dev/null", O_WRONLY);
    if (null < 0 || dup2(input, 0) < 0 || dup2(null, 1) < 0 || dup2(errors, 2) < 0) _exit(127);
    // Descriptors opened elsewhere without close-on-exec (a pipe's other end would keep
    // the mailer from ever seeing the end of its input) stay here.
#ifdef SYS_close_range
    if (syscall(SYS_close_range, 3, ~0U, 0) != 0)
#endif
    {
        long most = sysconf(_SC_OPEN_MAX);
        for (int fd = 3; fd < (most > 0 && most < 65536 ? most : 65536); fd++) close(fd);
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    signal(SIGPIPE, SIG_DFL);
    execv(path, argv);
    _exit(127);
}

pid_t altitude_spawn_bound(const char *path, char *const argv[], int *input, int *errors) {
    int to_child[2], from_child[2];
    if (pipe2(to_child, O_CLOEXEC) != 0) return -1;
    if (pipe2(from_child, O_CLOEXEC) != 0) {
        int saved = errno;
        close(to_child[0]);
        close(to_child[1]);
        errno = saved;
        return -1;
    }
    pid_t parent = getpid();
    pid_t child = fork();
    if (child == 0) become_child(path, argv, to_child[0], from_child[1], parent);
    int saved = errno;
    close(to_child[0]);
    close(from_child[1]);
    if (child < 0) {
        close(to_child[1]);
        close(from_child[0]);
        errno = saved;
        return -1;
    }
    *input = to_child[1];
    *errors = from_child[0];
    return child;
}

#include "common/Process.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <fstream>
#include <sstream>

extern char** environ;

namespace aitocracy::core {
namespace {

std::string tailOf(const std::string& path, std::size_t maxChars)
{
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    return text.size() > maxChars ? text.substr(text.size() - maxChars) : text;
}

}  // namespace

Result<void> runProcess(const std::vector<std::string>& argv, const std::string& logPath)
{
    if (argv.empty()) return fail("usage", "no program to run");
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, logPath.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) return fail("process", "cannot start " + argv[0] + ": " + std::strerror(spawned));

    int status = 0;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) return fail("process", "lost track of " + argv[0] + ": " + std::strerror(errno));
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return ok();
    const std::string how = WIFEXITED(status) ? "exited with status " + std::to_string(WEXITSTATUS(status))
                                              : "was killed by signal " + std::to_string(WTERMSIG(status));
    return fail("process", argv[0] + " " + how + "; its last output:\n" + tailOf(logPath, 2000));
}

}  // namespace aitocracy::core

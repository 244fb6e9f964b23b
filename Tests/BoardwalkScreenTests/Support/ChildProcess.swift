import BoardwalkTestSupport
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a program with `posix_spawnp` and `waitpid`. Foundation.Process hangs on the tmux
/// call that starts a server (the daemon inherits its pipe), so output goes to files here,
/// and the child gets an empty signal mask and default handlers (a thread of Swift's
/// concurrency pool blocks SIGWINCH, and a child would inherit that: no resize ever arrives).
enum ChildProcess {
  /// Runs `arguments` (the first is looked up on PATH) with exactly `environment`,
  /// standard input read from `standardInput`, and waits at most `timeout` seconds.
  static func run(
    _ arguments: [String], environment: [String: String], standardInput: String = "/dev/null",
    timeout: Int = 30
  ) throws -> ChildResult {
    let folder = try ScratchFolder("child")
    defer { folder.remove() }
    let outputPath = folder.file("stdout")
    let errorPath = folder.file("stderr")
    let pid = try spawn(
      arguments, environment: environment,
      files: [
        (0, standardInput, O_RDONLY), (1, outputPath, O_WRONLY | O_CREAT | O_TRUNC),
        (2, errorPath, O_WRONLY | O_CREAT | O_TRUNC),
      ])
    let exit = try wait(for: pid, arguments: arguments, timeout: timeout)
    return ChildResult(
      arguments: arguments, exit: exit,
      output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
      errorOutput: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
  }

  private static func spawn(
    _ arguments: [String], environment: [String: String],
    files: [(descriptor: Int32, path: String, flags: Int32)]
  ) throws -> pid_t {
    #if canImport(Darwin)
      var actions: posix_spawn_file_actions_t? = nil
      var attributes: posix_spawnattr_t? = nil
    #else
      var actions = posix_spawn_file_actions_t()
      var attributes = posix_spawnattr_t()
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for file in files {
      posix_spawn_file_actions_addopen(&actions, file.descriptor, file.path, file.flags, 0o600)
    }
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var everySignal = sigset_t()
    sigfillset(&everySignal)
    posix_spawnattr_setsigdefault(&attributes, &everySignal)
    var flags = Int32(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)
    #if canImport(Darwin)
      flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
    #else
      closeInheritedDescriptors(&actions)
    #endif
    posix_spawnattr_setflags(&attributes, Int16(flags))

    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid = pid_t()
    let code = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
    guard code == 0 else { throw SpawnFailure(arguments: arguments, code: code) }
    return pid
  }

  #if !canImport(Darwin)
    private typealias CloseFrom =
      @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32

    /// Closes every descriptor above standard error in the child (glibc 2.34 and later), so
    /// a tmux server started here never holds the pipes of other tests running in parallel.
    private static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
      guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return }
      let closeFrom = unsafeBitCast(symbol, to: CloseFrom.self)
      _ = closeFrom(&actions, 3)
    }
  #endif

  /// Waits for `pid`; kills it when `timeout` seconds pass.
  private static func wait(for pid: pid_t, arguments: [String], timeout: Int) throws -> ChildExit {
    let deadline = Date().addingTimeInterval(Double(timeout))
    var status: Int32 = 0
    while true {
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid { return ChildExit(waitStatus: status) }
      if result == -1 && errno != EINTR { throw SpawnFailure(arguments: arguments, code: errno) }
      if Date() > deadline {
        kill(pid, SIGKILL)
        _ = waitpid(pid, &status, 0)
        throw ChildTimeout(arguments: arguments, seconds: timeout)
      }
      usleep(2_000)
    }
  }
}

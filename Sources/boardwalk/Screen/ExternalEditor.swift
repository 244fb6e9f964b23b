import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Editing text in the user's own editor (`$VISUAL`, `$EDITOR`, else `vi`).
enum ExternalEditor {
  /// The edited text, or `nil` when the editor could not run or exited with an error.
  static func edit(_ text: String, environment: [String: String]) -> String? {
    let command =
      environment["VISUAL"].flatMap { $0.isEmpty ? nil : $0 }
      ?? environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
    let folder = FileManager.default.temporaryDirectory.path
    let path = "\(folder)/boardwalk-note-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).md"
    guard
      FileManager.default.createFile(
        atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
    else { return nil }
    defer { unlink(path) }
    // Through the shell, so EDITOR="code --wait" works; the path is passed as an argument.
    let arguments = ["/bin/sh", "-c", "\(command) \"$1\"", "sh", path]
    var pid: pid_t = 0
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    guard posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 else { return nil }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    guard status == 0, let data = FileManager.default.contents(atPath: path) else { return nil }
    var edited = String(decoding: data, as: UTF8.self)
    while edited.hasSuffix("\n") { edited.removeLast() }
    return edited
  }
}

import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Plan files as a journal names them: relative to the journal's own folder (or absolute),
/// so that `minutes` and `apply` find the meeting's own files from whatever folder they are
/// run in, and never a same-named copy in the current one.
public struct JournalPaths: Sendable {
  /// The journal's folder, links followed, as an absolute path.
  private let folder: String

  public init(journal: String) {
    folder = Self.real(WriteTarget.folder(of: journal))
  }

  /// How the journal records `file` (a path as given, relative to the current folder):
  /// relative to the journal's folder. A symbolic link stays a link (its folder's links
  /// are followed, not its own), so the journal names what the user named.
  public func recorded(_ file: String) -> String {
    let name = (file as NSString).lastPathComponent
    let target = (Self.real(WriteTarget.folder(of: file)) + "/" + name).split(
      separator: "/", omittingEmptySubsequences: true)
    let base = folder.split(separator: "/", omittingEmptySubsequences: true)
    var common = 0
    while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
    let parts =
      Array(repeating: "..", count: base.count - common) + target[common...].map(String.init)
    return parts.isEmpty ? "." : parts.joined(separator: "/")
  }

  /// The file a path recorded in the journal names, written so it can be used from the
  /// current folder (relative to it when it is inside it, else absolute).
  public func resolved(_ recorded: String) -> String {
    let absolute = Self.normalized(recorded.hasPrefix("/") ? recorded : folder + "/" + recorded)
    let here = Self.real(".")
    if here == "/" { return absolute }
    return absolute.hasPrefix(here + "/") ? String(absolute.dropFirst(here.count + 1)) : absolute
  }

  /// `path` as an absolute path with links followed, when it exists; else made absolute
  /// from the current folder, with `.` and `..` taken out by their names.
  static func real(_ path: String) -> String {
    if let resolved = realpath(path, nil) {
      defer { free(resolved) }
      return String(cString: resolved)
    }
    if path.hasPrefix("/") { return normalized(path) }
    return normalized(real(".") + "/" + path)
  }

  /// An absolute path without `.`, `..` or empty parts.
  static func normalized(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      switch part {
      case ".": continue
      case "..": _ = parts.popLast()
      default: parts.append(part)
      }
    }
    return "/" + parts.joined(separator: "/")
  }
}

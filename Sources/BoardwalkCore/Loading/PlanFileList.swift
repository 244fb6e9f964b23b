import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Expands the paths a user gives into the plan files to load: a file as it is, a folder as
/// every `*.json` directly inside it (and every file a reader claims), in name order.
///
/// Only regular files are read: a pipe, a device (`/dev/zero` would be read for ever) or a
/// socket is refused with what it is; a symbolic link that loops, or leads nowhere, says so.
/// One file named twice (again, or through a link) is loaded once.
public enum PlanFileList {
  /// The files to load, and a diagnostic for each path that cannot give any.
  public static func expand(_ paths: [String], readers: [any PlanSourceReader] = [])
    -> (files: [String], problems: [Diagnostic])
  {
    var files: [String] = []
    var problems: [Diagnostic] = []
    var seen: Set<FileKey> = []
    /// Adds a file once, by what it is on disk rather than by how it was named.
    func add(_ file: String, key: FileKey) {
      if seen.insert(key).inserted { files.append(file) }
    }
    for path in paths {
      switch kind(of: path) {
      case .missing(let reason):
        problems.append(Diagnostic(.error, file: path, message: reason))
      case .special(let what):
        problems.append(
          Diagnostic(
            .error, file: path,
            message: "\(what), not a regular file: nothing was read; give a plan file or a folder"
          ))
      case .file(let key):
        add(path, key: key)
      case .folder:
        let manager = FileManager.default
        do {
          let prefix = path.hasSuffix("/") ? path : path + "/"
          let names = try manager.contentsOfDirectory(atPath: path)
            .filter {
              ($0.lowercased().hasSuffix(".json") || readers.reader(for: $0) != nil)
                && !$0.hasPrefix(".")
            }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
          var found = 0
          for name in names {
            // Inside a folder, only plan files count: a folder named `old.json`, a pipe or
            // a broken link is passed by, and said so.
            switch kind(of: prefix + name) {
            case .file(let key):
              found += 1
              add(prefix + name, key: key)
            case .folder:
              problems.append(
                Diagnostic(
                  .warning, file: prefix + name,
                  message: "a folder, not a plan file: passed by (folders inside are not read)"))
            case .special(let what):
              problems.append(
                Diagnostic(
                  .warning, file: prefix + name, message: "\(what), not a plan file: passed by"))
            case .missing(let reason):
              problems.append(
                Diagnostic(.warning, file: prefix + name, message: "\(reason): passed by"))
            }
          }
          if found == 0 {
            problems.append(
              Diagnostic(
                .error, file: path,
                message: readers.isEmpty
                  ? "this folder holds no .json plan files; give a plan file or another folder"
                  : "this folder holds no plan files (.json, "
                    + readers.flatMap(\.fileExtensions).sorted().map { "." + $0 }.joined(
                      separator: ", ") + "); give a plan file or another folder"))
          }
        } catch {
          problems.append(
            Diagnostic(
              .error, file: path,
              message: "cannot list this folder (\(error.localizedDescription))"))
        }
      }
    }
    return (files, problems)
  }

  /// Which file a path names on disk: device and inode, links followed.
  private struct FileKey: Hashable {
    let device: UInt64
    let inode: UInt64
  }

  private enum Kind {
    case missing(String)
    case special(String)
    case file(FileKey)
    case folder
  }

  private static func kind(of path: String) -> Kind {
    var status = stat()
    guard stat(path, &status) == 0 else {
      switch errno {
      case ELOOP:
        return .missing(
          "a symbolic link that loops back on itself; point it at a plan file")
      case ENOENT:
        var link = stat()
        if lstat(path, &link) == 0 {
          return .missing("a symbolic link to a file that does not exist; point it at a plan file")
        }
        return .missing("no such file or folder")
      case EACCES:
        return .missing("cannot be read: permission denied (check the file's permissions)")
      default:
        return .missing("cannot be read (\(String(cString: strerror(errno))))")
      }
    }
    switch status.st_mode & S_IFMT {
    case S_IFREG:
      return .file(
        FileKey(
          device: UInt64(truncatingIfNeeded: status.st_dev),
          inode: UInt64(truncatingIfNeeded: status.st_ino)))
    case S_IFDIR: return .folder
    case S_IFIFO: return .special("a pipe")
    case S_IFCHR, S_IFBLK: return .special("a device")
    case S_IFSOCK: return .special("a socket")
    default: return .special("a special file")
    }
  }
}

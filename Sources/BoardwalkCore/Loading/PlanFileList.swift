import Foundation

/// Expands the paths a user gives into the plan files to load: a file as it is, a folder as
/// every `*.json` directly inside it (and every file a reader claims), in name order.
public enum PlanFileList {
  /// The files to load, and a diagnostic for each path that cannot give any.
  public static func expand(_ paths: [String], readers: [any PlanSourceReader] = [])
    -> (files: [String], problems: [Diagnostic])
  {
    var files: [String] = []
    var problems: [Diagnostic] = []
    let manager = FileManager.default
    for path in paths {
      var isFolder: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
        problems.append(Diagnostic(.error, file: path, message: "no such file or folder"))
        continue
      }
      guard isFolder.boolValue else {
        files.append(path)
        continue
      }
      do {
        let names = try manager.contentsOfDirectory(atPath: path)
          .filter {
            ($0.lowercased().hasSuffix(".json") || readers.reader(for: $0) != nil)
              && !$0.hasPrefix(".")
          }
          .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        if names.isEmpty {
          problems.append(
            Diagnostic(
              .error, file: path,
              message: readers.isEmpty
                ? "this folder holds no .json plan files; give a plan file or another folder"
                : "this folder holds no plan files (.json, "
                  + readers.flatMap(\.fileExtensions).sorted().map { "." + $0 }.joined(
                    separator: ", ") + "); give a plan file or another folder"))
        }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        files.append(contentsOf: names.map { prefix + $0 })
      } catch {
        problems.append(
          Diagnostic(
            .error, file: path, message: "cannot list this folder (\(error.localizedDescription))"))
      }
    }
    return (files, problems)
  }
}

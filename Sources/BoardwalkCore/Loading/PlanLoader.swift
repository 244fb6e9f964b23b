import Dispatch
import Foundation

/// Loads plan files and folders into one ``PlanStore``.
public enum PlanLoader {
  /// What loading produced: the store of every plan that loaded, every problem found, and
  /// what happened to each file.
  public struct Result: Sendable {
    public let store: PlanStore
    public let diagnostics: [Diagnostic]
    public let files: [FileReport]

    /// Whether any file had an error (and so was not loaded).
    public var hasErrors: Bool { diagnostics.contains(where: \.isError) }
  }

  /// One file's part in a load.
  public struct FileReport: Sendable {
    public let file: String
    /// Index of the file's plan in the store, when it loaded.
    public let planIndex: Int?
    public let errorCount: Int
    public let warningCount: Int
    public let byteCount: Int
    /// The SHA-256 of the file's bytes as read, when the load was asked to fingerprint.
    public let sha256: String?
  }

  /// Loads every plan file named by `paths` (files, or folders of `*.json`). Files that one
  /// of `readers` claims (a spreadsheet tracker) are read through it.
  /// Files with errors are left out of the store; their problems are in the result. With
  /// `fingerprinting`, each file's report carries the SHA-256 of the bytes that were read.
  public static func load(
    paths: [String], readers: [any PlanSourceReader] = [], fingerprinting: Bool = false
  ) -> Result {
    let (files, listProblems) = PlanFileList.expand(paths, readers: readers)
    let outcomes = readAll(files, readers: readers, fingerprinting: fingerprinting)
    var builder = PlanStore.Builder()
    builder.reserve(plans: outcomes.count)
    var diagnostics = listProblems
    var reports: [FileReport] = []
    var firstFileForPlan: [String: String] = [:]
    for outcome in outcomes {
      var fileDiagnostics = outcome.diagnostics
      var planIndex: Int?
      if let part = outcome.parts {
        let plan = part.plan
        let key = plan.id.lowercased()
        if let earlier = firstFileForPlan[key] {
          fileDiagnostics.append(
            Diagnostic(
              .error, file: outcome.file, location: outcome.planIDLocation, pointer: "/plan/id",
              message:
                "plan id \"\(plan.id)\" is already used by \(earlier); give one of them another id (plan ids must be unique across the files loaded together)"
            ))
        } else {
          firstFileForPlan[key] = outcome.file
          planIndex = builder.add(part)
        }
      }
      diagnostics += fileDiagnostics
      reports.append(
        FileReport(
          file: outcome.file, planIndex: planIndex,
          errorCount: fileDiagnostics.filter(\.isError).count,
          warningCount: fileDiagnostics.filter { !$0.isError }.count, byteCount: outcome.byteCount,
          sha256: outcome.sha256))
    }
    return Result(store: builder.build(), diagnostics: diagnostics, files: reports)
  }

  /// Reads the files, several at once when there are several.
  private static func readAll(
    _ files: [String], readers: [any PlanSourceReader], fingerprinting: Bool
  ) -> [PlanFileReader.Outcome] {
    guard files.count > 1 else {
      return files.map {
        PlanFileReader.read(path: $0, readers: readers, fingerprinting: fingerprinting)
      }
    }
    // Each file's actions are numbered as the plan it will be if every file loads. Each
    // worker reads into a buffer of its own, kept from one file to the next.
    return ConcurrentMap.map(files.indices, withEach: ReadBuffer.init) { index, buffer in
      PlanFileReader.read(
        path: files[index], planIndex: index, readers: readers, fingerprinting: fingerprinting,
        into: buffer)
    }
  }
}

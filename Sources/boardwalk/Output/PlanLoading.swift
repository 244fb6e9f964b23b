import ArgumentParser
import BoardwalkCore
import BoardwalkSpreadsheets

/// Loading plans for a command, and telling the user what went wrong.
enum PlanLoading {
  /// Loads the plans, printing every error to standard error, and warnings too when
  /// `showWarnings` (queries leave warnings to `check`: they do not change any answer).
  static func load(_ options: PlanOptions, showWarnings: Bool = false) -> PlanLoader.Result {
    load(paths: options.resolvedPaths, showWarnings: showWarnings)
  }

  /// Loads the plans at `paths`, reporting as ``load(_:showWarnings:)`` does.
  static func load(paths: [String], showWarnings: Bool = false) -> PlanLoader.Result {
    let result = PlanLoader.load(paths: paths, readers: readers)
    for diagnostic in result.diagnostics where diagnostic.isError || showWarnings {
      StandardStreams.report(diagnostic)
    }
    for report in result.files where report.errorCount > 0 {
      let errors = report.errorCount == 1 ? "the error" : "the \(report.errorCount) errors"
      StandardStreams.error(
        "\(report.file): not loaded: fix \(errors) above (boardwalk check \(report.file))")
    }
    return result
  }

  /// What reads files other than JSON plans: spreadsheet trackers, imported in memory.
  static let readers: [any PlanSourceReader] = [TrackerReader()]

  /// Compiles a filter expression, or prints where it is wrong and exits with status 64.
  static func compile(_ text: String?, for store: PlanStore) throws -> CompiledFilter {
    do {
      return try CompiledFilter(parsing: text ?? "", store: store)
    } catch {
      report(error, in: text ?? "")
      throw ExitCode(64)
    }
  }

  /// Prints a filter error with a caret under the position.
  static func report(_ error: FilterError, in text: String) {
    StandardStreams.error("boardwalk: --filter: \(error)")
    let shown = TextSafety.sanitized(text, allowingLineBreaks: false)
    let caretColumn = DisplayWidth.of(String(shown.prefix(error.position)))
    StandardStreams.error("  \(shown)")
    StandardStreams.error("  " + String(repeating: " ", count: caretColumn) + "^")
  }
}

import ArgumentParser
import BoardwalkCore
import BoardwalkMeeting
import BoardwalkSpreadsheets
import Foundation

/// `boardwalk import`: a spreadsheet tracker made into a plan file.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Make a plan file from an Excel (.xlsx) or CSV tracker.",
    discussion: """
      Prints the plan (boardwalk-plan/1 JSON) to standard output, or writes it to -o FILE, and \
      a report to standard error: each sheet used or skipped, each column and the field it \
      became, the status words and their levels, and every cell it could not read, named as \
      FILE:SHEET!C12 with how to fix it. Nothing is written when the import fails (exit \
      status 1). A mapping file records the choices (docs/spreadsheets.md); without --mapping, \
      NAME.mapping.json or boardwalk-mapping.json beside the tracker is used when there is one.
      """
  )

  @Argument(help: "The tracker: .xlsx, .xlsm or .csv.")
  var file: String

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp("Write the plan here instead of standard output.", valueName: "PLAN.json"))
  var output: String?

  @Option(
    name: .customLong("sheet"),
    help: ArgumentHelp("Read only this sheet (repeat for several).", valueName: "NAME"))
  var sheets: [String] = []

  @Option(help: ArgumentHelp("A mapping file of earlier choices.", valueName: "MAPPING"))
  var mapping: String?

  @Option(
    name: .customLong("status"),
    help: ArgumentHelp(
      "What a status word means: red, amber, green, blue or grey, +done when finished (repeat).",
      valueName: "WORD=LEVEL"))
  var statuses: [String] = []

  @Option(help: ArgumentHelp("The plan's id (default: from the file name).", valueName: "ID"))
  var id: String?

  @Option(help: ArgumentHelp("The plan's title.", valueName: "TEXT"))
  var title: String?

  @Option(
    help: ArgumentHelp(
      "Save the choices made (the mapping) to this file, for next month's tracker.",
      valueName: "FILE"))
  var writeMapping: String?

  @Flag(help: "Replace the -o file when it exists.")
  var force = false

  func validate() throws {
    for status in statuses {
      guard let equals = status.lastIndex(of: "="),
        ImportMapping.meaning(
          level: String(status[status.index(after: equals)...]),
          words: String(status[..<equals])) != nil,
        !status[..<equals].isEmpty
      else {
        throw ValidationError(
          "--status \(status): write WORD=LEVEL, with LEVEL red, amber, green, blue or grey (add +done when the word means finished), e.g. --status \"Paused=grey\""
        )
      }
    }
  }

  func run() throws {
    // Neither output ever replaces what is read: the tracker or the mapping.
    let inputs =
      [(file, "the tracker being imported")] + (mapping.map { [($0, "the mapping")] } ?? [])
    do throws(FileWriteError) {
      if let output { try FileIdentity.refuseOverwriting(output, option: "-o", inputs: inputs) }
      if let writeMapping {
        try FileIdentity.refuseOverwriting(
          writeMapping, option: "--write-mapping", inputs: inputs)
      }
    } catch {
      StandardStreams.error("boardwalk: import: \(error.message)")
      throw ExitCode(1)
    }
    if let output {
      if FileManager.default.fileExists(atPath: output), !force {
        StandardStreams.error(
          "boardwalk: import: \(output) exists; add --force to replace it, or give another -o")
        throw ExitCode(1)
      }
    }
    var options = ImportOptions()
    if let mapping {
      do {
        options.mapping = try TrackerFile.readMapping(mapping)
        options.mappingFile = mapping
      } catch {
        StandardStreams.error("boardwalk: import: \(error.message)")
        throw ExitCode(1)
      }
    }
    options.sheets = sheets
    options.planID = id
    options.title = title
    for status in statuses {
      guard let equals = status.lastIndex(of: "=") else { continue }
      let words = String(status[..<equals])
      if let meaning = ImportMapping.meaning(
        level: String(status[status.index(after: equals)...]), words: words)
      {
        options.statuses.append((words, meaning))
      }
    }
    let result = TrackerFile.importTracker(at: file, options: options)
    var failed = result.report.hasErrors
    var checkProblems: [Diagnostic] = []
    var bytes: [UInt8] = []
    if let document = result.document {
      bytes = Array(document.json.utf8)
      // The plan must pass check: decoded and validated as any plan file is; what check
      // would say is said here, named by the action's place in the tracker.
      let outcome = bytes.withUnsafeBufferPointer { PlanFileReader.decode($0, file: file) }
      let places = PlanSourceReading(
        bytes: nil, diagnostics: [], actionPlaces: document.actions.map(\.place))
      checkProblems = outcome.diagnostics.map {
        Diagnostic(
          $0.severity, file: places.file(file, at: $0.pointer), pointer: $0.pointer,
          message: $0.message)
      }
      if outcome.plan == nil { failed = true }
    }
    for line in result.report.lines { StandardStreams.error(line) }
    for diagnostic in result.report.diagnostics + checkProblems {
      StandardStreams.report(diagnostic)
    }
    if failed {
      StandardStreams.error("boardwalk: import of \(file) failed; nothing was written")
      throw ExitCode(1)
    }
    if let writeMapping {
      do {
        try AtomicFile.write(Array(result.mapping.json.utf8), to: writeMapping)
        StandardStreams.error("boardwalk: the mapping is saved in \(writeMapping)")
      } catch {
        StandardStreams.error("boardwalk: import: \(error.message)")
        throw ExitCode(1)
      }
    }
    if let output {
      do {
        try AtomicFile.write(bytes, to: output)
      } catch {
        StandardStreams.error("boardwalk: import: \(error.message)")
        throw ExitCode(1)
      }
      StandardStreams.error(
        "boardwalk: the plan is written to \(output) (boardwalk check \(output))")
    } else {
      StandardStreams.output(String(decoding: bytes, as: UTF8.self))
    }
  }

}

import Foundation

/// The independent readers documents are checked with: headless Chromium, LibreOffice,
/// poppler (pdftotext, pdftoppm, pdfinfo), python-docx, cmark-gfm (Markdown) and Python's
/// icalendar (iCalendar files). Without one, the tests that need it are skipped, unless its
/// requirement variable is 1 (as CI sets), when its absence fails them.
public enum DocumentTool: String, CaseIterable, Sendable {
  case chromium
  case libreOffice
  case poppler
  case pythonDocx
  case cmark
  case pythonICalendar

  /// The variable that makes the tool required: `BOARDWALK_REQUIRE_CHROMIUM=1`.
  public var requirementVariable: String {
    switch self {
    case .chromium: "BOARDWALK_REQUIRE_CHROMIUM"
    case .libreOffice: "BOARDWALK_REQUIRE_LIBREOFFICE"
    case .poppler: "BOARDWALK_REQUIRE_POPPLER"
    case .pythonDocx: "BOARDWALK_REQUIRE_PYTHON_DOCX"
    case .cmark: "BOARDWALK_REQUIRE_CMARK"
    case .pythonICalendar: "BOARDWALK_REQUIRE_ICALENDAR"
    }
  }

  public var isRequired: Bool {
    ProcessInfo.processInfo.environment[requirementVariable] == "1"
  }

  /// The programs that may run the tool, in the order they are tried.
  var programs: [String] {
    switch self {
    case .chromium: ["chromium", "chromium-browser", "google-chrome"]
    case .libreOffice: ["soffice", "libreoffice"]
    case .poppler: ["pdftotext"]
    case .pythonDocx, .pythonICalendar: ["python3"]
    case .cmark: ["cmark-gfm"]
    }
  }

  /// The Python module the tool is, for those that are one.
  var pythonModule: String? {
    switch self {
    case .pythonDocx: "docx"
    case .pythonICalendar: "icalendar"
    default: nil
    }
  }

  /// The tool's program on PATH, if it is there (for a Python module: python3, when it can
  /// import the module).
  public var executable: String? {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    for program in programs {
      for folder in folders {
        let candidate = "\(folder)/\(program)"
        guard FileManager.default.isExecutableFile(atPath: candidate) else { continue }
        if let pythonModule {
          let probe = try? ToolRunner.run(candidate, ["-c", "import \(pythonModule)"], timeout: 60)
          return probe?.status == 0 ? candidate : nil
        }
        return candidate
      }
    }
    return nil
  }

  /// Whether its tests run: the tool is there, or it is required (and its absence fails them).
  public var shouldRun: Bool { isRequired || executable != nil }

  /// How to get the tool.
  public var installHint: String {
    switch self {
    case .chromium: "apt-get install chromium"
    case .libreOffice: "apt-get install libreoffice-writer-nogui"
    case .poppler: "apt-get install poppler-utils"
    case .pythonDocx: "pip install python-docx"
    case .cmark: "apt-get install cmark-gfm"
    case .pythonICalendar: "pip install icalendar"
    }
  }

  /// Why its tests were skipped.
  public var skipReason: String {
    "\(rawValue) is not installed (\(installHint); \(requirementVariable)=1 makes that a failure)"
  }

  /// The program, or a failure that says how to install it.
  public func require() throws -> String {
    guard let executable else {
      throw TestProblem(
        "\(rawValue) is needed to check documents and is not installed: \(installHint)")
    }
    return executable
  }
}

extension DocumentTool {
  /// What a reader written in Python (this tool's module) prints as JSON about `file`:
  /// `script` run by python3 with the file's path as its argument, its output decoded.
  func readJSON<Reading: Decodable>(_ script: String, of file: String) throws -> Reading {
    let python = try require()
    let result = try ToolRunner.run(python, ["-c", script, file])
    guard result.status == 0 else {
      throw TestProblem("\(rawValue) could not read \(file): \(result)")
    }
    do {
      return try JSONDecoder().decode(Reading.self, from: Data(result.output.utf8))
    } catch {
      throw TestProblem(
        "\(rawValue)'s reading of \(file) was not understood (\(error)): \(result.output)")
    }
  }
}

/// What a program printed, and how it ended.
public struct ToolOutput: Sendable, CustomStringConvertible {
  public let status: Int32
  public let output: String
  public let errors: String

  public var description: String { "status \(status)\nstdout:\n\(output)\nstderr:\n\(errors)" }
}

/// Runs a program to the end (or until `timeout` seconds, when it is killed), its output
/// collected through files so that neither stream can fill and stall it.
public enum ToolRunner {
  public static func run(
    _ executable: String, _ arguments: [String], in folder: String? = nil,
    environment: [String: String] = [:], timeout: TimeInterval = 240
  ) throws -> ToolOutput {
    let scratch = try ScratchFolder("tool-output")
    defer { scratch.remove() }
    let outPath = try scratch.write("stdout", bytes: [])
    let errPath = try scratch.write("stderr", bytes: [])
    guard let out = FileHandle(forWritingAtPath: outPath),
      let err = FileHandle(forWritingAtPath: errPath)
    else { throw TestProblem("cannot open the output files for \(executable)") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning {
      if Date() > deadline {
        process.terminate()
        process.waitUntilExit()
        throw TestProblem(
          "\(executable) \(arguments.joined(separator: " ")) ran for over \(Int(timeout)) s")
      }
      usleep(20_000)
    }
    try out.close()
    try err.close()
    return ToolOutput(
      status: process.terminationStatus,
      output: String(decoding: try scratch.bytes("stdout"), as: UTF8.self),
      errors: String(decoding: try scratch.bytes("stderr"), as: UTF8.self))
  }
}

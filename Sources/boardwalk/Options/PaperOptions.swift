import ArgumentParser
import BoardwalkCore
import BoardwalkDocuments
import BoardwalkMeeting
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a board paper (minutes, a pack) is written: its format, public or full, and where to.
/// The same rules for every paper: a Word document needs `-o`, nothing binary goes to a
/// terminal, `-o` never replaces what the paper was made from, and a full paper (exempt
/// information) is readable by its owner only.
struct PaperOptions: ParsableArguments {
  @Option(
    name: .shortAndLong,
    help: ArgumentHelp("Write to this file instead of standard output.", valueName: "FILE"))
  var output: String?

  @Flag(
    help:
      "Public (the default): confidential items withheld; or full, including them (not for publication)."
  )
  var visibility: MinutesWriter.Visibility = .public

  @Option(help: "Output format: markdown (the default), html or docx (needs -o).")
  var format: DocumentFormat = .markdown

  func validate() throws {
    if format == .docx, output == nil {
      throw ValidationError("--format docx writes a Word document, not text: give -o FILE.docx")
    }
    if !format.isText, let output, Self.isTerminal(output) {
      throw ValidationError(
        "-o \(output) is a terminal, and --format \(format.rawValue) is not text for a terminal: give -o FILE.\(format.fileExtension)"
      )
    }
  }

  /// Writes `document` (named `paper` in messages: "minutes", "board pack") to `-o` or to
  /// standard output, never over one of `inputs` (path and what it is).
  func write(_ document: Document, paper: String, inputs: [(String, String)]) throws {
    let bytes: [UInt8]
    do throws(DocumentError) {
      bytes = try format.bytes(of: document)
    } catch {
      StandardStreams.error(
        "boardwalk: the \(paper) could not be written as \(format.rawValue): \(error.message)")
      throw ExitCode(1)
    }
    guard let output else {
      StandardStreams.output(bytes)
      return
    }
    do throws(FileWriteError) {
      try FileIdentity.refuseOverwriting(output, option: "-o", inputs: inputs)
      try AtomicFile.write(bytes, to: output, access: visibility == .full ? .ownerOnly : .shared)
    } catch {
      StandardStreams.error("boardwalk: \(error.message)")
      throw ExitCode(1)
    }
    StandardStreams.error("boardwalk: \(visibility.rawValue) \(paper) written to \(output)")
  }

  /// Whether `path` is a terminal. Only a character device is opened to ask (never a pipe,
  /// whose reader would see the end of its input), and never as the controlling terminal.
  static func isTerminal(_ path: String) -> Bool {
    var status = stat()
    guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFCHR else { return false }
    let descriptor = open(path, O_WRONLY | O_NOCTTY | O_NONBLOCK)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    return isatty(descriptor) != 0
  }
}

extension MinutesWriter.Visibility: EnumerableFlag {}

extension DocumentFormat: ExpressibleByArgument {}

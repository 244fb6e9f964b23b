import BoardwalkTestSupport
import Foundation
import Testing
import ZIPFoundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `boardwalk minutes --format markdown|html|docx`: one document, three writers; the files
/// follow the same rules as Markdown minutes.
@Suite("boardwalk minutes --format")
struct MinutesFormatTests {
  static let masks: [mode_t] = [0o000, 0o022, 0o077]

  static func mode(_ path: String) -> mode_t? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return status.st_mode & 0o777
  }

  /// The text of every part of a Word package.
  static func packageText(_ path: String) throws -> String {
    let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    var text = ""
    for entry in archive {
      var data = Data()
      _ = try archive.extract(entry) { data.append($0) }
      text += String(decoding: data, as: UTF8.self)
    }
    return text
  }

  @Test("markdown is the default, and --format markdown writes the same bytes")
  func markdownDefault() throws {
    let folder = try ScratchFolder("cli-format")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    let plain = try meeting.run(["minutes"])
    let markdown = try meeting.run(["minutes", "--format", "markdown"])
    #expect(plain.status == 0 && markdown.status == 0, "\(plain)\(markdown)")
    #expect(plain.output == markdown.output)
    #expect(plain.output.hasPrefix("# "))
  }

  @Test("--format html writes one page to standard output, the same as to -o")
  func htmlToOutput() throws {
    let folder = try ScratchFolder("cli-format")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    let result = try meeting.run(["minutes", "--format", "html"])
    #expect(result.status == 0, "\(result)")
    #expect(result.output.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
    #expect(result.output.hasSuffix("</html>\n"))
    #expect(result.output.contains("Public note on waiting times"))
    let file = folder.file("minutes.html")
    let written = try meeting.run(["minutes", "--format", "html", "-o", file])
    #expect(written.errorLines == ["boardwalk: public minutes written to \(file)"])
    #expect(try String(contentsOfFile: file, encoding: .utf8) == result.output)
  }

  @Test("--format docx without -o is refused: a Word file is not text")
  func docxNeedsAFile() throws {
    let folder = try ScratchFolder("cli-format")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    let before = try folder.contents()
    let result = try meeting.run(["minutes", "--format", "docx"])
    #expect(result.status == 64, "\(result)")
    #expect(
      result.errorLines.first
        == "boardwalk: --format docx writes a Word document, not text: give -o FILE.docx")
    #expect(result.output.isEmpty)
    #expect(try folder.contents() == before)
  }

  @Test("--format docx -o a terminal is refused, and nothing is written to it")
  func docxNotToATerminal() throws {
    let folder = try ScratchFolder("cli-format")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    let (terminal, main) = try Self.pseudoTerminal()
    defer { close(main) }
    let result = try meeting.run(["minutes", "--format", "docx", "-o", terminal])
    #expect(result.status == 64, "\(result)")
    #expect(
      result.errorOutput.contains(
        "-o \(terminal) is a terminal, and --format docx is not text for a terminal"))
    var buffer = [UInt8](repeating: 0, count: 64)
    let flags = fcntl(main, F_GETFL)
    _ = fcntl(main, F_SETFL, flags | O_NONBLOCK)
    #expect(read(main, &buffer, buffer.count) <= 0)
  }

  /// A pseudo-terminal of the test's own: the path of its terminal end, and the descriptor
  /// of the end that reads what is written to it.
  static func pseudoTerminal() throws -> (path: String, main: Int32) {
    #if os(Linux)
      let main = open("/dev/ptmx", O_RDWR | O_NOCTTY)
      guard main >= 0 else { throw TestProblem("cannot open /dev/ptmx") }
      var unlock: Int32 = 0
      var number: UInt32 = 0
      // TIOCSPTLCK and TIOCGPTN: unlock the terminal end, and read its number.
      guard ioctl(main, 0x4004_5431, &unlock) == 0, ioctl(main, 0x8004_5430, &number) == 0 else {
        close(main)
        throw TestProblem("cannot unlock the pseudo-terminal")
      }
      return ("/dev/pts/\(number)", main)
    #else
      let main = posix_openpt(O_RDWR | O_NOCTTY)
      guard main >= 0, grantpt(main) == 0, unlockpt(main) == 0, let name = ptsname(main) else {
        throw TestProblem("cannot open a pseudo-terminal")
      }
      return (String(cString: name), main)
    #endif
  }

  @Test("--format docx -o a named pipe writes the same package into it, whole")
  func docxIntoAPipe() throws {
    let folder = try ScratchFolder("cli-format")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    let file = folder.file("minutes.docx")
    #expect(try meeting.run(["minutes", "--format", "docx", "-o", file]).status == 0)
    let pipe = try PipeReader(at: folder.file("minutes.pipe"))
    let result = try meeting.run(["minutes", "--format", "docx", "-o", pipe.path])
    let received = pipe.bytes()
    #expect(result.status == 0, "\(result)")
    #expect(received == (try folder.bytes("minutes.docx")))
    #expect(pipe.isStillAPipe)
  }

  @Test("--format docx -o writes a Word package: its parts there, its text the minutes'")
  func docxWritten() throws {
    let folder = try ScratchFolder("cli-format")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    let file = folder.file("minutes.docx")
    let result = try meeting.run(["minutes", "--format", "docx", "-o", file])
    #expect(result.status == 0, "\(result)")
    #expect(result.errorLines == ["boardwalk: public minutes written to \(file)"])
    #expect(result.output.isEmpty)
    let text = try Self.packageText(file)
    #expect(text.contains("<w:pStyle w:val=\"Title\"/>"))
    #expect(text.contains("Public note on waiting times"))
    #expect(text.contains("<w:tblHeader/>"))
  }

  @Test(
    "public HTML and Word minutes hold none of the confidential text; full ones hold it",
    arguments: ["html", "docx"])
  func confidential(_ format: String) throws {
    let folder = try ScratchFolder("cli-format")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    for visibility in ["--public", "--full"] {
      let file = folder.file("minutes\(visibility).\(format)")
      let result = try meeting.run(["minutes", visibility, "--format", format, "-o", file])
      #expect(result.status == 0, "\(result)")
      #expect(!result.errorOutput.contains(FaultMeeting.marker))
      let text =
        format == "docx"
        ? try Self.packageText(file) : try String(contentsOfFile: file, encoding: .utf8)
      #expect(text.contains(FaultMeeting.marker) == (visibility == "--full"), "\(visibility)")
      #expect(text.contains("Not for publication") == (visibility == "--full"), "\(visibility)")
    }
  }

  @Test(
    "HTML and Word minutes: rw-rw-r-- less the umask when public, rw------- when full",
    arguments: ["html", "docx"], masks)
  func modes(_ format: String, _ mask: mode_t) throws {
    let folder = try ScratchFolder("cli-format")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    let umask = String(mask, radix: 8)
    let published = folder.file("minutes.\(format)")
    let full = folder.file("minutes.full.\(format)")
    let one = try meeting.run(["minutes", "--format", format, "-o", published], umask: umask)
    let two = try meeting.run(["minutes", "--full", "--format", format, "-o", full], umask: umask)
    #expect(one.status == 0 && two.status == 0, "\(one)\(two)")
    #expect(Self.mode(published) == 0o664 & ~mask)
    #expect(Self.mode(full) == 0o600)
  }

  @Test("-o the journal with --format docx: refused, every file intact")
  func neverOverTheJournal() throws {
    let folder = try ScratchFolder("cli-format")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    let before = try folder.contents()
    let result = try meeting.run(["minutes", "--format", "docx", "-o", meeting.journal])
    #expect(result.status == 1, "\(result)")
    #expect(result.errorOutput.contains("-o \(meeting.journal) is the meeting's journal"))
    #expect(try folder.contents() == before)
  }

  @Test("an unknown format is named, with the ones there are")
  func unknownFormat() throws {
    let folder = try ScratchFolder("cli-format")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    let result = try meeting.run(["minutes", "--format", "pdf"])
    #expect(result.status == 64)
    #expect(result.errorLines.first?.contains("'markdown', 'html' or 'docx'") == true, "\(result)")
  }

  @Test("the help names the formats")
  func help() throws {
    let result = try CommandRunner.run("minutes", "--help")
    #expect(result.status == 0)
    #expect(result.output.contains("--format <format>"))
    #expect(
      result.output.wordsJoined.contains(
        "Output format: markdown (the default), html or docx (needs -o)."))
  }

  @Test("python-docx reads the Word minutes the command writes", .requires(.pythonDocx))
  func readByPythonDocx() throws {
    let folder = try ScratchFolder("cli-format")
    defer { folder.remove() }
    let meeting = try FaultMeeting(in: folder)
    let file = folder.file("minutes.docx")
    let result = try meeting.run(["minutes", "--full", "--format", "docx", "-o", file])
    #expect(result.status == 0, "\(result)")
    let reading = try PythonDocx.read(file)
    #expect(
      reading.texts(inStyle: "Heading 1") == [
        "Summary of plan status", "Items discussed", "New actions", "Action log",
      ])
    #expect(reading.header == ["Not for publication"])
  }
}

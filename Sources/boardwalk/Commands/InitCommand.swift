import ArgumentParser
import BoardwalkCore
import BoardwalkMeeting
import Foundation

/// `boardwalk init`: a board file to start from, explained line by line, and the folder its
/// meetings are kept in.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Write a starter board file (board.jsonc) and a meetings folder.",
    discussion: """
      The board file names the board, its members and quorum, the minute reference prefix, \
      where meetings are kept, the standing agenda items and the meeting dates \
      (docs/board.md). Edit it: every field is explained in a comment. With a board file \
      beside the plans, `meet` keeps each meeting in the meetings folder and `pack` finds the \
      last meeting and the next one by itself. An existing board file is never replaced \
      unless --force is given.
      """)

  @Argument(help: "The board's folder (default: the current folder).")
  var folder: String = "."

  @Flag(help: "Replace a board file already there.")
  var force = false

  func run() throws {
    let path = (folder == "." ? "" : folder + "/") + Board.fileName
    if FileManager.default.fileExists(atPath: path), !force {
      StandardStreams.error(
        "boardwalk: \(path) already exists and was left as it was (--force replaces it)")
      throw ExitCode(1)
    }
    do {
      try FileManager.default.createDirectory(
        atPath: folder, withIntermediateDirectories: true)
      try FileManager.default.createDirectory(
        atPath: (folder == "." ? "" : folder + "/") + "meetings",
        withIntermediateDirectories: true)
    } catch {
      StandardStreams.error("boardwalk: cannot make \(folder): \(error.localizedDescription)")
      throw ExitCode(1)
    }
    do throws(FileWriteError) {
      try AtomicFile.write(Array(Board.starter.utf8), to: path)
    } catch {
      StandardStreams.error("boardwalk: \(error.message)")
      throw ExitCode(1)
    }
    StandardStreams.error("boardwalk: wrote \(path); edit it (every field is explained in it)")
  }
}

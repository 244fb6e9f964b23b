import ArgumentParser
import BoardwalkMeeting

/// The board file for the plans a command was given, read, or a message and exit status 1
/// when it is there but wrong: a meeting is never kept in the wrong place because of a typo.
enum BoardLookup {
  static func board(near paths: [String]) throws -> Board? {
    guard let path = Board.find(near: paths) else { return nil }
    do throws(BoardFileError) {
      return try Board.read(path)
    } catch {
      StandardStreams.error("boardwalk: \(error.message)")
      throw ExitCode(1)
    }
  }
}

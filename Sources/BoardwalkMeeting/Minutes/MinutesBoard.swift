import BoardwalkCore
import Foundation

/// The board a meeting belongs to, for its minutes: the board file, and the board's meetings
/// kept beside the meeting's journal (which number the minutes, carry the action log and
/// approve earlier minutes). With one, ``MinutesWriter`` writes the minutes as a board's
/// minutes read (docs/board.md).
public struct MinutesBoard: Sendable {
  /// The board file: members, quorum, minute prefix, standing items, `notedWording`.
  public let board: Board
  /// The meetings in the journal's own folder (this one among them once it is kept there).
  public let history: BoardHistory
  /// How many meetings the status summary counts each area's ratings over, this one the
  /// last of them.
  public let meetingsCounted: Int

  /// The board `board` with the meetings of `history`; the status summary counts over the
  /// last `meetingsCounted` of them.
  public init(board: Board, history: BoardHistory, meetingsCounted: Int = 4) {
    self.board = board
    self.history = history
    self.meetingsCounted = meetingsCounted
  }

  /// The board of the meeting kept in `journal`: the board file in the journal's folder or
  /// the folder above it (where `meetings/` sits), else beside the plans (`plans`, as files
  /// or folders); `nil` when there is none. The history is the journals in the journal's own
  /// folder; one that cannot be read is given to `warn` and left out.
  /// - Throws: ``BoardFileError`` when a board file is there but wrong.
  public static func find(
    journal: String, plans: [String], warn: (String) -> Void = { _ in }
  ) throws(BoardFileError) -> MinutesBoard? {
    let folder = WriteTarget.folder(of: journal)
    let absolute =
      folder.hasPrefix("/")
      ? folder : FileManager.default.currentDirectoryPath + "/" + folder
    let journalFolder = (absolute as NSString).standardizingPath
    var file = Board.find(near: [journalFolder], in: journalFolder)
    if file == nil, !plans.isEmpty {
      // `in:` is a folder looked at already: never the current folder by chance.
      file = Board.find(near: plans, in: journalFolder)
    }
    guard let file else { return nil }
    let board = try Board.read(file)
    return MinutesBoard(board: board, history: BoardHistory.read(folder: folder, warn: warn))
  }
}

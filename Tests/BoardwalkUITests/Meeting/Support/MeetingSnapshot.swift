import BoardwalkUI
import Foundation
import SnapshotTesting
import Testing

/// Compares a meeting screen's text with its recorded snapshot in the target's
/// `__Snapshots__/SUITEFILE/` (beside the main screen's), recording it the first time (that
/// run fails, so a new snapshot is always read before it is trusted).
func assertMeetingScreen(
  _ screen: MeetingScreen, named name: String, fileID: StaticString = #fileID,
  file filePath: StaticString = #filePath, testName: String = #function, line: UInt = #line,
  column: UInt = #column
) {
  let file = URL(fileURLWithPath: "\(filePath)")
  let folder = file.deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("__Snapshots__")
    .appendingPathComponent(file.deletingPathExtension().lastPathComponent)
  let failure = verifySnapshot(
    of: screen.grid.text, as: .lines, named: name, record: .missing,
    snapshotDirectory: folder.path, fileID: fileID, file: filePath, testName: testName,
    line: line, column: column)
  if let failure {
    Issue.record(
      Comment(rawValue: failure),
      sourceLocation: SourceLocation(
        fileID: "\(fileID)", filePath: "\(filePath)", line: Int(line), column: Int(column)))
  }
}

import BoardwalkUI
import SnapshotTesting

/// Compares a screen's text with its recorded snapshot in `__Snapshots__`, recording it the
/// first time (that run fails, so a new snapshot is always read before it is trusted).
func assertScreen(
  _ screen: Screen, named name: String, fileID: StaticString = #fileID,
  file filePath: StaticString = #filePath, testName: String = #function, line: UInt = #line,
  column: UInt = #column
) {
  withSnapshotTesting(record: .missing) {
    assertSnapshot(
      of: screen.grid.text, as: .lines, named: name, fileID: fileID, file: filePath,
      testName: testName, line: line, column: column)
  }
}

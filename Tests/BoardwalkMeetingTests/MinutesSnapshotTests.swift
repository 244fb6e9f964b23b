import BoardwalkMeeting
import SnapshotTesting
import Testing

/// The fixture meeting's minutes, compared with `__Snapshots__/MinutesSnapshotTests`. A
/// missing snapshot is recorded and that run fails, so each is read before it is trusted.
@Suite("the fixture meeting's minutes, as Markdown")
struct MinutesSnapshotTests {
  @Test("the public minutes withhold the two confidential items and the confidential new action")
  func publicMinutes() throws {
    let markdown = try MeetingFixture.minutes(.public)
    withSnapshotTesting(record: .missing) {
      assertSnapshot(of: markdown, as: .lines, named: "public")
    }
  }

  @Test("the full minutes hold everything and say they are not for publication")
  func fullMinutes() throws {
    let markdown = try MeetingFixture.minutes(.full)
    withSnapshotTesting(record: .missing) {
      assertSnapshot(of: markdown, as: .lines, named: "full")
    }
  }
}

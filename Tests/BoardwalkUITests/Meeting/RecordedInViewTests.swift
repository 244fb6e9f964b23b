import BoardwalkUI
import Testing

@Suite("What the minute-taker records comes into view")
struct RecordedInViewTests {
  @Test(
    "a note, a decision and a status change saved on a long item are all on screen",
    arguments: [(80, 24), (100, 30), (40, 12)])
  func recordedEntriesShow(width: Int, height: Int) throws {
    var screen = try MeetingScreen(width: width, height: height)
    for (keys, text) in [("n", "Backlog first"), ("d", "Report monthly")] {
      screen.type(keys + text)
      screen.press(.enter)
      screen.save()
      #expect(!screen.grid.rows(containing: text).isEmpty, "\(text) is off screen")
    }
    screen.type("s")
    screen.press(.down, .enter)
    screen.type("Credible plan")
    screen.press(.enter)
    screen.save()
    #expect(!screen.grid.rows(containing: "Credible plan").isEmpty)
  }

  @Test("a long note's later lines are indented under its bullet, not under the bullet mark")
  func notesHangUnderTheirBullet() throws {
    var screen = try MeetingScreen(width: 80, height: 24)
    let words = (1...30).map { "word\($0)" }
    screen.type("n" + words.joined(separator: " "))
    screen.press(.enter)
    screen.save()
    let first = try #require(screen.grid.rows(containing: "• Note: word1 ").first)
    let next = screen.grid.row(first + 1)
    #expect(next.hasPrefix("│  word"), "\(next)")
  }

  @Test("moving to another item opens it at its top, not at what was recorded")
  func movingOpensAtTop() throws {
    var screen = try MeetingScreen(width: 80, height: 24)
    screen.type("nBacklog first")
    screen.press(.enter)
    screen.save()
    screen.press(.right)
    screen.save()
    screen.press(.left)
    screen.save()
    #expect(screen.meeting?.itemScroll == 0)
  }

  @Test("on a screen tall enough for the whole item, recording does not scroll it")
  func noScrollWhenAllFits() throws {
    var screen = try MeetingScreen(width: 200, height: 50)
    screen.type("nBacklog first")
    screen.press(.enter)
    screen.save()
    #expect(screen.meeting?.itemScroll == 0)
  }
}

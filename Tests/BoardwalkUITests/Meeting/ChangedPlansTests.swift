import BoardwalkUI
import Testing

@Suite(
  "Plans changed on disk: the header warns, naming each file once, and the status line says so")
struct ChangedPlansTests {
  static let riverside = "plans/riverside.json"
  static let lakeside = "plans/lakeside.json"

  @Test("the header's second line becomes a warning naming the file")
  func warning() throws {
    var screen = try MeetingScreen(width: 200, height: 50)
    #expect(!screen.shows("changed on disk"))
    screen.send(.feedback(.plansChanged([Self.riverside])))
    #expect(
      screen.grid.row(1).hasPrefix(
        " 2 entries saved · ! plans/riverside.json changed on disk since the meeting started: the meeting keeps the plans as loaded"
      ))
    #expect(
      screen.message
        == StatusMessage(
          "plans/riverside.json changed on disk: the meeting keeps the plans as loaded; apply will refuse the changed file",
          isError: true))
  }

  @Test("a file already reported is not reported again")
  func oncePerFile() throws {
    var screen = try MeetingScreen(width: 200, height: 50)
    screen.send(.feedback(.plansChanged([Self.riverside])))
    screen.press(.right)
    #expect(screen.message == nil)
    screen.send(.feedback(.plansChanged([Self.riverside])))
    #expect(screen.message == nil)
    #expect(screen.meeting?.changedPlanFiles == [Self.riverside])
    #expect(
      screen.grid.row(1).hasPrefix(
        " 2 entries saved · ! plans/riverside.json changed on disk since"))
  }

  @Test("a second file joins the warning; the message names only the new one")
  func secondFile() throws {
    var screen = try MeetingScreen(width: 200, height: 50)
    screen.send(.feedback(.plansChanged([Self.riverside])))
    screen.send(.feedback(.plansChanged([Self.riverside, Self.lakeside])))
    #expect(
      screen.grid.row(1).hasPrefix(
        " 2 entries saved · ! plans/riverside.json, plans/lakeside.json changed on disk"
          + " since the meeting started"))
    #expect(screen.message?.text.hasPrefix("plans/lakeside.json changed on disk:") == true)
    #expect(screen.meeting?.changedPlanFiles == [Self.riverside, Self.lakeside])
  }

  @Test("the warning stays while the meeting goes on, and saving still counts")
  func staysWhileWorking() throws {
    var screen = try MeetingScreen(width: 200, height: 50)
    screen.send(.feedback(.plansChanged([Self.lakeside])))
    screen.press(.right)
    screen.type("nStill recording")
    screen.press(.enter)
    screen.save()
    #expect(
      screen.grid.row(1).hasPrefix(" 4 entries saved · ! plans/lakeside.json changed on disk since")
    )
  }

  @Test("outside a meeting the report changes nothing")
  func outsideMeeting() throws {
    var screen = try Screen()
    screen.send(.feedback(.plansChanged([Self.riverside])))
    #expect(screen.state.message == nil)
    #expect(screen.state.meeting == nil)
  }
}

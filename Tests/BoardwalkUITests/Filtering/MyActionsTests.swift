import BoardwalkCore
import BoardwalkUI
import Testing

@Suite("m toggles my actions when --owner named me, and explains itself when not")
struct MyActionsTests {
  @Test("m shows the actions of the owner named with --owner, and m again shows everyone's")
  func toggles() throws {
    var screen = try Screen(me: "Head of SEND")
    screen.type("m")
    #expect(screen.filter == "owner:\"Head of SEND\"")
    #expect(screen.rowIDs == ["1.1", "1.2", "2.2", "AP-2", "IN-1"])
    #expect(screen.state.message?.text == "Showing actions of Head of SEND")
    screen.type("m")
    #expect(screen.filter == "")
    #expect(screen.rowIDs.count == 13)
    #expect(screen.state.message?.text == "Showing everyone's actions")
  }

  @Test("m replaces another owner term and keeps the rest of the filter")
  func replacesOwner() throws {
    var screen = try Screen(
      me: "Head of SEND", filter: "owner:\"Parent Carer Forum\" status:amber")
    screen.type("m")
    #expect(screen.filter == "status:amber owner:\"Head of SEND\"")
    #expect(screen.rowIDs == ["1.2", "2.2"])
  }

  @Test("without --owner, m changes nothing and says how to use it")
  func withoutOwner() throws {
    var screen = try Screen(filter: "status:red")
    screen.type("m")
    #expect(screen.filter == "status:red")
    let message = try #require(screen.state.message)
    #expect(message.isError)
    #expect(message.text.contains("--owner"))
    #expect(screen.grid.row(23).contains("Start with --owner NAME"))
  }

  @Test("an empty owner counts as no owner")
  func emptyOwner() throws {
    var screen = try Screen(me: "")
    screen.type("m")
    #expect(screen.filter == "")
    #expect(screen.state.message?.isError == true)
  }

  @Test("my actions are mine alone: the same owner as o, the heat map and summary choose")
  func exactlyMine() throws {
    let plan = Plan(id: "p", title: "P", areas: [Area(id: "A", title: "Area")])
    var builder = PlanStore.Builder()
    builder.add(
      plan,
      actions: [
        Action(id: "1", area: 0, title: "Mine", owners: ["Head of SEND"]),
        Action(
          id: "2", area: 0, title: "Not mine", owners: ["Deputy Head of SEND Family Services"]),
        Action(id: "3", area: 0, title: "Mine too", owners: ["head of send", "ICB"]),
      ])
    let store = builder.build()
    var screen = try Screen(store: store, me: "Head of SEND")
    screen.type("m")
    #expect(screen.rowIDs == ["1", "3"])
    var picked = try Screen(store: store)
    picked.type("o")
    picked.type("head of send")
    picked.press(.enter)
    #expect(picked.filter == screen.filter)
    #expect(picked.rowIDs == ["1", "3"])
  }
}

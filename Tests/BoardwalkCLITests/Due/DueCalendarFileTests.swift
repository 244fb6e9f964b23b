import BoardwalkTestSupport
import Foundation
import Testing

/// `due --format ics` read by an independent parser, Python's icalendar: one all-day event
/// per action due or overdue, with a UID that is the same in every run.
@Suite("due --format ics, read by Python's icalendar", .requires(.pythonICalendar))
struct DueCalendarFileTests {
  static let sample = PackagePaths.sampleData

  /// Writes the calendar of `arguments` into `folder` as `name` and reads it.
  static func calendar(
    _ arguments: [String], in folder: ScratchFolder, name: String = "due.ics"
  ) throws -> CalendarReading {
    let file = folder.file(name)
    let result = try CommandRunner.run(["due"] + arguments + ["--format", "ics", "-o", file])
    #expect(result.status == 0, "\(result)")
    return try PythonICalendar.read(file)
  }

  @Test("every event is all day on its action's due date; together they are what list selects")
  func events() throws {
    let folder = try ScratchFolder("cli-due-ics")
    defer { folder.remove() }
    let calendar = try Self.calendar([Self.sample, "--today", "2026-11-22"], in: folder)
    #expect(calendar.errors == [] && calendar.version == "2.0")
    #expect(calendar.productID == "-//Boardwalk//boardwalk due//EN")
    #expect(calendar.events.count == 112)
    #expect(calendar.events.allSatisfy { $0.allDay })
    #expect(Set(calendar.events.map(\.uid)).count == 112)
    #expect(calendar.events.allSatisfy { $0.stamp.hasSuffix("+00:00") })
    // The same actions, with the same dates, as `list` selects with the filter grammar.
    var expected: Set<String> = []
    for filter in ["status:open due:overdue", "status:open due:30d"] {
      let listed = try CommandRunner.run([
        "list", Self.sample, "--today", "2026-11-22", "--filter", filter, "--format", "json",
      ])
      let rows = try #require(
        JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]])
      for row in rows {
        let plan = (row["plan"] as? String ?? "") + (row["fictional"] as? Bool == true ? "*" : "")
        expected.insert("\(plan) \(row["id"] as? String ?? "") \(row["due"] as? String ?? "")")
      }
    }
    let seen = Set(
      calendar.events.map { event in
        let id = event.summary.split(separator: ": ", maxSplits: 1).first.map(String.init) ?? ""
        return "\(event.categories.joined()) \(id) \(event.start)"
      })
    #expect(seen == expected)
  }

  @Test("an event: UID, the date and the next, summary ID: title, and the facts in the description")
  func oneEvent() throws {
    let folder = try ScratchFolder("cli-due-ics")
    defer { folder.remove() }
    let calendar = try Self.calendar([Self.sample, "--today", "2026-11-22"], in: folder)
    let backlog = try #require(
      calendar.events.first { $0.uid == "APA1.1@demo-northbrook.boardwalk" })
    #expect(backlog.start == "2026-09-30" && backlog.end == "2026-10-01")
    #expect(
      backlog.summary
        == "APA1.1: Clear the backlog of EHC needs assessments that have been open for more than 20 weeks, prioritising the 112 children who have waited longest, by adding fixed-term casework and educational psychology capacity"
    )
    #expect(backlog.categories == ["demo-northbrook*"])
    #expect(
      backlog.description == """
        Plan: demo-northbrook* – Northbrook SEND Priority Action Plan (fictional demo data)
        Action: APA1.1
        Owners: Head of SEND; Principal Educational Psychologist
        Status: Red
        Due: 30 Sep 2026 (End of September 2026)
        OVERDUE by 53 days on 22 Nov 2026
        """)
    let spaced = try #require(calendar.events.first { $0.summary.hasPrefix("PC 1-1: ") })
    #expect(spaced.uid == "PC%201-1@suffolk-send-strategy-2024.boardwalk")
    let secret = try #require(calendar.events.first { $0.summary.hasPrefix("APA1.7: ") })
    #expect(secret.confidential && secret.summary.hasPrefix("APA1.7: [C] Respond"))
  }

  @Test("two runs, on other days, give the same UID to the same action")
  func stableUIDs() throws {
    let folder = try ScratchFolder("cli-due-ics")
    defer { folder.remove() }
    let first = try Self.calendar([Self.sample, "--today", "2026-11-22"], in: folder)
    let again = try Self.calendar(
      [Self.sample, "--today", "2026-11-22"], in: folder, name: "again.ics")
    #expect(first.events.map(\.uid) == again.events.map(\.uid))
    let later = try Self.calendar(
      [Self.sample, "--today", "2026-12-01"], in: folder, name: "later.ics")
    let byUID = Dictionary(first.events.map { ($0.uid, $0.start) }, uniquingKeysWith: { $1 })
    let shared = later.events.filter { byUID[$0.uid] != nil }
    #expect(shared.count > 100)
    #expect(shared.allSatisfy { byUID[$0.uid] == $0.start })
  }

  @Test("--public: a confidential action's title and owners are withheld, its event kept")
  func publicCalendar() throws {
    let folder = try ScratchFolder("cli-due-ics")
    defer { folder.remove() }
    let calendar = try Self.calendar(
      [Self.sample, "--today", "2026-11-22", "--public"], in: folder)
    let secret = try #require(
      calendar.events.first { $0.uid == "APA1.7@demo-northbrook.boardwalk" })
    #expect(secret.summary == "APA1.7: [C] Confidential item (exempt information)")
    #expect(secret.description.contains("Owners: withheld"))
    #expect(!calendar.events.contains { ($0.summary + $0.description).contains("Larkspur") })
  }

  @Test(
    "a title of 300 characters with non-ASCII letters folds to lines of at most 75 octets and reads back whole"
  )
  func foldedTitle() throws {
    let folder = try ScratchFolder("cli-due-ics")
    defer { folder.remove() }
    let title = String(
      String(repeating: "Zoë Ibáñez agrees Łódź’s plan für Ørsted — 日本語, 🇬🇧; ", count: 8)
        .prefix(300))
    #expect(title.count == 300)
    let plan = try DuePlan.write([.init(id: "X1", title: title)], into: folder)
    let calendar = try Self.calendar([plan, "--today", "2026-11-22"], in: folder)
    #expect(calendar.events.map(\.summary) == ["X1: " + title])
    let bytes = try folder.bytes("due.ics")
    let lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
    #expect(lines.allSatisfy { $0.utf8.count <= 75 }, "\(lines.map(\.utf8.count))")
    #expect(!lines.joined().contains("\n") && !lines.joined().contains("\r"))
    #expect(lines.filter { $0.hasPrefix(" ") }.count >= 5)
  }

  @Test("every kind of hostile text reads back as it was written, line breaks and all")
  func hostileText() throws {
    let folder = try ScratchFolder("cli-due-ics")
    defer { folder.remove() }
    let title = HostileText.raw("Title")
    let plan = try DuePlan.write(
      [.init(id: "X;1,\\", title: title, owners: ["Lead; deputy, \\ and co"])], into: folder)
    let calendar = try Self.calendar([plan, "--today", "2026-11-22"], in: folder)
    let event = try #require(calendar.events.first)
    // Line breaks stay line breaks (CR LF and a lone CR as one LF); control characters
    // are shown as their pictures.
    let expected = title.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
      .replacing("\u{1B}", with: "␛").replacing("\u{07}", with: "␇").replacing("\u{7F}", with: "␡")
    #expect(event.summary == "X;1,\\: " + expected)
    #expect(event.uid == "X%3B1%2C%5C@words.boardwalk")
    #expect(event.description.contains("Owners: Lead; deputy, \\ and co"))
  }
}

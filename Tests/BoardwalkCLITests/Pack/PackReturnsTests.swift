import BoardwalkTestSupport
import Foundation
import Testing

/// Issue 15: the pack takes the leads' returns for the cycle: what they propose becomes the
/// decisions the board is asked to take, their progress notes join the highlights, and the
/// missing returns are listed.
@Suite("the board pack with the leads' returns")
struct PackReturnsTests {
  static func scene() throws -> ReturnsScene {
    let scene = try ReturnsScene()
    for (owner, arguments) in [
      (
        "Head of SEND",
        ["--action", "APA1.1", "--propose-status", "amber", "--reason", "Locums in post"]
      ),
      ("Head of SEND", ["--action", "APA1.2", "--note", "Rolling figure now 45%"]),
      (
        "Designated Clinical Officer",
        ["--action", "APA1.4", "--propose-due", "2027-02-28", "--reason", "ICB funding in January"]
      ),
    ] {
      let result = try scene.update(owner, arguments)
      #expect(result.status == 0, "\(result)")
    }
    return scene
  }

  @Test(
    "proposals, progress and missing returns are in the pack; a pack without returns has none of it"
  )
  func withReturns() throws {
    let scene = try Self.scene()
    defer { scene.folder.remove() }
    let pack = try CommandRunner.run(
      ["pack", ReturnsScene.plan, "--today", ReturnsScene.today], in: scene.url)
    #expect(pack.status == 0, "\(pack)")
    let text = pack.output
    #expect(text.contains("## Decisions the board is asked to take"))
    #expect(text.contains("| APA1.1 |"))
    #expect(text.contains("| Head of SEND | status Red → Amber: Locums in post |"))
    #expect(
      text.contains(
        "| Designated Clinical Officer | due 2026-03-31 → 2027-02-28: ICB funding in January |"))
    #expect(text.contains("**APA1.2** return from Head of SEND"))
    #expect(text.contains("Rolling figure now 45%"))
    #expect(text.contains("## Returns from leads for 2026-11"))
    #expect(text.contains("2 of 13 leads with open actions have returned."))
    // The exception report says what the lead proposes beside the exception.
    #expect(text.contains("| Head of SEND: status Red → Amber: Locums in post |"), "\(text)")
    #expect(text.contains("- Head of Inclusion: APA1.6, AfI1.2"))
    let elsewhere = try ScratchFolder("cli-pack-no-returns")
    defer { elsewhere.remove() }
    let plain = try CommandRunner.run(
      ["pack", ReturnsScene.plan, "--today", ReturnsScene.today],
      in: URL(fileURLWithPath: elsewhere.path))
    #expect(!plain.output.contains("Decisions the board is asked to take"))
    #expect(!plain.output.contains("Returns from leads"))
  }

  @Test("in Word, the proposals are a table python-docx reads", .requires(.pythonDocx))
  func word() throws {
    let scene = try Self.scene()
    defer { scene.folder.remove() }
    let docx = scene.folder.file("pack.docx")
    let pack = try CommandRunner.run(
      ["pack", ReturnsScene.plan, "--today", ReturnsScene.today, "--format", "docx", "-o", docx],
      in: scene.url)
    #expect(pack.status == 0, "\(pack)")
    let reading = try PythonDocx.read(docx)
    #expect(reading.texts(inStyle: "Heading 1").contains("Decisions the board is asked to take"))
    let proposals = reading.tables.first {
      $0.rows?.first?.cells.map(\.text).contains("Proposal") == true
    }
    #expect(proposals?.rows?.count == 3)
    let headings = reading.texts(inStyle: "Heading 1")
    #expect(headings.contains("Exceptions"), "\(headings)")
    #expect(headings.contains("Returns from leads for 2026-11"), "\(headings)")
    let words =
      (reading.paragraphs.compactMap(\.text)
      + reading.tables.flatMap { $0.rows ?? [] }.flatMap(\.cells).map(\.text))
      .joined(separator: "\n")
    #expect(words.contains("Head of Inclusion: APA1.6, AfI1.2"), "the missing return")
    #expect(words.contains("status Red → Amber: Locums in post"), "a proposal")
  }

  @Test(
    "in the printed web page, the exceptions, the proposals and the missing return",
    .requires(.chromium, .poppler))
  func html() throws {
    let scene = try Self.scene()
    defer { scene.folder.remove() }
    let page = scene.folder.file("pack.html")
    let pack = try CommandRunner.run(
      ["pack", ReturnsScene.plan, "--today", ReturnsScene.today, "--format", "html", "-o", page],
      in: scene.url)
    #expect(pack.status == 0, "\(pack)")
    let printed = try Chromium.printToPDF(page, folder: scene.folder)
    let text = PrintedText(try Poppler.text(of: printed.pdf))
    #expect(text.contains("Exceptions"))
    #expect(text.contains("Decisions the board is asked to take"))
    #expect(text.contains("status Red → Amber: Locums in post"))
    #expect(text.contains("due 2026-03-31 → 2027-02-28: ICB funding in January"))
    #expect(text.contains("Head of Inclusion: APA1.6, AfI1.2"))
  }
}

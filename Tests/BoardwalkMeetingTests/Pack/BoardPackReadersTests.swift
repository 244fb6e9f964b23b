import BoardwalkCore
import BoardwalkDocuments
import BoardwalkMeeting
import BoardwalkTestSupport
import Testing

/// The board pack as people receive it: a Word document read by python-docx and converted
/// by LibreOffice, and a web page printed by headless Chromium with its charts.
@Suite("the board pack in Word and in a browser", .serialized)
struct BoardPackReadersTests {
  static func document(_ visibility: MinutesWriter.Visibility = .public) throws -> Document {
    BoardPack(
      store: try MeetingFixture.store(), today: BoardPackTests.today,
      nextMeeting: BoardPackTests.next, since: .meeting(try MeetingFixture.record()),
      visibility: visibility
    ).document
  }

  @Test(
    "python-docx finds the pack's sections by their styles, its tables with header rows, shaded RAG cells",
    .requires(.pythonDocx))
  func word() throws {
    let reading = try PythonDocx.read(bytes: try DOCXWriter().write(try Self.document()))
    #expect(
      reading.texts(inStyle: "Title") == [
        "Improvement board pack"
      ])
    #expect(
      reading.texts(inStyle: "Heading 1") == [
        "Matters arising from the last meeting", "Status by area", "Exceptions",
        "Highlights since 22 Nov 2026", "Due before the next meeting",
      ])
    // Every data table has a header row that repeats; the charts, drawn as shaded tables,
    // have none.
    let dataTables = reading.tables.filter {
      ["Plan", "ID", "Area"].contains($0.rows?.first?.cells.first?.text ?? "")
    }
    #expect(dataTables.count >= 4)
    for table in dataTables {
      #expect(table.rows?.first?.header == true)
    }
    let statuses = reading.tables.flatMap { $0.rows ?? [] }.flatMap(\.cells).filter {
      $0.text == "R Red"
    }
    #expect(!statuses.isEmpty)
    #expect(statuses.allSatisfy { $0.fill == "B3261E" })
    #expect(reading.hyperlinks == 0)
  }

  @Test(
    "LibreOffice converts it to a PDF that reads as a board pack", .requires(.libreOffice, .poppler)
  )
  func libreOffice() throws {
    let folder = try ScratchFolder("pack-libreoffice")
    defer { folder.remove() }
    let docx = try folder.write(
      "pack.docx", bytes: try DOCXWriter().write(try Self.document(.full)))
    let pdf = try LibreOffice.pdf(of: docx, folder: folder)
    let text = try Poppler.text(of: pdf).wordsJoined
    for phrase in [
      "Improvement board pack", "For the meeting of: 10 Jan 2027", "Matters arising", "Exceptions",
      "Fund locum psychologists until March 2027.", "NOT FOR PUBLICATION",
    ] {
      #expect(text.contains(phrase), "\(phrase)")
    }
  }

  @Test(
    "Chromium prints the public pack with its charts and without any confidential text",
    .requires(.chromium, .poppler))
  func chromium() throws {
    let folder = try ScratchFolder("pack-chromium")
    defer { folder.remove() }
    let html = try folder.write("pack.html", text: HTMLWriter().write(try Self.document()))
    let (dom, _) = try Chromium.dom(html, folder: folder)
    #expect(dom.contains("<svg"), "no chart drawn")
    let (pdf, log) = try Chromium.printToPDF(html, folder: folder)
    #expect(!log.contains("CONSOLE"), "\(log)")
    let text = try Poppler.text(of: pdf).wordsJoined
    for phrase in ["Status by area", "Exceptions", "Due before the next meeting", "R 1"] {
      #expect(text.contains(phrase), "\(phrase)")
    }
    for secret in [
      "Review the residential placement of a named young person",
      "Director to report to the next meeting in private session.",
    ] {
      #expect(!text.contains(secret), "\(secret)")
    }
  }
}

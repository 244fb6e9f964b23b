import BoardwalkDocuments
import BoardwalkMeeting
import BoardwalkTestSupport
import Foundation
import Testing

/// The minutes as a Word document, read by python-docx and converted by LibreOffice.
@Suite("the minutes as a Word document")
struct MinutesWordTests {
  static func read(_ document: Document) throws -> WordReading {
    try PythonDocx.read(bytes: try DOCXWriter().write(document))
  }

  @Test(
    "python-docx finds the headings by their styles, and the four tables with repeated header rows",
    .requires(.pythonDocx))
  func structure() throws {
    let reading = try Self.read(try MeetingFixture.document(.full))
    #expect(reading.texts(inStyle: "Title") == ["Harbour and Moorland SEND improvement board"])
    #expect(
      reading.texts(inStyle: "Heading 1") == [
        "Summary of plan status", "Items discussed", "New actions", "Action log",
      ])
    let items = reading.texts(inStyle: "Heading 2").filter { $0.first?.isNumber == true }
    #expect(items.count == 7)
    #expect(items.first == "1. H1.1: Clear the backlog of EHC needs assessments")
    #expect(reading.tables.count == 4)
    for table in reading.tables {
      #expect(table.style == "Boardwalk Table")
      #expect(table.rows?.first?.header == true)
      #expect(table.rows?.dropFirst().allSatisfy { !$0.header } == true)
    }
    #expect(
      reading.tables.map { $0.rows?.first?.cells.first?.text } == ["Area", "Area", "Plan", "Plan"])
    #expect(
      reading.texts(inStyle: "List Bullet").contains(
        "Decision: Fund locum psychologists until March 2027."))
    #expect(reading.hyperlinks == 0)
  }

  @Test("the action log's status cells carry their letter and are shaded", .requires(.pythonDocx))
  func ragCells() throws {
    let log = try #require(try Self.read(try MeetingFixture.document(.full)).tables.last?.rows)
    let statuses = log.dropFirst().map { $0.cells.last }
    #expect(
      statuses.map { $0?.text } == [
        "A Amber", "R Red", "G Green", "A Amber", "A Some concerns (amber)",
      ])
    #expect(statuses.map { $0?.fill } == ["F2B200", "B3261E", "1E6B34", "F2B200", "F2B200"])
  }

  @Test(
    "full minutes say Not for publication at the head of every page; public minutes do not, and hold no confidential text",
    .requires(.pythonDocx))
  func marks() throws {
    let full = try Self.read(try MeetingFixture.document(.full))
    #expect(full.header == ["Not for publication"])
    #expect(full.core.category == "Full: not for publication")
    let published = try Self.read(try MeetingFixture.document(.public))
    #expect(published.header.isEmpty)
    #expect(published.core.category == "Public")
    let text =
      (published.paragraphs.compactMap(\.text)
      + published.tables.flatMap { $0.rows ?? [] }.flatMap(\.cells).map(\.text)).joined(
        separator: "\n")
    for phrase in ConfidentialText.inFixtureMeeting {
      #expect(!text.contains(phrase), "\(phrase)")
    }
  }

  @Test(
    "the hostile meeting's text round-trips as text, whole, with no link", .requires(.pythonDocx),
    arguments: [MinutesWriter.Visibility.public, .full])
  func hostile(_ visibility: MinutesWriter.Visibility) throws {
    let reading = try Self.read(try HostileMeeting.document(visibility))
    #expect(reading.hyperlinks == 0)
    let text =
      (reading.paragraphs.compactMap(\.text)
      + reading.tables.flatMap { $0.rows ?? [] }.flatMap(\.cells).map(\.text)).joined(
        separator: "\n"
      ).wordsJoined
    for label in HostileMeeting.labels {
      #expect(text.contains(HostileText.shown(label).wordsJoined), "\(label)")
    }
  }

  @Test(
    "LibreOffice converts the full minutes to PDF, which reads as the minutes",
    .requires(.libreOffice, .poppler))
  func converts() throws {
    let folder = try ScratchFolder("meeting-libreoffice")
    defer { folder.remove() }
    let docx = try folder.write(
      "minutes.docx", bytes: try DOCXWriter().write(try MeetingFixture.document(.full)))
    let pdf = try LibreOffice.pdf(of: docx, folder: folder)
    let text = try Poppler.text(of: pdf).wordsJoined
    for phrase in [
      "NOT FOR PUBLICATION", "Harbour and Moorland SEND improvement board",
      "Summary of plan status",
      "1. H1.1: Clear the backlog of EHC needs assessments", "A Some concerns (amber)",
      "Next meeting: 24 Jan 2027",
    ] + ConfidentialText.inFixtureMeeting {
      #expect(text.contains(phrase), "\(phrase)")
    }
  }
}

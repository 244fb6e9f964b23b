import BoardwalkMeeting
import BoardwalkTestSupport
import Foundation
import Testing

@Suite("a one-line file of other text is not mistaken for a journal with a torn line")
struct ForeignOneLineFileTests {
  @Test("a whole line that is not an entry is refused, and the file left as it was")
  func wholeLineIsNotTorn() throws {
    let folder = try ScratchFolder("meeting-damaged")
    defer { folder.remove() }
    let text = "Remember to book the room for the board.\n"
    let path = try folder.write("notes.txt", text: text)
    do {
      _ = try JournalFile(path: path)
      Issue.record("a one-line text file was opened as a journal")
    } catch {
      #expect(error.message.hasPrefix("\(path):1: "), "\(error.message)")
    }
    #expect(try FileBytes.read(path) == Array(text.utf8))
    #expect(!FileManager.default.fileExists(atPath: path + ".torn"))
  }
}

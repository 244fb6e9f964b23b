import Testing

@testable import BoardwalkCore

/// A compact plan file is one line. Locating each of its warnings from the start of that line
/// cost the line's length per warning: 100,000 actions without owners took half a minute.
/// These tests count the bytes looked at instead of timing anything.
@Suite("Diagnostics are located in one walk through the file, however many share a line")
struct DiagnosticLocationWorkTests {
  /// One line of `count` objects like a compact plan's actions, each with a non-ASCII title.
  static func oneLine(objects count: Int) -> (bytes: [UInt8], offsets: [Int]) {
    var bytes: [UInt8] = Array("{\"actions\": [".utf8)
    var offsets: [Int] = []
    for index in 0..<count {
      if index > 0 { bytes += Array(", ".utf8) }
      offsets.append(bytes.count)
      bytes += Array("{\"id\": \"A\(index)\", \"title\": \"Crèche places 日本\"}".utf8)
    }
    bytes += Array("]}\n".utf8)
    return (bytes, offsets)
  }

  /// The column of `offset` counted the slow, obvious way: characters since the last line feed.
  static func column(of offset: Int, in bytes: [UInt8]) -> Int {
    let lineStart = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    return String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
  }

  @Test("5,000 offsets on one line: every byte looked at no more than twice in all")
  func oneWalk() {
    let (bytes, offsets) = Self.oneLine(objects: 5000)
    bytes.withUnsafeBufferPointer { buffer in
      var walker = SourceWalker(buffer)
      let locations = walker.locations(ofOffsets: offsets)
      #expect(walker.bytesExamined <= 2 * bytes.count)
      for index in stride(from: 0, to: offsets.count, by: 499) {
        #expect(
          locations[index]
            == SourceLocation(line: 1, column: Self.column(of: offsets[index], in: bytes)))
      }
    }
  }

  @Test("offsets given out of order are answered in their order, from one walk")
  func anyOrder() {
    let (bytes, offsets) = Self.oneLine(objects: 2000)
    let shuffled = offsets.enumerated().sorted {
      ($0.offset * 7919) % 2000 < ($1.offset * 7919) % 2000
    }
    .map(\.element)
    bytes.withUnsafeBufferPointer { buffer in
      var walker = SourceWalker(buffer)
      let locations = walker.locations(ofOffsets: shuffled)
      #expect(walker.bytesExamined <= 2 * bytes.count)
      for (offset, location) in zip(shuffled, locations).prefix(50) {
        #expect(location == SourceLocation(line: 1, column: Self.column(of: offset, in: bytes)))
      }
    }
  }

  @Test("a reader's problems become diagnostics in file order from one walk")
  func readerDiagnostics() {
    let (bytes, offsets) = Self.oneLine(objects: 3000)
    let problems = offsets.reversed().map { offset in
      PlanFileDecoder.Problem(
        severity: .warning, offset: offset, pointer: "", message: "no owner")
    }
    bytes.withUnsafeBufferPointer { buffer in
      var walker = SourceWalker(buffer)
      let diagnostics = PlanFileReader.diagnostics(
        problems, bytes: buffer, file: "plan.json", walker: &walker)
      #expect(walker.bytesExamined <= 2 * bytes.count)
      #expect(diagnostics.map(\.location?.line) == Array(repeating: 1, count: offsets.count))
      #expect(
        Array(diagnostics.prefix(3).map(\.location?.column))
          == offsets.prefix(3).map { Self.column(of: $0, in: bytes) })
    }
  }

  @Test("lines and columns across line feeds, CRLF and multi-byte characters match a slow count")
  func acrossLines() {
    let text = "ab\r\ncd\n日本語 x\n\n🙂 é\nlast"
    let bytes = Array(text.utf8)
    let offsets = Array(0...bytes.count)
    bytes.withUnsafeBufferPointer { buffer in
      var walker = SourceWalker(buffer)
      let locations = walker.locations(ofOffsets: offsets)
      for (offset, location) in zip(offsets, locations) {
        let line = bytes[..<offset].filter { $0 == 0x0A }.count + 1
        #expect(location == SourceLocation(line: line, column: Self.column(of: offset, in: bytes)))
      }
    }
  }
}

import BoardwalkCore

/// The plan loader's properties, which hold for any bytes at all:
///
/// 1. `PlanFileReader.decode` returns: no bytes make it crash, trap or run out of stack.
/// 2. Every diagnostic names the file it was given and has a non-empty message; its
///    location is absent or inside the file: a line from 1 to the number of lines, and a
///    column from 1 to one past the last character of that line (columns count characters
///    as `LineIndex` does: UTF-8 sequences, so invalid bytes count one each).
/// 3. The file loads exactly when no diagnostic is an error: a file that does not load
///    always says why, and a file that loads carries no error.
/// 4. When the plan loads, everything built from it works (see
///    ``checkLoadedPlanProperties(_:plan:actions:)``).
public func checkPlanLoaderProperties(_ bytes: [UInt8]) {
  let file = "fuzz.json"
  let outcome = bytes.withUnsafeBufferPointer {
    PlanFileReader.decode($0, file: file)
  }
  let lines = LineLengths(bytes)
  for diagnostic in outcome.diagnostics {
    require(diagnostic.file == file, "a diagnostic names the file", diagnostic.description)
    require(
      !diagnostic.message.isEmpty, "a diagnostic has a message", diagnostic.description)
    if let location = diagnostic.location {
      require(
        lines.contains(location), "a diagnostic's location is inside the file",
        "\(diagnostic.description) in a file of \(lines.count) lines")
    }
  }
  let hasError = outcome.diagnostics.contains(where: \.isError)
  require(
    hasError == (outcome.plan == nil), "a plan loads exactly when it has no error",
    "loaded: \(outcome.plan != nil), diagnostics: \(outcome.diagnostics.map(\.description))")
  require(outcome.byteCount == bytes.count, "the outcome counts the file's bytes")
  if let loaded = outcome.plan {
    checkLoadedPlanProperties(bytes, plan: loaded.plan, actions: loaded.actions)
  }
}

/// The length in characters of each line of a file (characters counted as `LineIndex`
/// counts them: bytes that are not UTF-8 continuation bytes).
struct LineLengths {
  private var lengths: [Int] = [0]

  init(_ bytes: [UInt8]) {
    for byte in bytes {
      if byte == 0x0A {
        lengths.append(0)
      } else if byte & 0xC0 != 0x80 {
        lengths[lengths.count - 1] += 1
      }
    }
  }

  var count: Int { lengths.count }

  /// Whether a location is on a line of the file, at a character of it or just after its
  /// last character.
  func contains(_ location: SourceLocation) -> Bool {
    guard (1...lengths.count).contains(location.line) else { return false }
    return (1...(lengths[location.line - 1] + 1)).contains(location.column)
  }
}

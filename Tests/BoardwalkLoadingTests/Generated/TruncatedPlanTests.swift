import BoardwalkCore
import BoardwalkTestSupport
import Foundation
import Testing

/// A valid plan cut short after every one of its bytes, each cut written to a temporary
/// folder and read back: what a failed copy or an interrupted save leaves behind.
@Suite("A plan file cut short at any byte: one error saying so, at the right place")
struct TruncatedPlanTests {
  /// A plan to cut: the sample, or a file of the corpus that loads (small enough to cut at
  /// every byte, and without a byte order mark).
  struct Base: Sendable, CustomTestStringConvertible {
    let name: String
    let bytes: [UInt8]

    var testDescription: String { name }

    static func all() throws -> [Base] {
      var bases = [Base(name: "the sample", bytes: Array(TruncationSample.text.utf8))]
      for corpusCase in try BadPlanCorpus.cases() where corpusCase.loads {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: corpusCase.path)))
        if bytes.count <= 4_000, !bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
          bases.append(Base(name: corpusCase.file, bytes: bytes))
        }
      }
      return bases
    }
  }

  @Test("the bases to cut include the sample and the corpus's small plans that load")
  func basesAreThere() throws {
    let names = try Base.all().map(\.name)
    #expect(names.count >= 10, "\(names)")
    for name in [
      "the sample", "right-to-left-text.json", "control-characters-in-every-text-field.json",
    ] {
      #expect(names.contains(name))
    }
  }

  @Test(
    "every cut gives one error where the oracle says, and only warnings of the whole file",
    arguments: try Base.all())
  func everyCut(_ base: Base) throws {
    let folder = try ScratchFolder("loading")
    defer { folder.remove() }
    let whole = try folder.write("whole.json", bytes: base.bytes)
    let wholeOutcome = PlanFileReader.read(path: whole)
    #expect(wholeOutcome.plan != nil, "the base itself must load: \(wholeOutcome.diagnostics)")
    let wholeWarnings = Set(wholeOutcome.diagnostics.map(Self.key))
    var failures: [String] = []
    for length in 0...base.bytes.count {
      let path = try folder.write("cut.json", bytes: Array(base.bytes[..<length]))
      let outcome = PlanFileReader.read(path: path)
      let cut = TruncationOracle.cut(base.bytes, after: length)
      if let failure = Self.check(
        outcome, cut: cut, length: length, base: base.bytes, wholeWarnings)
      {
        failures.append(failure)
      }
    }
    #expect(
      failures.isEmpty,
      "\(failures.count) cuts wrong, first:\n\(failures.prefix(5).joined(separator: "\n"))")
  }

  /// A diagnostic without its file, to compare a cut's warnings with the whole file's.
  private static func key(_ diagnostic: Diagnostic) -> String {
    "\(diagnostic.location?.description ?? "-") \(diagnostic.severity) \(diagnostic.pointer ?? "") \(diagnostic.message)"
  }

  /// What is wrong with the outcome of one cut, or `nil`.
  private static func check(
    _ outcome: PlanFileReader.Outcome, cut: TruncationOracle.Cut, length: Int, base: [UInt8],
    _ wholeWarnings: Set<String>
  ) -> String? {
    let errors = outcome.diagnostics.filter(\.isError)
    let strayWarnings = outcome.diagnostics.filter {
      !$0.isError && !wholeWarnings.contains(key($0))
    }
    let context = "cut after \(length) bytes (\(cut)): \(outcome.diagnostics.map(\.description))"
    guard strayWarnings.isEmpty else { return "a warning the whole file lacks, \(context)" }
    guard let offset = cut.errorOffset else {
      return errors.isEmpty && outcome.plan != nil ? nil : "should load, \(context)"
    }
    guard errors.count == 1, let error = errors.first, outcome.plan == nil else {
      return "not exactly one error, \(context)"
    }
    let expected = ByteLocation.of(offset, in: Array(base[..<length]))
    guard error.location?.line == expected.line, error.location?.column == expected.column,
      error.pointer == ""
    else {
      return "error not at \(expected.line):\(expected.column), \(context)"
    }
    for phrase in cut.phrases where !error.message.contains(phrase) {
      return "message lacks \"\(phrase)\", \(context)"
    }
    return nil
  }
}

import Foundation

/// Reads and decodes one plan file: bytes, UTF-8 check, JSON, types, references.
public enum PlanFileReader {
  /// What reading one file produced.
  public struct Outcome: Sendable {
    public let file: String
    /// The plan and its actions, when the file has no errors.
    public let plan: (plan: Plan, actions: [Action])?
    public let diagnostics: [Diagnostic]
    /// The size of the file in bytes.
    public let byteCount: Int
    /// Where the plan's id is, when the plan loaded (to locate a clash with another file).
    public var planIDLocation: SourceLocation? = nil
    /// The plan's share of a store, built on the reading thread.
    var parts: PlanParts? = nil
    /// The SHA-256 of the bytes read, when asked for (a meeting compares it with the
    /// fingerprint it started from, so the file is read once for both).
    public var sha256: String? = nil
  }

  /// Reads the file at `path`, through the reader that claims it when one of `readers` does.
  /// With `fingerprinting`, the outcome carries the SHA-256 of the file's bytes (not for a
  /// file read through a reader, whose bytes are not the plan's).
  public static func read(
    path: String, planIndex: Int = 0, readers: [any PlanSourceReader] = [],
    fingerprinting: Bool = false
  ) -> Outcome {
    read(
      path: path, planIndex: planIndex, readers: readers, fingerprinting: fingerprinting,
      into: ReadBuffer())
  }

  /// ``read(path:planIndex:readers:fingerprinting:)`` into `buffer`, which a worker keeps
  /// from one file to the next.
  static func read(
    path: String, planIndex: Int, readers: [any PlanSourceReader], fingerprinting: Bool,
    into buffer: ReadBuffer
  ) -> Outcome {
    if let reader = readers.reader(for: path) {
      return read(path: path, planIndex: planIndex, through: reader)
    }
    // Read, not mapped: a file changed or cut short while it is read must not crash us.
    switch buffer.read(path) {
    case .failure(let problem):
      return Outcome(
        file: path, plan: nil,
        diagnostics: [
          Diagnostic(.error, file: path, message: "cannot read the file (\(problem.reason))")
        ],
        byteCount: 0)
    case .success(let bytes):
      var outcome = decode(bytes, file: path, planIndex: planIndex)
      if fingerprinting { outcome.sha256 = SHA256.hex(of: bytes) }
      return outcome
    }
  }

  /// Decodes a plan file's bytes; `file` names it in diagnostics.
  public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, file: String, planIndex: Int = 0)
    -> Outcome
  {
    var problems: [PlanFileDecoder.Problem] = []
    var plan: (plan: Plan, actions: [Action])?
    var parts: PlanParts?
    var planIDLocation: SourceLocation?
    var start = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      start = 3
      problems.append(
        .init(
          severity: .warning, offset: 0, pointer: "",
          message:
            "the file starts with a UTF-8 byte order mark, which is skipped; save it as UTF-8 without BOM"
        ))
    }
    if bytes.count == start {
      problems.append(
        .init(
          severity: .error, offset: 0, pointer: "",
          message:
            "the file is empty; a plan file is one JSON object (see docs/plan-format.md)"))
    } else if let bad = UTF8Check.firstInvalidOffset(in: bytes) {
      let byte = "byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) is not valid UTF-8"
      problems.append(
        .init(
          severity: .error, offset: bad, pointer: "",
          message: UTF8Check.endsInsideCharacter(bytes, at: bad)
            ? "\(byte): the file ends in the middle of a character (is the file cut short?)"
            : "\(byte); save the file as UTF-8"
        ))
    } else {
      var decoder = PlanFileDecoder(bytes: bytes, startingAt: start)
      do {
        let decoded = try decoder.decode()
        problems += decoder.problems
        // References are checked even when types were wrong, so one run reports everything.
        var resolver = PlanResolver()
        let resolved = resolver.resolve(decoded, file: file, planIndex: planIndex)
        problems += resolver.problems
        if !problems.contains(where: { $0.severity == .error }) {
          plan = resolved
          parts = resolved.map {
            PlanParts(plan: $0.plan, planIndex: planIndex, actions: $0.actions)
          }
          planIDLocation = decoded.header?.id.map { location(ofOffset: $0.offset, in: bytes) }
        }
      } catch {
        problems += decoder.problems
        problems.append(
          .init(severity: .error, offset: error.offset, pointer: "", message: error.message))
      }
    }
    return Outcome(
      file: file, plan: plan, diagnostics: diagnostics(problems, bytes: bytes, file: file),
      byteCount: bytes.count, planIDLocation: planIDLocation, parts: parts)
  }

  /// Reads a file another reader turns into a plan file: the plan file is decoded under the
  /// file's own name, so its plan values and checks are those of any plan. Its problems
  /// are named by the reader's locations; the plan file's lines and columns mean nothing to
  /// the user, so they are left out (the JSON pointer stays).
  private static func read(path: String, planIndex: Int, through reader: any PlanSourceReader)
    -> Outcome
  {
    let reading = reader.planFile(at: path)
    let byteCount =
      ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.intValue
      ?? 0
    guard let bytes = reading.bytes else {
      return Outcome(
        file: path, plan: nil, diagnostics: reading.diagnostics, byteCount: byteCount)
    }
    let decoded = bytes.withUnsafeBufferPointer {
      decode($0, file: path, planIndex: planIndex)
    }
    let unlocated = decoded.diagnostics.map {
      Diagnostic(
        $0.severity, file: reading.file($0.file, at: $0.pointer), pointer: $0.pointer,
        message: $0.message)
    }
    return Outcome(
      file: path, plan: decoded.plan, diagnostics: reading.diagnostics + unlocated,
      byteCount: byteCount, planIDLocation: nil, parts: decoded.parts)
  }

  /// The line and column of `offset`, counting only the bytes before it.
  private static func location(ofOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>)
    -> SourceLocation
  {
    var walker = SourceWalker(bytes)
    return walker.location(of: offset)
  }

  /// The problems as diagnostics in file order, located in one walk through the file (a
  /// compact file is one line: locating each problem from its line's start would cost the
  /// line's length per problem).
  static func diagnostics(
    _ problems: [PlanFileDecoder.Problem], bytes: UnsafeBufferPointer<UInt8>, file: String,
    walker: inout SourceWalker
  ) -> [Diagnostic] {
    problems.sorted { $0.offset < $1.offset }.map { problem in
      Diagnostic(
        problem.severity, file: file, location: walker.location(of: problem.offset),
        pointer: problem.pointer,
        message: problem.message)
    }
  }

  private static func diagnostics(
    _ problems: [PlanFileDecoder.Problem], bytes: UnsafeBufferPointer<UInt8>, file: String
  ) -> [Diagnostic] {
    var walker = SourceWalker(bytes)
    return diagnostics(problems, bytes: bytes, file: file, walker: &walker)
  }
}

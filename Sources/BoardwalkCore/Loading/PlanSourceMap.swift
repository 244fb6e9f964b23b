/// Where an action's object and some of its values sit in a plan file's bytes, so a tool
/// can change them in place and keep everything else (formatting, unknown fields, notes)
/// exactly as it was.
public struct ActionSpan: Hashable, Sendable {
  /// From `{` to just after `}`.
  public var object: Range<Int>
  /// The `status` value, quotes included, when present.
  public var status: Range<Int>?
  /// The `updates` array, from `[` to just after `]`, when present.
  public var updates: Range<Int>?
  /// The `confidential` value, when present.
  public var confidential: Range<Int>?
  /// The `due` value, quotes included, when present.
  public var due: Range<Int>?
  /// The `dueText` value, quotes included, when present.
  public var dueText: Range<Int>?

  public init(
    object: Range<Int>, status: Range<Int>? = nil, updates: Range<Int>? = nil,
    confidential: Range<Int>? = nil
  ) {
    self.object = object
    self.status = status
    self.updates = updates
    self.confidential = confidential
  }
}

/// The places in a valid plan file that editing it needs.
public struct PlanSourceMap: Hashable, Sendable {
  public let planID: String
  /// The `actions` array, from `[` to just after `]`.
  public let actions: Range<Int>
  /// Each action's id and span, in file order.
  public let spans: [(id: String, span: ActionSpan)]

  public static func == (lhs: PlanSourceMap, rhs: PlanSourceMap) -> Bool {
    lhs.planID == rhs.planID && lhs.actions == rhs.actions
      && lhs.spans.map(\.id) == rhs.spans.map(\.id)
      && lhs.spans.map(\.span) == rhs.spans.map(\.span)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(planID)
    hasher.combine(actions)
  }

  /// The map of a plan file's bytes, or `nil` when the file has errors.
  public static func of(_ bytes: [UInt8]) -> PlanSourceMap? {
    bytes.withUnsafeBufferPointer { buffer -> PlanSourceMap? in
      guard PlanFileReader.decode(buffer, file: "").plan != nil else { return nil }
      let start =
        buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0
      var decoder = PlanFileDecoder(bytes: buffer, startingAt: start)
      decoder.recordsSpans = true
      guard let decoded = try? decoder.decode(), let actions = decoded.actionsRange,
        let planID = decoded.header?.id?.value
      else { return nil }
      return PlanSourceMap(
        planID: planID, actions: actions,
        spans: zip(decoded.actions, decoded.spans).compactMap { action, span in
          action.id.map { ($0.value, span) }
        })
    }
  }
}

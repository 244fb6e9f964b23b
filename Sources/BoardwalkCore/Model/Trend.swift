/// Direction of travel between two ratings: better, worse or the same.
public enum Trend: String, Sendable, Hashable, CustomStringConvertible {
  case better
  case worse
  case same
  /// One side is grey or unrated: no direction can be read.
  case unknown

  /// The direction from `before` to `after`: red is worst, then amber, green, blue.
  public init(from before: RAGClass, to after: RAGClass) {
    guard let old = before.goodness, let new = after.goodness else {
      self = before == after ? .same : .unknown
      return
    }
    self = new > old ? .better : new < old ? .worse : .same
  }

  /// The arrow and the word, as screens and minutes show a direction of travel: "↑ better",
  /// "↓ worse", "→ same", or "· no direction" when grey or unrated is on one side.
  public var description: String {
    "\(arrow) \(self == .unknown ? "no direction" : rawValue)"
  }

  /// An arrow for screens and minutes: ↑ better, ↓ worse, → same, · no direction.
  public var arrow: String {
    switch self {
    case .better: "↑"
    case .worse: "↓"
    case .same: "→"
    case .unknown: "·"
    }
  }
}

extension RAGClass {
  /// Red 0, amber 1, green 2, blue 3; grey and unrated have no place on that line.
  var goodness: Int? {
    switch self {
    case .red: 0
    case .amber: 1
    case .green: 2
    case .blue: 3
    case .grey, .unrated: nil
    }
  }
}

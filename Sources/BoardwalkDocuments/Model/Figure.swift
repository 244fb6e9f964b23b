import BoardwalkCore

/// A picture made from data, with a text alternative that says everything it shows.
public struct Figure: Hashable, Sendable {
  /// What the figure shows, written under it.
  public var caption: String
  /// What is drawn.
  public var chart: Chart

  public init(caption: String, chart: Chart) {
    self.caption = caption
    self.chart = chart
  }

  /// The kinds of figure.
  public enum Chart: Hashable, Sendable {
    case ragBars(RAGBarChart)
  }

  /// Everything the figure shows, in words: for screen readers, and where it cannot be drawn.
  public var textAlternative: String {
    switch chart {
    case .ragBars(let chart): "\(caption). \(chart.textAlternative)"
    }
  }
}

/// Bars of RAG counts, one a row (an area, a plan), each split into its classes.
public struct RAGBarChart: Hashable, Sendable {
  /// One bar: what it counts (an area, a plan) and its count of each class.
  public struct Bar: Hashable, Sendable {
    /// What the bar counts, written beside it.
    public var label: String
    /// The count of each class; a class not given counts 0.
    public var counts: [RAGClass: Int]

    public init(label: String, counts: [RAGClass: Int]) {
      self.label = label
      self.counts = counts
    }

    /// The count of `rag` (never negative).
    public func count(_ rag: RAGClass) -> Int { max(0, counts[rag] ?? 0) }

    /// Every count added up (at most `Int.max`).
    public var total: Int {
      RAGClass.allCases.reduce(0) { sum, rag in
        let (added, overflow) = sum.addingReportingOverflow(count(rag))
        return overflow ? Int.max : added
      }
    }

    /// The share of `scale` this bar's `rag` count is, times `length`, rounded down: the
    /// length of its segment when `scale` is drawn `length` long.
    public func length(of rag: RAGClass, scale: Int, length: Int) -> Int {
      Int(Double(count(rag)) / Double(max(1, scale)) * Double(length))
    }

    /// The classes with a count, in triage order.
    public var segments: [(rag: RAGClass, count: Int)] {
      RAGClass.allCases.compactMap { count($0) > 0 ? ($0, count($0)) : nil }
    }

    /// "R 1 · A 2 · G 3": the counts with the classes' letters, as they are written beside
    /// the bar; "none" for an empty bar.
    public var countsText: String {
      let parts = segments.map { "\($0.rag.letter) \($0.count)" }
      return parts.isEmpty ? "none" : parts.joined(separator: " · ")
    }
  }

  /// What the labels name ("Area"), the heading of their column where the chart is a table.
  public var labelHeading: String
  /// The bars, in the order they are drawn.
  public var bars: [Bar]

  public init(labelHeading: String, bars: [Bar]) {
    self.labelHeading = labelHeading
    self.bars = bars
  }

  /// The longest bar's total, the scale every bar is drawn to (at least 1).
  public var largestTotal: Int { max(1, bars.map(\.total).max() ?? 0) }

  /// "H1 Timeliness: 1 Red, 2 Amber (3 in all). H2 …": every count in words.
  public var textAlternative: String {
    guard !bars.isEmpty else { return "No bars." }
    return bars.map { bar in
      let parts = bar.segments.map { "\($0.count) \($0.rag.title)" }
      let counts = parts.isEmpty ? "none" : parts.joined(separator: ", ")
      return "\(bar.label): \(counts) (\(bar.total) in all)."
    }.joined(separator: " ")
  }
}

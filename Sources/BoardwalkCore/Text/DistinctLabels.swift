extension DisplayWidth {
  /// `texts` cut to `width` cells so that texts that differ never read alike, for labels
  /// shown side by side (owners in the heat map, plan tags in the table).
  ///
  /// Each text is cut at its end. Texts cut alike keep their start and end instead
  /// ("Assistant…nd Skills"); those still alike show where they differ from the others
  /// ("…Education Trans…" beside "…Social Care Tra…"); and any still alike, which only
  /// happens when the width is too small to show a difference, end in their place among
  /// them ("Assi…#2"). Equal texts keep equal labels. Meant for the labels in view: texts
  /// cut alike are compared with each other.
  public static func distinctLabels(_ texts: [String], toWidth width: Int) -> [String] {
    var labels = texts.map { truncate($0, toWidth: width) }
    labels = relabel(texts, labels) { truncateMiddle(texts[$0], toWidth: width) }
    let alike = Dictionary(grouping: texts.indices, by: { labels[$0] })
    labels = relabel(texts, labels) { index in
      let others = (alike[labels[index]] ?? []).filter { texts[$0] != texts[index] }
      let difference = others.map { commonPrefixLength(texts[index], texts[$0]) }.max() ?? 0
      guard difference > 0 else { return labels[index] }
      return truncate("…" + texts[index].dropFirst(difference), toWidth: width)
    }
    var ordinal: [String: Int] = [:]
    var ordinalOfText: [String: Int] = [:]
    return relabel(texts, labels) { index in
      let label = labels[index]
      let number: Int
      if let known = ordinalOfText[texts[index]] {
        number = known
      } else {
        number = ordinal[label, default: 0] + 1
        ordinal[label] = number
        ordinalOfText[texts[index]] = number
      }
      let suffix = "#\(number)"
      return truncate(texts[index], toWidth: max(1, width - of(suffix))) + suffix
    }
  }

  /// `labels` with those shared by different texts replaced by `relabelled(index)`.
  private static func relabel(
    _ texts: [String], _ labels: [String], _ relabelled: (Int) -> String
  ) -> [String] {
    var textsOfLabel: [String: Set<String>] = [:]
    for (text, label) in zip(texts, labels) { textsOfLabel[label, default: []].insert(text) }
    guard textsOfLabel.values.contains(where: { $0.count > 1 }) else { return labels }
    return labels.indices.map { index in
      (textsOfLabel[labels[index]]?.count ?? 0) > 1 ? relabelled(index) : labels[index]
    }
  }

  /// How many characters `left` and `right` share at their start.
  private static func commonPrefixLength(_ left: String, _ right: String) -> Int {
    var count = 0
    for (a, b) in zip(left, right) {
      guard a == b else { break }
      count += 1
    }
    return count
  }
}

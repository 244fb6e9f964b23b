/// A ``DueList`` written for people: plain text for a terminal or an email, and Markdown
/// ready to paste into one.
///
/// Both say the same: a title with the window, a heading per owner with their counts, a
/// line per action (plan, id, due date, how overdue or how soon, title), then the totals,
/// how many open actions have no date (so nobody thinks they were forgotten), and what the
/// marks mean: `[C]` before a confidential action's title, `*` after a fictional plan's id.
public enum DueListText {
  /// Plain text: every line made safe for a terminal (``TextSafety``), each action's cells
  /// aligned across the whole list. When a `width` is given (a terminal's), lines are cut to
  /// it, the source's words for a date first (to ``terminalDueWidth`` columns), then titles.
  public static func text(_ list: DueList, plans: [Plan], width: Int? = nil) -> String {
    var table = TextTable(columns: [
      .init(""), .init(""), .init(""), .init(""), .init("", flexible: true),
    ])
    for group in list.groups {
      for item in group.items {
        var row = cells(item, list)
        if width != nil { row[2] = DisplayWidth.truncate(row[2], toWidth: terminalDueWidth) }
        table.append(row)
      }
    }
    // The rows of every group in one table, so their columns line up; the header is dropped.
    var rows = table.render(maximumWidth: width.map { $0 - indent.count })
      .split(separator: "\n", omittingEmptySubsequences: false).dropFirst().makeIterator()
    var out = safe(title(list)) + "\n"
    for group in list.groups {
      out += "\n" + safe(group.heading(list.window)) + "\n"
      for _ in group.items {
        out += indent + String(rows.next() ?? "").trimmingTrailingSpaces() + "\n"
      }
    }
    let closing = closingSentences(list, plans: plans)
    if !closing.isEmpty { out += "\n" + closing.map { safe($0) + ".\n" }.joined() }
    return out
  }

  /// GitHub-flavoured Markdown: a `#` title, a `##` heading per owner and a bulleted list of
  /// their actions, the closing sentences in italics; every text escaped (``MarkdownText``),
  /// so nothing in a plan can start a structure, a link or raw HTML.
  public static func markdown(_ list: DueList, plans: [Plan]) -> String {
    func inline(_ text: String) -> String { MarkdownText.inline(text, lineBreaks: .spaces) }
    var out = "# " + inline(title(list)) + "\n"
    for group in list.groups {
      out += "\n## " + inline(group.heading(list.window)) + "\n\n"
      for item in group.items {
        let cells = cells(item, list)
        let timing = item.timing(today: list.window.today)
        let emphasised = item.isOverdue ? "**\(inline(timing))**" : inline(timing)
        out +=
          "- " + inline(cells[0]) + " " + inline(cells[1]) + " — " + inline(cells[2]) + ", "
          + emphasised + " — " + inline(cells[4]) + "\n"
      }
    }
    for sentence in closingSentences(list, plans: plans) {
      out += "\n*" + inline(sentence) + ".*\n"
    }
    return out
  }

  private static let indent = "  "

  /// The most columns a date takes on a terminal, the source's words included: the title
  /// matters more.
  public static let terminalDueWidth = 30

  /// "Actions overdue or due by 22 Dec 2026, as of 22 Nov 2026".
  static func title(_ list: DueList) -> String {
    "Actions overdue or due \(list.window.phrase), as of \(list.window.today.readable)"
  }

  /// An action's cells: the plan as lists show it, the id, the date, how overdue or how
  /// soon, and the title (marked, or withheld, by ``Confidentiality``).
  private static func cells(_ item: DueItem, _ list: DueList) -> [String] {
    let record = item.record
    return [
      record.listedPlan, record.id, item.readableDue, item.timing(today: list.window.today),
      Confidentiality.title(
        record.title, isConfidential: record.isConfidential, isPublic: list.isPublic),
    ]
  }

  /// What the list ends with: the totals, the actions with no date, and what the marks mean
  /// (each a sentence without its full stop).
  public static func closingSentences(_ list: DueList, plans: [Plan]) -> [String] {
    guard !list.items.isEmpty else {
      return ["Nothing is overdue or due \(list.window.phrase)"]
        + [list.undated.sentence]
        .compactMap { $0 }
    }
    let owners = list.namedOwnerCount
    let ownerWord = owners == 1 ? "owner" : "owners"
    let actionWord = list.items.count == 1 ? "action" : "actions"
    var sentences = [
      "In all, "
        + DueList.counts(overdue: list.overdueCount, due: list.dueCount, window: list.window)
        + " (\(list.items.count) \(actionWord), \(owners) \(ownerWord))"
    ]
    sentences += [list.undated.sentence].compactMap { $0 }
    let records = list.items.map(\.record)
    sentences += [
      Confidentiality.note(
        confidential: records.filter(\.isConfidential).count, of: records.count,
        isPublic: list.isPublic),
      Fiction.note(
        fictional: records.filter(\.isFictional).count, of: records.count,
        plans: plans.filter(\.isFictional).map(\.id)),
    ].compactMap { $0 }
    return sentences
  }

  private static func safe(_ line: String) -> String {
    TextSafety.sanitized(line, allowingLineBreaks: false)
  }
}

extension StringProtocol {
  /// The text without the spaces at its end (a table's last column pads nothing, but cells
  /// before an empty one do).
  fileprivate func trimmingTrailingSpaces() -> String {
    var text = String(self)
    while text.last == " " { text.removeLast() }
    return text
  }
}

import BoardwalkCore

/// `boardwalk returns` written out: as text for a terminal, or as GitHub-flavoured Markdown
/// for an email, every text escaped (``MarkdownText``) so nothing a lead or a plan wrote can
/// start a structure, a link or raw HTML.
public enum ReturnsReportText {
  /// One line per fact, for a terminal or a plain email; anything in the words that could
  /// act on a terminal or break a line is shown as a placeholder (``TextSafety``).
  public static func text(_ report: ReturnsReport) -> String {
    plainText(report).split(separator: "\n", omittingEmptySubsequences: false).map {
      TextSafety.sanitized(String($0), allowingLineBreaks: false)
    }.joined(separator: "\n")
  }

  private static func plainText(_ report: ReturnsReport) -> String {
    var out = title(report) + "\n"
    for lead in report.leads {
      out += "\n" + heading(lead) + "\n"
      for section in sections(lead) {
        out += "  " + section.title + (section.lines.count > 1 ? ":\n" : ": ")
        out += section.lines.map { (section.lines.count > 1 ? "    " : "") + $0 + "\n" }.joined()
      }
    }
    out += "\nChase:\n"
    let chasers = chaseLines(report)
    out += chasers.isEmpty ? "  nobody: every lead has returned on every open action\n" : ""
    for line in chasers { out += "  " + line + "\n" }
    return out
  }

  /// A `#` title, a `##` heading per lead with their lists, and a `## Chase` list.
  public static func markdown(_ report: ReturnsReport) -> String {
    func inline(_ text: String) -> String { MarkdownText.inline(text, lineBreaks: .spaces) }
    var out = "# " + inline(title(report)) + "\n"
    for lead in report.leads {
      out += "\n## " + inline(heading(lead)) + "\n"
      for section in sections(lead) {
        out += "\n" + inline(section.title) + ":\n\n"
        for line in section.lines { out += "- " + inline(line) + "\n" }
      }
    }
    out += "\n## Chase\n\n"
    let chasers = chaseLines(report)
    if chasers.isEmpty {
      out += inline("Nobody: every lead has returned on every open action.") + "\n"
    }
    for line in chasers { out += "- " + inline(line) + "\n" }
    return out
  }

  /// "Returns for 2026-11: 2 of 3 leads returned".
  static func title(_ report: ReturnsReport) -> String {
    let returned = report.leads.filter(\.hasReturned).count
    return
      "Returns for \(report.cycle): \(returned) of \(report.leads.count) lead\(report.leads.count == 1 ? "" : "s") returned"
  }

  /// "Head of SEND: returned (returns/2026-11/head-of-send.jsonl)", or "…: no return".
  static func heading(_ lead: ReturnsReport.Lead) -> String {
    lead.hasReturned
      ? "\(lead.name): returned (\(lead.file))"
      : "\(lead.name): no return (expected in \(lead.file))"
  }

  /// A titled list of lines under a lead.
  private struct Section {
    let title: String
    let lines: [String]
  }

  /// What the lead's return covers, leaves out, and proposes.
  private static func sections(_ lead: ReturnsReport.Lead) -> [Section] {
    var sections: [Section] = []
    let total = lead.updated.count + lead.withoutUpdate.count
    if lead.hasReturned {
      sections.append(
        Section(
          title: "Updated",
          lines: [
            "\(lead.updated.count) of \(total) open action\(total == 1 ? "" : "s")"
              + (lead.lastWritten.map { ", last written \($0)" } ?? "")
          ]))
    }
    if !lead.withoutUpdate.isEmpty {
      sections.append(Section(title: "No update", lines: lead.withoutUpdate.map(\.label)))
    }
    let id = { (item: ReturnsReport.Item) in "\(item.ref.plan) \(item.ref.action)" }
    let proposals = lead.proposals.filter { !$0.isProgress }
    if !proposals.isEmpty {
      sections.append(
        Section(title: "Proposes", lines: proposals.map { id($0.item) + ": " + $0.words }))
    }
    let progress = lead.proposals.filter(\.isProgress)
    if !progress.isEmpty {
      sections.append(
        Section(title: "Progress", lines: progress.map { id($0.item) + ": " + $0.words }))
    }
    return sections
  }

  /// One line per lead to chase: "Head of SEND: no update on demo-northbrook APA1.2, …".
  private static func chaseLines(_ report: ReturnsReport) -> [String] {
    report.chasers.map { lead in
      let ids = lead.withoutUpdate.map { "\($0.ref.plan) \($0.ref.action)" }.joined(separator: ", ")
      return lead.hasReturned
        ? "\(lead.name): no update on \(ids)" : "\(lead.name): no return (\(ids))"
    }
  }
}

import Foundation

/// The benchmark's tables, its targets, and its JSON.
enum Report {
  struct JSON: Codable {
    var machine: String
    var date: String
    /// The standard pretty plans at each size.
    var sizes: [SizeRun]
    /// Compact and small-action datasets at one size.
    var datasets: [SizeRun] = []
    var sampleDataStartToFirstFrameSeconds: Double? = nil
    /// The first jq comparison (kept for older readers of this file).
    var jq: JQComparison? = nil
    var jqComparisons: [JQComparison] = []
    var shapes: [ShapeRun] = []
    var growth: [GrowthStep] = []
  }

  /// One size of the growth check.
  struct GrowthStep: Codable {
    var run: SizeRun
    /// `boardwalk list DIR --format json`, every action, median wall time.
    var listSeconds: Double
  }

  static var date: String {
    let formatter = ISO8601DateFormatter()
    return formatter.string(from: Date())
  }

  static var machine: String {
    let cpu =
      (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
      .split(separator: "\n").first { $0.hasPrefix("model name") }?
      .split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
    let load =
      (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ")
      .prefix(3).joined(separator: " ") ?? "unknown"
    return
      "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(cpu), \(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB, load average at the end \(load)"
  }

  static func table(_ report: JSON) -> String {
    var lines = ["Boardwalk benchmark · \(machine) · \(report.date)", ""]
    #if DEBUG
      lines += [
        "DEBUG BUILD: these figures only show the benchmark runs; the targets are for a release build (swift build -c release).",
        "",
      ]
    #endif
    if !report.sizes.isEmpty {
      lines += sizeTable(report.sizes, header: { "\($0.actions) actions" }) + [""]
    }
    if !report.datasets.isEmpty {
      lines.append("Compact and small-action files:")
      lines += sizeTable(report.datasets, header: { "\($0.actions) \($0.label ?? "")" }) + [""]
    }
    if let sample = report.sampleDataStartToFirstFrameSeconds {
      lines += [String(format: "SampleData start to first frame: %.1f ms", sample * 1000), ""]
    }
    if !report.jqComparisons.isEmpty {
      lines.append("Side by side with jq:")
      lines += report.jqComparisons.map { "  " + $0.summary } + [""]
    }
    if !report.shapes.isEmpty {
      lines.append("Hostile shapes:")
      lines += report.shapes.map { "  " + shapeLine($0) } + [""]
    }
    if !report.growth.isEmpty {
      lines += growthTable(report.growth) + [""]
    }
    lines.append("Targets (issue 11):")
    lines += targets(report).map { "  " + $0.line }
    return lines.joined(separator: "\n")
  }

  // MARK: Tables

  private static func sizeTable(_ runs: [SizeRun], header title: (SizeRun) -> String) -> [String] {
    func ms(_ seconds: Double) -> String { String(format: "%.1f", seconds * 1000) }
    let header = ["measure"] + runs.map(title)
    var rows: [[String]] = []
    rows.append(
      ["plan files (MB)"] + runs.map { String(format: "%d (%.1f MB)", $0.plans, $0.megabytes) })
    rows.append(["diagnostics when loading"] + runs.map { $0.diagnostics.map(String.init) ?? "" })
    rows.append(["load ms (read, parse, validate, index)"] + runs.map { ms($0.loadSeconds) })
    rows.append(["load MB/s"] + runs.map { String(format: "%.0f", $0.megabytesPerSecond) })
    rows.append(["load to first frame ms"] + runs.map { ms($0.firstFrameSeconds) })
    rows.append(
      ["peak resident MB (× file size)"]
        + runs.map { String(format: "%.0f (%.2f×)", $0.peakResidentMegabytes, $0.peakOverFileSize) }
    )
    let filters = runs.first?.filterSeconds.keys.sorted() ?? []
    for name in filters {
      rows.append(["filter \(name) ms"] + runs.map { ms($0.filterSeconds[name] ?? 0) })
    }
    rows.append(["heat map by area ms"] + runs.map { ms($0.heatMapAreaSeconds) })
    rows.append(["heat map by owner ms"] + runs.map { ms($0.heatMapOwnerSeconds) })
    for size in ["80x24", "200x50"] {
      rows.append(
        ["keystroke \(size) median ms"]
          + runs.map { String(format: "%.2f", $0.keystrokes[size]?.medianMilliseconds ?? 0) })
      rows.append(
        ["keystroke \(size) p99 ms"]
          + runs.map { String(format: "%.2f", $0.keystrokes[size]?.p99Milliseconds ?? 0) })
    }
    return aligned(header: header, rows: rows)
  }

  private static func growthTable(_ steps: [GrowthStep]) -> [String] {
    var header = ["growth (small · compact)"] + steps.map { "\($0.run.actions) actions" }
    for (before, after) in zip(steps, steps.dropFirst()) {
      header.append("× \(before.run.actions)→\(after.run.actions)")
    }
    func row(_ name: String, _ value: (GrowthStep) -> Double, _ format: String) -> [String] {
      var cells = [name] + steps.map { String(format: format, value($0)) }
      for (before, after) in zip(steps, steps.dropFirst()) {
        cells.append(String(format: "%.1f×", value(after) / max(value(before), 1e-9)))
      }
      return cells
    }
    let rows = [
      row("plan files MB", { $0.run.megabytes }, "%.1f"),
      row("load ms", { $0.run.loadSeconds * 1000 }, "%.1f"),
      row("load to first frame ms", { $0.run.firstFrameSeconds * 1000 }, "%.1f"),
      row("peak resident MB", { $0.run.peakResidentMegabytes }, "%.0f"),
      row("list (every action, JSON) s", { $0.listSeconds }, "%.3f"),
      row(
        "keystroke 80x24 median ms", { $0.run.keystrokes["80x24"]?.medianMilliseconds ?? 0 }, "%.2f"
      ),
      row(
        "keystroke 200x50 median ms", { $0.run.keystrokes["200x50"]?.medianMilliseconds ?? 0 },
        "%.2f"),
    ]
    return aligned(header: header, rows: rows)
  }

  private static func shapeLine(_ run: ShapeRun) -> String {
    var text = String(format: "%@, %@: %@ %.3f s", run.shape, run.input, run.measure, run.seconds)
    if run.peakResidentMegabytes > 0 {
      text += String(format: ", peak %.0f MB", run.peakResidentMegabytes)
    }
    if let open = run.openSeconds, run.shape == "owner picker" {
      text += String(format: "; opening the picker %.1f ms", open * 1000)
      if let first = run.firstOpenSeconds {
        text += String(
          format: " (%.0f ms the moment loading ends, the owner index still being built)",
          first * 1000)
      }
    }
    if let keys = run.keystrokes { text += "; keystrokes (and ticks) to frames " + keys.summary }
    if let complete = run.complete { text += "; key to complete results " + complete.summary }
    if let entry = run.perEntry { text += "; per recorded entry " + entry.summary }
    if let refusal = run.refusal { text += "\n    refused: " + refusal }
    return text
  }

  private static func aligned(header: [String], rows: [[String]]) -> [String] {
    let widths = (0..<header.count).map { column in
      ([header] + rows).map { $0[column].count }.max() ?? 0
    }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { index, cell in
        index == 0
          ? cell.padding(toLength: widths[0], withPad: " ", startingAt: 0)
          : String(repeating: " ", count: widths[index] - cell.count) + cell
      }.joined(separator: "  ")
    }
    return [line(header)] + rows.map(line)
  }

  // MARK: Targets

  struct Target {
    enum Verdict: String {
      case met
      case notMet = "NOT MET"
      case notMeasured = "not measured"
    }
    var verdict: Verdict
    var text: String
    var line: String { "[\(verdict.rawValue)] \(text)" }
  }

  /// Every target of issue 11, judged on what this run measured. A target set for 100,000
  /// actions (or a million owners) is judged only on a run that large.
  static func targets(_ report: JSON) -> [Target] {
    var targets: [Target] = []
    func judge(_ met: Bool, _ text: String) {
      targets.append(Target(verdict: met ? .met : .notMet, text: text))
    }
    func missing(_ text: String) { targets.append(Target(verdict: .notMeasured, text: text)) }
    let full = 100_000
    let comparisons = report.jqComparisons.filter { $0.actions >= full }
    if comparisons.isEmpty {
      missing("list at 100,000 actions at most half of jq's time (no run that large)")
    }
    for comparison in comparisons {
      judge(
        comparison.ratio <= 0.5 && comparison.sameRows == true,
        String(
          format: "list, %@ at %d actions: %.0f%% of jq's time (at most 50%%), %@",
          comparison.label ?? "", comparison.actions, comparison.ratio * 100,
          comparison.sameRows == true ? "same rows" : "rows differ"))
    }
    let screens = (report.sizes + report.datasets).filter { $0.actions >= full }
    if screens.isEmpty {
      missing("first frame and keystrokes at 100,000 actions (no run that large)")
    }
    for run in screens {
      let name = "\(run.label ?? "standard · pretty") at \(run.actions)"
      judge(
        run.firstFrameSeconds < 0.5,
        String(
          format: "first frame, %@: %.0f ms (under 500 ms)", name, run.firstFrameSeconds * 1000))
      for size in ["80x24", "200x50"] {
        let p99 = run.keystrokes[size]?.p99Milliseconds ?? .infinity
        judge(
          p99 < 16,
          String(
            format: "keystroke p99, main screen %@, %@: %.2f ms (under 16 ms)", size, name, p99))
      }
    }
    if let sample = report.sampleDataStartToFirstFrameSeconds {
      judge(
        sample < 0.1,
        String(format: "SampleData start to first frame: %.1f ms (under 100 ms)", sample * 1000))
    } else {
      missing("SampleData start to first frame (no SampleData folder)")
    }
    for run in report.shapes {
      switch run.shape {
      case "meeting":
        guard run.actions >= full else {
          missing("meeting at 100,000 actions (measured: \(run.input))")
          continue
        }
        let keys = run.keystrokes?.p99Milliseconds ?? .infinity
        let entry = run.perEntry?.p99Milliseconds ?? .infinity
        judge(
          keys < 16,
          String(format: "keystroke p99 in a meeting, %@: %.2f ms (under 16 ms)", run.input, keys))
        judge(
          entry < 16,
          String(
            format: "recorded entry p99 in a meeting, %@: %.2f ms (under 16 ms)", run.input, entry))
      case "owner picker":
        guard run.scale >= 1_000_000 else {
          missing("owner picker over a million owners (measured: \(run.input))")
          continue
        }
        let keys = run.keystrokes?.p99Milliseconds ?? .infinity
        judge(
          keys < 16,
          String(
            format: "keystroke p99 with the owner picker open, %@: %.2f ms (under 16 ms)",
            run.input, keys))
      case "long word" where run.scale < 1_000_000, "minutes" where run.actions < full:
        missing("\(run.shape) at full size (measured: \(run.input))")
      default:
        let verdict = run.refusal != nil ? "refused with a located error" : "handled"
        judge(
          run.seconds < 1,
          String(
            format: "%@ (%@): %@ %.3f s (under 1 s), %@", run.shape, run.input, run.measure,
            run.seconds, verdict))
      }
    }
    for run in report.datasets where run.actions >= full && run.label?.hasPrefix("small") == true {
      judge(
        run.peakOverFileSize < 3,
        String(
          format: "peak memory, %@ at %d: %.0f MB, %.2f× the JSON (under 3×)", run.label ?? "",
          run.actions,
          run.peakResidentMegabytes, run.peakOverFileSize))
    }
    if report.growth.count < 2 {
      missing("growth 10k → 100k → 1M (no growth check run)")
    }
    for (before, after) in zip(report.growth, report.growth.dropFirst()) {
      let step = "\(before.run.actions) → \(after.run.actions)"
      let measures: [(String, Double, Double)] = [
        ("load", before.run.loadSeconds, after.run.loadSeconds),
        ("first frame", before.run.firstFrameSeconds, after.run.firstFrameSeconds),
        ("list", before.listSeconds, after.listSeconds),
        ("peak memory", before.run.peakResidentMegabytes, after.run.peakResidentMegabytes),
      ]
      for (name, old, new) in measures {
        let ratio = new / max(old, 1e-9)
        judge(ratio <= 12, String(format: "growth %@, %@: %.1f× (at most 12×)", step, name, ratio))
      }
    }
    return targets
  }
}

import Foundation

/// The benchmark's table and JSON.
enum Report {
  struct JSON: Codable {
    var machine: String
    var date: String
    var sizes: [SizeRun]
    var sampleDataStartToFirstFrameSeconds: Double?
    var jq: JQComparison?
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
    return
      "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(cpu), \(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB"
  }

  static func table(_ runs: [SizeRun], sampleStart: Double?, jq: JQComparison?) -> String {
    func ms(_ seconds: Double) -> String { String(format: "%.1f", seconds * 1000) }
    var lines = ["Boardwalk benchmark · \(machine) · \(date)", ""]
    let header = ["measure"] + runs.map { "\($0.actions) actions" }
    var rows: [[String]] = []
    rows.append(
      ["plan files (MB)"] + runs.map { String(format: "%d (%.1f MB)", $0.plans, $0.megabytes) })
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
    lines.append(line(header))
    for row in rows { lines.append(line(row)) }
    if let sampleStart {
      lines += ["", String(format: "SampleData start to first frame: %.1f ms", sampleStart * 1000)]
    }
    if let jq { lines += ["", jq.summary] }
    return lines.joined(separator: "\n")
  }
}

import BoardwalkCore
import BoardwalkUI
import Foundation

/// Everything measured at one size, in one process (so peak memory is this size's own).
struct SizeRun: Codable {
  var actions: Int
  var plans: Int
  var megabytes: Double
  var loadSeconds: Double
  var megabytesPerSecond: Double
  var firstFrameSeconds: Double
  var peakResidentMegabytes: Double
  var peakOverFileSize: Double
  var filterSeconds: [String: Double]
  var heatMapAreaSeconds: Double
  var heatMapOwnerSeconds: Double
  var keystrokes: [String: KeystrokeStats]
  /// What the dataset is ("small · compact"), when it is not the standard pretty one.
  var label: String? = nil
  /// Warnings and errors loading reported.
  var diagnostics: Int? = nil

  /// The filter expressions timed: one of each kind a board uses, and combinations.
  static func expressions(owner: String) -> [(String, String)] {
    [
      ("owner", "owner:\"\(owner)\""), ("area", "area:AfI2"), ("status", "status:red,amber"),
      ("due overdue", "due:overdue"), ("due 30d", "due:30d"), ("due range", "due:2026-01..2026-06"),
      ("text", "\"annual reviews\""), ("text, rare", "zzqx"),
      ("combined", "owner:~head status:red,amber due:overdue"),
      ("negated", "-status:done area:APA1"),
    ]
  }

  /// The text typed, one character at a time, into the filter editor.
  static let typed = "owner:~head status:red,amber due:90d"

  static func measure(
    folder: String, keystrokeRounds: Int, today: CalendarDate, reportSlowerThan: Double? = nil
  ) -> SizeRun {
    let megabytes = DataOptions.megabytes(in: folder)
    // Load to first frame: read, parse, validate, index, then build the screen and draw it.
    let theme =
      (try? ThemeCatalog.theme(named: "default")) ?? (try! ThemeCatalog.theme(named: "monochrome"))
    let (loadSeconds, load) = Measurement.time { PlanLoader.load(paths: [folder]) }
    let (frameSeconds, state) = Measurement.time { () -> AppState in
      let state = try! AppState(
        store: load.store, today: today, theme: theme, width: 200, height: 50)
      _ = Renderer.render(state)
      return state
    }
    let store = load.store
    // As the shell does once the first frame is drawn (the filters below wait for them).
    store.prepareIndexes()
    let owner = store.owners.names.first ?? "nobody"
    var filters: [String: Double] = [:]
    for (name, text) in expressions(owner: owner) {
      guard let compiled = try? CompiledFilter(parsing: text, store: store) else { continue }
      filters[name] = Measurement.median(runs: 9) { _ = compiled.evaluate(in: store, today: today) }
    }
    let areaSeconds = Measurement.median(runs: 5) {
      _ = Summary.rows(by: .area, store: store, today: today)
    }
    let ownerSeconds = Measurement.median(runs: 5) {
      _ = Summary.rows(by: .owner, store: store, today: today)
    }
    var keystrokes: [String: KeystrokeStats] = [:]
    for (width, height) in [(80, 24), (200, 50)] {
      var sized = App.update(state, .resize(width: width, height: height))
      var samples: [Double] = []
      for _ in 0..<keystrokeRounds {
        sized = App.update(sized, .key(.character("f")))
        sized = App.update(sized, .key(.control("u")))
        for character in typed {
          let (seconds, next) = Measurement.time { () -> AppState in
            let next = App.update(sized, .key(.character(character)))
            _ = Renderer.render(next)
            return next
          }
          samples.append(seconds * 1000)
          if let slow = reportSlowerThan, seconds * 1000 > slow {
            let line = String(
              format: "slow keystroke %dx%d '%@': %.1f ms\n", width, height,
              next.filter.expression.description, seconds * 1000)
            FileHandle.standardError.write(Data(line.utf8))
          }
          sized = next
        }
        sized = App.update(sized, .key(.escape))
      }
      keystrokes["\(width)x\(height)"] = KeystrokeStats(milliseconds: samples)
    }
    let peak = Double(Measurement.peakResidentBytes) / 1_000_000
    return SizeRun(
      actions: store.actions.count, plans: store.plans.count, megabytes: megabytes,
      loadSeconds: loadSeconds,
      megabytesPerSecond: megabytes / max(loadSeconds, 1e-9),
      firstFrameSeconds: loadSeconds + frameSeconds,
      peakResidentMegabytes: peak, peakOverFileSize: peak / max(megabytes, 1e-9),
      filterSeconds: filters,
      heatMapAreaSeconds: areaSeconds, heatMapOwnerSeconds: ownerSeconds, keystrokes: keystrokes,
      diagnostics: load.diagnostics.count)
  }
}

extension SizeRun {
  /// The median of each figure over several runs of the same folder.
  static func median(of runs: [SizeRun]) -> SizeRun {
    guard var result = runs.first, runs.count > 1 else { return runs[0] }
    func middle(_ value: (SizeRun) -> Double) -> Double {
      let sorted = runs.map(value).sorted()
      return sorted[sorted.count / 2]
    }
    result.loadSeconds = middle(\.loadSeconds)
    result.megabytesPerSecond = result.megabytes / max(result.loadSeconds, 1e-9)
    result.firstFrameSeconds = middle(\.firstFrameSeconds)
    result.peakResidentMegabytes = middle(\.peakResidentMegabytes)
    result.peakOverFileSize = result.peakResidentMegabytes / max(result.megabytes, 1e-9)
    result.heatMapAreaSeconds = middle(\.heatMapAreaSeconds)
    result.heatMapOwnerSeconds = middle(\.heatMapOwnerSeconds)
    for name in result.filterSeconds.keys {
      result.filterSeconds[name] = middle { $0.filterSeconds[name] ?? 0 }
    }
    for size in result.keystrokes.keys {
      guard var stats = result.keystrokes[size] else { continue }
      stats.medianMilliseconds = middle { $0.keystrokes[size]?.medianMilliseconds ?? 0 }
      stats.p99Milliseconds = middle { $0.keystrokes[size]?.p99Milliseconds ?? 0 }
      stats.maximumMilliseconds = middle { $0.keystrokes[size]?.maximumMilliseconds ?? 0 }
      result.keystrokes[size] = stats
    }
    return result
  }
}

import BoardwalkCore
import BoardwalkMeeting
import BoardwalkUI
import Foundation

/// The median, 99th percentile and maximum of a set of keystroke times.
struct KeystrokeStats: Codable {
  var count: Int
  var medianMilliseconds: Double
  var p99Milliseconds: Double
  var maximumMilliseconds: Double

  init(milliseconds samples: [Double]) {
    let sorted = samples.sorted()
    count = sorted.count
    medianMilliseconds = Measurement.quantile(sorted, 0.5)
    p99Milliseconds = Measurement.quantile(sorted, 0.99)
    maximumMilliseconds = sorted.last ?? 0
  }

  var summary: String {
    String(
      format: "median %.2f ms, p99 %.2f ms (%d keys)", medianMilliseconds, p99Milliseconds, count)
  }
}

/// The screen driven as the shell drives it, each event timed to its rendered frame: the
/// update, then the effects the shell carries out (a journal entry saved, reported back),
/// then one render.
struct ScreenDriver {
  /// The state, held only here so each update can take it over as the shell does.
  private var current: AppState?
  /// Milliseconds from each event to its frame, in order.
  private(set) var samples: [Double] = []
  private var nextSequence: Int

  init(_ state: AppState, nextSequence: Int = 1) {
    current = state
    self.nextSequence = nextSequence
  }

  var state: AppState {
    guard let current else { preconditionFailure("the state is always put back") }
    return current
  }

  /// Sends `event`, carries out its effects and renders; returns the milliseconds taken.
  @discardableResult
  mutating func send(_ event: Event, timed: Bool = true) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    guard let taken = current.take() else { return 0 }
    var next = App.update(consume taken, event)
    while case let effects = next.takeEffects(), !effects.isEmpty {
      for case .record(let recorded) in effects {
        let entry = JournalEntry(
          sequence: nextSequence, time: "2026-06-01T10:00:00+00:00", event: recorded)
        nextSequence += 1
        next = App.update(consume next, .feedback(.saved(entry)))
      }
    }
    _ = Renderer.render(next)
    let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    current = consume next
    if timed { samples.append(milliseconds) }
    return milliseconds
  }

  /// Sends ticks while work is pending, as the shell does between keys; each tick is timed
  /// to its frame like a key. Returns the milliseconds until nothing was pending.
  @discardableResult
  mutating func settle() -> Double {
    var total = 0.0
    while state.hasPendingWork { total += send(.tick) }
    return total
  }

  /// Presses each key, letting pending work finish after each.
  mutating func press(_ keys: Key...) {
    for key in keys {
      send(.key(key))
      settle()
    }
  }

  /// Types `text` one character at a time, letting pending work finish after each.
  mutating func type(_ text: String) {
    for character in text {
      send(.key(.character(character)))
      settle()
    }
  }

  var stats: KeystrokeStats { KeystrokeStats(milliseconds: samples) }

  mutating func resetSamples() { samples = [] }
}

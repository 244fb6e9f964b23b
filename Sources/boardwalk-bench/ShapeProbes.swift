import BoardwalkCore
import BoardwalkMeeting
import BoardwalkUI
import Foundation

/// One hostile or unusual input, measured in its own process.
struct ShapeRun: Codable {
  /// Which shape: "long word", "area chain", "meeting", "owner picker", "minutes".
  var shape: String
  /// The input, for people: "one title of 1,000,000 characters".
  var input: String
  /// Its size in its own unit: characters, depth, notes, entries, owners.
  var scale: Int
  /// Actions loaded.
  var actions: Int
  /// What `seconds` measures: "load to first frame", "to the refusal".
  var measure: String
  var seconds: Double
  var peakResidentMegabytes: Double
  /// The located error, when the input was refused.
  var refusal: String? = nil
  /// Keystrokes to frames once open.
  var keystrokes: KeystrokeStats? = nil
  /// A meeting: from the key that saves an entry to the frame showing it.
  var perEntry: KeystrokeStats? = nil
  /// Opening the meeting, or the picker.
  var openSeconds: Double? = nil
  /// The owner picker: from a key to the last frame of its results (the key's and the
  /// ticks' after it).
  var complete: KeystrokeStats? = nil
  /// The owner picker opened the moment loading ends (waiting for the owner index).
  var firstOpenSeconds: Double? = nil
}

/// The measurements made in a child process for each shape.
enum ShapeProbes {
  static let theme =
    (try? ThemeCatalog.theme(named: "default")) ?? (try? ThemeCatalog.theme(named: "monochrome"))

  static func screen(_ store: PlanStore, today: CalendarDate, width: Int, height: Int) -> AppState?
  {
    guard let theme else { return nil }
    return try? AppState(store: store, today: today, theme: theme, width: width, height: height)
  }

  static var peak: Double { Double(Measurement.peakResidentBytes) / 1_000_000 }

  /// The first error of a load, as printed (`FILE:LINE:COL: error: ...`).
  static func refusal(_ load: PlanLoader.Result) -> String? {
    load.hasErrors ? load.diagnostics.first(where: \.isError)?.description : nil
  }

  /// One action's title is a single word of `characters`: load to the first frame with its
  /// detail on screen (200x50), then `rounds` times moving through and scrolling the detail
  /// at 200x50 and at 80x24.
  static func longWord(folder: String, characters: Int, rounds: Int, today: CalendarDate)
    -> ShapeRun
  {
    let (seconds, state) = Measurement.time { () -> AppState? in
      let load = PlanLoader.load(paths: [folder])
      guard var state = screen(load.store, today: today, width: 200, height: 50) else { return nil }
      // The long word is the second action: select it, then draw.
      state = App.update(state, .key(.down))
      _ = Renderer.render(state)
      return state
    }
    var run = ShapeRun(
      shape: "long word", input: "a title of one \(characters.formatted())-character word",
      scale: characters, actions: 3,
      measure: "load to first frame with its detail (200x50)", seconds: seconds,
      peakResidentMegabytes: peak)
    guard let state, rounds > 0 else { return run }
    var driver = ScreenDriver(state)
    for _ in 0..<rounds {
      driver.press(.up, .down)
      driver.press(.character("4"))
      for _ in 0..<10 { driver.press(.down) }
      driver.press(.character("2"))
    }
    var narrow = ScreenDriver(App.update(driver.state, .resize(width: 80, height: 24)))
    for _ in 0..<rounds {
      narrow.press(.character("4"))
      for _ in 0..<10 { narrow.press(.down) }
      narrow.press(.character("2"), .up, .down)
    }
    run.keystrokes = KeystrokeStats(milliseconds: driver.samples + narrow.samples)
    run.peakResidentMegabytes = peak
    return run
  }

  /// Areas nested `depth` deep: load to the first frame, or to the refusal.
  static func areaChain(folder: String, depth: Int, today: CalendarDate) -> ShapeRun {
    var refused: String?
    let (seconds, _) = Measurement.time { () -> Void in
      let load = PlanLoader.load(paths: [folder])
      refused = refusal(load)
      guard refused == nil, let state = screen(load.store, today: today, width: 200, height: 50)
      else { return }
      _ = Renderer.render(state)
    }
    return ShapeRun(
      shape: "area chain", input: "areas whose parents form a chain \(depth.formatted()) deep",
      scale: depth, actions: 3,
      measure: refused == nil ? "load to first frame" : "to the refusal", seconds: seconds,
      peakResidentMegabytes: peak, refusal: refused)
  }

  /// A meeting over the plans in `folder`, resumed from `journal`: opening it, then `entries`
  /// times moving to the next item and writing a note, each key timed to its frame.
  static func meeting(
    folder: String, journal: String, entries: Int, width: Int, height: Int, today: CalendarDate
  ) throws -> ShapeRun {
    let load = PlanLoader.load(paths: [folder])
    let bytes = FileManager.default.contents(atPath: journal).map { Array($0) } ?? []
    let contents = try JournalContents.parse(bytes, file: journal)
    guard let state = screen(load.store, today: today, width: width, height: height) else {
      throw ValidationErrorText("no theme")
    }
    let opening = MeetingOpening(
      journalPath: journal, entries: contents.entries, warnings: [], isResumed: true)
    var driver = ScreenDriver(state, nextSequence: (contents.entries.last?.sequence ?? 0) + 1)
    let open = driver.send(.feedback(.meetingOpened(opening)), timed: false)
    var saves: [Double] = []
    let note = "Agreed: bring the review forward"
    for _ in 0..<entries {
      driver.press(.character("l"))  // next item: journals the move
      driver.press(.character("n"))
      driver.type(note)
      saves.append(driver.send(.key(.enter)))
    }
    return ShapeRun(
      shape: "meeting",
      input:
        "\(load.store.actions.count.formatted()) actions, journal of \(contents.entries.count.formatted()) entries, \(width)x\(height)",
      scale: contents.entries.count, actions: load.store.actions.count,
      measure: "opening the meeting", seconds: open / 1000, peakResidentMegabytes: peak,
      keystrokes: driver.stats, perEntry: KeystrokeStats(milliseconds: saves),
      openSeconds: open / 1000)
  }

  /// The owner picker over every owner of the plans in `folder`: opening it, typing a query,
  /// taking characters back, moving, closing; `rounds` times.
  static func ownerPicker(
    folder: String, rounds: Int, width: Int, height: Int, today: CalendarDate
  ) -> ShapeRun {
    let (loadSeconds, load) = Measurement.time { PlanLoader.load(paths: [folder]) }
    guard let state = screen(load.store, today: today, width: width, height: height) else {
      return ShapeRun(
        shape: "owner picker", input: "", scale: 0, actions: 0, measure: "", seconds: 0,
        peakResidentMegabytes: 0)
    }
    var driver = ScreenDriver(state)
    // Opened at once after loading, the picker waits for the owner index being built in the
    // background: the worst opening a user can see.
    let firstOpen = driver.send(.key(.character("o")), timed: false)
    driver.send(.key(.escape), timed: false)
    let owners = load.store.owners.names.count
    var opens: [Double] = []
    var complete: [Double] = []
    /// A key, then the ticks until its results are complete: how long until the list is final.
    func key(_ key: Key) {
      complete.append(driver.send(.key(key)) + driver.settle())
    }
    for _ in 0..<max(1, rounds) {
      opens.append(driver.send(.key(.character("o"))))
      for character in "officer 4242" { key(.character(character)) }
      for _ in 0..<4 { key(.backspace) }
      for character in "77 north" { key(.character(character)) }
      for _ in 0..<5 { driver.press(.down) }
      driver.press(.up, .escape)
    }
    return ShapeRun(
      shape: "owner picker",
      input:
        "\(owners.formatted()) distinct owners on \(load.store.actions.count.formatted()) actions, \(width)x\(height)",
      scale: owners, actions: load.store.actions.count,
      measure: "load", seconds: loadSeconds, peakResidentMegabytes: peak,
      keystrokes: driver.stats, openSeconds: opens.sorted()[opens.count / 2] / 1000,
      complete: KeystrokeStats(milliseconds: complete), firstOpenSeconds: firstOpen / 1000)
  }
}

import Testing

@Suite("NO_COLOR", .requiresTmux)
struct NoColorTests {
  enum Setting: Sendable, CustomStringConvertible, CaseIterable {
    case unset
    case one
    case empty

    var description: String {
      switch self {
      case .unset: "NO_COLOR unset"
      case .one: "NO_COLOR=1"
      case .empty: "NO_COLOR= (empty)"
      }
    }

    /// NO_COLOR means no colour only when present and not empty.
    var expectsColor: Bool { self != .one }

    var launch: AppLaunch {
      var launch = AppLaunch.sampleData()
      switch self {
      case .unset: launch.unsetting = ["NO_COLOR"]
      case .one: launch.setting = ["NO_COLOR": "1"]
      case .empty: launch.setting = ["NO_COLOR": ""]
      }
      return launch
    }
  }

  @Test(
    "colour codes reach the terminal unless NO_COLOR is set and not empty",
    arguments: Setting.allCases)
  func colorCodesFollowNoColor(_ setting: Setting) async throws {
    let screen = try await RunningScreen.start(launch: setting.launch)
    defer { screen.stop() }
    let escaped = try screen.session.captureWithEscapes()
    let colors = ColorCodes.colorSequences(in: escaped)
    if setting.expectsColor {
      #expect(!colors.isEmpty, "no colour codes in capture-pane -e")
    } else {
      let found = Set(colors).sorted()
      #expect(found.count == 0, "colour codes under NO_COLOR=1: \(found.prefix(10))")
    }
  }

  @Test("without colour every status still reads by its letter (APA1.1 is red: R)")
  func statusLettersRemainWithoutColor() async throws {
    let screen = try await RunningScreen.start(launch: Setting.one.launch)
    defer { screen.stop() }
    let capture = try screen.session.capture()
    let row = try #require(capture.line(containing: "APA1.1 "), "\(capture)")
    let words = row.split(whereSeparator: { $0 == " " || $0 == "│" })
    let index = try #require(words.firstIndex(of: "APA1.1"), "\(row)")
    #expect(words.count > index + 1 && words[index + 1] == "R", "\(row)")
  }
}

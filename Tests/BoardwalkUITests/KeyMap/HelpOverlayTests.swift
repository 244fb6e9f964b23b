import BoardwalkUI
import Testing

@Suite("The ? overlay lists every key of the key map")
struct HelpOverlayTests {
  /// A binding's line in the help: its keys, then (after spaces) the start of its help text.
  static func lists(_ binding: KeyBinding, in lines: [String]) -> Bool {
    let firstWords = binding.help.split(separator: " ").prefix(3).joined(separator: " ")
    return lines.contains { line in
      let text = line.drop { $0 == " " }
      guard text.hasPrefix(binding.keysText + " ") else { return false }
      return text.dropFirst(binding.keysText.count).drop { $0 == " " }.hasPrefix(firstWords)
    }
  }

  @Test("every binding appears with all its keys and its help", arguments: ScreenSize.both)
  func everyBinding(size: ScreenSize) throws {
    let lines = try Screen(width: size.width, height: size.height).helpLines()
    for binding in KeyMap.standard.bindings {
      #expect(Self.lists(binding, in: lines), "\(binding.keysText): \(binding.help)")
    }
  }

  @Test("every key of every binding is named in the help", arguments: ScreenSize.both)
  func everyKey(size: ScreenSize) throws {
    let text = try Screen(width: size.width, height: size.height).helpLines().joined(
      separator: "\n")
    for key in KeyMap.standard.bindings.flatMap(\.keys) {
      #expect(text.contains(key.description), "\(key)")
    }
  }

  @Test(
    "each binding's help is there whole, wrapped under itself when long", arguments: ScreenSize.both
  )
  func wholeHelp(size: ScreenSize) throws {
    let lines = try Screen(width: size.width, height: size.height).helpLines()
    var found: [String] = []
    for (index, line) in lines.enumerated() where line.hasPrefix("  ") && !line.hasPrefix("   ") {
      // A binding's line, then continuation lines indented past the keys column.
      let continuation = lines[(index + 1)...].prefix { $0.hasPrefix("   ") }
      found.append(
        ([line] + continuation).map { $0.drop { $0 == " " } }.joined(separator: " "))
    }
    for binding in KeyMap.standard.bindings {
      #expect(
        found.contains {
          $0.hasPrefix(binding.keysText + " ") && $0.hasSuffix("  " + binding.help)
        },
        "\(binding.help)")
    }
  }

  @Test("bindings are grouped under the heading of where they apply")
  func headings() throws {
    let lines = try Screen(width: 160, height: 48).helpLines()
    let headings = [
      "Everywhere", "Areas", "Actions", "Heat map", "In a picker (o a d s)",
      "Editing text (f / and picker queries)", "In this help", "Status letters", "Filters",
    ]
    let found = headings.compactMap { heading in lines.firstIndex(of: heading) }
    #expect(found.count == headings.count)
    #expect(found == found.sorted())
  }

  @Test("the help is generated from the map: a binding added to it appears, one removed does not")
  func generatedFromTheMap() throws {
    let zebra = KeyBinding(
      [.character("z")], .help, label: "zebra", help: "Cross at the zebra crossing", status: true)
    let map = KeyMap(
      bindings: KeyMap.standard.bindings.filter { $0.command != .clearFilter } + [zebra])
    let lines = try Screen(width: 160, height: 48, keyMap: map).helpLines()
    #expect(Self.lists(zebra, in: lines))
    #expect(!lines.contains { $0.contains("Clear the filter") })
  }

  @Test("Esc, ? and q close the help", arguments: [Key.escape, .character("?"), .character("q")])
  func closes(key: Key) throws {
    var screen = try Screen()
    screen.type("?")
    #expect(screen.state.overlay == .help(HelpState()))
    screen.press(key)
    #expect(screen.state.overlay == nil)
    #expect(!screen.state.isFinished)
  }

  @Test("the help shows it has more below, and where it ends")
  func moreMark() throws {
    var screen = try Screen()
    screen.type("?")
    #expect(screen.grid.text.contains("↓ more"))
    screen.type("G")
    #expect(!screen.grid.text.contains("↓ more"))
    #expect(screen.grid.text.contains(" end "))
  }
}

/// Issue 13: about a hundred lines of help are read a page at a time, from either end, or
/// narrowed to the key wanted by what it does.
@Suite("moving through the help and finding a key in it")
struct HelpNavigationTests {
  static func scroll(_ screen: Screen) -> Int? {
    if case .help(let help) = screen.state.overlay { help.scroll } else { nil }
  }

  @Test("PgDn and Ctrl-F move a page, G and End go to the bottom, g and Home to the top")
  func paging() throws {
    var screen = try Screen(width: 80, height: 24)
    screen.type("?")
    screen.press(.pageDown)
    let page = try #require(Self.scroll(screen))
    #expect(page >= 15, "a page is most of the box: \(page)")
    screen.press(.control("f"))
    #expect(Self.scroll(screen) == page * 2)
    screen.type("G")
    let bottom = try #require(Self.scroll(screen))
    screen.press(.pageDown)
    #expect(Self.scroll(screen) == bottom)
    #expect(screen.grid.text.contains("Filters"))
    screen.press(.home)
    #expect(Self.scroll(screen) == 0)
    screen.press(.end)
    #expect(Self.scroll(screen) == bottom)
    screen.type("g")
    #expect(Self.scroll(screen) == 0)
  }

  @Test("/ finds keys by what they do; Enter keeps the words; Esc clears them, then closes")
  func finding() throws {
    var screen = try Screen(width: 80, height: 24)
    screen.type("?/heat map")
    #expect(screen.grid.text.contains("Find: heat map"))
    #expect(screen.grid.text.contains("Show the heat map"))
    #expect(!screen.grid.text.contains("Move up"), "only the keys that do it")
    screen.press(.enter)
    // Read, not typed: j scrolls (nothing to scroll here) and q is not typed into the words.
    screen.type("j")
    #expect(screen.grid.text.contains("Find: heat map"))
    screen.press(.escape)
    #expect(!screen.grid.text.contains("Find:"))
    #expect(screen.grid.text.contains("Move up"), "every key is listed again")
    screen.press(.escape)
    #expect(screen.state.overlay == nil)
  }

  @Test("words no key has say so, and how to clear them")
  func nothingFound() throws {
    var screen = try Screen(width: 80, height: 24)
    screen.type("?/teleport")
    #expect(screen.grid.text.contains("No key does “teleport”. Esc clears the words."))
  }
}

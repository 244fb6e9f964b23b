import BoardwalkMeeting
import BoardwalkUI
import Testing

/// Each thing that opens over the meeting screen, opened as the minute-taker opens it.
enum OpenOverlay: String, CaseIterable, Sendable, CustomTestStringConvertible {
  case note
  case decision
  case closureProposal
  case statusChoice
  case statusReason
  case raise
  case details
  case confirmStrike
  case confirmDiscard
  case help

  var testDescription: String { rawValue }

  /// The journal the screen is resumed from before opening it.
  var journal: [MeetingEvent] {
    switch self {
    case .confirmStrike:
      [.note(Ref.riverside("1.1"), text: "Backlog at ninety; two psychologists start in January")]
    default: []
    }
  }

  /// Opens it, with something typed where there is somewhere to type.
  func open(_ screen: inout MeetingScreen) {
    switch self {
    case .note:
      screen.type("nBacklog at ninety; two psychologists start in January.")
      screen.press(.control("j"))
      screen.type("Café owners 会议 agree 👍🏽 and the rest of this long line wraps inside the box")
    case .decision:
      screen.type("dEscalate to the DCS in writing")
    case .closureProposal:
      screen.type("pBacklog cleared in October")
    case .statusChoice:
      screen.type("s")
      screen.press(.down)
    case .statusReason:
      screen.type("s")
      screen.press(.down, .enter)
      screen.type("Backlog falling month on month")
    case .raise:
      screen.type("rRecruit two more educational psychologists")
      screen.press(.tab)
      screen.type("Head of SEND; Principal Educational Psychologist")
      screen.press(.tab)
      screen.type("2027-03-31")
    case .details:
      screen.type("i")
      screen.press(.tab, .tab, .tab, .tab)
      screen.type("Cllr Ada Okafor")
    case .confirmStrike:
      screen.type("u")
    case .confirmDiscard:
      screen.type("nHalf a thought")
      screen.press(.escape)
    case .help:
      screen.type("?")
    }
  }
}

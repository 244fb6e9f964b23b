import BoardwalkCore
import BoardwalkDocuments
import BoardwalkMeeting
import BoardwalkTestSupport
import Foundation

/// A plan and a meeting with hostile text in every text field: the plan's title, ids, area
/// titles, action titles and owners, scale labels; the meeting's details, notes, decisions,
/// reasons, closure notes, and raised actions' titles, owners and due.
enum HostileMeeting {
  static let planID = "plan|`x`<i>"
  static let area1 = "A|1`<b>"
  static let area2 = "B#2*"
  static let action1 = "1.1|`<s>`"
  static let action2 = "- 2"
  static let today = CalendarDate(year: 2026, month: 11, day: 22)!

  static var ref1: ActionRef { ActionRef(plan: planID, action: action1) }
  static var ref2: ActionRef { ActionRef(plan: planID, action: action2) }

  static func planObject() -> [String: Any] {
    let t = HostileText.raw
    return [
      "format": "boardwalk-plan/1",
      "plan": ["id": planID, "title": t("PLAN-TITLE"), "scale": "hostile"],
      "scales": [
        "hostile": [
          ["key": "bad", "label": t("BAD-LABEL"), "rag": "red"],
          ["key": "good", "label": t("GOOD-LABEL"), "rag": "green"],
          ["key": "fin", "label": t("FIN-LABEL"), "rag": "blue", "done": true],
        ]
      ],
      "areas": [
        ["id": area1, "title": t("AREA-ONE")],
        ["id": area2, "title": t("AREA-TWO"), "parent": area1],
      ],
      "actions": [
        [
          "id": action1, "area": area1, "title": t("ACTION-ONE"),
          "owners": [t("OWNER-ONE"), t("OWNER-TWO")], "due": "2026-10-31", "status": "good",
        ],
        [
          "id": action2, "area": area2, "title": t("ACTION-TWO"), "owners": [t("OWNER-THREE")],
          "due": "2027-01-31", "status": "good",
        ],
      ],
    ]
  }

  static let raisedTitle = "RAISED-TITLE"

  static func events() -> [MeetingEvent] {
    let t = HostileText.raw
    return [
      .started(MeetingStart(plans: [], agenda: "", today: "2026-11-22")),
      .details(
        MeetingDetailsChange(
          title: t("MEETING-TITLE"), date: t("MEETING-DATE"), chair: t("CHAIR"),
          present: [t("PRESENT-ONE"), t("PRESENT-TWO")], apologies: [t("APOLOGY")],
          declarations: [t("DECLARATION")], previousMeeting: "2026-09-20",
          nextMeeting: t("NEXT-MEETING"))),
      .note(ref1, text: t("NOTE")),
      .decision(ref1, text: t("DECISION")),
      .statusChanged(ref1, from: "good", to: "bad", reason: t("REASON")),
      .closureProposed(ref1, note: t("CLOSURE-NOTE")),
      .note(ref2, text: t("SECOND-NOTE")),
      .statusChanged(ref2, from: "good", to: "bad", reason: t("SECOND-REASON")),
      .actionRaised(
        RaisedAction(
          ref: ActionRef(plan: planID, action: "N-1"), area: area1, title: t(raisedTitle),
          owners: [t("RAISED-OWNER")], due: t("RAISED-DUE"))),
      .actionRaised(
        RaisedAction(
          ref: ActionRef(plan: planID, action: "N-2"), area: area2, title: t("RAISED-TWO"),
          owners: [], due: "2027-02")),
    ]
  }

  /// Every label given to a hostile field, each of which must appear whole in the minutes.
  static let labels = [
    "PLAN-TITLE", "BAD-LABEL", "GOOD-LABEL", "AREA-ONE", "AREA-TWO", "ACTION-ONE", "OWNER-ONE",
    "OWNER-TWO", "ACTION-TWO", "OWNER-THREE", "MEETING-TITLE", "MEETING-DATE", "CHAIR",
    "PRESENT-ONE", "PRESENT-TWO", "APOLOGY", "DECLARATION", "NEXT-MEETING", "NOTE", "DECISION",
    "REASON", "CLOSURE-NOTE", "SECOND-NOTE", "SECOND-REASON", "RAISED-TITLE", "RAISED-OWNER",
    "RAISED-DUE", "RAISED-TWO",
  ]

  /// The minutes of the hostile meeting.
  static func minutes(_ visibility: MinutesWriter.Visibility) throws -> String {
    try writer(visibility).markdown
  }

  /// The minutes of the hostile meeting, as a document for any format.
  static func document(_ visibility: MinutesWriter.Visibility) throws -> Document {
    try writer(visibility).document
  }

  private static func writer(_ visibility: MinutesWriter.Visibility) throws -> MinutesWriter {
    let folder = try ScratchFolder("meeting-hostile")
    defer { folder.remove() }
    let data = try JSONSerialization.data(
      withJSONObject: planObject(), options: [.prettyPrinted, .sortedKeys])
    let path = try folder.write("hostile.json", bytes: Array(data))
    let store = try MeetingFixture.loadStore([path])
    let record = MeetingRecord(entries: JournalLines.entries(events()))
    return MinutesWriter(record: record, store: store, today: today, visibility: visibility)
  }
}

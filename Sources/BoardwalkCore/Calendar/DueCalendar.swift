/// A ``DueList`` as calendar events: one all-day event per action listed, overdue ones
/// included (on the day they were due), each with a UID that stays the same from one run
/// to the next, so a calendar that imports the file again updates its events.
public enum DueCalendar {
  /// The events of `list`, earliest first; `plans` are the plans loaded, for their titles.
  ///
  /// The summary is `ID: title` (marked `[C]`, and withheld in a public list, as lists do);
  /// the plan's id (marked `*` when fictional) is the event's category; the description
  /// names the plan, the owners, the status, the due date with the source's words, and how
  /// overdue the action was on the list's day.
  public static func events(_ list: DueList, plans: [Plan]) -> [CalendarEvent] {
    var planByID: [String: Plan] = [:]
    for plan in plans where planByID[plan.id] == nil { planByID[plan.id] = plan }
    return list.items.map { item in
      let record = item.record
      let title = Confidentiality.title(
        record.title, isConfidential: record.isConfidential, isPublic: list.isPublic)
      let planName = planByID[record.plan].map { " – " + Fiction.named($0) } ?? ""
      let owners: String
      if record.isConfidential, list.isPublic {
        owners = "withheld"
      } else {
        owners = record.owners.isEmpty ? "none named" : record.owners.joined(separator: "; ")
      }
      var lines = [
        "Plan: " + record.listedPlan + planName,
        "Action: " + record.id,
        "Owners: " + owners,
        "Status: " + (record.statusLabel ?? "Unrated"),
        "Due: " + item.readableDue,
      ]
      if item.isOverdue {
        lines.append(
          item.timing(today: list.window.today) + " on " + list.window.today.readable)
      }
      return CalendarEvent(
        uid: uid(plan: record.plan, action: record.id), day: item.due.date,
        summary: record.id + ": " + title, description: lines.joined(separator: "\n"),
        categories: [record.listedPlan], isConfidential: record.isConfidential)
    }
  }

  /// The UID of an action's event: `ACTION@PLAN.boardwalk`, each id as written with every
  /// byte but letters, digits, `.`, `-` and `_` percent-encoded, so two actions never share
  /// one and the same action has the same one in every run (`APA1.2@demo-northbrook.boardwalk`).
  public static func uid(plan: String, action: String) -> String {
    encoded(action) + "@" + encoded(plan) + ".boardwalk"
  }

  private static func encoded(_ id: String) -> String {
    var out = ""
    for byte in id.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"),
        UInt8(ascii: "_"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let digits = String(byte, radix: 16, uppercase: true)
        out += "%" + (digits.count == 1 ? "0" : "") + digits
      }
    }
    return out
  }
}

import BoardwalkMeeting

/// Actions named as the journal names them.
enum Ref {
  static func riverside(_ id: String) -> ActionRef { ActionRef(plan: "riverside", action: id) }
  static func lakeside(_ id: String) -> ActionRef { ActionRef(plan: "lakeside", action: id) }
}

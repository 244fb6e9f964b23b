extension Board {
  /// The starter board file `boardwalk init` writes: every field, each explained.
  public static let starter = """
    // The board file of an improvement board (docs/board.md). JSON, with comments like this
    // one allowed. Boardwalk finds it beside the plans or in the current folder.
    {
      "format": "boardwalk-board/1",

      // The board's name, as minutes and packs head it.
      "name": "Northbrook SEND Improvement Board",

      // Minute references start with this: NSIB/2026/14.
      "minutePrefix": "NSIB",

      // Where meetings are kept, one journal a meeting (meetings/2026-11-22.jsonl),
      // relative to this file.
      "meetings": "meetings",

      // How many voting members must be present for the meeting to be quorate.
      "quorum": 3,

      // Members: voting members count towards the quorum; "voting": false is in attendance.
      "members": [
        { "name": "Chair of the board", "role": "Chair", "organisation": "Independent", "voting": true },
        { "name": "Director of Children's Services", "role": "Member", "organisation": "Council", "voting": true },
        { "name": "ICB Director of Nursing", "role": "Member", "organisation": "Integrated Care Board", "voting": true },
        { "name": "Parent Carer Forum Chair", "role": "Member", "organisation": "Parent Carer Forum", "voting": true },
        { "name": "SEND Programme Manager", "role": "Officer", "organisation": "Council", "voting": false }
      ],

      // The standing items that open and close every agenda, in order.
      "standingItems": [
        "Welcome, apologies and quorum",
        "Declarations of interest",
        "Minutes of the previous meeting and matters arising",
        "The board's action log",
        "Any other business",
        "Date of the next meeting"
      ],

      // Minute a plan item walked through with nothing recorded as "The Board noted the
      // update." (false leaves such items out of the minutes).
      "notedWording": true,

      // Where and when the board usually meets, and who takes its minutes: the minutes'
      // header gives them unless a meeting's details say otherwise (record details --venue).
      "venue": "Council Chamber, Guildhall",
      "time": "10:00",
      "minuteTaker": "SEND Programme Manager",

      // The meetings planned this year: `pack` prepares for the next one.
      "schedule": ["2026-11-22", "2027-01-24", "2027-03-21"]
    }

    """
}
